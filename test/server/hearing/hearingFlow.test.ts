import { acceptedCase } from '../fixtures'
import { makeApp, type TestApp } from '../helpers'
import { defendantConfirms } from '../delivery/helpers'
import { hearingApi, hearingRows } from './hearingHelpers'

// The clock stands at 2026-11-25 09:00: a simple-procedure case accepted today has its complaint
// copy served by 11-30 at the latest, the defence period runs to 12-15, the trial limit to 2027-02-25.
let t: TestApp
let api: ReturnType<typeof hearingApi>
let caseId: string
let caseNumber: string
beforeAll(async () => {
  t = await makeApp()
  api = hearingApi(t)
  ;({ id: caseId, caseNumber } = await acceptedCase(t))
  await defendantConfirms(t, caseId)
})
afterAll(async () => t.close())

describe('the judge sees an accepted case ready to schedule', () => {
  it('lists it for the court with its state', async () => {
    const list = await api.ok('s-clerk-liu', 'GET', '/hearings/cases')
    expect(list).toEqual([
      expect.objectContaining({ caseId, caseNumber, plaintiffs: ['张桂兰'], defendants: ['王建国'], state: 'unscheduled', hearing: null, agricultural: true }),
    ])
    expect(list[0].mine).toBe(false)
    expect((await api.ok('s-judge-wang', 'GET', '/hearings/cases'))[0].mine).toBe(true)
  })

  it('suggests half-days after the defence period, with the filer’s farm season from the complaint, at the circuit point in her village', async () => {
    const s = await api.scheduling(caseId)
    expect(s).toMatchObject({
      procedure: 'simple',
      filedOn: '2026-11-25',
      trialLimitEnd: '2027-02-25',
      complaint: { servedOn: '2026-11-30', assumed: true },
      request: null,
      current: null,
    })
    expect(s.parties[0]).toMatchObject({
      name: '张桂兰',
      sideName: '原告',
      hasAccount: true,
      farm: { regionName: '额尔古纳', activities: ['小麦收割', '打草'], source: 'filing' },
      nearVenues: ['拉布大林巡回审判点'],
    })
    expect(s.parties[1]).toMatchObject({ name: '王建国', farm: null, nearVenues: ['三河回族乡巡回审判点'] })
    expect(s.slots).toHaveLength(5)
    expect(s.slots[0]).toMatchObject({
      date: '2026-12-16',
      half: 'am',
      label: '12月16日（星期三）上午',
      time: '09:00',
      judgeId: 's-judge-wang',
      roomId: 'p-labudalin',
      roomKind: 'circuit-point',
    })
    for (const slot of s.slots) expect(slot.date > '2026-12-15' && slot.date <= '2027-02-25').toBe(true)
    expect(s.excluded).toEqual(
      expect.arrayContaining([
        { from: '2026-11-26', to: '2026-12-15', reason: '答辩期内（至12月15日）' },
        { from: '2027-02-26', to: '2027-02-28', reason: '超出审限（简易程序三个月）' },
      ]),
    )
  })
})

