import { type ChildProcess, spawn } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import { Client } from 'pg'
import { wheatSaleComplaint } from '../test/server/fixtures'
import { type BenchServer, prepareFilings, startServer } from './apiServer'
import { onceEach, rotating, timedLoad, type Run } from './load'
import { machine, writeSection } from './results'

/**
 * The product against a bare probe (bench/probeServer.ts: Fastify + Kysely + the same database
 * settings + the same JWT, nothing else), measured in the same run and interleaved round by
 * round, so the ratio says what the product's own code costs whatever the machine. Three
 * workloads at 20 connections: case read (GET), draft save (PUT) and submit (POST, each request a
 * different draft, a fixed number per round). SQLite always; PostgreSQL too when DATABASE_URL is
 * set (a fresh database of its own, dropped afterwards). Goals (issue 16): product/probe ≥ 0.8
 * read, ≥ 0.85 draft save, ≥ 0.6 submit on SQLite; ≥ 0.6 each on PostgreSQL; p99 ≤ 50 ms.
 *
 * Flags: `--rounds=N` (default 4), `--seconds=N` per timed run (default 10), `--submits=N` per round.
 */
const flag = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback)
const ROUNDS = flag('rounds', 4)
const SECONDS = flag('seconds', 10)
const SUBMITS = flag('submits', 2000)
const CONNECTIONS = 20
const ROOT = path.resolve(__dirname, '..')
const GOALS = {
  sqlite: { read: 0.8, draft: 0.85, submit: 0.6 },
  postgres: { read: 0.6, draft: 0.6, submit: 0.6 },
} as const
type Workload = 'read' | 'draft' | 'submit'
const LABEL: Record<Workload, string> = { read: 'case read', draft: 'draft save', submit: 'submit' }

interface Target {
  baseUrl: string
  token: string
  read: autocannon.Request
  draft: autocannon.Request
  /** A submit request over drafts not yet submitted; `take` hands out the next `n` of them. */
  submit: (n: number) => autocannon.Request
  stop(): Promise<void>
}

async function run(target: Target, request: autocannon.Request, opts: { duration?: number; amount?: number }): Promise<Run> {
  return timedLoad({ baseUrl: target.baseUrl, token: target.token, connections: CONNECTIONS, request, ...opts })
}

const draftBody = JSON.stringify(wheatSaleComplaint())

async function product(env: Record<string, string>, submits: number): Promise<Target> {
  const server: BenchServer = await startServer({ env })
  const { token, accepted, editable, toSubmit } = await prepareFilings(server.baseUrl, submits)
  return {
    baseUrl: server.baseUrl,
    token,
    read: rotating(
      accepted.map((id) => `/api/v1/filings/${id}`),
      { method: 'GET' },
    ),
    draft: rotating(
      editable.map((id) => `/api/v1/filings/${id}/draft`),
      { method: 'PUT', body: draftBody, headers: { 'content-type': 'application/json' } },
    ),
    submit: onceEach(toSubmit, (id) => `/api/v1/filings/${id}/submit`),
    stop: () => server.stop(),
  }
}

async function probe(env: Record<string, string>, submits: number): Promise<Target> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'probeServer.ts')], {
    cwd: ROOT,
    env: { ...process.env, PROBE_CASES: String(submits + 40), ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const token = await new Promise<string>((resolve, reject) => {
    let out = ''
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString()
      const m = /probe ready (\S+)/.exec(out)
      if (m) resolve(m[1])
    })
    child.once('exit', (code) => reject(new Error(`probe exited with ${code}`)))
  })
  const baseUrl = `http://127.0.0.1:${env.PORT}`
  const ids = Array.from({ length: submits + 40 }, (_, i) => `p${i}`)
  return {
    baseUrl,
    token,
    read: rotating(
      ids.slice(0, 20).map((id) => `/probe/cases/${id}`),
      { method: 'GET' },
    ),
    draft: rotating(
      ids.slice(20, 40).map((id) => `/probe/cases/${id}/draft`),
      { method: 'PUT', body: draftBody, headers: { 'content-type': 'application/json' } },
    ),
    submit: onceEach(ids.slice(40), (id) => `/probe/cases/${id}/submit`),
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGTERM')
      await exited
    },
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

interface Line {
  engine: 'sqlite' | 'postgres'
  workload: Workload
  product: Run[]
  probe: Run[]
}

