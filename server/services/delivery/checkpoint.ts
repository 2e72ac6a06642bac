import fs from 'node:fs'
import path from 'node:path'
import type { SignedCheckpointEntry } from '../../../domain/service/auditChain'
import { checkpointStatement, type CheckpointEntry } from '../../../domain/service/checkpointStatement'
import { shanghaiDay } from '../../clock'
import type { KeyRing } from '../../signing'

/**
 * The record of every chain head kept outside the database: one signed line per receipt, in a
 * file per day. Someone who can rewrite the database (delete the last receipts and roll the
 * stored head back to an older signed one) cannot rewrite this; GET /service/{id}/proof reads it.
 */
export interface Checkpoint {
  /** Appends the heads a committed transaction made; never called for one that rolled back. */
  record(entries: Array<Omit<CheckpointEntry, 'keyId'>>): Promise<void>
  /** Every line naming the case, in the order written. */
  linesOf(caseId: string): Promise<SignedCheckpointEntry[]>
}

/** Where the lines go: the files of a directory, or (tests) memory. */
interface LineStore {
  append(day: string, text: string): Promise<void>
  /** the days' contents, oldest first */
  contents(): Promise<string[]>
}

const FILE = /^heads-(\d{4}-\d{2}-\d{2})\.jsonl$/

function fileStore(dir: string): LineStore {
  return {
    // O_APPEND ('a'): each write lands whole at the end, even with several server processes writing one file.
    append: async (day, text) => {
      await fs.promises.mkdir(dir, { recursive: true })
      await fs.promises.appendFile(path.join(dir, `heads-${day}.jsonl`), text, { flag: 'a', mode: 0o640 })
    },
    contents: async () => {
      const names = fs.existsSync(dir) ? (await fs.promises.readdir(dir)).filter((n) => FILE.test(n)).sort() : []
      return Promise.all(names.map((n) => fs.promises.readFile(path.join(dir, n), 'utf8')))
    },
  }
}

function memoryStore(): LineStore {
  const days = new Map<string, string>()
  return {
    append: async (day, text) => void days.set(day, (days.get(day) ?? '') + text),
    contents: async () => [...days.keys()].sort().map((d) => days.get(d)!),
  }
}

const str = (v: unknown): v is string => typeof v === 'string'

/** A line back into an entry; null for one that is not (a line cut short by a crash mid-write). */
function parse(line: string): SignedCheckpointEntry | null {
  try {
    const o = JSON.parse(line) as Record<string, unknown>
    const { caseId, seq, hash, documentId, type, signedAt, keyId, signature } = o
    if (![caseId, hash, type, signedAt, keyId, signature].every(str) || !Number.isInteger(seq) || !(documentId === null || str(documentId))) return null
    return { caseId, seq, hash, documentId, type, signedAt, keyId, signature } as SignedCheckpointEntry
  } catch {
    return null
  }
}

function checkpointOver(keys: KeyRing, store: LineStore): Checkpoint {
  return {
    async record(entries) {
      const byDay = new Map<string, string>()
      for (const e of entries) {
        const entry: CheckpointEntry = { ...e, keyId: keys.keyId }
        const { signature } = keys.sign(checkpointStatement(entry))
        const day = shanghaiDay(new Date(e.signedAt))
        byDay.set(day, (byDay.get(day) ?? '') + JSON.stringify({ v: 1, ...entry, signature }) + '\n')
      }
      for (const [day, text] of byDay) await store.append(day, text)
    },
    async linesOf(caseId) {
      const needle = `"caseId":${JSON.stringify(caseId)}`
      const out: SignedCheckpointEntry[] = []
      for (const text of await store.contents()) {
        for (const line of text.split('\n')) {
          if (!line.includes(needle)) continue
          const e = parse(line)
          if (e) out.push(e)
        }
      }
      return out
    },
  }
}

/** The checkpoint in `dir` (CHECKPOINT_DIR), or in memory when there is none (tests). */
export function checkpoint(keys: KeyRing, dir: string | null): Checkpoint {
  return checkpointOver(keys, dir ? fileStore(dir) : memoryStore())
}
