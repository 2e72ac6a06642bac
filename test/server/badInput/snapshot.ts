import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { sql } from 'kysely'
import type { Db } from '../../../server/db/connect'

/** Every table of the test's database. */
async function tables(store: Db): Promise<string[]> {
  const rows =
    store.engine === 'sqlite'
      ? (await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(store.db)).rows
      : (
          await sql<{
            name: string
          }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(store.db)
        ).rows
  return rows.map((r) => r.name).sort()
}

/**
 * What the database and the upload folder hold, as `table → "rows:sha256"` (and the files under the
 * upload folder): two snapshots are equal only when nothing was added, removed or changed.
 */
export async function snapshot(store: Db, uploadDir?: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const table of await tables(store)) {
    const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(store.db)).rows
    const lines = rows.map((r) => JSON.stringify(r)).sort()
    out[table] = `${String(rows.length)}:${createHash('sha256').update(lines.join('\n')).digest('hex')}`
  }
  if (uploadDir) out['(uploads)'] = listFiles(uploadDir).join(',')
  return out
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)).map((f) => `${e.name}/${f}`) : [e.name]))
}

/** The tables whose snapshot differs, for a failure message that says where something changed. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((t) => before[t] !== after[t]).sort()
}
