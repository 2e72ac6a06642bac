import { confirmationDeadline, dueDate } from '../../../domain'
import { acceptedCase } from '../fixtures'
import { makeApp, type TestApp } from '../helpers'
import { mediationApi, MON_FRI_MORNINGS, WANG_CONSENT, WANG_SERVICE, wheatRequest, ZHANG_SERVICE } from './fixtures'

// The test clock stands at Wednesday 2026-11-25 09:00 (+08:00): tomorrow is Thursday 11-26.
const THU_9 = '2026-11-26T09:00:00+08:00'
const THU_10 = '2026-11-26T10:00:00+08:00'

let t: TestApp
let api: ReturnType<typeof mediationApi>
const fresh = () => {
  beforeAll(async () => {
    t = await makeApp()
    api = mediationApi(t)
  })
  afterAll(async () => t.close())
}
const count = async (table: 'mediations' | 'mediation_bookings' | 'mediation_holds' | 'filings') =>
  Number(
    (
      await t.app.store.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

describe('availability (weekly hours, overrides, session length, place)', () => {
  fresh()

  it('lets a mediator publish weekday mornings and shows the sessions it gives', async () => {
    const res = await api.call('s-mediator-chen', 'PUT', '/mediation/availability', MON_FRI_MORNINGS)
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body).toMatchObject({ saved: true, slotMinutes: 60, venue: { kind: 'online' } })
    // Preview starts tomorrow (Thu 11-26): three one-hour sessions a working day.
    expect(body.preview.slice(0, 3).map((s: { startsAt: string }) => s.startsAt)).toEqual([THU_9, THU_10, '2026-11-26T11:00:00+08:00'])
    expect(body.preview[0].label).toBe('11月26日（星期四）上午 9:00–10:00')
    expect(body.preview.some((s: { date: string }) => s.date === '2026-11-28')).toBe(false)
  })

  it('takes a day off and extra Saturday hours by date, and a room that is then held', async () => {
    const res = await api.call('s-judge-wang', 'PUT', '/mediation/availability', {
      slotMinutes: 90,
      weekly: [{ weekday: 4, start: '14:00', end: '17:00' }],
      overrides: [
        { date: '2026-11-26', blocks: [] },
        { date: '2026-11-28', blocks: [{ start: '09:00', end: '10:30' }] },
      ],
      venue: { kind: 'room', roomId: 'r-ergun-m' },
    })
    expect(res.statusCode).toBe(200)
    expect(
      res
        .json()
        .preview.slice(0, 3)
        .map((s: { startsAt: string }) => s.startsAt),
    ).toEqual(['2026-11-28T09:00:00+08:00', '2026-12-03T14:00:00+08:00', '2026-12-03T15:30:00+08:00'])
    expect(res.json().venue).toEqual({ kind: 'room', roomId: 'r-ergun-m' })
  })

  it.each([
    {
      label: 'a Saturday in the weekly hours',
      body: { ...MON_FRI_MORNINGS, weekly: [{ weekday: 6, start: '09:00', end: '12:00' }] },
      code: 'MEDIATION_WEEKDAY_INVALID',
      field: 'weekly[0].weekday',
    },
    { label: '45-minute sessions', body: { ...MON_FRI_MORNINGS, slotMinutes: 45 }, code: 'MEDIATION_SLOT_LENGTH_INVALID', field: 'slotMinutes' },
    {
      label: 'a quarter-hour start',
      body: { ...MON_FRI_MORNINGS, weekly: [{ weekday: 1, start: '09:15', end: '12:00' }] },
      code: 'MEDIATION_HOURS_NOT_HALF_HOUR',
      field: 'weekly[0]',
    },
    {
      label: 'a room of another court',
      body: { ...MON_FRI_MORNINGS, venue: { kind: 'room', roomId: 'r-dongsheng-1' } },
      code: 'MEDIATION_ROOM_UNKNOWN',
      field: 'venue.roomId',
    },
    { label: 'a missing session length', body: { weekly: [], overrides: [], venue: { kind: 'online' } }, code: 'INVALID_INPUT', field: 'slotMinutes' },
  ])('refuses $label with a Chinese message and keeps what was saved', async ({ body, code, field }) => {
    const res = await api.call('s-mediator-chen', 'PUT', '/mediation/availability', body)
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code, field })
    expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/)
    const now = await api.ok('s-mediator-chen', 'GET', '/mediation/availability')
    expect(now).toMatchObject({ slotMinutes: 60, venue: { kind: 'online' } })
  })

  it.each([
    ['a litigant', 'd-zhang-guilan'],
    ['a clerk', 's-clerk-liu'],
    ['an admin', 's-admin-sun'],
  ])('is not for %s (403)', async (_who, userId) => {
    expect((await api.call(userId, 'GET', '/mediation/availability')).statusCode).toBe(403)
    expect((await api.call(userId, 'PUT', '/mediation/availability', MON_FRI_MORNINGS)).statusCode).toBe(403)
  })

  it('needs a sign-in (401)', async () => {
    expect((await api.call(null, 'GET', '/mediation/availability')).statusCode).toBe(401)
  })
})

