import { freshStore, makeApp, type TestApp } from '../helpers'
import { startRedis, within, type LocalRedis } from './services'

/**
 * Two API processes with one Redis: the sign-in limit counts the requests both saw, and a
 * sign-out in one is honoured by the other at once, not when its session cache runs out. The
 * same two processes without Redis are the control: each counts and caches on its own.
 */
let redis: LocalRedis
let store: Awaited<ReturnType<typeof freshStore>>
beforeAll(async () => {
  redis = await startRedis()
  store = await freshStore()
}, 120_000)
afterAll(async () => {
  await store?.drop()
  await redis?.stop()
}, 120_000)

/**
 * Two apps on `env`; with the test's Redis, once both are connected and listening for sign-outs.
 * Until then a limit is not counted and an announcement not heard (Redis commands fail fast rather
 * than queue), which on a loaded machine can outlast the first requests.
 */
async function pair(env: Record<string, string>): Promise<[TestApp, TestApp]> {
  const apps: [TestApp, TestApp] = [await makeApp(env, undefined, store), await makeApp(env, undefined, store)]
  if (env.REDIS_URL === redis.url) {
    await within(30_000, async () => {
      if (!apps.every((t) => t.app.redis?.status === 'ready')) return false
      const [, listeners] = (await apps[0].app.redis!.pubsub('NUMSUB', 'court:sessions:ended')) as [string, number]
      return Number(listeners) >= 2
    })
  }
  return apps
}
const closeAll = async (apps: TestApp[]) => {
  for (const t of apps) await t.close()
}
/** Staff sign-ins from one address, alternating between the processes; each account name new, so no account lock is what answers. */
async function signIns(apps: TestApp[], count: number, tag: string): Promise<number[]> {
  const codes: number[] = []
  for (let i = 0; i < count; i++) {
    const t = apps[i % apps.length]
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/staff',
      remoteAddress: '203.0.113.7',
      payload: { account: `nobody-${tag}-${i}`, password: 'wrong-password' },
    })
    codes.push(res.statusCode)
  }
  return codes
}
/** A case list read, which needs a live session. */
const me = (t: TestApp, auth: Record<string, string>) => t.app.inject({ method: 'GET', url: '/api/v1/me', headers: auth })

describe('with REDIS_URL', () => {
  it('limits sign-in attempts over both processes together (10 a minute per address)', async () => {
    const apps = await pair({ REDIS_URL: redis.url })
    try {
      const codes = await signIns(apps, 12, 'shared')
      expect(codes.slice(0, 10).every((c) => c !== 429)).toBe(true)
      expect(codes.slice(10)).toEqual([429, 429])
      // Another address is counted on its own.
      const other = await apps[1].app.inject({
        method: 'POST',
        url: '/api/v1/auth/staff',
        remoteAddress: '198.51.100.9',
        payload: { account: 'x', password: 'y' },
      })
      expect(other.statusCode).not.toBe(429)
    } finally {
      await closeAll(apps)
    }
  }, 120_000)

  it('honours a sign-out made through one process in the other, by message rather than by expiry', async () => {
    const [a, b] = await pair({ REDIS_URL: redis.url })
    try {
      const auth = await a.as('d-zhang-guilan')
      // B has read the session and caches it (its clock stands still: without a message it never expires).
      expect((await me(b, auth)).statusCode).toBe(200)
      expect((await me(b, auth)).statusCode).toBe(200)
      expect((await a.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: auth })).statusCode).toBe(204)
      // B's cache never expires on its own here, so only the Redis message can end the session in B.
      // The bound is generous for a loaded machine; the usual delay is a few milliseconds.
      await within(15_000, async () => (await me(b, auth)).statusCode === 401)
      expect((await me(a, auth)).statusCode).toBe(401)
    } finally {
      await closeAll([a, b])
    }
  }, 120_000)

  it('lets requests through when Redis is down rather than refusing everyone', async () => {
    const apps = await pair({ REDIS_URL: 'redis://127.0.0.1:9' })
    try {
      const codes = await signIns(apps, 3, 'down')
      expect(codes.every((c) => c === 401)).toBe(true)
      const ready = await apps[0].app.inject({ method: 'GET', url: '/api/health/ready' })
      expect(ready.statusCode).toBe(503)
      expect(ready.json()).toMatchObject({ checks: { database: 'ok', storage: 'ok', redis: 'failed' }, failed: ['redis'] })
    } finally {
      await closeAll(apps)
    }
  }, 120_000)
})

describe('without REDIS_URL (the control)', () => {
  it('counts each process on its own, so the pair lets more through than one would', async () => {
    const apps = await pair({})
    try {
      const codes = await signIns(apps, 12, 'apart')
      expect(codes.filter((c) => c === 429)).toEqual([])
    } finally {
      await closeAll(apps)
    }
  }, 120_000)

  it('keeps serving a session signed out in the other process while its cache holds', async () => {
    const [a, b] = await pair({})
    try {
      const auth = await a.as('d-zhang-guilan')
      expect((await me(b, auth)).statusCode).toBe(200)
      expect((await a.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: auth })).statusCode).toBe(204)
      await new Promise((r) => setTimeout(r, 300))
      expect((await me(b, auth)).statusCode).toBe(200)
      expect((await me(a, auth)).statusCode).toBe(401)
    } finally {
      await closeAll([a, b])
    }
  }, 120_000)
})
