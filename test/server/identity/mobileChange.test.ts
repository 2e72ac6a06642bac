import { makeApp, type TestApp } from '../helpers'

// Changing the mobile number: a code goes by SMS to the new number, and only the code coming back
// makes it the account's. Until then the account keeps the confirmed number.
let t: TestApp
beforeAll(async () => {
  t = await makeApp()
}, 60_000)
afterAll(async () => t.close())

const START = '2026-11-25T09:00:00+08:00'
let minute = 0
/** Each test starts on its own quiet hour, so the sending limits of one test do not reach the next. */
beforeEach(() => {
  minute += 24 * 60 + 1
  t.clock.set(new Date(Date.parse(START) + minute * 60_000).toISOString())
})
const later = (ms: number) => t.clock.set(new Date(t.clock.now().getTime() + ms).toISOString())

const call = async (who: string | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, headers: Record<string, string> = {}) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: { ...(who ? await t.as(who) : {}), ...headers }, ...(payload ? { payload } : {}) })
const sendCode = (who: string, mobile: string, headers: Record<string, string> = {}) => call(who, 'POST', '/me/mobile/code', { mobile }, headers)
const confirm = (who: string, code: string) => call(who, 'POST', '/me/mobile/confirm', { code })
const me = async (who: string) => (await call(who, 'GET', '/me')).json()

/** The SMS the development notifier wrote to the outbox for this number, newest first. */
const smsTo = (mobile: string) =>
  t.app.store.db
    .selectFrom('notify_outbox')
    .selectAll()
    .where('recipient', '=', mobile)
    .where('template', '=', 'mobile-code')
    .orderBy('created_at', 'desc')
    .execute()
const lastCode = async (mobile: string) => JSON.parse((await smsTo(mobile))[0].data_json).code as string
const wrongOf = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0')
const codeRows = (userId: string) => t.app.store.db.selectFrom('mobile_codes').selectAll().where('user_id', '=', userId).execute()

describe('changing the mobile number with an SMS code', () => {
  it('sends a code to the new number and keeps the confirmed one until the code comes back', async () => {
    const res = await sendCode('d-wang-jianguo', '13900001111')
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ mobile: '13900001111' })
    expect(Date.parse(res.json().expiresAt) - t.clock.now().getTime()).toBe(10 * 60_000)
    const [sms] = await smsTo('13900001111')
    expect(sms).toMatchObject({ channel: 'sms', template: 'mobile-code', court_id: null })
    expect(sms.text).toMatch(/^【移动微法院】您正在更换手机号，验证码\d{6}，10分钟内有效。/)
    expect(await me('d-wang-jianguo')).toMatchObject({ mobile: '13847005678', pendingMobile: '13900001111', realNameStatus: 'verified' })
  })

  it('takes the right code: the new number is the account’s and the identity stays verified', async () => {
    await sendCode('d-wang-jianguo', '13900002222')
    const res = await confirm('d-wang-jianguo', await lastCode('13900002222'))
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ mobile: '13900002222', pendingMobile: null, realNameStatus: 'verified', reviewReason: null })
    const history = await t.app.store.db.selectFrom('audit_log').selectAll().where('subject', '=', 'user:d-wang-jianguo').execute()
    expect(history.map((h) => [h.action, JSON.parse(h.detail)])).toContainEqual(['profile.mobile-changed', { from: '138****5678', to: '139****2222' }])
    // A used code cannot be used again.
    expect((await confirm('d-wang-jianguo', await lastCode('13900002222'))).json().error.code).toBe('MOBILE_CODE_NOT_SENT')
    await t.app.store.db.updateTable('users').set({ mobile: '13847005678' }).where('id', '=', 'd-wang-jianguo').execute()
  })

  it('keeps only a keyed hash of the code, never the code itself', async () => {
    await sendCode('d-li-chunsheng', '13900003333')
    const code = await lastCode('13900003333')
    const [row] = (await codeRows('d-li-chunsheng')).filter((r) => r.mobile === '13900003333')
    expect(row.code_hash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(row)).not.toContain(code)
  })

  it.each<[string, (code: string) => Promise<void>, number, string, RegExp]>([
    ['a wrong code, saying how many tries are left', async () => undefined, 400, 'MOBILE_CODE_WRONG', /^验证码不对，还可以再试4次$/],
    ['a code after its 10 minutes', async () => later(10 * 60_000 + 1), 400, 'MOBILE_CODE_EXPIRED', /^验证码已过期，请重新获取$/],
  ])('refuses %s, at the code field, and changes nothing', async (_label, before, status, code, message) => {
    await sendCode('d-li-chunsheng', '13900004444')
    const right = await lastCode('13900004444')
    await before(right)
    const res = await confirm('d-li-chunsheng', code === 'MOBILE_CODE_WRONG' ? wrongOf(right) : right)
    expect(res.statusCode).toBe(status)
    expect(res.json().error).toMatchObject({ code, field: 'code' })
    expect(res.json().error.message).toMatch(message)
    expect((await me('d-li-chunsheng')).mobile).toBe('13614709876')
  })

  it('ends a code after five wrong tries, even when they arrive at the same moment', async () => {
    await sendCode('d-li-chunsheng', '13900005555')
    const right = await lastCode('13900005555')
    const guesses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => confirm('d-li-chunsheng', String((Number(right) + 1 + i) % 1_000_000).padStart(6, '0'))),
    )
    const codes = guesses.map((g) => g.json().error.code)
    expect(codes.filter((c) => c === 'MOBILE_CODE_WRONG')).toHaveLength(4)
    expect(codes.filter((c) => c === 'MOBILE_CODE_TOO_MANY_TRIES')).toHaveLength(8)
    const [row] = (await codeRows('d-li-chunsheng')).filter((r) => r.mobile === '13900005555')
    expect(row).toMatchObject({ attempts: 5, status: 'failed' })
    // Not even the right code works now.
    expect((await confirm('d-li-chunsheng', right)).statusCode).toBe(400)
    expect((await me('d-li-chunsheng')).mobile).toBe('13614709876')
  })

  it('lets only the newest code work', async () => {
    await sendCode('d-li-chunsheng', '13900006666')
    const first = await lastCode('13900006666')
    later(61_000)
    await sendCode('d-li-chunsheng', '13900007777')
    expect((await confirm('d-li-chunsheng', first)).json().error.code).toBe('MOBILE_CODE_WRONG')
    expect((await me('d-li-chunsheng')).pendingMobile).toBe('13900007777')
  })

  it('answers a retry of the same request with the first answer, sending one SMS', async () => {
    const key = { 'idempotency-key': 'mobile-code-retry-1' }
    const a = await sendCode('d-zhang-guilan', '13900008888', key)
    const b = await sendCode('d-zhang-guilan', '13900008888', key)
    expect(b.statusCode).toBe(200)
    expect(b.json()).toEqual(a.json())
    expect(await smsTo('13900008888')).toHaveLength(1)
  })
})

