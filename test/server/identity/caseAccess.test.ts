import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { acceptedCase, submittedFiling, wheatSaleComplaint } from '../fixtures'
import { makeApp, type TestApp } from '../helpers'
import { ZHANG_SERVICE } from '../mediation/fixtures'

// A mediator stands to a case only through a mediation of it assigned to them; and a filing
// cites only files its author uploaded.
let t: TestApp
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'court-access-'))
const OTHER_MEDIATOR = 's-mediator-other'
beforeAll(async () => {
  t = await makeApp({ UPLOAD_DIR: uploadDir })
  await t.app.store.db
    .insertInto('users')
    .values({
      id: OTHER_MEDIATOR,
      role: 'mediator',
      court_id: 'c-ergun',
      account: 'mediator.other',
      password_hash: null,
      openid: null,
      display_name: '另一位调解员',
      real_name: null,
      id_number: null,
      mobile: null,
      address: null,
      real_name_status: 'none',
      demo: 0,
      created_at: '2026-11-25T09:00:00+08:00',
      updated_at: '2026-11-25T09:00:00+08:00',
    })
    .execute()
}, 60_000)
afterAll(async () => {
  await t.close()
  fs.rmSync(uploadDir, { recursive: true, force: true })
})

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(800, 7)])

async function upload(who: string, filename: string): Promise<{ id: string; name: string; size: number; sha256: string }> {
  const boundary = '----court' + Math.random().toString(16).slice(2)
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    // Each upload its own bytes, so its own hash.
    Buffer.concat([JPEG, Buffer.from(filename)]),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/files',
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, ...(await t.as(who)) },
    payload,
  })
  expect(res.statusCode).toBe(201)
  return res.json()
}
const call = async (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: await t.as(who), ...(payload ? { payload } : {}) })
const ok = async (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
  const res = await call(who, method, url, payload)
  if (res.statusCode >= 300) throw new Error(`${method} ${url} as ${who}: ${res.statusCode} ${res.body}`)
  return res.json()
}
/** What the person gets for the filing, its evidence file, and a link to that file. */
const reach = async (who: string, filingId: string, fileId: string) => [
  (await call(who, 'GET', `/filings/${filingId}`)).statusCode,
  (await call(who, 'GET', `/files/${fileId}`)).statusCode,
  (await call(who, 'POST', `/files/${fileId}/link`)).statusCode,
]

describe('a mediator and the cases of the court', () => {
  let caseId: string
  let photoId: string
  beforeAll(async () => {
    photoId = (await upload('d-zhang-guilan', '欠条.jpg')).id
    caseId = (await acceptedCase(t, { evidence: [{ name: '欠条', proves: '被告欠款86500元', fileIds: [photoId] }] })).id
  }, 30_000)

  it('cannot read a case of the court, its evidence or a link to it, without a mediation of it', async () => {
    expect(await reach('s-mediator-chen', caseId, photoId)).toEqual([403, 403, 403])
    const res = await call('s-mediator-chen', 'GET', `/filings/${caseId}`)
    expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/)
    // The court's judge still reads all of it.
    expect(await reach('s-judge-wang', caseId, photoId)).toEqual([200, 200, 200])
  })

  it('cannot read a filing only submitted to the court, nor one received for another court', async () => {
    const photo = await upload('d-zhang-guilan', '收条.jpg')
    const submitted = await submittedFiling(t, 'd-zhang-guilan', { evidence: [{ name: '收条', proves: '交货', fileIds: [photo.id] }] })
    const cross = await submittedFiling(t, 'd-zhang-guilan', { courtId: 'c-ergun', targetCourtId: 'c-dongsheng' })
    expect(await reach('s-mediator-chen', submitted.id, photo.id)).toEqual([403, 403, 403])
    expect((await call('s-mediator-chen', 'GET', `/filings/${cross.id}`)).statusCode).toBe(403)
  })

  it('reads the case and its evidence once a mediation of it is assigned to them, and no other mediator does', async () => {
    const m = await ok('d-zhang-guilan', 'POST', '/mediations', {
      stage: 'in-case',
      filingId: caseId,
      dispute: '案件审理中，双方愿意就小麦货款协商解决。',
      claim: '王建国分期支付货款',
      consent: true,
      service: ZHANG_SERVICE,
    })
    // The case judge would mediate; he declines, and the court assigns 陈德胜.
    await ok('s-judge-wang', 'POST', `/mediations/${m.id}/decline`, { reason: '本案承办法官另有庭审安排，请法院另行指定调解员。' })
    expect(await reach('s-mediator-chen', caseId, photoId)).toEqual([403, 403, 403])
    await ok('s-clerk-liu', 'POST', `/mediations/${m.id}/assign`, { mediatorId: 's-mediator-chen' })
    expect(await reach('s-mediator-chen', caseId, photoId)).toEqual([200, 200, 200])
    const { url } = (await call('s-mediator-chen', 'POST', `/files/${photoId}/link`)).json()
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(200)
    expect(await reach(OTHER_MEDIATOR, caseId, photoId)).toEqual([403, 403, 403])
    // Still no other case of the court.
    const other = await acceptedCase(t)
    expect((await call('s-mediator-chen', 'GET', `/filings/${other.id}`)).statusCode).toBe(403)
  })
})

