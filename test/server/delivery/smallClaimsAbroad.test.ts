import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { FilingData } from '../../../domain/filing/types'
import { acceptedCase, wheatSaleComplaint } from '../fixtures'
import { makeApp, type TestApp } from '../helpers'
import { defendantConfirms, get, issue, post } from './helpers'

// The clock: 2026-11-25 (a Wednesday) at 额尔古纳市人民法院.
let t: TestApp
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'court-small-claims-'))
beforeAll(async () => {
  t = await makeApp({ UPLOAD_DIR: uploadDir })
}, 60_000)
afterAll(async () => {
  await t.close()
  fs.rmSync(uploadDir, { recursive: true, force: true })
})

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3000, 32)])
async function uploadPdf(who = 's-judge-wang'): Promise<string> {
  const boundary = '----court' + Math.random().toString(16).slice(2)
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="判决书.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
    PDF,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/files',
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, ...(await t.as(who)) },
    payload,
  })
  if (res.statusCode !== 201) throw new Error(res.body)
  return res.json().id
}

/** A 2万 loan: small claims by law at this court (内蒙古 2023 figure, half 54,428元). */
const smallLoan: Partial<FilingData> = { cause: '民间借贷纠纷', claims: [{ text: '判令被告归还借款', amountFen: 2_000_000 }], procedure: 'small-claims' }
/** The sale, with the defendant living abroad (no domicile in China). */
const abroadSale = (): Partial<FilingData> => ({ parties: [wheatSaleComplaint().parties[0], { ...wheatSaleComplaint().parties[1], abroad: true }] })
const agree = async (caseId: string, body: Record<string, unknown>, who = 's-judge-wang') =>
  t.app.inject({ method: 'PUT', url: `/api/v1/hearings/cases/${caseId}/agreed-periods`, headers: await t.as(who), payload: body })

