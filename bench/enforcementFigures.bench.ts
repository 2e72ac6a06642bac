import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { Pool } from 'pg'
import { addDays } from '../domain/dates/addDays'
import type { MetricClosure } from '../domain/metrics/types'
import { connect, type Db } from '../server/db/connect'
import { migrateToLatest } from '../server/db/migrate'
import { seedCourts } from '../server/seed/courts'
import { storeEnforcementYear, type StoredYearCase, type StoredYearComplaint } from '../server/seed/ordos/storeEnforcementYear'
import { enforcementFiguresSql } from '../server/services/metrics/enforcementSql'
import { machine, writeSection } from './results'
import { seededRandom } from '../server/seed/ordos/seededRandom'
import { generateOrdosYear } from '../server/seed/ordos/generateOrdosYear'

/**
 * Times the dashboard's figures query (enforcementFiguresSql) for one court-year over 100,000
 * enforcement cases of that court (filed 2020–2021, three in four closed, all closures and subsets,
 * 2,000 complaints), stored by the seed's batched writer, on SQLite and — when DATABASE_URL is set —
 * on PostgreSQL in a throwaway schema. The cases come from a seeded PRNG, so every run times the
 * same data. `--check` exits non-zero when the median is over the budget (200 ms, issue 18).
 */
const CASES = 100_000
const COMPLAINTS = 2_000
const WARMUP = 3
const ITERATIONS = 15
const BUDGET_MS = 200
const COURT = 'c-ordos'
const PERIOD = { from: '2021-01-01', to: '2021-12-31' }
const CLOSURES: MetricClosure[] = ['performed', 'terminated-this-round', 'terminated', 'withdrawn', 'not-enforced', 'rejected']

function year(): { cases: StoredYearCase[]; complaints: StoredYearComplaint[] } {
  const random = seededRandom(18).next
  const cases: StoredYearCase[] = []
  for (let i = 0; i < CASES; i++) {
    const filedOn = addDays('2020-01-01', Math.floor(random() * 730))
    const closed = random() < 0.75
    const applied = Math.floor(random() * 10_000_000)
    cases.push({
      id: `bench-${i}`,
      courtId: COURT,
      caseNumber: `（2021）内06执${i + 1}号`,
      filedOn,
      ...(closed ? { closedOn: addDays(filedOn, Math.floor(random() * 300)), closure: CLOSURES[Math.floor(random() * CLOSURES.length)] } : {}),
      hasProperty: random() < 0.5,
      excludedDays: Math.floor(random() * 30),
      terminationChecklistComplete: true,
      appliedFen: applied,
      recoveredFen: Math.floor(applied * random()),
      agricultural: random() < 0.1,
      enterprise: random() < 0.25,
      governmentDebtor: random() < 0.01,
    })
  }
  const complaints: StoredYearComplaint[] = []
  for (let i = 0; i < COMPLAINTS; i++) {
    const receivedOn = addDays('2021-01-01', Math.floor(random() * 365))
    complaints.push({
      id: `bench-k-${i}`,
      caseId: cases[Math.floor(random() * CASES)].id,
      receivedOn,
      ...(random() < 0.7 ? { closedOn: addDays(receivedOn, Math.floor(random() * 60)) } : {}),
    })
  }
  return { cases, complaints }
}

async function timeOn(store: Db, label: string, data: ReturnType<typeof year>): Promise<{ label: string; seedMs: number; median: number; p95: number }> {
  await migrateToLatest(store.db, store.pgSchema)
  await seedCourts(store.db)
  const seedStart = performance.now()
  await storeEnforcementYear(store.db, data, '2026-12-02T08:00:00+08:00')
  const seedMs = performance.now() - seedStart
  const scope = { courtIds: [COURT] }
  for (let i = 0; i < WARMUP; i++) await enforcementFiguresSql(store.db, scope, PERIOD)
  const times: number[] = []
  for (let i = 0; i < ITERATIONS; i++) {
    const start = performance.now()
    await enforcementFiguresSql(store.db, scope, PERIOD)
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return { label, seedMs, median: times[Math.floor(times.length / 2)], p95: times[Math.ceil(times.length * 0.95) - 1] }
}

/** Median CPU time of the demo seed's Ordos year (the generator the 执行指挥中心 demo and its tests use). */
function timeOrdosGenerator(runs = 5): { median: number; cases: number } {
  const times: number[] = []
  let cases = 0
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage()
    cases = generateOrdosYear().cases.length
    const used = process.cpuUsage(start)
    times.push((used.user + used.system) / 1000)
  }
  times.sort((a, b) => a - b)
  return { median: times[Math.floor(runs / 2)], cases }
}

async function main() {
  const generator = timeOrdosGenerator()
  const data = year()
  const results = []
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'figures-bench-'))
  const sqlite = connect({ sqlitePath: path.join(dir, 'bench.db') })
  try {
    results.push(await timeOn(sqlite, 'SQLite (file)', data))
  } finally {
    await sqlite.db.destroy()
    fs.rmSync(dir, { recursive: true, force: true })
  }
  const url = process.env.DATABASE_URL
  if (url) {
    const schema = `bench_${Date.now()}`
    const admin = new Pool({ connectionString: url, max: 1 })
    await admin.query(`create schema ${schema}`)
    const pg = connect({ databaseUrl: url, sqlitePath: '', pgSchema: schema })
    try {
      results.push(await timeOn(pg, 'PostgreSQL', data))
    } finally {
      await pg.db.destroy()
      await admin.query(`drop schema ${schema} cascade`)
      await admin.end()
    }
  }
  const rows = results.map((r) => `| ${r.label} | ${r.median.toFixed(1)} | ${r.p95.toFixed(1)} | ${(r.seedMs / 1000).toFixed(1)} s |`)
  const body = [
    `enforcementFiguresSql for one court-year (${PERIOD.from}..${PERIOD.to}) over ${CASES.toLocaleString('en')} enforcement cases of that court and ${COMPLAINTS.toLocaleString('en')} complaints; ${ITERATIONS} runs after ${WARMUP} warm-up. Budget: ${BUDGET_MS} ms.`,
    url ? '' : 'PostgreSQL not run: set DATABASE_URL to time it.',
    '',
    '| database | median ms | p95 ms | batched seed of the cases |',
    '| --- | ---: | ---: | ---: |',
    ...rows,
    '',
    ...results
      .filter((r) => r.median > BUDGET_MS)
      .map(
        (r) =>
          `${r.label} is over the budget. The period keeps most of the court's rows (the covering index enforcement_figures_court_filed already serves the WHERE); the time is the per-row CASE evaluation of the single aggregate pass.`,
      ),
    `The demo seed's Ordos year (generateOrdosYear, ${generator.cases.toLocaleString('en')} cases): median ${generator.median.toFixed(0)} ms of CPU over 5 runs.`,
    `Machine: ${machine()}.`,
  ]
  writeSection('dashboard figures SQL', body.filter((l, i) => l !== '' || i > 1).join('\n'))
  for (const r of results) console.log(`${r.label}: median ${r.median.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms (seed ${(r.seedMs / 1000).toFixed(1)} s)`)
  if (process.argv.includes('--check') && results.some((r) => r.median > BUDGET_MS)) {
    console.error(`over the ${BUDGET_MS} ms budget`)
    process.exitCode = 1
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exitCode = 1
})
