import { randomBytes } from 'node:crypto'

let counter = 0

/**
 * Ids that sort in the order they were made, so a history, an inbox or a case's hearings list in
 * order even when two rows share a timestamp (a fixed test clock, or two writes within a
 * millisecond). The random tail keeps ids made by several processes apart.
 */
export function orderedId(prefix?: string): string {
  counter = (counter + 1) % 1_000_000
  const id = `${Date.now().toString().padStart(15, '0')}-${counter.toString().padStart(6, '0')}-${randomBytes(4).toString('hex')}`
  return prefix ? `${prefix}-${id}` : id
}