describe('a small-claims case', () => {
  let caseId: string
  beforeAll(async () => {
    caseId = (await acceptedCase(t, smallLoan)).id
    await defendantConfirms(t, caseId)
  })

  it('serves a judgment with no appeal period: final at first instance (第一百六十五条)', async () => {
    const fileId = await uploadPdf()
    const [doc] = (await issue(t, caseId, { kind: 'judgment', recipients: [1], fileId })).json().documents
    expect(doc).toMatchObject({ servedOn: { servedOn: '2026-11-25', presumed: false }, deadline: null, finalJudgment: true })
    const ruling = (await issue(t, caseId, { kind: 'ruling', recipients: [1], fileId, appealable: true })).json().documents[0]
    expect(ruling).toMatchObject({ deadline: null, finalJudgment: true })
  })

  it('records the periods agreed with the parties; the notices state them and the deadline follows', async () => {
    const res = await agree(caseId, { evidenceDays: 3, defenceDays: 7 })
    expect(res.statusCode).toBe(200)
    expect(res.json().agreedPeriods).toEqual({ evidenceDays: 3, defenceDays: 7 })
    const [evidence] = (await issue(t, caseId, { kind: 'evidence-notice', recipients: [1] })).json().documents
    const text = (await get(t, `/service/documents/${evidence.id}`, 'd-wang-jianguo')).json().content.items.join('')
    expect(text).toContain('举证期限为自收到本通知书之日起三日内（经双方当事人协商一致并经本院准许')
    const [notice] = (await issue(t, caseId, { kind: 'response-notice', recipients: [1] })).json().documents
    const noticeText = (await get(t, `/service/documents/${notice.id}`, 'd-wang-jianguo')).json().content.items.join('')
    expect(noticeText).toContain('答辩期间为收到起诉状副本之日起七日内')
    // 11月25日 + 7 days = 12月2日 (《民诉法解释》第二百七十五条第二款; counted as 第八十五条 says).
    expect(notice.deadline).toMatchObject({ rule: 'defence', name: '答辩期间（经被告同意）', days: 7, due: '2026-12-02' })
    const audit = await t.app.store.db.selectFrom('audit_log').select('detail').where('action', '=', 'case.periods-agreed').execute()
    expect(JSON.parse(audit[0].detail)).toEqual({ evidenceDays: 3, defenceDays: 7 })
  })

  it('the scheduler waits out the agreed defence days, or none when the parties need none', async () => {
    await agree(caseId, { defenceDays: 3 })
    let s = (await get(t, `/hearings/cases/${caseId}`, 's-judge-wang')).json()
    // The copy is assumed served on 11月30日 (filing + 5); + 3 days = 12月3日.
    expect(s.excluded).toContainEqual({ from: '2026-11-26', to: '2026-12-03', reason: '答辩期内（至12月3日）' })
    await agree(caseId, { defenceDays: 0 })
    s = (await get(t, `/hearings/cases/${caseId}`, 's-judge-wang')).json()
    expect(s.agreedPeriods).toEqual({ evidenceDays: null, defenceDays: 0 })
    expect(s.excluded.find((e: { reason: string }) => e.reason.startsWith('答辩期内'))).toBeUndefined()
    expect(s.excluded.find((e: { reason: string }) => e.reason.startsWith('起诉状副本送达前'))).toMatchObject({ to: '2026-11-29' })
    await agree(caseId, {})
    s = (await get(t, `/hearings/cases/${caseId}`, 's-judge-wang')).json()
    expect(s.agreedPeriods).toEqual({ evidenceDays: null, defenceDays: null })
    expect(s.excluded).toContainEqual({ from: '2026-11-26', to: '2026-12-15', reason: '答辩期内（至12月15日）' })
  })

  it.each([
    { label: 'an evidence period over 7 days', body: { evidenceDays: 8 }, field: 'evidenceDays', message: '约定的举证期限应为1至7日' },
    { label: 'a defence period over 15 days', body: { defenceDays: 16 }, field: 'defenceDays', message: '约定的答辩期间应为0至15日' },
    { label: 'a negative period', body: { defenceDays: -1 }, field: 'defenceDays', message: undefined },
  ])('refuses $label and keeps what was recorded', async ({ body, field, message }) => {
    await agree(caseId, { evidenceDays: 2 })
    const res = await agree(caseId, body)
    expect(res.statusCode).toBe(400)
    expect(res.json().error.field).toBe(field)
    if (message) expect(res.json().error).toMatchObject({ code: 'SMALL_CLAIMS_AGREED_PERIOD_INVALID', message })
    const row = await t.app.store.db.selectFrom('filings').select('agreed_periods_json').where('id', '=', caseId).executeTakeFirstOrThrow()
    expect(JSON.parse(row.agreed_periods_json!)).toEqual({ evidenceDays: 2 })
  })

  it.each([
    { label: 'a party', who: 'd-zhang-guilan', status: 403 },
    { label: 'the other party', who: 'd-wang-jianguo', status: 403 },
    { label: 'a mediator of the court', who: 's-mediator-chen', status: 403 },
    { label: 'the court admin', who: 's-admin-sun', status: 403 },
    { label: 'a judge of another court', who: 's-judge-gao', status: 403 },
  ])('is closed to $label', async ({ who, status }) => {
    const res = await agree(caseId, { defenceDays: 5 }, who)
    expect(res.statusCode).toBe(status)
    const row = await t.app.store.db.selectFrom('filings').select('agreed_periods_json').where('id', '=', caseId).executeTakeFirstOrThrow()
    expect(row.agreed_periods_json).not.toContain('5')
  })

  it('a clerk of the court may record them', async () => {
    expect((await agree(caseId, { defenceDays: 10 }, 's-clerk-liu')).statusCode).toBe(200)
  })

  it('is refused for a case on the simple procedure', async () => {
    const simple = (await acceptedCase(t)).id
    const res = await agree(simple, { defenceDays: 7 })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code: 'SMALL_CLAIMS_AGREED_PERIOD_INVALID', field: 'defenceDays' })
  })
})

describe('a defendant abroad (在中华人民共和国领域内没有住所)', () => {
  let caseId: string
  beforeAll(async () => {
    caseId = (await acceptedCase(t, abroadSale())).id
  })

  it('gets 30 days to answer: in the 应诉通知书, its deadline, and the scheduler (第二百八十五条)', async () => {
    await defendantConfirms(t, caseId)
    const [notice] = (await issue(t, caseId, { kind: 'response-notice', recipients: [1] })).json().documents
    expect(notice).toMatchObject({ abroad: true, deadline: { rule: 'defence-abroad', days: 30, due: '2026-12-25' } })
    const text = (await get(t, `/service/documents/${notice.id}`, 'd-wang-jianguo')).json().content
    expect(text.items[0]).toContain('收到起诉状副本之日起三十日内')
    expect(text.paragraphs[0]).toContain('第二百八十五条')
    const s = (await get(t, `/hearings/cases/${caseId}`, 's-judge-wang')).json()
    expect(s.parties[1]).toMatchObject({ name: '王建国', abroad: true })
    expect(s.parties[0]).toMatchObject({ abroad: false })
    // The copy is assumed served on 11月30日: 30 days = 12月30日.
    expect(s.excluded).toContainEqual({ from: '2026-11-26', to: '2026-12-30', reason: '答辩期内（至12月30日）' })
  })

  it('gets 30 days to appeal a judgment (第二百八十六条); the plaintiff at home 15', async () => {
    const fileId = await uploadPdf()
    const docs = (await issue(t, caseId, { kind: 'judgment', recipients: [0, 1], fileId })).json().documents
    expect(docs[0]).toMatchObject({ abroad: false, deadline: { rule: 'appeal-judgment', days: 15, due: '2026-12-10' } })
    expect(docs[1]).toMatchObject({ abroad: true, finalJudgment: false, deadline: { rule: 'appeal-abroad', days: 30, due: '2026-12-25' } })
  })

  it('served by public notice, is deemed served after 60 days (第二百八十三条), in the receipt too', async () => {
    const other = (await acceptedCase(t, abroadSale())).id
    const [doc] = (
      await issue(t, other, {
        kind: 'complaint-copy',
        recipients: [1],
        method: 'public-notice',
        publicNotice: { publishedOn: '2026-11-02', medium: '人民法院公告网' },
      })
    ).json().documents
    // 11月2日 + 60 days = 2027年1月1日, 元旦 (provisional for 2027): rolls to Monday 1月4日.
    expect(doc.servedOn).toMatchObject({ servedOn: '2027-01-04', deemed: true, article: '《民事诉讼法》第二百八十三条' })
    expect(doc.deadline).toMatchObject({ rule: 'defence-abroad', days: 30 })
    const proof = (await get(t, `/service/${other}/proof`, 's-judge-wang')).json()
    expect(proof.events[1].detail).toMatchObject({ deemedServedOn: '2027-01-04' })
    const s = (await get(t, `/hearings/cases/${other}`, 's-judge-wang')).json()
    expect(s.complaint).toEqual({ servedOn: '2027-01-04', assumed: false })
  })
})

