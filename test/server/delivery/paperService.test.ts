import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import { caseEventName } from '../../../domain/cases/caseEventName'
import { deadlineAfterService } from '../../../domain/service/deadlineAfterService'
import { makeApp, type TestApp } from '../helpers'
import { acceptedCase } from '../fixtures'
import { get, issue } from './helpers'

let t: TestApp
let caseId: string
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'court-paper-'))
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(600, 7)])

beforeAll(async () => {
  // Documents go out on 11-20; the clerk records their service on 11-25.
  t = await makeApp({ UPLOAD_DIR: uploadDir }, '2026-11-20T09:00:00+08:00')
  caseId = (await acceptedCase(t)).id
}, 60_000)
afterAll(async () => {
  await t.close()
  fs.rmSync(uploadDir, { recursive: true, force: true })
})

async function upload(who: string, content = PNG): Promise<string> {
  const boundary = '----court' + Math.random().toString(16).slice(2)
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="送达回证.png"\r\nContent-Type: image/png\r\n\r\n`),
    content,
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

const record = async (docId: string, body: Record<string, unknown>, who = 's-clerk-liu', headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: `/api/v1/service/documents/${docId}/paper-service`, headers: { ...(await t.as(who)), ...headers }, payload: body })

const paperEvents = async () =>
  Number(
    (
      await t.app.store.db
        .selectFrom('service_events')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('type', '=', 'served-on-paper')
        .executeTakeFirstOrThrow()
    ).n,
  )

let noticeId: string
let copyId: string
let mediationLike: string

describe('documents issued for service on paper', () => {
  it('issues to a party who confirmed no address without asking consent, and sends no message', async () => {
    const res = await issue(t, caseId, { kind: 'response-notice', recipients: [1], method: 'paper' }, 's-clerk-liu')
    expect(res.statusCode).toBe(201)
    const [doc] = res.json().documents
    expect(doc).toMatchObject({ method: 'paper', state: 'undelivered', deliveredAt: null, servedOn: null, paperService: null, recipient: { name: '王建国' } })
    noticeId = doc.id
    copyId = (await issue(t, caseId, { kind: 'complaint-copy', recipients: [1], method: 'paper' }, 's-clerk-liu')).json().documents[0].id
    mediationLike = (await issue(t, caseId, { kind: 'evidence-notice', recipients: [1], method: 'paper' }, 's-clerk-liu')).json().documents[0].id
    const outbox = await t.app.store.db.selectFrom('notify_outbox').selectAll().execute()
    expect(outbox).toEqual([])
  })
})

describe('recording the service', () => {
  beforeAll(() => t.clock.set('2026-11-25T10:00:00+08:00'))
  it.each([
    { label: 'a day in the future', body: { mode: 'direct', happenedOn: '2026-11-26' }, code: 'SERVICE_PAPER_DATE_FUTURE', field: 'happenedOn' },
    {
      label: 'a day before the document went out',
      body: { mode: 'direct', happenedOn: '2026-11-19' },
      code: 'SERVICE_PAPER_DATE_BEFORE_ISSUE',
      field: 'happenedOn',
    },
    {
      label: 'a direct service without the 送达回证',
      body: { mode: 'direct', happenedOn: '2026-11-24' },
      code: 'SERVICE_PAPER_RECEIPT_REQUIRED',
      field: 'receiptFileId',
    },
    {
      label: 'a wrong EMS number',
      body: { mode: 'postal', happenedOn: '2026-11-20', servedOn: '2026-11-23', emsNumber: 'EE123456789CN' },
      code: 'SERVICE_PAPER_EMS_INVALID',
      field: 'emsNumber',
    },
    {
      label: 'a postal service without the day signed for',
      body: { mode: 'postal', happenedOn: '2026-11-20', emsNumber: 'EE123456785CN' },
      code: 'SERVICE_PAPER_SIGNED_ON_REQUIRED',
      field: 'servedOn',
    },
    {
      label: 'a 留置送达 without witnesses or a photo',
      body: { mode: 'left', happenedOn: '2026-11-21', witnesses: [] },
      code: 'SERVICE_PAPER_WITNESS_REQUIRED',
      field: 'witnesses',
    },
    { label: 'an unknown mode (schema)', body: { mode: 'pigeon', happenedOn: '2026-11-21' }, code: 'INVALID_INPUT', field: 'mode' },
    { label: 'a malformed day (schema)', body: { mode: 'direct', happenedOn: '25/11/2026' }, code: 'INVALID_INPUT', field: 'happenedOn' },
  ])('refuses $label with a Chinese message, storing nothing', async ({ body, code, field }) => {
    const photo = await upload('s-clerk-liu')
    const res = await record(noticeId, code === 'SERVICE_PAPER_RECEIPT_REQUIRED' ? body : { receiptFileId: photo, ...body })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code, field })
    expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(await paperEvents()).toBe(0)
  })

  it('refuses a proof photo a litigant or another court uploaded', async () => {
    for (const who of ['d-zhang-guilan', 's-judge-gao']) {
      const res = await record(noticeId, { mode: 'direct', happenedOn: '2026-11-24', receiptFileId: await upload(who) })
      expect(res.statusCode).toBe(400)
      expect(res.json().error).toMatchObject({ code: 'SERVICE_PAPER_FILE_UNKNOWN', field: 'receiptFileId' })
    }
    expect(await paperEvents()).toBe(0)
  })

  it.each([
    { label: 'the litigant', who: 'd-zhang-guilan', status: 403 },
    { label: 'the addressee himself', who: 'd-wang-jianguo', status: 403 },
    { label: 'a mediator of the court', who: 's-mediator-chen', status: 403 },
    { label: 'the court’s admin', who: 's-admin-sun', status: 403 },
    { label: 'a judge of another court', who: 's-judge-gao', status: 403 },
  ])('does not let $label record it', async ({ who, status }) => {
    const res = await record(noticeId, { mode: 'left', happenedOn: '2026-11-21', witnesses: ['李明'] }, who)
    expect(res.statusCode).toBe(status)
    expect(await paperEvents()).toBe(0)
  })

  it('answers 404 for a document that does not exist', async () => {
    expect((await record('doc-nope', { mode: 'left', happenedOn: '2026-11-21', witnesses: ['李明'] })).statusCode).toBe(404)
  })

  it('records a direct service with the 送达回证 photo once per Idempotency-Key; the period runs from that day', async () => {
    const photo = await upload('s-clerk-liu')
    const body = { mode: 'direct', happenedOn: '2026-11-24', receiptFileId: photo }
    const first = await record(noticeId, body, 's-clerk-liu', { 'idempotency-key': 'paper-direct-1' })
    expect(first.statusCode).toBe(201)
    const again = await record(noticeId, body, 's-clerk-liu', { 'idempotency-key': 'paper-direct-1' })
    expect(again.statusCode).toBe(201)
    expect(again.body).toBe(first.body)
    expect(await paperEvents()).toBe(1)
    const doc = first.json()
    const file = await t.app.store.db.selectFrom('files').select('sha256').where('id', '=', photo).executeTakeFirstOrThrow()
    expect(doc).toMatchObject({
      state: 'served-on-paper',
      flagged: false,
      paperService: { mode: 'direct', modeName: '直接送达', happenedOn: '2026-11-24', servedOn: '2026-11-24', receiptFile: { id: photo, sha256: file.sha256 } },
      servedOn: { servedOn: '2026-11-24', deemed: false, article: '《民事诉讼法》第八十七条、第八十八条' },
    })
    const expected = deadlineAfterService('response-notice', '2026-11-24', { appealable: false, procedure: 'simple', abroad: false })
    expect(doc.deadline).toMatchObject({ due: expected?.due, name: expected?.name })
  })

  it('refuses a second record of the same document, without a key, and changes nothing', async () => {
    const res = await record(noticeId, { mode: 'left', happenedOn: '2026-11-24', witnesses: ['李明'] })
    expect(res.statusCode).toBe(409)
    expect(res.json().error.code).toBe('SERVICE_PAPER_ALREADY_RECORDED')
    expect(await paperEvents()).toBe(1)
  })

  it('records a postal service by its EMS number, served on the day signed for', async () => {
    const res = await record(copyId, { mode: 'postal', happenedOn: '2026-11-20', servedOn: '2026-11-23', emsNumber: 'ee 123456785 cn' })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({
      paperService: { mode: 'postal', modeName: '邮寄送达', emsNumber: 'EE123456785CN', servedOn: '2026-11-23', receiptFile: null },
      servedOn: { servedOn: '2026-11-23', article: '《民事诉讼法》第九十一条' },
    })
  })

  it('records a 留置送达 with its witnesses, deemed served that day', async () => {
    const res = await record(mediationLike, { mode: 'left', happenedOn: '2026-11-21', witnesses: ['三河乡村委会 李明'] })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({
      paperService: { modeName: '留置送达', witnesses: ['三河乡村委会 李明'] },
      servedOn: { servedOn: '2026-11-21', deemed: true },
    })
  })

  it('shows each service in the case’s history in Chinese, and on the staff case page', async () => {
    const detail = (await get(t, `/filings/${caseId}`, 'd-zhang-guilan')).json()
    const actions = detail.history.map((h: { action: string }) => h.action)
    expect(actions).toEqual(expect.arrayContaining(['service.served-direct', 'service.served-postal', 'service.served-left']))
    expect(['service.served-direct', 'service.served-postal', 'service.served-left'].map(caseEventName)).toEqual([
      '法院直接送达文书',
      '法院邮寄送达文书',
      '法院留置送达文书',
    ])
    const status = (await get(t, `/service/cases/${caseId}`, 's-judge-wang')).json()
    expect(status.documents.map((d: { paperService: { modeName: string } | null }) => d.paperService?.modeName).sort()).toEqual(
      ['邮寄送达', '留置送达', '直接送达'].sort(),
    )
    // The addressee sees the same record of how it reached him.
    const inbox = (await get(t, '/service/inbox', 'd-wang-jianguo')).json()
    expect(inbox.documents.find((d: { id: string }) => d.id === copyId)).toMatchObject({ paperService: { emsNumber: 'EE123456785CN' } })
  })
})

describe('the chain with paper service in it', () => {
  it('verifies, the new receipts signed like the electronic ones', async () => {
    const proof = (await get(t, `/service/${caseId}/proof`, 's-judge-wang')).json()
    expect(proof.failures).toEqual([])
    expect(proof.verified).toBe(true)
    expect(proof.events.filter((e: { type: string }) => e.type === 'served-on-paper')).toHaveLength(3)
    expect(proof.events.every((e: { signature: string | null }) => e.signature)).toBe(true)
  })

  it('detects a paper service whose day was changed in the database, and names the receipt', async () => {
    const row = await t.app.store.db
      .selectFrom('service_events')
      .select(['seq', 'detail_json'])
      .where('case_id', '=', caseId)
      .where('document_id', '=', copyId)
      .where('type', '=', 'served-on-paper')
      .executeTakeFirstOrThrow()
    const forged = row.detail_json.replace('2026-11-23', '2026-11-25')
    expect(forged).not.toBe(row.detail_json)
    await sql`update service_events set detail_json = ${forged} where case_id = ${caseId} and seq = ${row.seq}`.execute(t.app.store.db)
    const proof = (await get(t, `/service/${caseId}/proof`, 's-judge-wang')).json()
    expect(proof.verified).toBe(false)
    expect(proof.chain.brokenAt.seq).toBe(row.seq)
    expect(proof.failures[0]).toMatchObject({ seq: row.seq })
    expect(proof.failures[0].message).toContain('纸质送达')
  })
})
