import { loadConfig } from '../../server/config'
import { makeApp, type TestApp } from './helpers'
import { TEST_SIGNING_KEY } from './signingKeys'

let t: TestApp
beforeAll(async () => {
  t = await makeApp()
})
afterAll(async () => t.close())

describe('the API shell', () => {
  it('reports health with the engine in use', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ status: 'ok', db: process.env.DATABASE_URL ? 'postgres' : 'sqlite' })
  })

  it('serves OpenAPI with the routes documented', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' })
    expect(res.statusCode).toBe(200)
    expect(Object.keys(res.json().paths)).toEqual(expect.arrayContaining(['/api/v1/auth/wechat', '/api/v1/me', '/api/v1/courts']))
  })

  it('answers unknown API paths with the error envelope', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' })
    expect(res.statusCode).toBe(404)
    expect(res.json()).toEqual({ error: { code: 'NOT_FOUND', message: '找不到要访问的内容' } })
  })

  it('lists the seeded courts with rooms and circuit points', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/courts' })
    const ergun = res.json().find((c: { code: string }) => c.code === '内0784')
    expect(ergun.name).toBe('额尔古纳市人民法院')
    expect(ergun.rooms.map((r: { name: string }) => r.name)).toEqual(expect.arrayContaining(['第一法庭', '调解室', '拉布大林巡回审判点']))
  })

  it('seeds idempotently', async () => {
    const { seedDemo } = await import('../../server/seed/demo')
    await seedDemo(t.app.store.db, '2026-11-25T10:00:00+08:00')
    const count = await t.app.store.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow()
    await seedDemo(t.app.store.db, '2026-11-25T10:00:00+08:00')
    const again = await t.app.store.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow()
    expect(Number(again.n)).toBe(Number(count.n))
  })

  it('gives the demo mediator bookable hours in the next two weeks, and a second seed keeps hours they changed', async () => {
    const headers = await t.as('d-zhang-guilan')
    const m = await t.app.inject({
      method: 'POST',
      url: '/api/v1/mediations',
      headers,
      payload: {
        stage: 'pre-filing',
        courtId: 'c-ergun',
        dispute: '2025年9月我卖给王建国小麦20吨，约定一个月内付款，他至今没有付。',
        claim: '王建国支付小麦款86500元',
        amountFen: 8_650_000,
        respondent: { name: '王建国', mobile: '13847005678', idNumber: '150784197209150019' },
        consent: true,
        service: { mobile: '13904701234', postalAddress: '额尔古纳市拉布大林街道团结村', app: true, sms: true },
      },
    })
    expect(m.statusCode).toBe(201)
    const offer = (await t.app.inject({ method: 'GET', url: `/api/v1/mediations/${m.json().id}/slots?days=14`, headers })).json()
    const chen = offer.groups.find((g: { mediator: { id: string } }) => g.mediator.id === 's-mediator-chen')
    expect(chen.venue).toEqual({ kind: 'room', roomName: '调解室', address: '额尔古纳市人民法院一楼东侧' })
    const starts = chen.slots.map((s: { startsAt: string }) => s.startsAt)
    // Thu 11-26 is the first bookable day: three morning and three afternoon sessions; no weekend sessions.
    expect(starts.filter((s: string) => s.startsWith('2026-11-26'))).toEqual([
      '2026-11-26T09:00:00+08:00',
      '2026-11-26T10:00:00+08:00',
      '2026-11-26T11:00:00+08:00',
      '2026-11-26T14:30:00+08:00',
      '2026-11-26T15:30:00+08:00',
      '2026-11-26T16:30:00+08:00',
    ])
    expect(starts.some((s: string) => s.startsWith('2026-11-28') || s.startsWith('2026-11-29'))).toBe(false)
    expect(new Set(chen.slots.map((s: { date: string }) => s.date)).size).toBe(10)

    const chenHeaders = await t.as('s-mediator-chen')
    const mornings = { slotMinutes: 60, weekly: [{ weekday: 1, start: '09:00', end: '12:00' }], overrides: [], venue: { kind: 'online' } }
    expect((await t.app.inject({ method: 'PUT', url: '/api/v1/mediation/availability', headers: chenHeaders, payload: mornings })).statusCode).toBe(200)
    const { seedDemo } = await import('../../server/seed/demo')
    await seedDemo(t.app.store.db, '2026-11-25T10:00:00+08:00')
    const kept = (await t.app.inject({ method: 'GET', url: '/api/v1/mediation/availability', headers: chenHeaders })).json()
    expect(kept).toMatchObject({ weekly: mornings.weekly, venue: { kind: 'online' } })
  })

  it('rate-limits staff sign-in per address', async () => {
    const codes: number[] = []
    // A different account each time: the per-account lock (signInLock.test.ts) must not be what answers here.
    for (let i = 0; i < 12; i++) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/staff', payload: { account: `x${i}`, password: 'y' }, remoteAddress: '10.9.9.9' })
      codes.push(res.statusCode)
    }
    expect(codes.slice(0, 10).every((c) => c === 401)).toBe(true)
    expect(codes[11]).toBe(429)
  })
})

// 32 random bytes, as `openssl rand -base64 32` prints them.
const SECRET = 'q3V9mZ0rT7wK2pL8xB5nC1fH6jD4sA0gY7uE3iO9tRk='

describe('configuration', () => {
  it('fails fast in production without secrets', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/)
  })
  it('refuses the dev login in production', () => {
    const env = { NODE_ENV: 'production', JWT_SECRET: SECRET, WECHAT_APPID: 'wx1', WECHAT_SECRET: 's', AUTH_DEV_LOGIN: '1' }
    expect(() => loadConfig(env)).toThrow(/AUTH_DEV_LOGIN/)
  })
  it('accepts a complete production configuration', () => {
    const env = { NODE_ENV: 'production', JWT_SECRET: SECRET, WECHAT_APPID: 'wx1', WECHAT_SECRET: 's', SERVICE_SIGNING_KEY: TEST_SIGNING_KEY }
    expect(loadConfig(env)).toMatchObject({ nodeEnv: 'production', devLogin: false, port: 3000 })
  })
})
