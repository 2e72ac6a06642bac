import { makeApp, type TestApp } from '../helpers'

let t: TestApp
beforeAll(async () => {
  t = await makeApp()
})
afterAll(async () => t.close())

describe('POST /api/v1/auth/wechat', () => {
  it('creates a litigant for a new openid and returns the same one next time', async () => {
    const first = await t.app.inject({ method: 'POST', url: '/api/v1/auth/wechat', payload: { code: 'abc' } })
    expect(first.statusCode).toBe(200)
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/auth/wechat', payload: { code: 'abc' } })
    expect(again.json().user.id).toBe(first.json().user.id)
    expect(first.json().user.role).toBe('litigant')
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${first.json().token}` } })
    expect(me.json()).toMatchObject({ role: 'litigant', realNameStatus: 'none' })
  })

  it('refuses an empty code with a field-level Chinese message', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/wechat', payload: { code: '' } })
    expect(res.statusCode).toBe(400)
    expect(res.json()).toEqual({ error: { code: 'INVALID_INPUT', field: 'code', message: '请填写微信登录凭证' } })
  })

  it('refuses a missing body field naming the field', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/wechat', payload: {} })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ field: 'code', message: '请填写微信登录凭证' })
  })
})

describe('POST /api/v1/auth/staff', () => {
  it('signs in a judge with the right password', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/staff', payload: { account: 'judge.wang', password: 'demo1234' } })
    expect(res.statusCode).toBe(200)
    expect(res.json().user).toMatchObject({ id: 's-judge-wang', role: 'judge', courtId: 'c-ergun' })
  })

  it('gives one message for a wrong password or an unknown account', async () => {
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/auth/staff', payload: { account: 'judge.wang', password: 'nope' } })
    const unknown = await t.app.inject({ method: 'POST', url: '/api/v1/auth/staff', payload: { account: 'nobody', password: 'nope' } })
    expect(wrong.statusCode).toBe(401)
    expect(unknown.json().error).toEqual(wrong.json().error)
    expect(wrong.json().error.code).toBe('STAFF_LOGIN_FAILED')
  })

  it('refuses a missing password with the field named in Chinese', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/staff', payload: { account: 'judge.wang' } })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toEqual({ code: 'INVALID_INPUT', field: 'password', message: '请填写密码' })
  })
})

describe('dev sign-in', () => {
  it('lists demo litigants and signs one in', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/auth/dev-users' })
    expect(list.json().map((u: { id: string }) => u.id)).toContain('d-zhang-guilan')
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/dev', payload: { userId: 'd-zhang-guilan' } })
    expect(res.statusCode).toBe(200)
    expect(res.json().user.displayName).toContain('张桂兰')
  })

  it('will not sign in a staff account through the dev door', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/dev', payload: { userId: 's-judge-wang' } })
    expect(res.statusCode).toBe(400)
    expect(res.json().error.code).toBe('DEV_USER_UNKNOWN')
  })
})

describe('dev sign-in when not enabled', () => {
  let off: TestApp
  beforeAll(async () => {
    off = await makeApp({ AUTH_DEV_LOGIN: '0' })
  })
  afterAll(async () => off.close())

  it('is refused', async () => {
    const res = await off.app.inject({ method: 'POST', url: '/api/v1/auth/dev', payload: { userId: 'd-zhang-guilan' } })
    expect(res.statusCode).toBe(404)
    expect(res.json().error.code).toBe('DEV_LOGIN_DISABLED')
  })
})
