import { performance } from 'node:perf_hooks'
import { connect } from '../server/db/connect'
import { migrateToLatest } from '../server/db/migrate'
import { CompiledQuery } from 'kysely'
import { Client } from 'pg'
import { pageRequest } from '../server/db/page'
import { deliveryRepository } from '../server/repositories/delivery'
import { filingsRepository } from '../server/repositories/filings'
import { mediationRepository } from '../server/repositories/mediation'
import { seedCourts } from '../server/seed/courts'
import { seedDemo } from '../server/seed/demo'
import { litigantKey, seedProvince, seedServiceAndMediation } from '../test/server/listSeed'
import { machine, writeSection } from './results'

/**
 * The first page (20 rows) of 我的案件, the review queue, the court's accepted cases (送达 and
 * hearing lists), 我的文书 and a court's mediations at 1k, 10k and 100k filings (and as many
 * documents and mediations), on SQLite (in memory, so the figure is the query, not the disk) and,
 * when DATABASE_URL is set, on PostgreSQL; beside the whole unpaged lists 我的案件 and the queue
 * replaced. The table is test/server/listSeed's province: 10 filings a litigant, a quarter of them
 * at 额尔古纳, about a sixth waiting for review. Goal (issue 16): ≤ 20 ms p99 at 100k.
 */
const SIZES = [1_000, 10_000, 100_000]
const RUNS = 200
const OLD_RUNS = 10

function time(runs: number, fn: () => Promise<unknown>) {
  return async () => {
    for (let i = 0; i < 5; i += 1) await fn()
    const ms: number[] = []
    for (let i = 0; i < runs; i += 1) {
      const t0 = performance.now()
      await fn()
      ms.push(performance.now() - t0)
    }
    ms.sort((a, b) => a - b)
    const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))].toFixed(2)
    return `${at(0.5)} / ${at(0.99)}`
  }
}

type Engine = 'sqlite' | 'postgres'

/** A fresh database of the engine, and how to be rid of it. */
async function freshDb(engine: Engine) {
  if (engine === 'sqlite') {
    const store = connect({ sqlitePath: ':memory:' })
    return { store, drop: () => store.db.destroy() }
  }
  const url = process.env.DATABASE_URL ?? ''
  const name = `bench_lists_${process.pid}_${Date.now()}`
  const admin = new Client({ connectionString: url })
  await admin.connect()
  await admin.query(`create database ${name}`)
  const u = new URL(url)
  u.pathname = `/${name}`
  const store = connect({ databaseUrl: u.toString(), sqlitePath: '' })
  // Dropping the database ends any connection still closing; that is expected here, not a failure.
  store.pool?.on('error', () => undefined)
  return {
    store,
    drop: async () => {
      await store.db.destroy()
      await admin.query(`drop database if exists ${name} with (force)`)
      await admin.end()
    },
  }
}

async function main() {
  const engines: Engine[] = process.env.DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite']
  const lines = [
    `${machine()}. SQLite in memory; PostgreSQL when DATABASE_URL is set (its own database, fsync as the server runs it). Median / p99 ms over ${RUNS} runs (${OLD_RUNS} for the unpaged lists); \`npx tsx bench/lists.bench.ts\`.`,
    '',
    '| engine | filings | 我的案件 page 1 | 我的案件 unpaged (before) | review queue page 1 | 涉农 first page 1 | review queue unpaged (before) | queue rows unpaged | accepted cases page 1 | 我的文书 page 1 | court mediations page 1 |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ]
  let worst = 0
  for (const engine of engines)
    for (const size of SIZES) {
      const { store, drop } = await freshDb(engine)
      await migrateToLatest(store.db, store.pgSchema)
      await seedCourts(store.db)
      // The staff who issue documents and the demo parties the rows refer to.
      await seedDemo(store.db, '2026-01-01T00:00:00+08:00')
      const filers = Math.max(100, size / 10)
      await seedProvince(store.db, { filings: size, filers })
      await seedServiceAndMediation(store.db, { n: size, filers })
      await store.db.executeQuery(CompiledQuery.raw('analyze'))
      const repo = filingsRepository(store.db)
      const delivery = deliveryRepository(store.db, engine)
      const mediations = mediationRepository(store.db)
      const who = 'u-000042'
      const key = litigantKey(42)
      const paged: Array<() => Promise<unknown>> = [
        () => repo.partyPage(who, key, pageRequest({})),
        () => repo.queuePage('c-ergun', pageRequest({}), false),
        () => repo.queuePage('c-ergun', pageRequest({}, true), true),
        () => repo.acceptedPage('c-ergun', pageRequest({})),
        async () =>
          Promise.all([delivery.inboxPage({ idKey: key, agentFilerId: null }, pageRequest({})), delivery.inboxUnread({ idKey: key, agentFilerId: null })]),
        () => mediations.page({ courtId: 'c-ergun' }, pageRequest({})),
      ]
      const [mine, queue, agri, accepted, inbox, court] = await sequence(paged.map((fn) => time(RUNS, fn)))
      const mineOld = await time(OLD_RUNS, () => repo.visibleToParty(who, key))()
      const queueOld = await time(OLD_RUNS, () => repo.queueForCourt('c-ergun'))()
      const rows = (await repo.queueForCourt('c-ergun')).length
      if (size === SIZES[SIZES.length - 1]) worst = Math.max(worst, ...[mine, queue, agri, accepted, inbox, court].map((c) => Number(c.split(' / ')[1])))
      lines.push(
        `| ${engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'} | ${size.toLocaleString('en')} | ${mine} | ${mineOld} | ${queue} | ${agri} | ${queueOld} | ${rows.toLocaleString('en')} | ${accepted} | ${inbox} | ${court} |`,
      )
      console.log(lines[lines.length - 1])
      await drop()
    }
  lines.push(
    '',
    `Goal: every first page ≤ 20 ms p99 at ${SIZES[SIZES.length - 1].toLocaleString('en')} filings — ${worst <= 20 ? 'met' : '**missed**'} (worst p99 ${worst.toFixed(2)} ms). 我的文书 is its page and the unread count over all of the party's documents.`,
  )
  writeSection('list pages', lines.join('\n'))
}

async function sequence(runs: Array<() => Promise<string>>): Promise<string[]> {
  const out: string[] = []
  for (const run of runs) out.push(await run())
  return out
}

void main()