async function measureEngine(engine: 'sqlite' | 'postgres', productEnv: Record<string, string>, probeEnv: Record<string, string>): Promise<Line[]> {
  const submits = SUBMITS * (ROUNDS + 1)
  const port = String(20_000 + Math.floor(Math.random() * 20_000))
  const p = await product(productEnv, submits)
  const b = await probe({ PORT: port, ...probeEnv }, submits)
  const lines: Line[] = (['read', 'draft', 'submit'] as const).map((workload) => ({ engine, workload, product: [], probe: [] }))
  try {
    // A warm-up of each, then rounds that alternate which goes first.
    for (const t of [p, b]) {
      await run(t, t.read, { duration: 2 })
      await run(t, t.draft, { duration: 2 })
      await run(t, t.submit(SUBMITS), { amount: SUBMITS })
    }
    for (let round = 0; round < ROUNDS; round++) {
      const order: Array<['product' | 'probe', Target]> =
        round % 2 === 0
          ? [
              ['product', p],
              ['probe', b],
            ]
          : [
              ['probe', b],
              ['product', p],
            ]
      for (const line of lines) {
        for (const [who, t] of order) {
          const r = line.workload === 'submit' ? await run(t, t.submit(SUBMITS), { amount: SUBMITS }) : await run(t, t[line.workload], { duration: SECONDS })
          line[who].push(r)
          console.log(`${engine} round ${round + 1} ${LABEL[line.workload]} ${who}: ${r.rps.toFixed(0)} req/s, p99 ${r.p99} ms, ${r.bad} bad`)
        }
      }
    }
  } finally {
    await b.stop()
    await p.stop()
  }
  return lines
}

function write(lines: Line[], loadBefore: string) {
  const f = (x: number) => x.toLocaleString('en', { maximumFractionDigits: 0 })
  const rows = lines.map((l) => {
    const pr = median(l.product.map((r) => r.rps))
    const pb = median(l.probe.map((r) => r.rps))
    const ratio = pr / pb
    const goal = GOALS[l.engine][l.workload]
    const p99 = median(l.product.map((r) => r.p99))
    const bad = l.product.reduce((n, r) => n + r.bad, 0) + l.probe.reduce((n, r) => n + r.bad, 0)
    const ok = ratio >= goal && p99 <= 50 ? 'met' : '**missed**'
    return `| ${l.engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'} | ${LABEL[l.workload]} | ${f(pr)} | ${p99} | ${f(pb)} | ${median(l.probe.map((r) => r.p99))} | ${ratio.toFixed(2)} | ≥ ${goal}, p99 ≤ 50 ms — ${ok} | ${bad} |`
  })
  writeSection(
    'API against a bare probe',
    [
      `Measured on ${machine()} (${os.cpus().length} cores shared by server, probe and load generator); load average ${loadBefore} when the run started. ${ROUNDS} rounds, product and probe interleaved (the order alternating by round), ${CONNECTIONS} connections, reads and draft saves ${SECONDS} s each, ${f(SUBMITS)} submits per round; medians.`,
      '',
      '| engine | workload | product req/s | product p99 ms | probe req/s | probe p99 ms | product ÷ probe | goal | errors |',
      '|---|---|---|---|---|---|---|---|---|',
      ...rows,
      '',
      'The probe (bench/probeServer.ts) is Fastify + Kysely + better-sqlite3 (WAL, synchronous FULL, the same statement cache) or pg (pool of 10) with @fastify/jwt verifying a bearer token — the least each request can do: one indexed select; one update with a version; one transaction of a select, an update, two party rows and an audit row. ' +
        "The product does what a user's request needs besides: the server-side session check, role and row-level authorization, validation of the whole complaint, the fee, idempotency, the case history in the view.",
    ].join('\n'),
  )
}

async function main() {
  const loadBefore = os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ')
  const lines = await measureEngine('sqlite', {}, {})
  const url = process.env.DATABASE_URL
  if (url) {
    const name = `bench_probe_${process.pid}`
    const admin = new Client({ connectionString: url })
    await admin.connect()
    await admin.query(`create database ${name}`)
    try {
      const u = new URL(url)
      u.pathname = `/${name}`
      lines.push(...(await measureEngine('postgres', { DATABASE_URL: u.toString() }, { PROBE_DATABASE_URL: u.toString(), PROBE_PG_SCHEMA: 'probe' })))
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`)
      await admin.end()
    }
  }
  write(lines, loadBefore)
}

main().catch((err) => {
  console.error(err)
  process.exitCode = 1
})
