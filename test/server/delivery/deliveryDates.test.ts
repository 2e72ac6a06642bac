import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { dueDate } from '../../../domain'
import { makeApp, type TestApp } from '../helpers'
import { acceptedCase } from '../fixtures'
import { defendantConfirms, get, issue, post } from './helpers'

let t: TestApp
let caseId: string
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'court-service-'))
beforeAll(async () => {
  // A judgment delivered on 2026-09-18: the appeal period ends in the 国庆 holiday and rolls on.
  t = await makeApp({ UPLOAD_DIR: uploadDir }, '2026-09-18T15:00:00+08:00')
  caseId = (await acceptedCase(t)).id
  await defendantConfirms(t, caseId)
})
afterAll(async () => {
  await t.close()
  fs.rmSync(uploadDir, { recursive: true, force: true })
})

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3000, 32)])
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(500, 1)])

async function upload(who: string, filename: string, content: Buffer): Promise<string> {
  const boundary = '----court' + Math.random().toString(16).slice(2)
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
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

describe('判决书 and the appeal deadline', () => {
  let judgmentIds: string[]
  it('refuses a file that is not a PDF, or not uploaded by the court', async () => {
    const png = await upload('s-judge-wang', '判决书.png', PNG)
    expect((await issue(t, caseId, { kind: 'judgment', recipients: [0, 1], fileId: png })).json().error).toMatchObject({
      code: 'SERVICE_FILE_NOT_PDF',
      field: 'fileId',
    })
    const litigants = await upload('d-zhang-guilan', '判决书.pdf', PDF)
    expect((await issue(t, caseId, { kind: 'judgment', recipients: [0, 1], fileId: litigants })).json().error).toMatchObject({
      code: 'SERVICE_FILE_UNKNOWN',
      field: 'fileId',
    })
    const other = await upload('s-judge-gao', '判决书.pdf', PDF)
    expect((await issue(t, caseId, { kind: 'judgment', recipients: [0, 1], fileId: other })).json().error.code).toBe('SERVICE_FILE_UNKNOWN')
  })

  it('serves the uploaded judgment on both sides; each sees the appeal deadline from dueDate', async () => {
    const fileId = await upload('s-judge-wang', '（2026）内0784民初1号民事判决书.pdf', PDF)
    const res = await issue(t, caseId, { kind: 'judgment', recipients: [0, 1], fileId })
    expect(res.statusCode).toBe(201)
    const docs = res.json().documents
    judgmentIds = docs.map((d: { id: string }) => d.id)
    const expected = dueDate({ rule: 'appeal-judgment', from: '2026-09-18' })
    expect(expected.due).toBe('2026-10-08')
    for (const d of docs) {
      expect(d).toMatchObject({
        title: '判决书',
        servedOn: { servedOn: '2026-09-18' },
        deadline: { rule: 'appeal-judgment', name: '判决上诉期', due: '2026-10-08', article: expected.article },
      })
      expect(d.file).toMatchObject({ name: '（2026）内0784民初1号民事判决书.pdf', size: PDF.length })
    }
    const plaintiffSees = (await get(t, '/service/inbox', 'd-zhang-guilan')).json().documents
    expect(plaintiffSees).toEqual([expect.objectContaining({ kind: 'judgment', deadline: expect.objectContaining({ due: '2026-10-08' }) })])
    const defendantSees = (await get(t, '/service/inbox', 'd-wang-jianguo')).json().documents
    expect(defendantSees).toEqual([expect.objectContaining({ kind: 'judgment', deadline: expect.objectContaining({ due: '2026-10-08' }) })])
  })

  it('hands the PDF to the addressee and the court, not to the other side', async () => {
    const [toZhang, toWang] = judgmentIds
    const mine = await get(t, `/service/documents/${toWang}/file`, 'd-wang-jianguo')
    expect(mine.statusCode).toBe(200)
    expect(mine.headers['content-type']).toBe('application/pdf')
    expect(mine.rawPayload.equals(PDF)).toBe(true)
    expect((await get(t, `/service/documents/${toWang}/file`, 's-clerk-liu')).statusCode).toBe(200)
    expect((await get(t, `/service/documents/${toZhang}/file`, 'd-wang-jianguo')).statusCode).toBe(403)
    expect((await get(t, `/service/documents/${toWang}/file`, 's-judge-gao')).statusCode).toBe(403)
  })

  it('verifies the PDF on disk as part of the proof', async () => {
    expect((await get(t, `/service/${caseId}/proof`, 's-judge-wang')).json().verified).toBe(true)
    const row = await t.app.store.db
      .selectFrom('files')
      .selectAll()
      .where('original_name', '=', '（2026）内0784民初1号民事判决书.pdf')
      .executeTakeFirstOrThrow()
    const file = path.join(uploadDir, 'files', row.storage_name)
    const original = fs.readFileSync(file)
    fs.writeFileSync(file, Buffer.concat([original, Buffer.from('%% altered')]))
    const res = (await get(t, `/service/${caseId}/proof`, 's-judge-wang')).json()
    expect(res.chain.ok).toBe(true)
    expect(res.verified).toBe(false)
    fs.writeFileSync(file, original)
  })

  it('counts 10 days for an appealable ruling and none for one that is not', async () => {
    const fileId = await upload('s-clerk-liu', '裁定书.pdf', PDF)
    const appealable = (await issue(t, caseId, { kind: 'ruling', recipients: [1], fileId, appealable: true })).json().documents[0]
    expect(appealable.deadline).toMatchObject({ rule: 'appeal-ruling', days: 10, due: dueDate({ rule: 'appeal-ruling', from: '2026-09-18' }).due })
    const plain = (await issue(t, caseId, { kind: 'ruling', recipients: [1], fileId })).json().documents[0]
    expect(plain.deadline).toBeNull()
  })
})

describe('公告送达', () => {
  it('records the publication and the deemed service date, without e-service consent', async () => {
    const other = await acceptedCase(t)
    const res = await issue(t, other.id, {
      kind: 'complaint-copy',
      recipients: [1],
      method: 'public-notice',
      publicNotice: { publishedOn: '2026-09-02', medium: '人民法院公告网' },
    })
    expect(res.statusCode).toBe(201)
    const [doc] = res.json().documents
    const deemed = dueDate({ rule: 'public-notice', from: '2026-09-02' })
    expect(deemed.due).toBe('2026-10-08')
    expect(doc).toMatchObject({
      method: 'public-notice',
      deliveredAt: null,
      publicNotice: { publishedOn: '2026-09-02', medium: '人民法院公告网' },
      servedOn: { servedOn: '2026-10-08', deemed: true, article: '《民事诉讼法》第九十五条' },
      deadline: { rule: 'defence', due: dueDate({ rule: 'defence', from: '2026-10-08' }).due },
      state: 'public-notice',
      flagged: false,
    })
    const proof = (await get(t, `/service/${other.id}/proof`, 's-judge-wang')).json()
    expect(proof.events.map((e: { type: string }) => e.type)).toEqual(['issued', 'published'])
    expect(proof.events[1].detail).toMatchObject({ publishedOn: '2026-09-02', deemedServedOn: '2026-10-08' })
    // No SMS: nobody agreed to receive one.
    const outbox = (await get(t, '/admin/outbox', 's-admin-sun')).json()
    expect(outbox.filter((m: { documentId: string }) => m.documentId === doc.id)).toEqual([])
  })

  it('counts an earlier actual receipt as service', async () => {
    const other = await acceptedCase(t)
    const [doc] = (
      await issue(t, other.id, {
        kind: 'response-notice',
        recipients: [1],
        method: 'public-notice',
        publicNotice: { publishedOn: '2026-09-18', medium: '法院公告栏' },
      })
    ).json().documents
    t.clock.set('2026-09-21T10:00:00+08:00')
    const opened = (await post(t, `/service/documents/${doc.id}/open`, 'd-wang-jianguo')).json()
    expect(opened).toMatchObject({ deliveredAt: '2026-09-21T10:00:00.000+08:00', servedOn: { servedOn: '2026-09-21', deemed: false } })
    t.clock.set('2026-09-18T15:00:00+08:00')
  })
})

describe('an agent who filed for the plaintiff', () => {
  it('receives the plaintiff’s documents with them, and nobody else’s', async () => {
    const agentCase = await acceptedCaseByAgent(t)
    await defendantConfirms(t, agentCase)
    const res = await issue(t, agentCase, { kind: 'evidence-notice', recipients: [0, 1] })
    expect(res.statusCode).toBe(201)
    const [toPlaintiff, toDefendant] = res.json().documents
    const inbox = (await get(t, '/service/inbox', 'd-li-chunsheng')).json()
    expect(inbox.documents.map((d: { id: string }) => d.id)).toEqual([toPlaintiff.id])
    expect((await get(t, `/service/documents/${toPlaintiff.id}`, 'd-li-chunsheng')).statusCode).toBe(200)
    expect((await get(t, `/service/documents/${toDefendant.id}`, 'd-li-chunsheng')).statusCode).toBe(403)
    const signed = await post(t, `/service/documents/${toPlaintiff.id}/sign`, 'd-li-chunsheng')
    expect(signed.json()).toMatchObject({ state: 'signed' })
    expect((await get(t, `/service/${agentCase}/proof`, 'd-li-chunsheng')).json().verified).toBe(true)
  })
})

/** The lawyer 李春生 files for 张桂兰; the case is accepted. */
async function acceptedCaseByAgent(t: TestApp): Promise<string> {
  const { wheatSaleComplaint } = await import('../fixtures')
  const headers = await t.as('d-li-chunsheng')
  const id = (await t.app.inject({ method: 'POST', url: '/api/v1/filings', headers, payload: { kind: 'civil-first', courtId: 'c-ergun' } })).json().id
  const poa = await upload('d-li-chunsheng', '授权委托书.pdf', PDF)
  const data = wheatSaleComplaint({
    agent: {
      kind: 'lawyer',
      name: '李春生',
      idNumber: '150721198507060037',
      mobile: '13614709876',
      licenceNo: '11507201510123456',
      powerOfAttorneyFileIds: [poa],
    },
  })
  const saved = await t.app.inject({ method: 'PUT', url: `/api/v1/filings/${id}/draft`, headers, payload: data })
  if (saved.statusCode !== 200) throw new Error(saved.body)
  const submitted = await t.app.inject({ method: 'POST', url: `/api/v1/filings/${id}/submit`, headers })
  if (submitted.statusCode !== 200) throw new Error(submitted.body)
  const accepted = await t.app.inject({
    method: 'POST',
    url: `/api/v1/review/filings/${id}/accept`,
    headers: await t.as('s-judge-wang'),
    payload: { procedure: 'simple', judgeId: 's-judge-wang' },
  })
  if (accepted.statusCode !== 200) throw new Error(accepted.body)
  return id
}