describe('requesting mediation (arts. 4, 8, 10)', () => {
  fresh()
  beforeAll(async () => api.setAvailability())

  it('files a pre-filing request; with no mediator chosen the court must assign one within 3 working days', async () => {
    const res = await api.call('d-zhang-guilan', 'POST', '/mediations', wheatRequest())
    expect(res.statusCode).toBe(201)
    const m = res.json()
    expect(m).toMatchObject({
      stage: 'pre-filing',
      status: 'requested',
      statusText: '等待预约调解时间',
      mediator: null,
      viewer: { kind: 'party', role: 'applicant', needsConsent: false },
    })
    expect(m.number).toMatch(/^TJ20261125[0-9A-F]{6}$/)
    // Wed 11-25 → Thu 26 (1), Fri 27 (2), Mon 30 (3).
    expect(m.assignment).toMatchObject({ due: '2026-11-30', article: '《人民法院在线调解规则》第十条', countdown: { workdaysLeft: 3, label: '还剩3个工作日' } })
    expect(m.parties.map((p: { role: string; name: string }) => [p.role, p.name])).toEqual([
      ['applicant', '张桂兰'],
      ['respondent', '王建国'],
    ])
    expect(m.parties[1].mobile).toBe('138****5678')
    expect(m.actions).toEqual(['book', 'withdraw'])
  })

  it('starts the mediator’s 3-working-day confirmation clock when the party chooses one (art. 12)', async () => {
    const m = await api.request('d-zhang-guilan', { mediatorId: 's-mediator-chen' })
    expect(m.mediator).toMatchObject({ id: 's-mediator-chen', chosenBy: 'party' })
    expect(m.confirmation).toMatchObject({ due: confirmationDeadline('2026-11-25').due, confirmedAt: null })
    expect(m.confirmation.due).toBe('2026-11-30')
  })

  it.each([
    { label: 'no consent (art. 4)', body: wheatRequest({ consent: false }), code: 'MEDIATION_CONSENT_REQUIRED', field: 'consent' },
    {
      label: 'no service mobile (art. 8)',
      body: wheatRequest({ service: { ...ZHANG_SERVICE, mobile: '' } }),
      code: 'MEDIATION_SERVICE_MOBILE_INVALID',
      field: 'service.mobile',
    },
    {
      label: 'a bad respondent mobile',
      body: wheatRequest({ respondent: { name: '王建国', mobile: '1384700' } }),
      code: 'MEDIATION_RESPONDENT_MOBILE_INVALID',
      field: 'respondent.mobile',
    },
    {
      label: 'herself as the other side',
      body: wheatRequest({ respondent: { name: '张桂兰', mobile: '13904701234' } }),
      code: 'MEDIATION_RESPONDENT_IS_SELF',
      field: 'respondent.mobile',
    },
    { label: 'an unknown court', body: wheatRequest({ courtId: 'c-nowhere' }), code: 'MEDIATION_COURT_UNKNOWN', field: 'courtId' },
    { label: 'a mediator of no roster', body: wheatRequest({ mediatorId: 's-judge-gao' }), code: 'MEDIATION_MEDIATOR_INVALID', field: 'mediatorId' },
    { label: 'a dispute too long for the form', body: wheatRequest({ dispute: '欠'.repeat(2001) }), code: 'INVALID_INPUT', field: 'dispute' },
  ])('refuses $label with 400 and stores nothing', async ({ body, code, field }) => {
    const before = await count('mediations')
    const res = await api.call('d-zhang-guilan', 'POST', '/mediations', body)
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code, field })
    expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(await count('mediations')).toBe(before)
  })

  it('needs a real-name identity first', async () => {
    const res = await api.call('d-new-user', 'POST', '/mediations', wheatRequest({ service: { ...ZHANG_SERVICE, mobile: '13900000000' } }))
    expect(res.statusCode).toBe(403)
    expect(res.json().error).toMatchObject({ code: 'REAL_NAME_REQUIRED' })
  })

  it.each([
    ['a judge', 's-judge-wang'],
    ['a mediator', 's-mediator-chen'],
  ])('is for parties, not %s', async (_who, userId) => {
    expect((await api.call(userId, 'POST', '/mediations', wheatRequest())).statusCode).toBe(403)
  })

  it('makes one request when the same tap is retried with its key', async () => {
    const headers = { ...(await t.as('d-zhang-guilan')), 'idempotency-key': 'mediation-retry-0001' }
    const a = await t.app.inject({ method: 'POST', url: '/api/v1/mediations', headers, payload: wheatRequest() })
    const b = await t.app.inject({ method: 'POST', url: '/api/v1/mediations', headers, payload: wheatRequest() })
    expect(b.json().id).toBe(a.json().id)
  })
})

