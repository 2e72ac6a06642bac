import { makeApp, type TestApp } from '../helpers'

let t: TestApp
beforeAll(async () => {
  t = await makeApp()
  // An admin of another court, to show an admin manages only their own court's staff.
  await t.app.store.db
    .insertInto('users')
    .values({
      id: 's-admin-dongsheng',
      role: 'admin',
      court_id: 'c-dongsheng',
      account: 'admin.dongsheng',
      password_hash: null,
      openid: null,
      display_name: '东胜区法院管理员',
      real_name: null,
      id_number: null,
      mobile: null,
      address: null,
      real_name_status: 'none',
      demo: 0,
      created_at: '2026-11-25T09:00:00+08:00',
      updated_at: '2026-11-25T09:00:00+08:00',
      disabled_at: null,
    })
    .execute()
}, 30_000)
afterAll(async () => t.close())

const call = (method: 'GET' | 'POST' | 'PUT', url: string, headers: Record<string, string> = {}, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers, payload })
let n = 0
const staffSignIn = async (account: string, password = 'demo1234') => {
  // Each from an address of its own: the per-address sign-in limit is not what this file is about.
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/staff', payload: { account, password }, remoteAddress: `10.1.${n++}.1` })
  expect(res.statusCode).toBe(200)
  return { authorization: `Bearer ${res.json().token as string}` }
}
const payloadOf = (header: Record<string, string>) => JSON.parse(Buffer.from(header.authorization.split('.')[1], 'base64url').toString())

describe('tokens name a server-side session', () => {
  it('carry the session id and nothing about the role', async () => {
    const judge = await staffSignIn('judge.wang')
    expect(Object.keys(payloadOf(judge)).sort()).toEqual(['exp', 'iat', 'sid'])
    const row = await t.app.store.db.selectFrom('sessions').selectAll().where('id', '=', payloadOf(judge).sid).executeTakeFirstOrThrow()
    expect(row).toMatchObject({ user_id: 's-judge-wang', revoked_at: null })
  })

  it('refuse a validly signed token of the old kind, which carried a role', async () => {
    const forged = t.app.jwt.sign({ sub: 's-admin-sun', role: 'admin', courtId: 'c-ergun' } as never)
    const res = await call('GET', '/review/filings', { authorization: `Bearer ${forged}` })
    expect(res.statusCode).toBe(401)
  })

  it('refuse a token naming a session that does not exist', async () => {
    const res = await call('GET', '/me', { authorization: `Bearer ${t.app.jwt.sign({ sid: 'ses-made-up' })}` })
    expect(res.statusCode).toBe(401)
  })
})

describe('POST /api/v1/auth/logout', () => {
  it('ends this device’s session only', async () => {
    const phone = await t.as('d-zhang-guilan')
    const tablet = await t.as('d-zhang-guilan')
    expect((await call('POST', '/auth/logout', phone)).statusCode).toBe(204)
    expect((await call('GET', '/me', phone)).statusCode).toBe(401)
    expect((await call('GET', '/me', tablet)).statusCode).toBe(200)
    const row = await t.app.store.db.selectFrom('sessions').selectAll().where('id', '=', payloadOf(phone).sid).executeTakeFirstOrThrow()
    expect(row.revoked_reason).toBe('logout')
  })

  it('needs a session', async () => {
    expect((await call('POST', '/auth/logout')).statusCode).toBe(401)
  })
})