describe('请当事人选择: the parties choose', () => {
  let requestId: string

  it('opens one request, tells both parties by SMS, and refuses a second', async () => {
    const s = await api.ask(caseId)
    expect(s.request).toMatchObject({ status: 'open', requestedBy: '王立新法官', answers: [] })
    requestId = s.request.id
    const sms = await t.app.store.db
      .selectFrom('notify_outbox')
      .select(['recipient', 'text'])
      .where('template', '=', 'hearing-request')
      .where('channel', '=', 'sms')
      .execute()
    expect(sms.map((m) => m.recipient).sort()).toEqual(['13847005678', '13904701234'])
    expect(sms[0].text).toContain(caseNumber)
    expect(sms[0].text).toContain('选择开庭日期')
    const again = await api.call('s-clerk-liu', 'POST', `/hearings/cases/${caseId}/requests`)
    expect(again.statusCode).toBe(409)
    expect(again.json().error).toMatchObject({ code: 'HEARING_REQUEST_OPEN' })
    expect((await hearingRows(t)).requests).toBe(1)
  })

  it('shows each party the request, the suggestions, why days are excluded, and her own farm calendar for next year', async () => {
    expect(await api.ok('d-wang-jianguo', 'GET', '/hearing-requests')).toEqual([
      expect.objectContaining({ id: requestId, caseNumber, status: 'open', answer: null, hearing: null }),
    ])
    const v = await api.requestOf(caseId)
    expect(v.me).toMatchObject({ name: '张桂兰', sideName: '原告', farm: { activities: ['小麦收割', '打草'] } })
    expect(v.slots.map((s: { label: string }) => s.label)).toEqual([
      '12月16日（星期三）上午',
      '12月16日（星期三）下午',
      '12月17日（星期四）上午',
      '12月17日（星期四）下午',
      '12月18日（星期五）上午',
    ])
    expect(v.calendar).toMatchObject({
      from: '2026-11-01',
      to: '2027-11-30',
      today: '2026-11-25',
      lastDay: '2027-02-25',
      limitReason: '超出审限（简易程序三个月）',
    })
    expect(v.calendar.farm.map((w: { label: string }) => w.label)).toEqual([
      '麦收农忙期（额尔古纳，小麦收割，8月10日至9月10日）',
      '打草农忙期（额尔古纳，打草，8月15日至9月30日）',
    ])
    expect(v.calendar.farm[0]).toMatchObject({ from: '2027-08-10', to: '2027-09-10' })
    expect(v.calendar.holidays).toEqual(expect.arrayContaining([{ from: '2027-10-01', to: '2027-10-07', name: '国庆节', provisional: true }]))
    const defendant = await api.requestOf(caseId, 'd-wang-jianguo')
    expect(defendant.me).toMatchObject({ name: '王建国', sideName: '被告', farm: null })
    expect(defendant.calendar.farm).toEqual([])
  })

  it('calls a circuit point near only to the party who lives there, and tells the other whose township it is', async () => {
    const zhang = await api.requestOf(caseId)
    const wang = await api.requestOf(caseId, 'd-wang-jianguo')
    const atPoint = (v: { slots: Array<{ roomId: string; roomKind: string; placeNote?: string }> }) => v.slots.filter((x) => x.roomKind === 'circuit-point')
    expect(atPoint(zhang).length).toBeGreaterThan(0)
    // 张桂兰 lives in 拉布大林, 王建国 in 三河回族乡: a point is 离您家近 only in the reader's own township.
    const expected = { 'p-labudalin': ['离您家近', '原告所在乡镇'], 'p-sanhe': ['被告所在乡镇', '离您家近'] } as Record<string, [string, string]>
    for (const slot of atPoint(zhang)) expect(slot.placeNote).toBe(expected[slot.roomId]?.[0])
    for (const slot of atPoint(wang)) expect(slot.placeNote).toBe(expected[slot.roomId]?.[1])
  })

  it('takes the defendant’s busy dates, keeps them in his profile, and suggests around them for everyone', async () => {
    const v = await api.ok('d-wang-jianguo', 'POST', `/hearing-requests/${requestId}/busy`, {
      busy: [{ from: '2026-12-16', to: '2026-12-17', reason: '去海拉尔看病' }],
    })
    expect(v.answer).toMatchObject({ kind: 'busy', slot: null, busy: [{ from: '2026-12-16', to: '2026-12-17', reason: '去海拉尔看病' }] })
    expect(v.slots[0].date).toBe('2026-12-18')
    expect(v.excluded).toEqual(expect.arrayContaining([{ from: '2026-12-16', to: '2026-12-17', reason: '当事人申报不便' }]))
    expect((await api.ok('d-wang-jianguo', 'GET', '/me/farm-profile')).busy).toEqual([{ from: '2026-12-16', to: '2026-12-17', reason: '去海拉尔看病' }])
    const plaintiffView = await api.requestOf(caseId)
    expect(plaintiffView.slots.every((s: { date: string }) => s.date >= '2026-12-18')).toBe(true)
  })

  it('lets a party pick only a current suggestion', async () => {
    const stale = await api.call('d-zhang-guilan', 'POST', `/hearing-requests/${requestId}/choice`, { date: '2026-12-16', half: 'am' })
    expect(stale.statusCode).toBe(409)
    expect(stale.json().error).toMatchObject({ code: 'HEARING_SLOT_GONE', field: 'date' })
    const v = await api.ok('d-zhang-guilan', 'POST', `/hearing-requests/${requestId}/choice`, { date: '2026-12-18', half: 'am' })
    expect(v.answer).toMatchObject({ kind: 'chose', slot: { date: '2026-12-18', half: 'am', label: '12月18日（星期五）上午' } })
    await api.ok('d-wang-jianguo', 'POST', `/hearing-requests/${requestId}/choice`, { date: '2026-12-18', half: 'am' })
  })

  it('shows the judge both choices, still possible, with the suggestions', async () => {
    const s = await api.scheduling(caseId)
    expect(s.request.answers).toEqual([
      expect.objectContaining({
        partyIdx: 0,
        kind: 'chose',
        stillPossible: true,
        problem: null,
        warnings: [],
        slot: expect.objectContaining({ label: '12月18日（星期五）上午', roomId: 'p-labudalin' }),
      }),
      expect.objectContaining({ partyIdx: 1, kind: 'chose', stillPossible: true }),
    ])
    expect((await api.ok('s-judge-wang', 'GET', '/hearings/cases'))[0]).toMatchObject({ state: 'asking', answered: 2, parties: 2 })
  })

  it('confirms in one tap: books judge and circuit point, closes the request, serves the 传票 on both parties', async () => {
    const res = await api.book(caseId, { date: '2026-12-18', half: 'am', roomId: 'p-labudalin', requestId }, 's-judge-wang')
    expect(res.statusCode).toBe(201)
    const { hearing, warnings } = res.json()
    expect(warnings).toEqual([])
    expect(hearing).toMatchObject({
      date: '2026-12-18',
      half: 'am',
      time: '09:00',
      judgeName: '王立新法官',
      roomName: '拉布大林巡回审判点',
      address: '拉布大林街道司法所',
      status: 'scheduled',
    })
    expect(hearing.summons).toEqual([
      expect.objectContaining({ partyIdx: 0, name: '张桂兰', status: 'electronic', documentId: expect.any(String) }),
      expect.objectContaining({ partyIdx: 1, name: '王建国', status: 'electronic', documentId: expect.any(String) }),
    ])
    for (const who of ['d-zhang-guilan', 'd-wang-jianguo']) {
      const inbox = await api.ok(who, 'GET', '/service/inbox')
      expect(inbox.documents).toEqual([
        expect.objectContaining({
          kind: 'summons',
          title: '传票',
          hearing: { date: '2026-12-18', time: '09:00', place: '拉布大林巡回审判点', address: '拉布大林街道司法所' },
        }),
      ])
      const doc = await api.ok(who, 'GET', `/service/documents/${inbox.documents[0].id}`)
      expect([...doc.content.paragraphs, ...doc.content.items].join('')).toContain('2026年12月18日（星期五）上午09:00')
    }
    const mine = await api.ok('d-zhang-guilan', 'GET', '/hearing-requests')
    expect(mine[0]).toMatchObject({ status: 'scheduled', hearing: { label: '12月18日（星期五）上午', roomName: '拉布大林巡回审判点', status: 'scheduled' } })
    const closed = await api.call('d-zhang-guilan', 'POST', `/hearing-requests/${requestId}/choice`, { date: '2026-12-18', half: 'pm' })
    expect(closed.statusCode).toBe(409)
    expect(closed.json().error.code).toBe('HEARING_REQUEST_CLOSED')
    const s = await api.scheduling(caseId)
    expect(s).toMatchObject({ request: null, current: { id: hearing.id } })
  })

  it('refuses to ask again or book twice while a hearing is set', async () => {
    const before = await hearingRows(t)
    const ask = await api.call('s-judge-wang', 'POST', `/hearings/cases/${caseId}/requests`)
    expect(ask.statusCode).toBe(409)
    expect(ask.json().error.code).toBe('HEARING_ALREADY_SCHEDULED')
    expect(ask.json().error.message).toContain('12月18日（星期五）上午')
    const book = await api.book(caseId, { date: '2026-12-21', half: 'am', roomId: 'r-ergun-1' })
    expect(book.statusCode).toBe(409)
    expect(book.json().error.code).toBe('HEARING_ALREADY_SCHEDULED')
    expect(await hearingRows(t)).toEqual(before)
  })
})

