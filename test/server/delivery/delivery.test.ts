import { sql } from 'kysely'
import { makeApp, type TestApp } from '../helpers'
import { acceptedCase } from '../fixtures'
import { defendantConfirms, get, issue, post, SUMMONS, WANG_ADDRESS } from './helpers'

let t: TestApp
let caseId: string
beforeAll(async () => {
  t = await makeApp()
  caseId = (await acceptedCase(t)).id
})
afterAll(async () => t.close())

const rows = async (table: 'service_documents' | 'service_events' | 'service_addresses') =>
  Number(
    (
      await t.app.store.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

describe('送达地址确认书', () => {
  it('asks the defendant to confirm an address the first time', async () => {
    const res = await get(t, '/service/inbox', 'd-wang-jianguo')
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ unread: 0, documents: [], needsAddress: [{ caseId, partyName: '王建国' }] })
    const mine = await get(t, '/service/addresses', 'd-wang-jianguo')
    expect(mine.json()).toEqual([
      expect.objectContaining({
        caseId,
        partyIdx: 1,
        side: 'defendant',
        current: null,
        suggested: { mobile: '13847005678', postalAddress: '额尔古纳市三河回族乡' },
      }),
    ])
  })

  it('takes the plaintiff’s from the filing', async () => {
    expect((await get(t, '/service/inbox', 'd-zhang-guilan')).json().needsAddress).toEqual([])
    expect((await get(t, '/service/addresses', 'd-zhang-guilan')).json()[0]).toMatchObject({ source: 'filing', current: { consentElectronic: true } })
  })

  it.each([
    { label: 'no postal address', patch: { postalAddress: '' }, code: 'SERVICE_ADDRESS_POSTAL_REQUIRED', field: 'postalAddress' },
    { label: 'a wrong mobile', patch: { mobile: '1384700567' }, code: 'SERVICE_ADDRESS_MOBILE_INVALID', field: 'mobile' },
    { label: 'consent with no channel', patch: { app: false, sms: false }, code: 'SERVICE_ADDRESS_NO_CHANNEL', field: 'app' },
    { label: 'an unknown step (schema)', patch: { consentSteps: ['everything'] }, code: 'VALIDATION_FAILED', field: 'consentSteps[0]' },
  ])('refuses $label and stores nothing', async ({ patch, code, field }) => {
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/service/cases/${caseId}/address`,
      headers: await t.as('d-wang-jianguo'),
      payload: { ...WANG_ADDRESS, ...patch },
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ field })
    if (code !== 'VALIDATION_FAILED') expect(res.json().error.code).toBe(code)
    expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(await rows('service_addresses')).toBe(0)
  })

  it.each([
    { label: 'a litigant who is not a party', who: 'd-li-chunsheng', status: 403 },
    { label: 'court staff', who: 's-clerk-liu', status: 403 },
    { label: 'a user without real-name verification', who: 'd-new-user', status: 403 },
  ])('refuses $label', async ({ who, status }) => {
    const res = await t.app.inject({ method: 'PUT', url: `/api/v1/service/cases/${caseId}/address`, headers: await t.as(who), payload: WANG_ADDRESS })
    expect(res.statusCode).toBe(status)
  })

  it('answers 404 for a case that does not exist', async () => {
    const res = await t.app.inject({ method: 'PUT', url: '/api/v1/service/cases/f-nope/address', headers: await t.as('d-wang-jianguo'), payload: WANG_ADDRESS })
    expect(res.statusCode).toBe(404)
  })
})

describe('issuing', () => {
  it('refuses a recipient without e-service consent, tells the clerk to serve on paper, and stores nothing', async () => {
    const res = await issue(t, caseId, { kind: 'response-notice', recipients: [0, 1] })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code: 'SERVICE_NO_CONSENT', field: 'recipients[1]' })
    expect(res.json().error.message).toContain('王建国')
    expect(res.json().error.message).toContain('纸质')
    expect(await rows('service_documents')).toBe(0)
    expect(await rows('service_events')).toBe(0)
  })

  it.each([
    { label: 'a litigant', who: 'd-zhang-guilan' },
    { label: 'a mediator', who: 's-mediator-chen' },
    { label: 'an admin', who: 's-admin-sun' },
    { label: 'a judge of another court', who: 's-judge-gao' },
  ])('does not let $label issue', async ({ who }) => {
    const res = await issue(t, caseId, { kind: 'response-notice', recipients: [0] }, who)
    expect(res.statusCode).toBe(403)
    expect(await rows('service_documents')).toBe(0)
  })

  it('records the defendant’s confirmation in the chain, and each change as a new version', async () => {
    const first = await defendantConfirms(t, caseId, { consentSteps: ['notices'] })
    expect(first).toMatchObject({ version: 1, source: 'party', current: { consentSteps: ['notices'] } })
    expect((await get(t, '/service/inbox', 'd-wang-jianguo')).json().needsAddress).toEqual([])
    const refused = await issue(t, caseId, SUMMONS)
    expect(refused.statusCode).toBe(400)
    expect(refused.json().error).toMatchObject({ code: 'SERVICE_NO_CONSENT', field: 'recipients[0]' })
    expect(refused.json().error.message).toContain('传票')
    const second = await defendantConfirms(t, caseId)
    expect(second.version).toBe(2)
    expect(await rows('service_addresses')).toBe(2)
    const proof = (await get(t, `/service/${caseId}/proof`, 's-judge-wang')).json()
    expect(proof.events.map((e: { type: string }) => e.type)).toEqual(['address-confirmed', 'address-confirmed'])
  })

  it.each([
    { label: 'an unknown party', body: { kind: 'response-notice', recipients: [5] }, code: 'SERVICE_RECIPIENT_UNKNOWN', field: 'recipients[0]' },
    { label: 'the same party twice', body: { kind: 'response-notice', recipients: [1, 1] }, code: 'SERVICE_RECIPIENT_REPEATED', field: 'recipients' },
    { label: 'a summons without a hearing', body: { kind: 'summons', recipients: [1] }, code: 'SERVICE_HEARING_REQUIRED', field: 'hearing' },
    {
      label: 'a hearing two days away (art. 139)',
      body: { ...SUMMONS, hearing: { ...SUMMONS.hearing, date: '2026-11-27' } },
      code: 'SERVICE_HEARING_TOO_SOON',
      field: 'hearing.date',
    },
    {
      label: 'a room of another court',
      body: { ...SUMMONS, hearing: { ...SUMMONS.hearing, roomId: 'r-dongsheng-1' } },
      code: 'SERVICE_HEARING_ROOM_UNKNOWN',
      field: 'hearing.roomId',
    },
    { label: 'a judgment without its PDF', body: { kind: 'judgment', recipients: [1] }, code: 'SERVICE_FILE_REQUIRED', field: 'fileId' },
    {
      label: 'a public notice without a date',
      body: { kind: 'response-notice', recipients: [1], method: 'public-notice' },
      code: 'SERVICE_PUBLIC_NOTICE_REQUIRED',
      field: 'publicNotice',
    },
    {
      label: 'a public notice dated tomorrow',
      body: { kind: 'response-notice', recipients: [1], method: 'public-notice', publicNotice: { publishedOn: '2026-11-26', medium: '人民法院公告网' } },
      code: 'SERVICE_PUBLIC_NOTICE_DATE_INVALID',
      field: 'publicNotice.publishedOn',
    },
    { label: 'no recipient (schema)', body: { kind: 'response-notice', recipients: [] }, code: 'VALIDATION_FAILED', field: 'recipients' },
    { label: 'an unknown kind (schema)', body: { kind: 'letter', recipients: [1] }, code: 'VALIDATION_FAILED', field: 'kind' },
  ])('refuses $label with a Chinese message and stores nothing', async ({ body, code, field }) => {
    const before = await rows('service_events')
    const res = await issue(t, caseId, body)
    expect(res.statusCode).toBe(400)
    if (code !== 'VALIDATION_FAILED') expect(res.json().error.code).toBe(code)
    expect(res.json().error.field).toBe(field)
    expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(await rows('service_documents')).toBe(0)
    expect(await rows('service_events')).toBe(before)
  })

  let noticeId: string
  it('issues an 应诉通知书: delivered to the inbox at once, which is the legal service date', async () => {
    const res = await issue(t, caseId, { kind: 'response-notice', recipients: [1] }, 's-clerk-liu', { 'idempotency-key': 'issue-notice-0001' })
    expect(res.statusCode).toBe(201)
    const [doc] = res.json().documents
    noticeId = doc.id
    expect(doc).toMatchObject({
      kind: 'response-notice',
      title: '应诉通知书',
      recipient: { idx: 1, name: '王建国', side: 'defendant' },
      issuedAt: '2026-11-25T09:00:00.000+08:00',
      deliveredAt: '2026-11-25T09:00:00.000+08:00',
      deliveredChannel: 'app',
      openedAt: null,
      signedAt: null,
      servedOn: { servedOn: '2026-11-25', deemed: false },
      deadline: { rule: 'defence', due: '2026-12-10' },
      state: 'unread',
      flagged: false,
    })
    const again = await issue(t, caseId, { kind: 'response-notice', recipients: [1] }, 's-clerk-liu', { 'idempotency-key': 'issue-notice-0001' })
    expect(again.json().documents[0].id).toBe(noticeId)
    expect(await rows('service_documents')).toBe(1)
  })

  it('sends an SMS reminder and a subscribe message through the outbox', async () => {
    const res = await get(t, '/admin/outbox', 's-admin-sun')
    expect(res.statusCode).toBe(200)
    const msgs = res.json()
    expect(msgs).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ channel: 'sms', recipient: '13847005678', documentId: noticeId }),
        expect.objectContaining({ channel: 'wechat', recipient: 'd-wang-jianguo', documentId: noticeId }),
      ]),
    )
    expect(msgs.find((m: { channel: string }) => m.channel === 'sms').text).toContain('应诉通知书')
  })

  it.each([
    { label: 'a judge', who: 's-judge-wang' },
    { label: 'a litigant', who: 'd-wang-jianguo' },
    { label: 'a judge of another court', who: 's-judge-gao' },
  ])('shows the outbox to admins only, not $label', async ({ who }) => {
    expect((await get(t, '/admin/outbox', who)).statusCode).toBe(403)
  })

  it('issues a 传票 with the hearing filled in', async () => {
    const res = await issue(t, caseId, SUMMONS)
    expect(res.statusCode).toBe(201)
    const doc = (await get(t, `/service/documents/${res.json().documents[0].id}`, 'd-wang-jianguo')).json()
    expect(doc.content.title).toBe('传票')
    expect(doc.content.paragraphs).toContain('应到时间：2026年12月10日（星期四）上午09:00')
    expect(doc.content.paragraphs).toContain('应到处所：第一法庭（额尔古纳市人民法院一楼）')
    expect(doc.hearing).toEqual({ date: '2026-12-10', time: '09:00', place: '第一法庭', address: '额尔古纳市人民法院一楼' })
  })
})

describe('reading and signing', () => {
  let docId: string
  beforeAll(async () => {
    docId = (await get(t, '/service/inbox', 'd-wang-jianguo')).json().documents.find((d: { kind: string }) => d.kind === 'response-notice').id
  })

  it('shows the defendant his unread documents; the plaintiff does not see them', async () => {
    const inbox = (await get(t, '/service/inbox', 'd-wang-jianguo')).json()
    expect(inbox.unread).toBe(2)
    expect(inbox.documents.map((d: { title: string }) => d.title).sort()).toEqual(['传票', '应诉通知书'])
    expect((await get(t, '/service/inbox', 'd-zhang-guilan')).json().documents).toEqual([])
  })

  it.each([
    { label: 'the addressee', who: 'd-wang-jianguo', status: 200 },
    { label: 'a clerk of the court', who: 's-clerk-liu', status: 200 },
    { label: 'the other litigant', who: 'd-zhang-guilan', status: 403 },
    { label: 'a stranger', who: 'd-li-chunsheng', status: 403 },
    { label: 'a judge of another court', who: 's-judge-gao', status: 403 },
  ])('lets $label read it: $status', async ({ who, status }) => {
    const res = await get(t, `/service/documents/${docId}`, who)
    expect(res.statusCode).toBe(status)
    if (status === 200) expect(res.json().content.items.join('')).toContain('十五日内')
  })

  it('prints it as a page for the addressee and the court only', async () => {
    const res = await get(t, `/service/documents/${docId}/print`, 'd-wang-jianguo')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('text/html')
    expect(res.body).toContain('应诉通知书')
    expect(res.body).toContain('王建国')
    expect((await get(t, `/service/documents/${docId}/print`, 'd-zhang-guilan')).statusCode).toBe(403)
    expect((await get(t, `/service/documents/${docId}/file`, 'd-wang-jianguo')).json().error.code).toBe('SERVICE_DOCUMENT_NO_FILE')
  })

  it.each([
    { label: 'court staff (not the addressee)', who: 's-judge-wang' },
    { label: 'the other litigant', who: 'd-zhang-guilan' },
  ])('does not let $label open or sign it', async ({ who }) => {
    expect((await post(t, `/service/documents/${docId}/open`, who)).statusCode).toBe(403)
    expect((await post(t, `/service/documents/${docId}/sign`, who)).statusCode).toBe(403)
  })

  it('records opened, then signed, once each', async () => {
    t.clock.set('2026-11-26T08:30:00+08:00')
    const opened = await post(t, `/service/documents/${docId}/open`, 'd-wang-jianguo')
    expect(opened.statusCode).toBe(200)
    expect(opened.json()).toMatchObject({ openedAt: '2026-11-26T08:30:00.000+08:00', signedAt: null, state: 'read', canSign: true })
    t.clock.set('2026-11-26T08:31:00+08:00')
    const signed = await post(t, `/service/documents/${docId}/sign`, 'd-wang-jianguo')
    expect(signed.json()).toMatchObject({
      openedAt: '2026-11-26T08:30:00.000+08:00',
      signedAt: '2026-11-26T08:31:00.000+08:00',
      state: 'signed',
      canSign: false,
    })
    t.clock.set('2026-11-26T09:00:00+08:00')
    const again = await post(t, `/service/documents/${docId}/sign`, 'd-wang-jianguo')
    expect(again.json().signedAt).toBe('2026-11-26T08:31:00.000+08:00')
    // Reading does not move the legal service date: it is the day of delivery.
    expect(again.json().servedOn.servedOn).toBe('2026-11-25')
    expect((await get(t, '/service/inbox', 'd-wang-jianguo')).json().unread).toBe(1)
  })

  it('shows staff the delivered, opened and signed times per party', async () => {
    const res = await get(t, `/service/cases/${caseId}`, 's-judge-wang')
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.parties.map((p: { name: string; address: { source: string } | null }) => [p.name, p.address?.source])).toEqual([
      ['张桂兰', 'filing'],
      ['王建国', 'party'],
    ])
    const notice = body.documents.find((d: { id: string }) => d.id === docId)
    expect(notice).toMatchObject({
      deliveredAt: '2026-11-25T09:00:00.000+08:00',
      openedAt: '2026-11-26T08:30:00.000+08:00',
      signedAt: '2026-11-26T08:31:00.000+08:00',
    })
    expect(body.rooms.map((r: { id: string }) => r.id)).toContain('p-sanhe')
  })

  it('flags what stays unread for 3 days', async () => {
    t.clock.set('2026-11-28T09:00:00+08:00')
    const summons = (await get(t, `/service/cases/${caseId}`, 's-clerk-liu')).json().documents.find((d: { kind: string }) => d.kind === 'summons')
    expect(summons).toMatchObject({ state: 'unread', daysUnread: 3, flagged: true })
    const list = await get(t, '/service/cases', 's-clerk-liu')
    expect(list.json()).toEqual([expect.objectContaining({ caseId, documents: 2, unread: 1, flagged: 1 })])
    t.clock.set('2026-11-25T09:00:00+08:00')
  })

  it.each([
    { label: 'a litigant', who: 'd-wang-jianguo', list: 403, one: 403 },
    { label: 'a judge of another court', who: 's-judge-gao', list: 200, one: 403 },
    { label: 'a mediator', who: 's-mediator-chen', list: 403, one: 403 },
  ])('keeps the case follow-up from $label', async ({ who, list, one }) => {
    const l = await get(t, '/service/cases', who)
    expect(l.statusCode).toBe(list)
    if (list === 200) expect(l.json()).toEqual([])
    expect((await get(t, `/service/cases/${caseId}`, who)).statusCode).toBe(one)
  })
})

describe('proof', () => {
  it.each([
    { label: 'the judge', who: 's-judge-wang', status: 200 },
    { label: 'the defendant', who: 'd-wang-jianguo', status: 200 },
    { label: 'the plaintiff', who: 'd-zhang-guilan', status: 200 },
    { label: 'a stranger', who: 'd-li-chunsheng', status: 403 },
    { label: 'a judge of another court', who: 's-judge-gao', status: 403 },
    { label: 'a mediator of the court', who: 's-mediator-chen', status: 403 },
  ])('shows the chain to $label: $status', async ({ who, status }) => {
    const res = await get(t, `/service/${caseId}/proof`, who)
    expect(res.statusCode).toBe(status)
    if (status === 200) expect(res.json()).toMatchObject({ verified: true, chain: { ok: true, brokenAt: null } })
  })

  it('chains every receipt to the one before', async () => {
    const { events, chain } = (await get(t, `/service/${caseId}/proof`, 's-judge-wang')).json()
    expect(events.map((e: { type: string }) => e.type)).toEqual([
      'address-confirmed',
      'address-confirmed',
      'issued',
      'delivered',
      'issued',
      'delivered',
      'opened',
      'signed',
    ])
    events.forEach((e: { seq: number; prevHash: string }, i: number) => {
      expect(e.seq).toBe(i + 1)
      if (i > 0) expect(e.prevHash).toBe(events[i - 1].hash)
    })
    expect(chain).toMatchObject({ length: 8, head: events[7].hash })
  })

  it('detects an edited receipt and pinpoints it', async () => {
    const db = t.app.store.db
    const original = await db.selectFrom('service_events').selectAll().where('case_id', '=', caseId).where('seq', '=', 4).executeTakeFirstOrThrow()
    // Someone with database access moves the delivery a week later.
    await db.updateTable('service_events').set({ at: '2026-12-02T09:00:00.000+08:00' }).where('case_id', '=', caseId).where('seq', '=', 4).execute()
    const res = (await get(t, `/service/${caseId}/proof`, 's-judge-wang')).json()
    expect(res.verified).toBe(false)
    expect(res.chain).toMatchObject({ ok: false, brokenAt: { seq: 4, reason: 'hash-mismatch' } })
    expect(res.chain.brokenAt.message).toContain('改动')
    await db.updateTable('service_events').set({ at: original.at }).where('case_id', '=', caseId).where('seq', '=', 4).execute()
    expect((await get(t, `/service/${caseId}/proof`, 's-judge-wang')).json().verified).toBe(true)
  })

  it('detects an edited document', async () => {
    const db = t.app.store.db
    const doc = await db.selectFrom('service_documents').selectAll().where('kind', '=', 'summons').executeTakeFirstOrThrow()
    await db
      .updateTable('service_documents')
      .set({ content_json: sql<string>`replace(content_json, '2026-12-10', '2026-12-11')` })
      .where('id', '=', doc.id)
      .execute()
    const res = (await get(t, `/service/${caseId}/proof`, 's-judge-wang')).json()
    expect(res.chain.ok).toBe(true)
    expect(res.verified).toBe(false)
    expect(res.documents.find((d: { id: string }) => d.id === doc.id).ok).toBe(false)
    await db.updateTable('service_documents').set({ content_json: doc.content_json }).where('id', '=', doc.id).execute()
  })

  it('answers 404 for an unknown case', async () => {
    expect((await get(t, '/service/f-nope/proof', 's-judge-wang')).statusCode).toBe(404)
  })
})

describe('receipts under concurrent taps', () => {
  it('records opened and signed once when the reader and the 签收 button race', async () => {
    const res = await issue(t, caseId, { kind: 'evidence-notice', recipients: [1] })
    const id = res.json().documents[0].id
    const headers = await t.as('d-wang-jianguo')
    await Promise.all([
      t.app.inject({ method: 'POST', url: `/api/v1/service/documents/${id}/open`, headers }),
      t.app.inject({ method: 'POST', url: `/api/v1/service/documents/${id}/sign`, headers }),
      t.app.inject({ method: 'POST', url: `/api/v1/service/documents/${id}/sign`, headers }),
    ])
    const types = (await t.app.store.db.selectFrom('service_events').select('type').where('document_id', '=', id).execute()).map((r) => r.type)
    expect(types.sort()).toEqual(['delivered', 'issued', 'opened', 'signed'])
    expect((await get(t, `/service/${caseId}/proof`, 's-judge-wang')).json().verified).toBe(true)
  })
})