describe('who sees which mediation', () => {
  let id: string
  fresh()
  beforeAll(async () => {
    await api.setAvailability()
    id = (await api.request()).id
  })

  it('shows the invitation to 王建国, found by the verified ID number it names, and links him', async () => {
    const list = await api.ok('d-wang-jianguo', 'GET', '/mediations')
    expect(list.map((m: { id: string }) => m.id)).toEqual([id])
    expect(list[0]).toMatchObject({ myRole: 'respondent', applicantName: '张桂兰' })
    const m = await api.ok('d-wang-jianguo', 'GET', `/mediations/${id}`)
    expect(m.viewer).toEqual({ kind: 'party', role: 'respondent', needsConsent: true })
    const linked = await t.app.store.db
      .selectFrom('mediation_parties')
      .select('user_id')
      .where('mediation_id', '=', id)
      .where('role', '=', 'respondent')
      .executeTakeFirstOrThrow()
    expect(linked.user_id).toBe('d-wang-jianguo')
  })

  it('hides it from another litigant', async () => {
    expect(await api.ok('d-li-chunsheng', 'GET', '/mediations')).toEqual([])
    const res = await api.call('d-li-chunsheng', 'GET', `/mediations/${id}`)
    expect(res.statusCode).toBe(403)
    expect(res.json().error.message).toBe('这不是您的调解，无法查看')
  })

  it('hides it from a mediator it is not assigned to, and from another court', async () => {
    expect(await api.ok('s-mediator-chen', 'GET', '/mediations')).toEqual([])
    expect((await api.call('s-mediator-chen', 'GET', `/mediations/${id}`)).statusCode).toBe(403)
    expect(await api.ok('s-judge-gao', 'GET', '/mediations')).toEqual([])
    expect((await api.call('s-judge-gao', 'GET', `/mediations/${id}`)).statusCode).toBe(403)
  })

  it('shows the court’s staff all of it, with the assignment deadline counted down', async () => {
    const list = await api.ok('s-clerk-liu', 'GET', '/mediations')
    expect(list[0]).toMatchObject({ id, myRole: 'staff', todo: '请指定调解员', assignment: { due: '2026-11-30', countdown: { label: '还剩3个工作日' } } })
    expect((await api.call('s-judge-wang', 'GET', `/mediations/${id}`)).statusCode).toBe(200)
  })

  it('answers 404 for no such mediation and 401 without a token', async () => {
    expect((await api.call('d-zhang-guilan', 'GET', '/mediations/m-nothing')).json().error.code).toBe('MEDIATION_NOT_FOUND')
    expect((await api.call(null, 'GET', '/mediations')).statusCode).toBe(401)
  })

  it('lets the court assign a mediator, who then sees it (art. 10)', async () => {
    expect((await api.call('s-mediator-chen', 'POST', `/mediations/${id}/assign`, { mediatorId: 's-mediator-chen' })).statusCode).toBe(403)
    expect((await api.call('s-judge-gao', 'POST', `/mediations/${id}/assign`, { mediatorId: 's-mediator-chen' })).statusCode).toBe(403)
    expect((await api.call('d-zhang-guilan', 'POST', `/mediations/${id}/assign`, { mediatorId: 's-mediator-chen' })).statusCode).toBe(403)
    const bad = await api.call('s-clerk-liu', 'POST', `/mediations/${id}/assign`, { mediatorId: 'd-li-chunsheng' })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.code).toBe('MEDIATION_MEDIATOR_INVALID')
    const m = await api.ok('s-clerk-liu', 'POST', `/mediations/${id}/assign`, { mediatorId: 's-mediator-chen' })
    expect(m).toMatchObject({ mediator: { id: 's-mediator-chen', chosenBy: 'court' }, assignment: null, confirmation: { due: '2026-11-30' } })
    const list = await api.ok('s-mediator-chen', 'GET', '/mediations')
    expect(list.map((x: { id: string }) => x.id)).toEqual([id])
    expect(list[0]).toMatchObject({ myRole: 'mediator', confirmation: { countdown: { label: '还剩3个工作日' } } })
  })
})