describe('an admin disables an account', () => {
  it('ends its sessions at once: a disabled judge’s token no longer reads the review queue', async () => {
    const judge = await staffSignIn('judge.zhao')
    expect((await call('GET', '/review/filings', judge)).statusCode).toBe(200)
    const res = await call('POST', '/admin/accounts/s-judge-zhao/disable', await t.as('s-admin-sun'))
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ id: 's-judge-zhao', disabled: true })
    const after = await call('GET', '/review/filings', judge)
    expect(after.statusCode).toBe(401)
    expect(after.json().error.code).toBe('AUTH_REQUIRED')
  })

  it('refuses the disabled account’s sign-in, after the password check', async () => {
    const right = await call('POST', '/auth/staff', {}, { account: 'judge.zhao', password: 'demo1234' })
    expect(right.statusCode).toBe(403)
    expect(right.json().error).toEqual({ code: 'ACCOUNT_DISABLED', message: '该账号已停用，请联系本院管理员' })
    // A wrong password gets the ordinary answer: being disabled is not told to someone guessing.
    const wrong = await call('POST', '/auth/staff', {}, { account: 'judge.zhao', password: 'guess' })
    expect(wrong.json().error.code).toBe('STAFF_LOGIN_FAILED')
  })

  it('refuses a disabled session found in the database (disabled by another process)', async () => {
    const mediator = await t.as('s-mediator-chen')
    await t.app.store.db.updateTable('users').set({ disabled_at: '2026-11-25T09:00:00+08:00' }).where('id', '=', 's-mediator-chen').execute()
    const res = await call('GET', '/me', mediator)
    expect(res.statusCode).toBe(401)
    expect(res.json().error.code).toBe('ACCOUNT_DISABLED')
    await t.app.store.db.updateTable('users').set({ disabled_at: null }).where('id', '=', 's-mediator-chen').execute()
  })

  it('lets the admin enable it again; the judge signs in afresh', async () => {
    expect((await call('POST', '/admin/accounts/s-judge-zhao/enable', await t.as('s-admin-sun'))).json().disabled).toBe(false)
    await staffSignIn('judge.zhao')
  })
})

describe('an admin changes a role', () => {
  it('ends the account’s sessions, and the next sign-in carries the new role', async () => {
    const clerk = await staffSignIn('clerk.liu')
    expect((await call('GET', '/review/filings', clerk)).statusCode).toBe(200)
    const res = await call('PUT', '/admin/accounts/s-clerk-liu/role', await t.as('s-admin-sun'), { role: 'mediator' })
    expect(res.json()).toMatchObject({ role: 'mediator' })
    expect((await call('GET', '/review/filings', clerk)).statusCode).toBe(401)
    const again = await staffSignIn('clerk.liu')
    expect((await call('GET', '/me', again)).json().role).toBe('mediator')
    expect((await call('GET', '/review/filings', again)).statusCode).toBe(403)
    await call('PUT', '/admin/accounts/s-clerk-liu/role', await t.as('s-admin-sun'), { role: 'clerk' })
  })
})

describe('a staff member changes their password', () => {
  it('ends every session of the account and returns a fresh one', async () => {
    const desk = await staffSignIn('judge.wang')
    const phone = await staffSignIn('judge.wang')
    const res = await call('POST', '/auth/password', phone, { currentPassword: 'demo1234', newPassword: 'Hailar-2026!' })
    expect(res.statusCode).toBe(200)
    expect((await call('GET', '/me', desk)).statusCode).toBe(401)
    expect((await call('GET', '/me', phone)).statusCode).toBe(401)
    expect((await call('GET', '/me', { authorization: `Bearer ${res.json().token as string}` })).statusCode).toBe(200)
    expect((await call('POST', '/auth/staff', {}, { account: 'judge.wang', password: 'demo1234' })).statusCode).toBe(401)
    const back = await staffSignIn('judge.wang', 'Hailar-2026!')
    expect((await call('POST', '/auth/password', back, { currentPassword: 'Hailar-2026!', newPassword: 'demo1234x' })).statusCode).toBe(200)
    await t.app.services.repos.users.setPasswordHash(
      's-judge-wang',
      await (await import('../../../server/services/passwords')).hashPassword('demo1234'),
      '2026-11-25T09:00:00+08:00',
    )
  })

  it.each([
    ['a wrong current password', { currentPassword: 'nope', newPassword: 'Hailar-2026!' }, 'PASSWORD_WRONG', 'currentPassword'],
    ['a common new password', { currentPassword: 'demo1234', newPassword: '12345678' }, 'PASSWORD_WEAK', 'newPassword'],
    ['a short new password', { currentPassword: 'demo1234', newPassword: 'a1!' }, 'PASSWORD_WEAK', 'newPassword'],
    ['the same password again', { currentPassword: 'demo1234', newPassword: 'demo1234' }, 'PASSWORD_SAME', 'newPassword'],
  ])('refuses %s, naming the field', async (_label, body, code, field) => {
    const res = await call('POST', '/auth/password', await t.as('s-judge-gao'), body)
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code, field })
  })

  it('is for staff only', async () => {
    const res = await call('POST', '/auth/password', await t.as('d-zhang-guilan'), { currentPassword: 'x', newPassword: 'Hailar-2026!' })
    expect(res.statusCode).toBe(403)
  })
})

