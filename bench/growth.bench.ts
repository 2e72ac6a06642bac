import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Client } from 'pg'
import { connect } from '../server/db/connect'
import { migrateToLatest } from '../server/db/migrate'
import { seedCourts } from '../server/seed/courts'
import { seedDemo } from '../server/seed/demo'
import { wheatSaleComplaint } from '../test/server/fixtures'
import { seedProvince } from '../test/server/listSeed'
import { prepareFilings, startServer } from './apiServer'
import { onceEach, rotating, timedLoad, type Run } from './load'
import { machine, writeSection } from './results'

/**
 * How the product holds up as the filings table grows: the real server (its own process) over a
 * database already holding 1k, 10k and 100k filings of a province (test/server/listSeed: four
 * courts, ten filings a litigant, about a sixth waiting for review), on SQLite and — when
 * DATABASE_URL is set — on PostgreSQL. At each size, over HTTP at 20 connections: a party's case
 * read, a draft save, a submit, 我的案件's first page and the review queue's first page.
 * Goal (issue 16): list pages p99 ≤ 20 ms at 100k filings on both engines.
 *
 * Flags: `--seconds=N` per timed run (default 5), `--submits=N` (default 300), `--sizes=1000,10000`.
 */
const flag = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback
const SECONDS = Number(flag('seconds', '5'))
const SUBMITS = Number(flag('submits', '300'))
const SIZES = flag('sizes', '1000,10000,100000').split(',').map(Number)
const CONNECTIONS = 20
const NOW = '2026-11-20T09:00:00+08:00'

type Engine = 'sqlite' | 'postgres'
const WORKLOADS = ['case read', 'draft save', 'submit', '我的案件 page 1', 'review queue page 1'] as const
type Workload = (typeof WORKLOADS)[number]

/** The database of one size, seeded as a running court's would be, and the server's env to open it. */
async function seeded(engine: Engine, size: number): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  const t0 = performance.now()
  let env: Record<string, string>
  let drop: () => Promise<void>
  let store: ReturnType<typeof connect>
  if (engine === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'court-growth-'))
    const sqlitePath = path.join(dir, 'court.db')
    store = connect({ sqlitePath })
    env = { SQLITE_PATH: sqlitePath }
    drop = async () => fs.rmSync(dir, { recursive: true, force: true })
  } else {
    const url = process.env.DATABASE_URL ?? ''
    const name = `bench_growth_${process.pid}_${size}`
    const admin = new Client({ connectionString: url })
    await admin.connect()
    await admin.query(`create database ${name}`)
    const u = new URL(url)
    u.pathname = `/${name}`
    store = connect({ databaseUrl: u.toString(), sqlitePath: '' })
    env = { DATABASE_URL: u.toString() }
    drop = async () => {
      await admin.query(`drop database if exists ${name} with (force)`)
      await admin.end()
    }
  }
  await migrateToLatest(store.db, store.pgSchema)
  await seedCourts(store.db)
  await seedDemo(store.db, NOW)
  await seedProvince(store.db, { filings: size, filers: Math.max(100, size / 10) })
  await store.db.destroy()
  console.log(`${engine} ${size.toLocaleString('en')} filings seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
  return { env, drop }
}

async function measure(engine: Engine, size: number): Promise<Record<Workload, Run>> {
  const db = await seeded(engine, size)
  const server = await startServer({ env: db.env })
  try {
    const prepared = await prepareFilings(server.baseUrl, SUBMITS)
    const { token, judge, accepted, editable } = prepared
    const toSubmit = onceEach(prepared.toSubmit, (id) => `/api/v1/filings/${id}/submit`)
    const load = (request: Parameters<typeof timedLoad>[0]['request'], as = token, amount?: number) =>
      timedLoad({ baseUrl: server.baseUrl, token: as, connections: CONNECTIONS, request, ...(amount ? { amount } : { duration: SECONDS }) })
    // A short warm-up of each path, so the first timed run does not pay for cold statements.
    await timedLoad({ baseUrl: server.baseUrl, token, connections: 4, request: { method: 'GET', path: `/api/v1/filings/${accepted[0]}` }, duration: 1 })
    const out = {} as Record<Workload, Run>
    out['case read'] = await load(
      rotating(
        accepted.map((id) => `/api/v1/filings/${id}`),
        { method: 'GET' },
      ),
    )
    out['draft save'] = await load(
      rotating(
        editable.map((id) => `/api/v1/filings/${id}/draft`),
        { method: 'PUT', body: JSON.stringify(wheatSaleComplaint()), headers: { 'content-type': 'application/json' } },
      ),
    )
    out['我的案件 page 1'] = await load({ method: 'GET', path: '/api/v1/filings' })
    out['review queue page 1'] = await load({ method: 'GET', path: '/api/v1/review/filings' }, judge)
    out.submit = await load(toSubmit(SUBMITS), token, SUBMITS)
    for (const w of WORKLOADS)
      console.log(`${engine} ${size} ${w}: ${Math.round(out[w].rps)} req/s, p50 ${out[w].p50} ms, p99 ${out[w].p99} ms, ${out[w].bad} bad`)
    return out
  } finally {
    await server.stop()
    await db.drop()
  }
}

async function main() {
  const engines: Engine[] = process.env.DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite']
  const rows: string[] = []
  let listsMissed = 0
  for (const engine of engines)
    for (const size of SIZES) {
      const r = await measure(engine, size)
      const cells = WORKLOADS.map((w) => `${Math.round(r[w].rps).toLocaleString('en')} / ${r[w].p99}${r[w].bad ? ` (${r[w].bad} bad)` : ''}`)
      if (size === Math.max(...SIZES) && (r['我的案件 page 1'].p99 > 20 || r['review queue page 1'].p99 > 20)) listsMissed++
      rows.push(`| ${engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'} | ${size.toLocaleString('en')} | ${cells.join(' | ')} |`)
    }
  const text = [
    `${machine()}, ${os.cpus().length} cores shared by the server, the database and the load generator; load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(
        ' / ',
      )} at the end. Each cell: req/s / p99 ms at ${CONNECTIONS} connections, ${SECONDS} s a run (submit: ${SUBMITS} drafts, each once); \`npx tsx bench/growth.bench.ts\`.`,
    '',
    `| engine | filings | ${WORKLOADS.join(' | ')} |`,
    `|---|---|${WORKLOADS.map(() => '---').join('|')}|`,
    ...rows,
    '',
    `Goal: list pages p99 ≤ 20 ms at ${Math.max(...SIZES).toLocaleString('en')} filings on each engine — ${listsMissed === 0 ? 'met' : `**missed** on ${listsMissed} engine(s)`}. The table the server opens is test/server/listSeed's province, seeded straight into the database before the server starts; the parties' requests are 张桂兰's own filings made through the API on top of it.`,
  ].join('\n')
  writeSection('growth: the product at 1k, 10k and 100k filings', text)
  console.log(text)
}

main().catch((err) => {
  console.error(err)
  process.exitCode = 1
})
