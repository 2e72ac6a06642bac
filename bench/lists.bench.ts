import { performance } from 'node:perf_hooks'
import { connect } from '../server/db/connect'
import { migrateToLatest } from '../server/db/migrate'
import { pageRequest } from '../server/db/page'
import { filingsRepository } from '../server/repositories/filings'
import { seedCourts } from '../server/seed/courts'
import { litigantKey, seedProvince } from '../test/server/listSeed'
import { machine, writeSection } from './results'

/**
 * The first page (20 rows) of 我的案件 and of the review queue at 1k, 10k and 100k filings on
 * SQLite (in memory, so the figure is the query, not the disk), beside the whole unpaged lists
 * they replace. The table is test/server/listSeed's province: 10 filings a litigant, a quarter of
 * them at 额尔古纳, about a sixth waiting for review.
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

async function main() {
  const lines = [
    `${machine()}. SQLite in memory, median / p99 ms over ${RUNS} runs (${OLD_RUNS} for the unpaged lists); \`npx tsx bench/lists.bench.ts\`.`,
    '',
    '| filings | 我的案件 page 1 | 我的案件 unpaged (before) | review queue page 1 | 涉农 first page 1 | review queue unpaged (before) | queue rows unpaged |',
    '|---|---|---|---|---|---|---|',
  ]
  for (const size of SIZES) {
    const store = connect({ sqlitePath: ':memory:' })
    await migrateToLatest(store.db)
    await seedCourts(store.db)
    await seedProvince(store.db, { filings: size, filers: Math.max(100, size / 10) })
    const repo = filingsRepository(store.db)
    const who = 'u-000042'
    const key = litigantKey(42)
    const mine = await time(RUNS, () => repo.partyPage(who, key, pageRequest({})))()
    const mineOld = await time(OLD_RUNS, () => repo.visibleToParty(who, key))()
    const queue = await time(RUNS, () => repo.queuePage('c-ergun', pageRequest({}), false))()
    const agri = await time(RUNS, () => repo.queuePage('c-ergun', pageRequest({}, true), true))()
    const queueOld = await time(OLD_RUNS, () => repo.queueForCourt('c-ergun'))()
    const rows = (await repo.queueForCourt('c-ergun')).length
    lines.push(`| ${size.toLocaleString('en')} | ${mine} | ${mineOld} | ${queue} | ${agri} | ${queueOld} | ${rows.toLocaleString('en')} |`)
    console.log(lines[lines.length - 1])
    await store.db.destroy()
  }
  writeSection('list pages (SQLite)', lines.join('\n'))
}

void main()