describe('another case of the court', () => {
  let second: string

  it('is not offered the booked half-day of the judge, and cannot take it', async () => {
    second = (await acceptedCase(t)).id
    const s = await api.scheduling(second)
    expect(
      s.slots.some((x: { date: string; half: string; judgeId: string }) => x.date === '2026-12-18' && x.half === 'am' && x.judgeId === 's-judge-wang'),
    ).toBe(false)
    const before = await hearingRows(t)
    const res = await api.book(second, { date: '2026-12-18', half: 'am', judgeId: 's-judge-wang', roomId: 'r-ergun-1' })
    expect(res.statusCode).toBe(409)
    expect(res.json().error).toEqual({
      code: 'HEARING_SLOT_UNAVAILABLE',
      message: '12月18日（星期五）上午不能开庭：法官这半天已经安排了别的开庭',
      field: 'date',
    })
    const room = await api.book(second, { date: '2026-12-18', half: 'am', judgeId: 's-judge-zhao', roomId: 'p-labudalin' })
    expect(room.json().error.message).toBe('12月18日（星期五）上午不能开庭：这个法庭或巡回审判点这半天已经有别的开庭')
    expect(await hearingRows(t)).toEqual(before)
  })

  it('shares the judge’s day at the circuit point in the same village (one trip, two cases)', async () => {
    const s = await api.scheduling(second)
    const sameDay = s.slots.find((x: { date: string; half: string }) => x.date === '2026-12-18' && x.half === 'pm')
    expect(sameDay).toMatchObject({ roomId: 'p-labudalin', judgeId: 's-judge-wang' })
    expect(sameDay.notes).toEqual(['巡回审判：当天已有其他案件在此开庭，可一同前往'])
  })

  it.each([
    { label: 'a Sunday', date: '2026-12-20', message: '周末' },
    { label: 'a day in the defence period', date: '2026-12-15', message: '答辩期内（至12月15日）' },
    { label: 'a day past the trial limit', date: '2027-03-01', message: '超出审限（简易程序三个月，至2月25日（星期四））' },
    { label: 'a holiday', date: '2027-01-01', message: '元旦假期（预计）' },
    { label: 'today', date: '2026-11-25', message: '开庭日期必须在今天以后' },
  ])('refuses $label when the judge picks it directly, storing nothing', async ({ date, message }) => {
    const before = await hearingRows(t)
    const res = await api.book(second, { date, half: 'am', roomId: 'r-ergun-1' })
    expect(res.statusCode).toBe(409)
    expect(res.json().error.code).toBe('HEARING_SLOT_UNAVAILABLE')
    expect(res.json().error.message).toContain(message)
    expect(await hearingRows(t)).toEqual(before)
  })

  it('lets the judge schedule now, without asking, and warns of a party’s declared busy days', async () => {
    const res = await api.book(second, { date: '2026-12-16', half: 'pm', roomId: 'r-ergun-2' }, 's-clerk-liu')
    expect(res.statusCode).toBe(201)
    expect(res.json().warnings).toEqual(['当事人申报不便'])
    expect(res.json().hearing).toMatchObject({ judgeId: 's-judge-wang', roomName: '第二法庭', label: '12月16日（星期三）下午' })
  })
})

