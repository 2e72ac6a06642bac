import { acceptedCase } from '../fixtures'
import { makeApp, type TestApp } from '../helpers'
import { defendantConfirms } from '../delivery/helpers'
import { startFakeProviders, type FakeProviders } from './fakeProviders'

// A hearing on 2026-11-27 (morning); the clock starts on 11-25. Both parties have a mobile number on
// the filing and a verified WeChat account, so each gets one SMS and one subscribe message the day before.
const HEARING_DAY = '2026-11-27'
let fakes: FakeProviders
let t: TestApp
let caseId: string
let hearingId: string

const outbox = (key: string) => t.app.store.db.selectFrom('notify_outbox').selectAll().where('natural_key', 'like', `${key}%`).orderBy('natural_key').execute()
const drain = async () => {
  for (let i = 0; i < 10; i++) if ((await t.app.services.notify.worker.runOnce()).claimed === 0) return
}

beforeAll(async () => {
  fakes = await startFakeProviders()
  t = await makeApp(fakes.env)
  ;({ id: caseId } = await acceptedCase(t))
  await defendantConfirms(t, caseId)
  for (const [id, openid] of [
    ['d-zhang-guilan', 'o-zhang-guilan-openid'],
    ['d-wang-jianguo', 'o-wang-jianguo-openid'],
  ])
    await t.app.store.db.updateTable('users').set({ openid, real_name_status: 'verified' }).where('id', '=', id).execute()
  hearingId = `h-notify-${caseId}`
  await t.app.services.repos.hearings.insertHearing(t.app.store.db, {
    id: hearingId,
    case_id: caseId,
    court_id: 'c-ergun',
    request_id: null,
    date: HEARING_DAY,
    half: 'am',
    judge_id: 's-judge-wang',
    room_id: 'r-ergun-1',
    status: 'scheduled',
    postpone_reason: null,
    summons_json: '[]',
    created_by: 's-judge-wang',
    created_at: '2026-11-25T09:00:00.000+08:00',
    postponed_by: null,
    postponed_at: null,
    held_at: null,
    updated_at: '2026-11-25T09:00:00.000+08:00',
  })
  // What filing and service already put in the outbox goes out first, so the fakes start empty.
  await drain()
  fakes.state.sms.length = 0
  fakes.state.subscribe.length = 0
}, 60_000)
afterAll(async () => {
  await t.close()
  await fakes.close()
})