describe('service to an address the party has not confirmed (在线诉讼规则第三十一条第二款)', () => {
  let caseId: string
  beforeAll(async () => {
    caseId = (await acceptedCase(t)).id
  })

  it('reaches the verified account but serves nothing until the party reads or signs', async () => {
    const res = await issue(t, caseId, { kind: 'complaint-copy', recipients: [1], method: 'electronic-unconfirmed' })
    expect(res.statusCode).toBe(201)
    const [doc] = res.json().documents
    expect(doc).toMatchObject({ method: 'electronic-unconfirmed', deliveredChannel: 'app', servedOn: null, deadline: null, state: 'unread' })
    let s = (await get(t, `/hearings/cases/${caseId}`, 's-judge-wang')).json()
    expect(s.complaint).toEqual({ servedOn: '2026-11-30', assumed: true })

    t.clock.set('2026-11-27T10:00:00+08:00')
    const opened = (await post(t, `/service/documents/${doc.id}/open`, 'd-wang-jianguo')).json()
    expect(opened.servedOn).toMatchObject({ servedOn: '2026-11-27', presumed: true, article: '《人民法院在线诉讼规则》第三十一条第二款第（二）项' })
    expect(opened.deadline).toMatchObject({ rule: 'defence', due: '2026-12-14' })
    s = (await get(t, `/hearings/cases/${caseId}`, 's-judge-wang')).json()
    expect(s.complaint).toEqual({ servedOn: '2026-11-27', assumed: false })

    const signed = (await post(t, `/service/documents/${doc.id}/sign`, 'd-wang-jianguo')).json()
    expect(signed.servedOn).toMatchObject({ servedOn: '2026-11-27', presumed: false, article: '《人民法院在线诉讼规则》第三十一条第二款第（一）项' })
    t.clock.set('2026-11-25T09:00:00+08:00')
    const status = (await get(t, `/service/cases/${caseId}`, 's-clerk-liu')).json()
    expect(status.documents[0]).toMatchObject({ method: 'electronic-unconfirmed', servedOn: { servedOn: '2026-11-27' } })
  })

  it('is refused once the party has confirmed an address: that choice stands', async () => {
    await defendantConfirms(t, caseId)
    const res = await issue(t, caseId, { kind: 'response-notice', recipients: [1], method: 'electronic-unconfirmed' })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code: 'SERVICE_ADDRESS_CONFIRMED', field: 'recipients[0]' })
  })

  it('is refused for a party with no verified account: no address is known to be theirs', async () => {
    const stranger = { ...wheatSaleComplaint().parties[1], name: '赵有田', idNumber: '150784198001010038' }
    const other = (await acceptedCase(t, { parties: [wheatSaleComplaint().parties[0], stranger] })).id
    const before = Number(
      (
        await t.app.store.db
          .selectFrom('service_documents')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
    const res = await issue(t, other, { kind: 'complaint-copy', recipients: [1], method: 'electronic-unconfirmed' })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code: 'SERVICE_NO_ACCOUNT', field: 'recipients[0]' })
    expect(res.json().error.message).toContain('赵有田')
    const after = Number(
      (
        await t.app.store.db
          .selectFrom('service_documents')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
    expect(after).toBe(before)
  })
})
