import http from 'node:http'
import { PassThrough } from 'node:stream'
import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../../server/app'
import { loadConfig } from '../../../server/config'
import { connect } from '../../../server/db/connect'
import { drainOnSignals } from '../../../server/shutdown'
import { fakeWechat, fixedClock, freshStore, makeApp, type TestApp } from '../helpers'

const TOKEN = 'metrics-token-0123456789abcdef'

/** An app whose log lines a test reads (LOG_LEVEL=info), on its own database. */
async function loggedApp(env: Record<string, string> = {}) {
  const lines: Record<string, unknown>[] = []
  const logStream = new PassThrough()
  logStream.on('data', (chunk: Buffer) =>
    chunk
      .toString()
      .split('\n')
      .filter(Boolean)
      .forEach((l) => lines.push(JSON.parse(l) as Record<string, unknown>)),
  )
  const store = await freshStore()
  const config = loadConfig({ NODE_ENV: 'test', AUTH_DEV_LOGIN: '1', STATIC_DIR: '/nonexistent', LOG_LEVEL: 'info', METRICS_TOKEN: TOKEN, ...env })
  const app = await buildApp({ config, clock: fixedClock('2026-11-25T09:00:00+08:00'), wechat: fakeWechat, store, logStream })
  return { app, lines, store }
}

describe('health', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await makeApp()
  }, 120_000)
  afterAll(async () => t.close(), 120_000)

  it('answers live and ready with every dependency named', async () => {
    const live = await t.app.inject({ method: 'GET', url: '/api/health/live' })
    expect(live.statusCode).toBe(200)
    expect(live.json()).toEqual({ status: 'ok' })
    const ready = await t.app.inject({ method: 'GET', url: '/api/health/ready' })
    expect(ready.statusCode).toBe(200)
    expect(ready.json()).toEqual({ status: 'ok', checks: { database: 'ok', storage: 'ok' }, failed: [] })
  })

  it('is not ready, naming the database, once the database stops answering; still live', async () => {
    const store = connect({ sqlitePath: ':memory:' })
    const config = loadConfig({ NODE_ENV: 'test', STATIC_DIR: '/nonexistent' })
    const app = await buildApp({ config, clock: fixedClock('2026-11-25T09:00:00+08:00'), wechat: fakeWechat, store })
    await app.ready()
    await store.db.destroy()
    const ready = await app.inject({ method: 'GET', url: '/api/health/ready' })
    expect(ready.statusCode).toBe(503)
    expect(ready.json()).toEqual({ status: 'unavailable', checks: { database: 'failed', storage: 'ok' }, failed: ['database'] })
    expect((await app.inject({ method: 'GET', url: '/api/health/live' })).statusCode).toBe(200)
    await app.close().catch(() => undefined)
  })
})

describe('request ids', () => {
  it('echo a sane X-Request-Id from the proxy, make one otherwise, and mark every log line of the request', async () => {
    const { app, lines, store } = await loggedApp()
    try {
      const given = await app.inject({ method: 'GET', url: '/api/v1/courts', headers: { 'x-request-id': 'nginx-7f3a9c2e11' } })
      expect(given.headers['x-request-id']).toBe('nginx-7f3a9c2e11')
      const fresh = await app.inject({ method: 'GET', url: '/api/v1/courts' })
      expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
      // A header that is a payload, not an id, is not taken (nor logged as the id).
      const insane = await app.inject({ method: 'GET', url: '/api/v1/courts', headers: { 'x-request-id': 'a b<script>' } })
      expect(insane.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
      // Replies that are errors carry it too.
      const refused = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { 'x-request-id': 'nginx-deadbeef01' } })
      expect(refused.statusCode).toBe(401)
      expect(refused.headers['x-request-id']).toBe('nginx-deadbeef01')

      await new Promise((r) => setImmediate(r))
      const ofGiven = lines.filter((l) => l.reqId === 'nginx-7f3a9c2e11')
      expect(ofGiven.map((l) => l.msg)).toEqual(expect.arrayContaining(['incoming request', 'request completed']))
      expect(lines.some((l) => l.reqId === fresh.headers['x-request-id'])).toBe(true)
      expect(lines.some((l) => l.reqId === 'a b<script>')).toBe(false)
      // Every line written for a request names one.
      expect(lines.filter((l) => l.req !== undefined || l.res !== undefined).every((l) => typeof l.reqId === 'string')).toBe(true)
    } finally {
      await app.close()
      await store.drop()
    }
  }, 120_000)
})