describe('the day-before hearing reminder', () => {
  it('is not created two days before', async () => {
    await t.app.services.notify.tick()
    expect(await outbox(`hearing-eve:${hearingId}`)).toEqual([])
  })

  it('goes out the day before by SMS (Tencent Cloud SDK) and subscribe message, once per party and channel', async () => {
    t.clock.set('2026-11-26T18:00:00+08:00')
    // The gateway times out on the first SMS and WeChat is busy on the first subscribe message.
    fakes.state.smsFailures.push('InternalError.Timeout')
    fakes.state.subscribeFailures.push(-1)
    const first = await t.app.services.notify.tick()
    expect(first.reminders.hearings).toBe(4)
    expect(first.sent).toMatchObject({ claimed: 4, sent: 2, pending: 2, failed: 0 })
    const rows = await outbox(`hearing-eve:${hearingId}`)
    expect(rows.map((r) => r.natural_key)).toEqual([
      `hearing-eve:${hearingId}:sms:13847005678`,
      `hearing-eve:${hearingId}:sms:13904701234`,
      `hearing-eve:${hearingId}:wechat:d-wang-jianguo`,
      `hearing-eve:${hearingId}:wechat:d-zhang-guilan`,
    ])
    const waiting = rows.filter((r) => r.status === 'pending')
    expect(waiting).toHaveLength(2)
    for (const r of waiting) {
      expect(r.attempts).toBe(1)
      // Backoff: the second try waits 30 s.
      expect(r.next_attempt_at).toBe('2026-11-26T18:00:30.000+08:00')
      expect(r.last_error).toMatch(/InternalError\.Timeout|WeChat errcode -1/)
    }
  })

  it('is not tried again before its backoff, and is sent once it has passed', async () => {
    expect((await t.app.services.notify.worker.runOnce()).claimed).toBe(0)
    t.clock.set('2026-11-26T18:00:31+08:00')
    expect(await t.app.services.notify.worker.runOnce()).toMatchObject({ claimed: 2, sent: 2 })
    const rows = await outbox(`hearing-eve:${hearingId}`)
    expect(rows.map((r) => r.status)).toEqual(['sent', 'sent', 'sent', 'sent'])

    expect(fakes.state.sms.map((c) => c.body.PhoneNumberSet).sort()).toEqual([['+8613847005678'], ['+8613904701234']])
    for (const c of fakes.state.sms) {
      expect(c.body).toMatchObject({ SmsSdkAppId: '1400000001', SignName: '额尔古纳市人民法院', TemplateId: '2000001' })
      // The notification id is the SMS's SessionContext: a resend after a crash can be matched to its row.
      const row = rows.find((r) => r.id === c.body.SessionContext)
      expect(row?.recipient).toBe(c.body.PhoneNumberSet[0].slice(3))
      expect(c.body.TemplateParamSet[2]).toBe('11月27日（星期五）上午')
    }
    expect(fakes.state.subscribe.map((c) => c.body.touser).sort()).toEqual(['o-wang-jianguo-openid', 'o-zhang-guilan-openid'])
    const zhang = fakes.state.subscribe.find((c) => c.body.touser === 'o-zhang-guilan-openid')
    expect(zhang?.body).toMatchObject({
      template_id: 'TPL-HEARING-EVE',
      page: 'pages/cases/index',
      miniprogram_state: 'formal',
      data: { thing1: { value: '张桂兰' }, time3: { value: '11月27日（星期五）上午' }, thing4: { value: '请准时到庭' } },
    })
  })

  it('records every attempt with the provider’s answer', async () => {
    const sms = (await outbox(`hearing-eve:${hearingId}:sms`))[0]
    const attempts = await t.app.services.repos.notifications.attemptsOf(sms.id)
    expect(attempts.map((a) => a.ok)).toEqual(attempts.length === 2 ? [0, 1] : [1])
    const all = await Promise.all((await outbox(`hearing-eve:${hearingId}`)).map((r) => t.app.services.repos.notifications.attemptsOf(r.id)))
    const flat = all.flat()
    expect(flat).toHaveLength(6)
    expect(flat.filter((a) => a.ok === 0).map((a) => a.response)).toEqual(
      expect.arrayContaining([expect.stringContaining('InternalError.Timeout'), expect.stringContaining('"errcode":-1')]),
    )
    expect(flat.filter((a) => a.ok === 1).every((a) => /SerialNo|msgid/.test(a.response))).toBe(true)
  })

  it('is never sent twice: later rounds, and a second process sharing the database, create and send nothing more', async () => {
    const other = await makeApp(fakes.env, '2026-11-26T18:05:00+08:00', t.app.store)
    try {
      t.clock.set('2026-11-26T18:05:00+08:00')
      const [a, b] = await Promise.all([t.app.services.notify.tick(), other.app.services.notify.tick()])
      expect(a.reminders.hearings + b.reminders.hearings).toBe(0)
      expect(a.sent.claimed + b.sent.claimed).toBe(0)
    } finally {
      await other.app.close()
    }
    expect(await outbox(`hearing-eve:${hearingId}`)).toHaveLength(4)
    expect(fakes.state.sms).toHaveLength(2)
    expect(fakes.state.subscribe).toHaveLength(2)
  })

  it('fetched one access token for every subscribe message', () => {
    expect(fakes.state.tokenFetches).toEqual([{ appid: 'wx0123456789abcdef', secret: 'fake-wechat-secret', force_refresh: false }])
  })
})

describe('the outbox row and the event that causes it are one transaction', () => {
  const requestRows = () => t.app.store.db.selectFrom('hearing_requests').select('id').where('case_id', '=', caseId).execute()
  const requestMessages = () => t.app.store.db.selectFrom('notify_outbox').select('id').where('template', '=', 'hearing-request').execute()

  it('rolls both back when the action fails after writing them', async () => {
    await t.app.store.db.updateTable('hearings').set({ status: 'postponed' }).where('id', '=', hearingId).execute()
    const audit = t.app.services.repos.audit
    const spy = jest.spyOn(audit, 'record').mockImplementationOnce(async () => {
      throw new Error('disk full')
    })
    try {
      const res = await t.app.inject({ method: 'POST', url: `/api/v1/hearings/cases/${caseId}/requests`, headers: await t.as('s-judge-wang') })
      expect(res.statusCode).toBe(500)
    } finally {
      spy.mockRestore()
    }
    expect(await requestRows()).toEqual([])
    expect(await requestMessages()).toEqual([])
  })

  it('commits both when it succeeds', async () => {
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/hearings/cases/${caseId}/requests`, headers: await t.as('s-judge-wang') })
    expect(res.statusCode).toBe(201)
    expect(await requestRows()).toHaveLength(1)
    // Two parties, each with an SMS and a WeChat account.
    expect(await requestMessages()).toHaveLength(4)
  })
})
