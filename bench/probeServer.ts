import jwt from '@fastify/jwt'
import SQLite from 'better-sqlite3'
import Fastify from 'fastify'
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely'
import { Pool } from 'pg'
import { withStatementCache } from '../server/db/connect'

/**
 * The bare probe `bench/probe.bench.ts` measures the product against: the same stack with
 * nothing of the product's own — Fastify, Kysely, better-sqlite3 with the same pragmas (WAL,
 * synchronous FULL, the statement cache) or pg with the same pool size, @fastify/jwt verifying
 * the same kind of bearer token. Three routes do the least a case read, a draft save and a
 * submit can do: one indexed select; one update with the version; one transaction of a
 * select, an update, two party rows and an audit row. Whatever the product spends beyond this
 * is its own cost, and the ratio of the two does not depend on how fast the machine is.
 *
 * Runs as its own process: PORT, PROBE_SQLITE or PROBE_DATABASE_URL (+ PROBE_PG_SCHEMA),
 * PROBE_CASES (rows seeded), JWT_SECRET. Prints `probe ready <token>` when it listens.
 */
interface ProbeDb {
  cases: { id: string; owner_id: string; status: string; data_json: string; version: number; updated_at: string }
  parties: { id: string; case_id: string; side: string; name: string }
  audit: { id: string; case_id: string; actor: string; action: string; at: string }
}

const env = process.env
const secret = env.JWT_SECRET ?? 'probe-secret-with-enough-length-0123456789'
const cases = Number(env.PROBE_CASES ?? 12_000)
const owner = 'u-probe'

function database(): Kysely<ProbeDb> {
  if (env.PROBE_DATABASE_URL) {
    const options = env.PROBE_PG_SCHEMA ? `-c search_path=${env.PROBE_PG_SCHEMA}` : undefined
    return new Kysely<ProbeDb>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: env.PROBE_DATABASE_URL, max: 10, options }) }) })
  }
  const sqlite = new SQLite(env.PROBE_SQLITE ?? ':memory:')
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('busy_timeout = 5000')
  return new Kysely<ProbeDb>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) })
}

async function seed(db: Kysely<ProbeDb>) {
  if (env.PROBE_PG_SCHEMA) await sql.raw(`create schema if not exists ${env.PROBE_PG_SCHEMA}`).execute(db)
  await db.schema
    .createTable('cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('data_json', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('cases_owner').on('cases').columns(['owner_id', 'id']).execute()
  await db.schema
    .createTable('parties')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('side', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('parties_case').on('parties').column('case_id').execute()
  await db.schema
    .createTable('audit')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute()
  const data = JSON.stringify({ kind: 'civil-first', claims: [{ text: '王建国付清小麦款', amountFen: 8_650_000 }], facts: '2025年9月卖给王建国小麦20吨。' })
  const at = new Date().toISOString()
  for (let from = 0; from < cases; from += 500) {
    const rows = Array.from({ length: Math.min(500, cases - from) }, (_, k) => ({
      id: `p${from + k}`,
      owner_id: owner,
      status: 'draft',
      data_json: data,
      version: 1,
      updated_at: at,
    }))
    await db.insertInto('cases').values(rows).execute()
  }
}

async function main() {
  const db = database()
  await seed(db)
  const app = Fastify({ logger: false })
  await app.register(jwt, { secret })
  const who = async (req: { jwtVerify: <T>() => Promise<T> }) => (await req.jwtVerify<{ sid: string }>()).sid

  app.get<{ Params: { id: string } }>('/probe/cases/:id', async (req, reply) => {
    const sub = await who(req)
    const row = await db.selectFrom('cases').selectAll().where('id', '=', req.params.id).where('owner_id', '=', sub).executeTakeFirst()
    if (!row) return reply.code(404).send({ error: 'not found' })
    return { id: row.id, status: row.status, version: row.version, data: JSON.parse(row.data_json) as unknown }
  })

  app.put<{ Params: { id: string }; Body: Record<string, unknown> }>('/probe/cases/:id/draft', async (req, reply) => {
    const sub = await who(req)
    const r = await db
      .updateTable('cases')
      .set({ data_json: JSON.stringify(req.body), version: sql`version + 1`, updated_at: new Date().toISOString() })
      .where('id', '=', req.params.id)
      .where('owner_id', '=', sub)
      .where('status', '=', 'draft')
      .returning('version')
      .executeTakeFirst()
    if (!r) return reply.code(409).send({ error: 'not editable' })
    return { version: r.version }
  })

  app.post<{ Params: { id: string } }>('/probe/cases/:id/submit', async (req, reply) => {
    const sub = await who(req)
    const id = req.params.id
    const done = await db.transaction().execute(async (tx) => {
      const row = await tx.selectFrom('cases').select(['status', 'data_json']).where('id', '=', id).where('owner_id', '=', sub).executeTakeFirst()
      if (!row || row.status !== 'draft') return null
      JSON.parse(row.data_json)
      const at = new Date().toISOString()
      await tx.updateTable('cases').set({ status: 'submitted', updated_at: at }).where('id', '=', id).execute()
      await tx
        .insertInto('parties')
        .values([
          { id: `${id}-p`, case_id: id, side: 'plaintiff', name: '张桂兰' },
          { id: `${id}-d`, case_id: id, side: 'defendant', name: '王建国' },
        ])
        .execute()
      await tx
        .insertInto('audit')
        .values({ id: `${id}-a`, case_id: id, actor: sub, action: 'submitted', at })
        .execute()
      return { id, status: 'submitted' }
    })
    if (!done) return reply.code(409).send({ error: 'not a draft' })
    return done
  })

  await app.listen({ host: '127.0.0.1', port: Number(env.PORT ?? 0) })
  const token = app.jwt.sign({ sid: owner }, { expiresIn: '1d' })
  process.stdout.write(`probe ready ${token}\n`)
  process.once('SIGTERM', () => {
    void app
      .close()
      .then(() => db.destroy())
      .then(() => process.exit(0))
  })
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