describe('/metrics', () => {
  it('lists request latency per route, the outbox depth, and is closed to anyone but this machine or the token holder', async () => {
    const { app, store } = await loggedApp({ LOG_LEVEL: 'silent' })
    try {
      for (let i = 0; i < 3; i++) await app.inject({ method: 'GET', url: '/api/v1/courts' })
      await app.inject({ method: 'GET', url: '/api/v1/me' })
      const local = await app.inject({ method: 'GET', url: '/metrics', remoteAddress: '127.0.0.1' })
      expect(local.statusCode).toBe(200)
      expect(local.headers['content-type']).toMatch(/^text\/plain/)
      const text = local.body
      expect(text).toMatch(/http_request_duration_seconds_bucket\{[^}]*route="\/api\/v1\/courts"[^}]*\} /)
      expect(text).toMatch(/http_request_duration_seconds_count\{[^}]*method="GET"[^}]*route="\/api\/v1\/courts"[^}]*status_code="200"[^}]*\} 3/)
      expect(text).toMatch(/http_request_duration_seconds_count\{[^}]*route="\/api\/v1\/me"[^}]*status_code="401"[^}]*\} 1/)
      expect(text).toMatch(/^# TYPE court_outbox_jobs gauge/m)
      expect(text).toMatch(/process_cpu_seconds_total/)
      if (store.engine === 'postgres') expect(text).toMatch(/court_db_pool_connections\{state="total"\} \d+/)

      const proxied = await app.inject({ method: 'GET', url: '/metrics', remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': '203.0.113.5' } })
      expect(proxied.statusCode).toBe(403)
      const remote = await app.inject({ method: 'GET', url: '/metrics', remoteAddress: '203.0.113.5' })
      expect(remote.statusCode).toBe(403)
      const wrong = await app.inject({
        method: 'GET',
        url: '/metrics',
        remoteAddress: '203.0.113.5',
        headers: { authorization: 'Bearer metrics-token-0123456789abcdeX' },
      })
      expect(wrong.statusCode).toBe(403)
      const token = await app.inject({ method: 'GET', url: '/metrics', remoteAddress: '203.0.113.5', headers: { authorization: `Bearer ${TOKEN}` } })
      expect(token.statusCode).toBe(200)
      expect(token.body).toMatch(/route="\/api\/v1\/courts"/)
    } finally {
      await app.close()
      await store.drop()
    }
  }, 120_000)
})

/** A GET over a real socket; resolves with status and body when the reply has fully arrived. */
function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
        let body = ''
        res.on('data', (c: Buffer) => (body += c.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      })
      .on('error', reject)
  })
}

describe('graceful shutdown', () => {
  it('on SIGTERM stops taking connections, finishes the slow request in flight, then exits 0', async () => {
    const store = await freshStore()
    const config = loadConfig({ NODE_ENV: 'test', STATIC_DIR: '/nonexistent' })
    const app: FastifyInstance = await buildApp({ config, clock: fixedClock('2026-11-25T09:00:00+08:00'), wechat: fakeWechat, store })
    let started!: () => void
    const inFlight = new Promise<void>((r) => (started = r))
    // A request that takes a while (a large upload, a slow report), begun before the signal.
    app.get('/slow', async () => {
      started()
      await new Promise((r) => setTimeout(r, 800))
      return { finished: true }
    })
    const events: string[] = []
    app.addHook('onResponse', async (req) => {
      if (req.url === '/slow') events.push('slow sent')
    })
    await app.listen({ host: '127.0.0.1', port: 0 })
    const { port } = app.server.address() as AddressInfo
    let exited!: (code: number) => void
    const exit = new Promise<number>((r) => (exited = r))
    const remove = drainOnSignals(app, {
      exit: (code) => {
        events.push(`exit ${code}`)
        exited(code)
      },
      signals: ['SIGTERM'],
    })
    try {
      const slow = get(port, '/slow')
      await inFlight
      process.emit('SIGTERM', 'SIGTERM')
      expect(app.draining).toBe(true)
      // While it drains, no new connection is taken (the balancer moves on to the other process).
      await expect(get(port, '/api/health/ready')).rejects.toThrow(/ECONNREFUSED|ECONNRESET|socket hang up/)
      expect(await slow).toEqual({ status: 200, body: JSON.stringify({ finished: true }) })
      expect(await exit).toBe(0)
      expect(events).toEqual(['slow sent', 'exit 0'])
    } finally {
      remove()
      await store.drop()
    }
  }, 120_000)
})