describe('who may manage accounts', () => {
  it.each([
    ['nobody signed in', 401, null, 's-judge-zhao'],
    ['a judge', 403, 's-judge-wang', 's-judge-zhao'],
    ['a clerk', 403, 's-clerk-liu', 's-judge-zhao'],
    ['a mediator', 403, 's-mediator-chen', 's-judge-zhao'],
    ['a litigant', 403, 'd-zhang-guilan', 's-judge-zhao'],
    ['an admin of another court', 404, 's-admin-dongsheng', 's-judge-zhao'],
    ['an admin, for a litigant', 404, 's-admin-sun', 'd-zhang-guilan'],
    ['an admin, for an account that does not exist', 404, 's-admin-sun', 's-nobody'],
    ['an admin, for their own account', 400, 's-admin-sun', 's-admin-sun'],
  ])('%s: %i', async (_label, status, who, target) => {
    const headers = who ? await t.as(who) : {}
    for (const [method, url, body] of [
      ['POST', `/admin/accounts/${target}/disable`, undefined],
      ['POST', `/admin/accounts/${target}/enable`, undefined],
      ['POST', `/admin/accounts/${target}/unlock`, undefined],
      ['PUT', `/admin/accounts/${target}/role`, { role: 'judge' }],
    ] as const) {
      expect([method, url, (await call(method, url, headers, body)).statusCode]).toEqual([method, url, status])
    }
    const row = await t.app.store.db.selectFrom('users').select(['disabled_at', 'role']).where('id', '=', 's-judge-zhao').executeTakeFirstOrThrow()
    expect(row).toEqual({ disabled_at: null, role: 'judge' })
  })

  it('refuses a role that is not a staff role', async () => {
    const res = await call('PUT', '/admin/accounts/s-judge-zhao/role', await t.as('s-admin-sun'), { role: 'litigant' })
    expect(res.statusCode).toBe(400)
    expect(res.json().error.field).toBe('role')
  })

  it('records each change in the audit log', async () => {
    const rows = await t.app.store.db.selectFrom('audit_log').select(['action', 'actor_id']).where('subject', '=', 's-judge-zhao').execute()
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['account.disable', 'account.enable']))
    expect(rows.every((r) => r.actor_id === 's-admin-sun')).toBe(true)
  })
})

describe('a session ended by another process', () => {
  it('stops working here within the cache time (SESSION_CACHE_MS), and a role changed in the database holds too', async () => {
    const { SESSION_CACHE_MS } = await import('../../../server/services/sessions')
    const other = await makeApp({}, '2026-11-25T09:00:00+08:00', t.app.store)
    try {
      const user = await t.as('d-wang-jianguo')
      expect((await call('GET', '/me', user)).statusCode).toBe(200)
      await other.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: user })
      // Cached here for a moment: a revocation elsewhere is seen once the entry is older than the TTL.
      expect((await call('GET', '/me', user)).statusCode).toBe(200)
      t.clock.set(new Date(t.clock.now().getTime() + SESSION_CACHE_MS + 1).toISOString())
      expect((await call('GET', '/me', user)).statusCode).toBe(401)

      const agent = await t.as('d-li-chunsheng')
      expect((await call('GET', '/me', agent)).json().role).toBe('agent')
      await t.app.store.db.updateTable('users').set({ role: 'litigant' }).where('id', '=', 'd-li-chunsheng').execute()
      t.clock.set(new Date(t.clock.now().getTime() + SESSION_CACHE_MS + 1).toISOString())
      expect((await call('GET', '/me', agent)).json().role).toBe('litigant')
      await t.app.store.db.updateTable('users').set({ role: 'agent' }).where('id', '=', 'd-li-chunsheng').execute()
    } finally {
      await other.app.close()
    }
  }, 30_000)
})