describe('booking, acceptance, confirmation', () => {
  fresh()
  beforeAll(async () => api.setAvailability())

  it('lists the free sessions to the parties only', async () => {
    const m = await api.request()
    const slots = await api.ok('d-zhang-guilan', 'GET', `/mediations/${m.id}/slots?days=2`)
    expect(slots).toMatchObject({ from: '2026-11-26', to: '2026-11-27' })
    expect(slots.groups).toHaveLength(1)
    expect(slots.groups[0]).toMatchObject({ mediator: { id: 's-mediator-chen', name: '陈德胜（调解员）' }, venue: { kind: 'online' } })
    expect(slots.groups[0].slots.map((s: { startsAt: string }) => s.startsAt)).toHaveLength(6)
    expect((await api.call('s-clerk-liu', 'GET', `/mediations/${m.id}/slots`)).statusCode).toBe(403)
    expect((await api.call('d-li-chunsheng', 'GET', `/mediations/${m.id}/slots`)).statusCode).toBe(403)
    const bad = await api.call('d-zhang-guilan', 'GET', `/mediations/${m.id}/slots?from=tomorrow`)
    expect(bad.statusCode).toBe(400)
  })

  it('books a session, invites the other side, holds the time, and goes through acceptance and confirmation', async () => {
    const m = await api.request()
    const booked = await api.book('d-zhang-guilan', m.id, THU_9)
    expect(booked.statusCode).toBe(200)
    expect(booked.json()).toMatchObject({
      status: 'scheduling',
      mediator: { id: 's-mediator-chen', chosenBy: 'party' },
      booking: { startsAt: THU_9, endsAt: '2026-11-26T10:00:00+08:00', label: '11月26日（星期四）上午 9:00–10:00', waitingFor: ['王建国', '调解员'] },
      confirmation: { due: '2026-11-30', confirmedAt: null },
    })
    expect(booked.json().booking.venue.videoUrl).toMatch(/^\/#\/subpackages\/mediation\/pages\/video\/index\?room=b-/)

    // 王建国 is invited in the app and by SMS.
    const notices = await api.ok('d-wang-jianguo', 'GET', '/mediation/notices')
    expect(notices.items[0]).toMatchObject({ mediationId: m.id, kind: 'invited', read: false })
    expect(notices.items[0].text).toContain('张桂兰预约了调解时间：11月26日（星期四）上午 9:00–10:00')
    const sms = await t.app.store.db.selectFrom('notify_outbox').selectAll().where('recipient', '=', '13847005678').execute()
    expect(sms.map((s) => s.text).join()).toContain('张桂兰预约了调解时间：11月26日（星期四）上午 9:00–10:00')

    // Nobody else can see that hour any more.
    const other = await api.request()
    const offered = (await api.ok('d-zhang-guilan', 'GET', `/mediations/${other.id}/slots?days=1`)).groups[0].slots.map((s: { startsAt: string }) => s.startsAt)
    expect(offered).not.toContain(THU_9)

    // Accepting the first time needs consent and a service address (arts. 4, 8).
    const noConsent = await api.call('d-wang-jianguo', 'POST', `/mediations/${m.id}/accept`, {})
    expect(noConsent.statusCode).toBe(400)
    expect(noConsent.json().error.code).toBe('MEDIATION_CONSENT_REQUIRED')
    const badAddress = await api.call('d-wang-jianguo', 'POST', `/mediations/${m.id}/accept`, {
      consent: true,
      service: { ...WANG_SERVICE, postalAddress: '' },
    })
    expect(badAddress.json().error).toMatchObject({ code: 'MEDIATION_SERVICE_ADDRESS_REQUIRED', field: 'service.postalAddress' })
    expect((await api.call('s-mediator-chen', 'POST', `/mediations/${m.id}/accept`, WANG_CONSENT)).statusCode).toBe(403)
    const accepted = await api.ok('d-wang-jianguo', 'POST', `/mediations/${m.id}/accept`, WANG_CONSENT)
    expect(accepted).toMatchObject({ status: 'scheduling', booking: { waitingFor: ['调解员'] } })
    expect((await api.ok('d-zhang-guilan', 'GET', '/mediation/notices')).items[0].text).toContain('王建国同意了调解时间')

    // Only the assigned mediator confirms.
    expect((await api.call('d-zhang-guilan', 'POST', `/mediations/${m.id}/confirm`)).statusCode).toBe(403)
    expect((await api.call('s-judge-wang', 'POST', `/mediations/${m.id}/confirm`)).statusCode).toBe(403)
    const confirmed = await api.ok('s-mediator-chen', 'POST', `/mediations/${m.id}/confirm`)
    expect(confirmed).toMatchObject({ status: 'confirmed', statusText: '调解时间已确定', confirmation: { countdown: null }, booking: { waitingFor: [] } })
    // 30 days before filing (art. 24), from the day of confirmation: 11-25 + 30 = 12-25, a Friday.
    expect(confirmed.timeLimit).toEqual({ days: 30, due: '2026-12-25', article: '《人民法院在线调解规则》第二十四条' })
    expect(confirmed.actions).toEqual(['book', 'record-agreement', 'record-no-agreement', 'record-withdrawn'])
  })

  it.each([
    { label: 'today (too soon)', startsAt: '2026-11-25T11:00:00+08:00' },
    { label: 'a Saturday', startsAt: '2026-11-28T09:00:00+08:00' },
    { label: 'off the hour', startsAt: '2026-11-26T09:30:00+08:00' },
    { label: 'more than 60 days ahead', startsAt: '2027-02-01T09:00:00+08:00' },
    { label: 'not a time at all', startsAt: 'tomorrow morning' },
  ])('refuses a session $label with 400', async ({ startsAt }) => {
    const m = await api.request()
    const res = await api.book('d-zhang-guilan', m.id, startsAt)
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code: 'MEDIATION_SLOT_UNKNOWN', field: 'startsAt' })
    expect((await api.ok('d-zhang-guilan', 'GET', `/mediations/${m.id}`)).booking).toBeNull()
  })

  it('lets the invited party propose another time: the old hour is freed, the new one held', async () => {
    const m = await api.request()
    await api.book('d-zhang-guilan', m.id, '2026-11-27T09:00:00+08:00')
    const moved = await api.book('d-wang-jianguo', m.id, '2026-11-27T10:00:00+08:00', WANG_CONSENT)
    expect(moved.statusCode).toBe(200)
    expect(moved.json()).toMatchObject({ booking: { startsAt: '2026-11-27T10:00:00+08:00', proposedBy: 'respondent', waitingFor: ['张桂兰', '调解员'] } })
    const holds = await t.app.store.db
      .selectFrom('mediation_holds')
      .select('cell')
      .where('resource', '=', 'mediator:s-mediator-chen')
      .where('cell', 'like', '2026-11-27%')
      .execute()
    expect(holds.map((h) => h.cell).sort()).toEqual(['2026-11-27T10:00', '2026-11-27T10:30'])
    const again = await api.ok('d-zhang-guilan', 'POST', `/mediations/${m.id}/accept`, {})
    expect(again.booking.waitingFor).toEqual(['调解员'])
  })

  it('stores nothing, not even the consent, when a proposed time is refused', async () => {
    const m = await api.request()
    await api.book('d-zhang-guilan', m.id, '2026-11-27T11:00:00+08:00')
    const res = await api.book('d-wang-jianguo', m.id, '2026-11-28T09:00:00+08:00', WANG_CONSENT)
    expect(res.statusCode).toBe(400)
    expect(res.json().error.code).toBe('MEDIATION_SLOT_UNKNOWN')
    const wang = await t.app.store.db
      .selectFrom('mediation_parties')
      .selectAll()
      .where('mediation_id', '=', m.id)
      .where('role', '=', 'respondent')
      .executeTakeFirstOrThrow()
    expect(wang).toMatchObject({ consent_at: null, service_json: null })
    expect((await api.ok('d-wang-jianguo', 'GET', `/mediations/${m.id}`)).booking.startsAt).toBe('2026-11-27T11:00:00+08:00')
  })

  it('lets the mediator decline with a reason (art. 12), freeing the hour', async () => {
    const m = await api.request()
    await api.book('d-zhang-guilan', m.id, '2026-11-30T09:00:00+08:00')
    expect((await api.call('s-mediator-chen', 'POST', `/mediations/${m.id}/decline`, { reason: '' })).json().error).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'reason',
    })
    expect((await api.call('d-zhang-guilan', 'POST', `/mediations/${m.id}/decline`, { reason: '与申请人是近亲属' })).statusCode).toBe(403)
    const declined = await api.ok('s-mediator-chen', 'POST', `/mediations/${m.id}/decline`, { reason: '与申请人是近亲属，需要回避' })
    expect(declined).toMatchObject({ status: 'declined', declineReason: '与申请人是近亲属，需要回避', mediator: null, booking: null, actions: [] })
    expect((await api.ok('d-zhang-guilan', 'GET', '/mediation/notices')).items[0].text).toContain('调解员不予接受')
    const holds = await t.app.store.db.selectFrom('mediation_holds').select('cell').where('cell', '=', '2026-11-30T09:00').execute()
    expect(holds).toEqual([])
    // The declined request no longer belongs to the mediator.
    expect((await api.call('s-mediator-chen', 'GET', `/mediations/${m.id}`)).statusCode).toBe(403)
  })

  it('will not let a mediator decline what they already accepted', async () => {
    const m = await api.confirmed('2026-11-26T11:00:00+08:00')
    const res = await api.call('s-mediator-chen', 'POST', `/mediations/${m.id}/decline`, { reason: '临时有事，无法主持' })
    expect(res.statusCode).toBe(409)
    expect(res.json().error.code).toBe('MEDIATION_ALREADY_ACCEPTED')
  })

  it('holds a shared room: another mediator cannot book the same hour in the 调解室', async () => {
    const room = { ...MON_FRI_MORNINGS, venue: { kind: 'room', roomId: 'r-ergun-m' } }
    await api.setAvailability('s-mediator-chen', room)
    await api.setAvailability('s-judge-zhao', room)
    const a = await api.request()
    const b = await api.request()
    expect((await api.book('d-zhang-guilan', a.id, '2026-12-01T09:00:00+08:00')).statusCode).toBe(200)
    const res = await api.book('d-zhang-guilan', b.id, '2026-12-01T09:00:00+08:00', { mediatorId: 's-judge-zhao' })
    expect(res.statusCode).toBe(409)
    expect(res.json().error).toMatchObject({ code: 'MEDIATION_SLOT_TAKEN', message: '这个时间刚刚被别人约走了，请换一个时间' })
    const offered = (await api.ok('d-zhang-guilan', 'GET', `/mediations/${b.id}/slots?from=2026-12-01&days=1`)).groups.map(
      (g: { slots: Array<{ startsAt: string }> }) => g.slots.map((s) => s.startsAt),
    )
    expect(offered.flat()).not.toContain('2026-12-01T09:00:00+08:00')
    await api.setAvailability()
  })

  it('sends the day-before reminder once per session', async () => {
    await api.confirmed(THU_10)
    expect((await api.call('d-zhang-guilan', 'POST', '/mediation/reminders')).statusCode).toBe(403)
    expect((await api.call('s-judge-wang', 'POST', '/mediation/reminders')).statusCode).toBe(403)
    const first = await api.ok('s-clerk-liu', 'POST', '/mediation/reminders')
    expect(first.day).toBe('2026-11-26')
    expect(first.reminded).toBeGreaterThanOrEqual(1)
    expect((await api.ok('s-clerk-liu', 'POST', '/mediation/reminders')).reminded).toBe(0)
    expect((await api.ok('d-wang-jianguo', 'GET', '/mediation/notices')).items.some((n: { kind: string }) => n.kind === 'reminder')).toBe(true)
  })

  it('marks the inbox read', async () => {
    expect((await api.ok('d-wang-jianguo', 'GET', '/mediation/notices')).unread).toBeGreaterThan(0)
    await api.ok('d-wang-jianguo', 'POST', '/mediation/notices/read')
    expect((await api.ok('d-wang-jianguo', 'GET', '/mediation/notices')).unread).toBe(0)
    expect((await api.call(null, 'POST', '/mediation/notices/read')).statusCode).toBe(401)
  })
})

