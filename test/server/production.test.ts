import { startBanner } from '../../server/banner'
import { loadConfig } from '../../server/config'
import { DEMO_STAFF_PASSWORD } from '../../server/seed/demo'
import { makeApp, type TestApp } from './helpers'
import { TEST_SIGNING_KEY } from './signingKeys'

const production = {
  NODE_ENV: 'production',
  JWT_SECRET: 'q3V9mZ0rT7wK2pL8xB5nC1fH6jD4sA0gY7uE3iO9tRk=',
  WECHAT_APPID: 'wx1',
  WECHAT_SECRET: 's',
  SERVICE_SIGNING_KEY: TEST_SIGNING_KEY,
  AUTH_DEV_LOGIN: '0',
  LOG_LEVEL: 'silent',
}

describe('a production start on a fresh database', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await makeApp(production)
  }, 30_000)
  afterAll(async () => t.close())

  it('has the courts but no demo account, and the demo password signs nobody in', async () => {
    const users = await t.app.store.db.selectFrom('users').select('id').execute()
    expect(users).toEqual([])
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/courts' })).json().map((c: { code: string }) => c.code)).toContain('内0784')
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/staff', payload: { account: 'admin.sun', password: DEMO_STAFF_PASSWORD } })
    expect(res.statusCode).toBe(401)
  })

  it('does not serve the API docs', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/docs' })).statusCode).toBe(404)
    expect((await t.app.inject({ method: 'GET', url: '/api/docs/json' })).statusCode).toBe(404)
  })

  it('sends HSTS', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' })
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains')
  })
})

describe('production with API_DOCS=1', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await makeApp({ ...production, API_DOCS: '1' })
  }, 30_000)
  afterAll(async () => t.close())

  it('serves the docs', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/docs/json' })).statusCode).toBe(200)
  })
})

describe('the start banner', () => {
  it.each([
    ['development', true, loadConfig({ AUTH_DEV_LOGIN: '1', STATIC_DIR: '/nonexistent' })],
    ['production', false, loadConfig(production)],
  ])('in %s prints no password (demo accounts listed: %s)', (_label, listsDemo, config) => {
    const banner = startBanner(config, 'sqlite')
    expect(banner).not.toContain(DEMO_STAFF_PASSWORD)
    expect(banner.includes('judge.wang')).toBe(listsDemo)
  })

  it('tells a production operator how to create the first admin', () => {
    expect(startBanner(loadConfig(production), 'postgres')).toContain('npm run admin:create -- --court')
  })
})
