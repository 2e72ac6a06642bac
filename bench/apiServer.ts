import { type ChildProcess, spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { wheatSaleComplaint } from '../test/server/fixtures'

const ROOT = path.resolve(__dirname, '..')

export interface BenchServer {
  baseUrl: string
  /** The SQLite file the server writes, for checking what a run really changed. */
  sqlitePath: string
  dir: string
  /** CPU seconds (user + system) the server process has used so far; NaN where /proc is missing. */
  cpuSeconds(): number
  stop(): Promise<void>
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo
      s.close(() => resolve(port))
    })
  })
}

/**
 * Starts the real API (server/server.ts) in a process of its own, so the load generator does
 * not share its event loop, on 127.0.0.1 with a fresh SQLite file and the demo seed. Development
 * mode (production demands real secrets) with dev sign-in on and logging at `warn`, so request
 * logs do not end up being what is measured. `profile` runs it with --cpu-prof, writing to `<dir>/cpu-profiles` on stop.
 */
export async function startServer(opts: { profile?: boolean; env?: Record<string, string> } = {}): Promise<BenchServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'court-bench-'))
  const port = await freePort()
  const sqlitePath = path.join(dir, 'court.db')
  const nodeArgs = opts.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.join(dir, 'cpu-profiles')}`] : []
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', path.join(ROOT, 'server', 'server.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      SQLITE_PATH: sqlitePath,
      UPLOAD_DIR: path.join(dir, 'uploads'),
      STATIC_DIR: path.join(dir, 'no-static'),
      DATABASE_URL: '',
      AUTH_DEV_LOGIN: '1',
      LOG_LEVEL: 'warn',
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  // Pass on the server's log lines (warnings, a 500's stack), not its start-up banner.
  let partial = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n')
    partial = lines.pop() ?? ''
    for (const line of lines) if (line.startsWith('{')) process.stderr.write(`server: ${line}\n`)
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
    process.stderr.write(chunk)
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const baseUrl = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 30_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${stderr}`)
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`server did not start within 30 s: ${stderr}`)
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    baseUrl,
    sqlitePath,
    dir,
    cpuSeconds() {
      try {
        // /proc/<pid>/stat fields 14 and 15 (utime, stime) in clock ticks; the name field may hold spaces, so count after ')'.
        const fields = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ')
        return (Number(fields[11]) + Number(fields[12])) / 100
      } catch {
        return NaN
      }
    },
    async stop() {
      if (child.exitCode === null) {
        // SIGTERM lets server.ts close the app, which also lets --cpu-prof write its profile.
        child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
        await exited
        clearTimeout(timer)
      }
      // Keep the directory only when it holds a CPU profile to read.
      if (!opts.profile) fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** A small JSON client for seeding through the API, as the app would. */
export function apiClient(baseUrl: string) {
  return async function call<T = Record<string, unknown>>(
    method: string,
    url: string,
    token: string | null,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<T> {
    const res = await fetch(`${baseUrl}${url}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await res.text()
    if (!res.ok) throw new Error(`${method} ${url} → ${res.status}: ${text}`)
    return JSON.parse(text) as T
  }
}

/** Runs `fn` for 0…n-1 with at most `concurrency` in flight; results in index order. */
export async function pool<T>(n: number, concurrency: number, fn: (i: number) => Promise<T>): Promise<T[]> {
  const out = new Array<T>(n)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(concurrency, n) }, async () => {
      while (next < n) {
        const i = next++
        out[i] = await fn(i)
      }
    }),
  )
  return out
}

/**
 * Runs the calls one at a time however many callers ask at once. Creating a filing reuses the
 * person's untouched blank draft, so two creations in flight before either is filled in return
 * the same draft: a bench that wants distinct drafts creates and fills them in one at a time.
 */
export function serially<A extends unknown[], T>(fn: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve()
  return (...args: A) => {
    const next = last.then(() => fn(...args))
    last = next.catch(() => undefined)
    return next
  }
}

/**
 * What the API benches work on, made through the API as the app would: 张桂兰 and 王立新 signed in,
 * 20 accepted cases to read, 20 drafts to save again and `submits` complete drafts to submit once
 * each. Blank drafts are reused by the server, so each is filled before the next is asked for.
 */
export async function prepareFilings(baseUrl: string, submits: number) {
  const api = apiClient(baseUrl)
  const token = (await api<{ token: string }>('POST', '/api/v1/auth/dev', null, { userId: 'd-zhang-guilan' })).token
  const judge = (await api<{ token: string }>('POST', '/api/v1/auth/staff', null, { account: 'judge.wang', password: 'demo1234' })).token
  const draft = serially(async () => {
    const { id } = await api<{ id: string }>('POST', '/api/v1/filings', token, { kind: 'civil-first', courtId: 'c-ergun' }, { 'idempotency-key': randomUUID() })
    await api('PUT', `/api/v1/filings/${id}/draft`, token, wheatSaleComplaint())
    return id
  })
  const accepted = await pool(20, 4, async () => {
    const id = await draft()
    await api('POST', `/api/v1/filings/${id}/submit`, token, undefined, { 'idempotency-key': randomUUID() })
    await api('POST', `/api/v1/review/filings/${id}/accept`, judge, { procedure: 'simple', judgeId: 's-judge-wang' })
    return id
  })
  const editable = await pool(20, 4, () => draft())
  const toSubmit = await pool(submits, 16, () => draft())
  return { token, judge, accepted, editable, toSubmit }
}