describe('outcome, signatures and 司法确认', () => {
  fresh()
  beforeAll(async () => api.setAvailability())
  const TERMS = '王建国于2026年12月31日前向张桂兰支付小麦款80000元，张桂兰放弃其余请求。'

  it('records an agreement only after the session is fixed, and only by the mediator', async () => {
    const m = await api.request()
    await api.book('d-zhang-guilan', m.id, '2026-11-27T11:00:00+08:00')
    const early = await api.call('s-mediator-chen', 'POST', `/mediations/${m.id}/outcome`, { result: 'agreement', terms: TERMS })
    expect(early.statusCode).toBe(409)
    expect(early.json().error.code).toBe('MEDIATION_OUTCOME_NOT_NOW')
    const c = await api.confirmed(THU_9)
    expect((await api.call('d-zhang-guilan', 'POST', `/mediations/${c.id}/outcome`, { result: 'agreement', terms: TERMS })).statusCode).toBe(403)
    const short = await api.call('s-mediator-chen', 'POST', `/mediations/${c.id}/outcome`, { result: 'agreement', terms: '给钱' })
    expect(short.json().error).toMatchObject({ code: 'MEDIATION_TERMS_TOO_SHORT', field: 'terms' })
    const bad = await api.call('s-mediator-chen', 'POST', `/mediations/${c.id}/outcome`, { result: 'maybe' })
    expect(bad.json().error).toMatchObject({ code: 'INVALID_INPUT', field: 'result' })
    expect((await api.ok('s-mediator-chen', 'GET', `/mediations/${c.id}`)).status).toBe('confirmed')
  })

  it('takes effect only when both parties have signed (art. 19), then opens 30 days for 司法确认 that end in the judge’s queue', async () => {
    const c = await api.confirmed(THU_10)
    const recorded = await api.ok('s-mediator-chen', 'POST', `/mediations/${c.id}/outcome`, { result: 'agreement', terms: TERMS })
    expect(recorded).toMatchObject({ status: 'signing', agreement: { terms: TERMS, effective: false, signed: 0, total: 2 } })
    expect((await api.call('s-mediator-chen', 'POST', `/mediations/${c.id}/sign`)).statusCode).toBe(403)

    t.clock.set('2026-11-26T10:50:00+08:00')
    const one = await api.ok('d-zhang-guilan', 'POST', `/mediations/${c.id}/sign`)
    expect(one).toMatchObject({ status: 'signing', agreement: { effective: false, signed: 1, unsigned: ['王建国'] }, judicialConfirmation: null })
    const early = await api.call('d-zhang-guilan', 'POST', `/mediations/${c.id}/judicial-confirmation`, { declaration: true })
    expect(early.statusCode).toBe(409)
    expect(early.json().error.code).toBe('MEDIATION_JC_NOT_EFFECTIVE')

    t.clock.set('2026-11-26T11:05:00+08:00')
    const both = await api.ok('d-wang-jianguo', 'POST', `/mediations/${c.id}/sign`)
    expect(both).toMatchObject({
      status: 'settled',
      statusText: '调解协议已生效',
      agreement: { effective: true, effectiveAt: '2026-11-26T11:05:00.000+08:00', signed: 2 },
    })
    // 11-26 + 30 days = 12-26, a Saturday: the period ends Monday 12-28 (民诉法 arts. 85, 205).
    expect(dueDate({ rule: 'judicial-confirmation', from: '2026-11-26' }).due).toBe('2026-12-28')
    expect(both.judicialConfirmation).toMatchObject({ due: '2026-12-28', open: true, applied: [], filingId: null })
    expect(both.actions).toContain('apply-jc')

    const noPromise = await api.call('d-zhang-guilan', 'POST', `/mediations/${c.id}/judicial-confirmation`, { declaration: false })
    expect(noPromise.json().error).toMatchObject({ code: 'MEDIATION_DECLARATION_REQUIRED', field: 'declaration' })
    expect((await api.call('s-mediator-chen', 'POST', `/mediations/${c.id}/judicial-confirmation`, { declaration: true })).statusCode).toBe(403)

    const filingsBefore = await count('filings')
    const first = await api.ok('d-zhang-guilan', 'POST', `/mediations/${c.id}/judicial-confirmation`, { declaration: true })
    expect(first.judicialConfirmation).toMatchObject({ applied: ['applicant'], filingId: null })
    expect(await count('filings')).toBe(filingsBefore)
    expect((await api.ok('d-wang-jianguo', 'GET', '/mediation/notices')).items[0].text).toContain('张桂兰已申请司法确认')

    const second = await api.ok('d-wang-jianguo', 'POST', `/mediations/${c.id}/judicial-confirmation`, { declaration: true })
    expect(second.statusText).toBe('已申请司法确认')
    const filingId = second.judicialConfirmation.filingId as string
    expect(filingId).toMatch(/^f-/)

    const queue = await api.ok('s-judge-wang', 'GET', '/review/filings')
    const entry = queue.find((f: { id: string }) => f.id === filingId)
    expect(entry).toMatchObject({ kind: 'judicial-confirmation', status: 'submitted', plaintiffs: ['张桂兰', '王建国'], defendants: [] })
    const filing = await api.ok('s-judge-wang', 'GET', `/filings/${filingId}`)
    expect(filing.fee).toMatchObject({ minFen: 0, maxFen: 0 })
    expect(filing.data.facts).toContain(TERMS)
    expect(filing.data.evidence[0].name).toBe(`调解协议（${c.number}）`)
    // 王建国 can follow it as a party.
    expect((await api.ok('d-wang-jianguo', 'GET', '/filings')).map((f: { id: string }) => f.id)).toContain(filingId)
    // Applying again changes nothing.
    await api.ok('d-zhang-guilan', 'POST', `/mediations/${c.id}/judicial-confirmation`, { declaration: true })
    expect(await count('filings')).toBe(filingsBefore + 1)
    t.clock.set('2026-11-25T09:00:00+08:00')
  })

  it('refuses 司法确认 after the 30 days, saying why and what to do instead', async () => {
    t.clock.set('2026-11-25T09:00:00+08:00')
    const c = await api.confirmed('2026-11-26T11:00:00+08:00')
    await api.ok('s-mediator-chen', 'POST', `/mediations/${c.id}/outcome`, { result: 'agreement', terms: TERMS })
    t.clock.set('2026-11-26T12:00:00+08:00')
    await api.ok('d-zhang-guilan', 'POST', `/mediations/${c.id}/sign`)
    await api.ok('d-wang-jianguo', 'POST', `/mediations/${c.id}/sign`)
    // Effective 11-26, due 12-28: the last day still works.
    t.clock.set('2026-12-28T17:00:00+08:00')
    expect((await api.ok('d-zhang-guilan', 'POST', `/mediations/${c.id}/judicial-confirmation`, { declaration: true })).judicialConfirmation.applied).toEqual([
      'applicant',
    ])
    t.clock.set('2026-12-29T09:00:00+08:00')
    const late = await api.call('d-wang-jianguo', 'POST', `/mediations/${c.id}/judicial-confirmation`, { declaration: true })
    expect(late.statusCode).toBe(409)
    expect(late.json().error).toMatchObject({
      code: 'MEDIATION_JC_EXPIRED',
      message:
        '调解协议于11月26日（星期四）生效，申请司法确认的期限已在12月28日（星期一）届满（《民事诉讼法》第二百零五条：生效之日起三十日内），不能再申请；可以就协议内容向法院起诉',
    })
    const after = await api.ok('d-wang-jianguo', 'GET', `/mediations/${c.id}`)
    expect(after.judicialConfirmation).toMatchObject({ open: false, filingId: null })
    expect(after.actions).not.toContain('apply-jc')
    t.clock.set('2026-11-25T09:00:00+08:00')
  })

  it('turns a failed pre-filing mediation into a filled-in filing draft for the applicant', async () => {
    const c = await api.confirmed('2026-11-27T09:00:00+08:00')
    const noReason = await api.call('s-mediator-chen', 'POST', `/mediations/${c.id}/outcome`, { result: 'no-agreement' })
    expect(noReason.json().error).toMatchObject({ code: 'MEDIATION_REASON_REQUIRED', field: 'note' })
    const failed = await api.ok('s-mediator-chen', 'POST', `/mediations/${c.id}/outcome`, { result: 'no-agreement', note: '双方对货款数额分歧较大' })
    expect(failed).toMatchObject({ status: 'failed', outcome: { result: 'no-agreement', note: '双方对货款数额分歧较大' }, booking: null })
    expect(failed.actions).toEqual([])
    expect((await api.ok('d-zhang-guilan', 'GET', `/mediations/${c.id}`)).actions).toEqual(['to-filing'])
    expect((await api.call('d-wang-jianguo', 'POST', `/mediations/${c.id}/to-filing`)).statusCode).toBe(403)
    expect((await api.call('s-mediator-chen', 'POST', `/mediations/${c.id}/to-filing`)).statusCode).toBe(403)
    const { filingId } = await api.ok('d-zhang-guilan', 'POST', `/mediations/${c.id}/to-filing`)
    const draft = await api.ok('d-zhang-guilan', 'GET', `/filings/${filingId}`)
    expect(draft).toMatchObject({ kind: 'civil-first', status: 'draft' })
    expect(draft.data.parties.map((p: { side: string; name: string }) => [p.side, p.name])).toEqual([
      ['plaintiff', '张桂兰'],
      ['defendant', '王建国'],
    ])
    expect(draft.data.parties[1].mobile).toBe('13847005678')
    expect(draft.data.claims).toEqual([{ text: '王建国支付小麦款86500元', amountFen: 8_650_000 }])
    expect(draft.data.facts).toContain('未能达成调解协议')
    expect((await api.ok('d-zhang-guilan', 'POST', `/mediations/${c.id}/to-filing`)).filingId).toBe(filingId)
  })

  it('lets the applicant withdraw and the other side refuse to mediate (arts. 15, 25)', async () => {
    const a = await api.request()
    await api.book('d-zhang-guilan', a.id, '2026-11-30T10:00:00+08:00')
    const w = await api.ok('d-zhang-guilan', 'POST', `/mediations/${a.id}/withdraw`, { reason: '已经私下和解' })
    expect(w).toMatchObject({ status: 'withdrawn', outcome: { result: 'withdrawn' }, booking: null })
    expect((await api.call('d-zhang-guilan', 'POST', `/mediations/${a.id}/withdraw`, {})).statusCode).toBe(409)
    const b = await api.request()
    expect((await api.call('s-mediator-chen', 'POST', `/mediations/${b.id}/withdraw`, {})).statusCode).toBe(403)
    const r = await api.ok('d-wang-jianguo', 'POST', `/mediations/${b.id}/withdraw`, { reason: '不同意调解，要求直接起诉' })
    expect(r).toMatchObject({ status: 'failed', statusText: '对方不同意调解', outcome: { result: 'refused' } })
  })

  it('records a withdrawal by the mediator', async () => {
    const c = await api.confirmed('2026-11-27T10:00:00+08:00')
    const res = await api.ok('s-mediator-chen', 'POST', `/mediations/${c.id}/outcome`, { result: 'withdrawn', note: '当事人自行和解' })
    expect(res).toMatchObject({ status: 'withdrawn', outcome: { result: 'withdrawn' } })
  })
})

