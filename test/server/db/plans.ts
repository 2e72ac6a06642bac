import { CompiledQuery, type Kysely, type KyselyPlugin } from 'kysely'
import type { Database } from '../../../server/db/schema'

/**
 * What the engine's planner says of the queries a call runs: the check behind the EXPLAIN tests.
 * SQLite's EXPLAIN QUERY PLAN reads `SCAN t` for a full scan (without an index); PostgreSQL's
 * EXPLAIN reads `Seq Scan on t`. A sort the order did not come off an index for is a temporary
 * B-tree on SQLite and a Sort node on PostgreSQL.
 */
export function planReader(db: () => Kysely<Database>, pg: boolean, tables: string[]) {
  /** The queries a call runs, compiled as sent, by a plugin that looks and changes nothing. */
  async function queriesOf(run: (db: Kysely<Database>) => Promise<unknown>): Promise<CompiledQuery[]> {
    const seen: CompiledQuery[] = []
    const plugin: KyselyPlugin = {
      transformQuery: (args) => {
        seen.push(db().getExecutor().compileQuery(args.node, args.queryId))
        return args.node
      },
      transformResult: async (args) => args.result,
    }
    await run(db().withPlugin(plugin))
    return seen
  }

  async function plan(q: CompiledQuery): Promise<string[]> {
    const res = await db().executeQuery<Record<string, unknown>>(CompiledQuery.raw(`${pg ? 'EXPLAIN' : 'EXPLAIN QUERY PLAN'} ${q.sql}`, [...q.parameters]))
    return res.rows.map((r) => String(pg ? r['QUERY PLAN'] : r.detail))
  }

  /** Full scans of the large tables in a plan, as the engine writes them. */
  const fullScans = (lines: string[]): string[] =>
    lines.filter((l) =>
      tables.some((t) => (pg ? new RegExp(`Seq Scan on ${t}\\b`).test(l) : new RegExp(`^SCAN ${t}\\b`).test(l.trim()) && !/USING (COVERING )?INDEX/.test(l))),
    )
  const sorts = (lines: string[]) => lines.filter((l) => (pg ? /\bSort\b/.test(l) : /USE TEMP B-TREE/.test(l)))

  return { queriesOf, plan, fullScans, sorts }
}