describe('a draft citing files', () => {
  let draftId: string
  let mine: { id: string }
  let theirs: { id: string; name: string; size: number; sha256: string }
  beforeAll(async () => {
    draftId = (await ok('d-zhang-guilan', 'POST', '/filings', { kind: 'civil-first', courtId: 'c-ergun' })).id
    mine = await upload('d-zhang-guilan', '我的收条.jpg')
    theirs = await upload('d-wang-jianguo', '王建国的账本.jpg')
  }, 30_000)
  const stored = async () => await t.app.store.db.selectFrom('filings').select(['data_json', 'updated_at']).where('id', '=', draftId).executeTakeFirstOrThrow()
  const agent = { kind: 'relative' as const, name: '张小兰', idNumber: '150602197901220044', mobile: '13900000001' }

  it.each<[string, () => Parameters<typeof wheatSaleComplaint>[0], string]>([
    [
      'another user’s file among the evidence',
      () => ({ evidence: [{ name: '收条和账本', proves: '交货', fileIds: [mine.id, theirs.id] }] }),
      'evidence[0].fileIds[1]',
    ],
    [
      'a file id nobody uploaded',
      () => ({
        evidence: [
          { name: '收条', proves: '交货', fileIds: [mine.id] },
          { name: '照片', proves: '交货', fileIds: ['file-none'] },
        ],
      }),
      'evidence[1].fileIds[0]',
    ],
    ['another user’s file as the power of attorney', () => ({ agent: { ...agent, powerOfAttorneyFileIds: [theirs.id] } }), 'agent.powerOfAttorneyFileIds[0]'],
    [
      'another user’s file as proof for fee relief',
      () => ({ feeRelief: { type: 'defer', reason: '家庭困难', fileIds: [mine.id, theirs.id] } }),
      'feeRelief.fileIds[1]',
    ],
  ])('refuses %s with the field that cites it, and stores nothing', async (_label, patch, field) => {
    const before = await stored()
    const res = await call('d-zhang-guilan', 'PUT', `/filings/${draftId}/draft`, wheatSaleComplaint(patch()))
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code: 'FILING_FILE_UNKNOWN', field })
    expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(await stored()).toEqual(before)
  })

  it('takes the filer’s own files and shows their name, size and hash', async () => {
    const saved = await ok(
      'd-zhang-guilan',
      'PUT',
      `/filings/${draftId}/draft`,
      wheatSaleComplaint({ evidence: [{ name: '收条', proves: '交货', fileIds: [mine.id] }] }),
    )
    expect(saved).toMatchObject({ id: draftId, status: 'draft' })
    const view = await ok('d-zhang-guilan', 'GET', `/filings/${draftId}`)
    expect(view.files.map((f: { id: string }) => f.id)).toEqual([mine.id])
  })

  it('never shows the name, size or hash of another user’s file, even in a draft stored before the check', async () => {
    const data = wheatSaleComplaint({ evidence: [{ name: '账本', proves: '交货', fileIds: [mine.id, theirs.id] }] })
    await t.app.store.db
      .updateTable('filings')
      .set({ data_json: JSON.stringify(data) })
      .where('id', '=', draftId)
      .execute()
    const view = await call('d-zhang-guilan', 'GET', `/filings/${draftId}`)
    expect(view.statusCode).toBe(200)
    expect(view.json().files.map((f: { id: string }) => f.id)).toEqual([mine.id])
    expect(view.body).not.toContain(theirs.sha256)
    expect(view.body).not.toContain(theirs.name)
    // Nor can it be submitted.
    const submit = await call('d-zhang-guilan', 'POST', `/filings/${draftId}/submit`)
    expect(submit.json().error).toMatchObject({ code: 'FILING_FILE_UNKNOWN', field: 'evidence[0].fileIds[1]' })
  })
})
