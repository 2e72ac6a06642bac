import { DEFAULT_PAGE_SIZE, type PageQuery } from '../../contract/common'
import { badRequest } from '../errors'

/** The most rows one page may ask for; the contract refuses more before a query runs. */
export const MAX_PAGE_SIZE = 100

/**
 * A row's place in a list's order: a time, the id that breaks ties between equal times, and, for
 * a list shown in groups (the 涉农 green channel first), the group, which orders before the time.
 * Lists order by these descending; a queue worked oldest first runs its time the other way (compareKeysOldestFirst).
 */
export interface PageKey {
  at: string
  id: string
  group?: number
}

/** What a repository needs for a page: how many rows, and the key of the last row already shown. */
export interface PageRequest {
  limit: number
  after: PageKey | null
}

const badCursor = () => badRequest('PAGE_CURSOR_INVALID', '翻页位置不对，请下拉刷新后从第一页重新查看', 'cursor')

/** The cursor is the key of the page's last row, as base64url JSON, so clients treat it as opaque. */
export function encodeCursor(key: PageKey): string {
  const parts = key.group === undefined ? [key.at, key.id] : [key.group, key.at, key.id]
  return Buffer.from(JSON.stringify(parts)).toString('base64url')
}

/**
 * Reads a cursor back; one made for the grouped order does not fit the plain one and the other
 * way round (a client that switched the order starts again from the top).
 */
export function decodeCursor(cursor: string, grouped: boolean): PageKey {
  let v: unknown
  try {
    v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    throw badCursor()
  }
  if (!Array.isArray(v)) throw badCursor()
  const parts: unknown[] = v
  const text = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= 64
  if (!grouped && parts.length === 2 && text(parts[0]) && text(parts[1])) return { at: parts[0], id: parts[1] }
  const [group, at, id] = parts
  if (grouped && parts.length === 3 && Number.isInteger(group) && text(at) && text(id)) return { group: Number(group), at, id }
  throw badCursor()
}

/** The page a query asks for: 20 rows unless it says otherwise, never more than 100. */
export function pageRequest(q: PageQuery, grouped = false): PageRequest {
  const limit = Math.min(MAX_PAGE_SIZE, Math.max(1, q.limit ?? DEFAULT_PAGE_SIZE))
  return { limit, after: q.cursor ? decodeCursor(q.cursor, grouped) : null }
}

/** Negative when `a` comes first in a list ordered by group, time and id, each descending. */
export function compareKeys(a: PageKey, b: PageKey): number {
  const g = (b.group ?? 0) - (a.group ?? 0)
  if (g !== 0) return g
  if (a.at !== b.at) return a.at < b.at ? 1 : -1
  if (a.id !== b.id) return a.id < b.id ? 1 : -1
  return 0
}

/**
 * One page out of several sources read each on its own index, each already in the list's order
 * and each at most `limit + 1` rows after the cursor: the rows in order, a row found by two sources
 * once, the first `limit` of them, and the cursor of the next page when more rows remain (null on
 * the last page). The first `limit` rows of the whole list are always among the first `limit + 1`
 * of the sources they come from, so nothing is skipped. A list whose time runs the other way (a
 * queue, the nearest deadline first) passes its own `compare`; the sources must follow it.
 *
 * @example mergePage([[{ id: 'b', at: '2' }], [{ id: 'a', at: '1' }]], (r) => r, 1) // → { rows: [b], next: cursor of b }
 */
export function mergePage<R>(
  sources: R[][],
  keyOf: (row: R) => PageKey,
  limit: number,
  compare: (a: PageKey, b: PageKey) => number = compareKeys,
): { rows: R[]; next: string | null } {
  const seen = new Set<string>()
  const merged: Array<{ row: R; key: PageKey }> = []
  for (const row of sources.flat()) {
    const key = keyOf(row)
    if (seen.has(key.id)) continue
    seen.add(key.id)
    merged.push({ row, key })
  }
  merged.sort((a, b) => compare(a.key, b.key))
  const page = merged.slice(0, limit)
  const last = page[page.length - 1]
  return { rows: page.map((m) => m.row), next: merged.length > limit && last ? encodeCursor(last.key) : null }
}

/**
 * Negative when `a` comes first in a list ordered by group descending, then time and id ascending:
 * the order of a queue worked oldest first (the nearest deadline), its 涉农 group ahead.
 */
export function compareKeysOldestFirst(a: PageKey, b: PageKey): number {
  const g = (b.group ?? 0) - (a.group ?? 0)
  return g !== 0 ? g : compareKeys(b, a)
}