describe('sending limits', () => {
  it('waits a minute between two codes, saying how long', async () => {
    await sendCode('d-zhang-guilan', '13900010001')
    later(20_000)
    const res = await sendCode('d-zhang-guilan', '13900010002')
    expect(res.statusCode).toBe(429)
    expect(res.json().error).toMatchObject({ code: 'MOBILE_CODE_TOO_SOON', field: 'mobile', message: '验证码刚刚发出，请40秒后再获取' })
    expect(await smsTo('13900010002')).toHaveLength(0)
  })

  it('sends an account at most five codes an hour', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await sendCode('d-zhang-guilan', `1390002000${i}`)).statusCode).toBe(200)
      later(61_000)
    }
    const res = await sendCode('d-zhang-guilan', '13900020009')
    expect(res.statusCode).toBe(429)
    expect(res.json().error).toMatchObject({ code: 'MOBILE_CODE_LIMIT', message: '获取验证码的次数太多了，请1小时后再试' })
    later(3600_000)
    expect((await sendCode('d-zhang-guilan', '13900020009')).statusCode).toBe(200)
  })

  it('sends one number at most ten codes a day, whoever asks', async () => {
    await t.app.store.db
      .insertInto('users')
      .values(
        Array.from({ length: 11 }, (_, i) => ({
          id: `u-sender-${i}`,
          role: 'litigant' as const,
          court_id: null,
          account: null,
          password_hash: null,
          openid: `openid-sender-${i}`,
          display_name: '用户',
          real_name: null,
          id_number: null,
          mobile: null,
          address: null,
          real_name_status: 'none' as const,
          demo: 0,
          created_at: START,
          updated_at: START,
        })),
      )
      .execute()
    for (let i = 0; i < 10; i++) expect((await sendCode(`u-sender-${i}`, '13900030000')).statusCode).toBe(200)
    const res = await sendCode('u-sender-10', '13900030000')
    expect(res.statusCode).toBe(429)
    expect(res.json().error).toMatchObject({ code: 'MOBILE_CODE_LIMIT', message: '这个号码今天收到的验证码太多了，请明天再试' })
    expect(await smsTo('13900030000')).toHaveLength(10)
  })

  it.each([
    ['not a mainland mobile number', '1234', 'MOBILE_INVALID'],
    ['the number the account already has', '13904701234', 'MOBILE_UNCHANGED'],
  ])('refuses %s and sends nothing', async (_label, mobile, code) => {
    const res = await sendCode('d-zhang-guilan', mobile)
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code, field: 'mobile' })
    expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(await smsTo(mobile)).toHaveLength(0)
  })

  it.each([
    ['a code that is not six digits', '12345', 'MOBILE_CODE_FORMAT'],
    ['a code when none was sent', '123456', 'MOBILE_CODE_NOT_SENT'],
  ])('refuses %s', async (_label, code, expected) => {
    const res = await confirm('d-new-user', code)
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code: expected, field: 'code' })
  })
})

describe('who may change a mobile number', () => {
  it.each([
    ['nobody signed in', null, 401],
    ['a judge', 's-judge-wang', 403],
    ['a mediator', 's-mediator-chen', 403],
    ['an admin', 's-admin-sun', 403],
  ])('refuses %s, sending nothing', async (_label, who, status) => {
    expect((await call(who, 'POST', '/me/mobile/code', { mobile: '13900040000' })).statusCode).toBe(status)
    expect((await call(who, 'POST', '/me/mobile/confirm', { code: '123456' })).statusCode).toBe(status)
    expect(await smsTo('13900040000')).toHaveLength(0)
  })

  it('confirms a code only for the account it was sent for', async () => {
    await sendCode('d-zhang-guilan', '13900050000')
    const code = await lastCode('13900050000')
    expect((await confirm('d-li-chunsheng', code)).statusCode).toBe(400)
    expect((await me('d-li-chunsheng')).mobile).toBe('13614709876')
    expect((await me('d-zhang-guilan')).pendingMobile).toBe('13900050000')
  })
})