describe('mediation in an accepted case', () => {
  fresh()

  it('is run by the case judge, with 7 days under the simple procedure, and no 司法确认', async () => {
    const kase = await acceptedCase(t)
    await api.setAvailability('s-judge-wang')
    const m = await api.ok('d-zhang-guilan', 'POST', '/mediations', {
      stage: 'in-case',
      filingId: kase.id,
      dispute: '案件审理中，双方愿意就小麦货款协商解决。',
      claim: '王建国分期支付货款',
      consent: true,
      service: ZHANG_SERVICE,
    })
    expect(m).toMatchObject({ stage: 'in-case', caseNumber: kase.caseNumber, procedure: 'simple', mediator: { id: 's-judge-wang', chosenBy: 'court' } })
    expect(m.parties[1]).toMatchObject({ role: 'respondent', name: '王建国' })
    await api.ok('d-zhang-guilan', 'POST', `/mediations/${m.id}/booking`, { startsAt: THU_10 })
    await api.ok('d-wang-jianguo', 'POST', `/mediations/${m.id}/accept`, WANG_CONSENT)
    const confirmed = await api.ok('s-judge-wang', 'POST', `/mediations/${m.id}/confirm`)
    // Simple procedure: 7 days from 11-25 → 12-02 (art. 24).
    expect(confirmed.timeLimit).toEqual({ days: 7, due: '2026-12-02', article: '《人民法院在线调解规则》第二十四条' })
    await api.ok('s-judge-wang', 'POST', `/mediations/${m.id}/outcome`, { result: 'agreement', terms: '王建国分两期支付货款，每期43250元。' })
    await api.ok('d-zhang-guilan', 'POST', `/mediations/${m.id}/sign`)
    const settled = await api.ok('d-wang-jianguo', 'POST', `/mediations/${m.id}/sign`)
    expect(settled).toMatchObject({ status: 'settled', judicialConfirmation: null })
    const jc = await api.call('d-zhang-guilan', 'POST', `/mediations/${m.id}/judicial-confirmation`, { declaration: true })
    expect(jc.statusCode).toBe(409)
    expect(jc.json().error.code).toBe('MEDIATION_JC_NOT_PREFILING')
  })

  it('refuses a case the litigant is not in, and one not yet accepted', async () => {
    const kase = await acceptedCase(t)
    const res = await api.call('d-li-chunsheng', 'POST', '/mediations', {
      stage: 'in-case',
      filingId: kase.id,
      dispute: '案件审理中，希望调解解决。',
      claim: '调解',
      consent: true,
      service: { ...ZHANG_SERVICE, mobile: '13614709876' },
    })
    expect(res.statusCode).toBe(403)
    const none = await api.call('d-zhang-guilan', 'POST', '/mediations', {
      stage: 'in-case',
      filingId: 'f-nothing',
      dispute: '案件审理中，希望调解解决。',
      claim: '调解',
      consent: true,
      service: ZHANG_SERVICE,
    })
    expect(none.json().error).toMatchObject({ code: 'MEDIATION_CASE_UNKNOWN', field: 'filingId' })
  })
})