describe('延期开庭 and rescheduling', () => {
  it.each([
    { label: 'no reason', body: {}, code: 'INVALID_INPUT', message: '请填写延期理由' },
    { label: 'blanks', body: { reason: '    ' }, code: 'HEARING_POSTPONE_REASON_REQUIRED', message: '请写明延期开庭的理由（《民事诉讼法》第一百四十九条）' },
  ])('needs a reason ($label)', async ({ body, code, message }) => {
    const s = await api.scheduling(caseId)
    const res = await api.call('s-judge-wang', 'POST', `/hearings/${s.current.id}/postpone`, body)
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toEqual({ code, message, field: 'reason' })
    expect((await api.scheduling(caseId)).current.status).toBe('scheduled')
  })

  it('postpones with the reason, frees the half-day, and tells the parties', async () => {
    const s = await api.scheduling(caseId)
    const h = await api.ok('s-judge-wang', 'POST', `/hearings/${s.current.id}/postpone`, { reason: '被告申请通知新的证人到庭' })
    expect(h).toMatchObject({ status: 'postponed', postponeReason: '被告申请通知新的证人到庭' })
    const sms = await t.app.store.db
      .selectFrom('notify_outbox')
      .select(['text'])
      .where('template', '=', 'hearing-postponed')
      .where('channel', '=', 'sms')
      .execute()
    expect(sms).toHaveLength(2)
    expect(sms[0].text).toContain('原定于12月18日（星期五）上午在拉布大林巡回审判点开庭')
    expect(sms[0].text).toContain('被告申请通知新的证人到庭')
    const again = await api.call('s-judge-wang', 'POST', `/hearings/${s.current.id}/postpone`, { reason: '再次延期' })
    expect(again.statusCode).toBe(409)
    expect((await api.ok('d-zhang-guilan', 'GET', '/hearing-requests'))[0].hearing).toMatchObject({
      status: 'postponed',
      postponeReason: '被告申请通知新的证人到庭',
    })
  })

  it('reschedules the same way: asks again and books the freed half-day', async () => {
    const s = await api.ask(caseId)
    expect(s.hearings).toHaveLength(1)
    expect(s.request.answers).toEqual([])
    const res = await api.book(caseId, { date: '2026-12-18', half: 'am', roomId: 'p-labudalin', requestId: s.request.id })
    expect(res.statusCode).toBe(201)
    const after = await api.scheduling(caseId)
    expect(after.hearings.map((h: { status: string }) => h.status)).toEqual(['postponed', 'scheduled'])
    expect(
      (await api.ok('d-zhang-guilan', 'GET', '/service/inbox')).documents.filter(
        (d: { kind: string; caseId: string }) => d.kind === 'summons' && d.caseId === caseId,
      ),
    ).toHaveLength(2)
  })

  it('marks a hearing held only once its day has come', async () => {
    const { current } = await api.scheduling(caseId)
    const early = await api.call('s-judge-wang', 'POST', `/hearings/${current.id}/held`)
    expect(early.statusCode).toBe(409)
    expect(early.json().error.code).toBe('HEARING_NOT_YET')
    t.clock.set('2026-12-18T11:30:00+08:00')
    const held = await api.ok('s-judge-wang', 'POST', `/hearings/${current.id}/held`)
    expect(held).toMatchObject({ status: 'held', heldAt: '2026-12-18T11:30:00.000+08:00' })
    const postpone = await api.call('s-judge-wang', 'POST', `/hearings/${current.id}/postpone`, { reason: '证人未到庭' })
    expect(postpone.json().error).toMatchObject({ code: 'HEARING_NOT_SCHEDULED', message: '这次开庭已经开过了，不能延期' })
    t.clock.set('2026-11-25T09:00:00+08:00')
  })
})