describe('the 3-working-day confirmation deadline on the calendar', () => {
  fresh()
  beforeAll(async () => api.setAvailability())

  it.each([
    // Verified by hand: Wed 09-30 → 国庆 10-01…10-07 off → Thu 10-08 (1), Fri 10-09 (2), Sat 10-10 is a 调休 working day (3).
    { label: 'a request on 2026-09-30 runs past 国庆 to the 调休 Saturday', now: '2026-09-30T15:00:00+08:00', due: '2026-10-10', left: 3 },
    // Fri 11-27 → Sat, Sun off → Mon 11-30 (1), Tue 12-01 (2), Wed 12-02 (3).
    { label: 'a request on a Friday runs over the weekend', now: '2026-11-27T16:00:00+08:00', due: '2026-12-02', left: 3 },
  ])('$label', async ({ now, due, left }) => {
    t.clock.set(now)
    const m = await api.request('d-zhang-guilan', { mediatorId: 's-mediator-chen' })
    expect(m.confirmation).toMatchObject({ due, article: '《人民法院在线调解规则》第十二条', countdown: { workdaysLeft: left, overdue: false } })
    t.clock.set(`${due}T09:00:00+08:00`)
    expect((await api.ok('s-mediator-chen', 'GET', `/mediations/${m.id}`)).confirmation.countdown.label).toBe('今天到期')
    t.clock.set('2026-11-25T09:00:00+08:00')
  })

  it('shows a missed deadline as overdue in working days', async () => {
    t.clock.set('2026-09-30T15:00:00+08:00')
    const m = await api.request('d-zhang-guilan', { mediatorId: 's-mediator-chen' })
    t.clock.set('2026-10-13T09:00:00+08:00')
    const list = await api.ok('s-mediator-chen', 'GET', '/mediations')
    expect(list.find((x: { id: string }) => x.id === m.id).confirmation.countdown).toEqual({
      due: '2026-10-10',
      workdaysLeft: -2,
      overdue: true,
      label: '已超期2个工作日',
    })
    t.clock.set('2026-11-25T09:00:00+08:00')
  })
})
