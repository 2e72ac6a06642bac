import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { submittedFiling } from '../fixtures'
import { makeApp, type TestApp } from '../helpers'

// 实名核验: a party sends ID card photos, a clerk of a court the person relates to verifies or
// rejects them, and only then does the case naming the person's ID number become theirs.
let t: TestApp
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'court-realname-'))
const NEW_ID = '150784199001011238'
const SECOND = 'd-second-user'
const SECOND_ID = '150784198511204561'
const STRANGER = 'd-stranger'
let filingId: string

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(600, 3)])
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(300, 32)])

async function upload(who: string, name: string, bytes: Buffer = JPEG): Promise<string> {
  const boundary = '----court' + Math.random().toString(16).slice(2)
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    Buffer.concat([bytes, Buffer.from(name + who)]),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/files',
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, ...(await t.as(who)) },
    payload,
  })
  expect(res.statusCode).toBe(201)
  return res.json().id as string
}
const call = async (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: await t.as(who), ...(payload ? { payload } : {}) })
const ok = async (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
  const res = await call(who, method, url, payload)
  if (res.statusCode >= 300) throw new Error(`${method} ${url} as ${who}: ${res.statusCode} ${res.body}`)
  return res.json()
}
const status = async (who: string) => (await ok(who, 'GET', '/me')).realNameStatus as string
const audits = async (userId: string) => (await t.app.services.repos.audit.forSubject(`user:${userId}`)).map((a) => a.action)

beforeAll(async () => {
  t = await makeApp({ UPLOAD_DIR: uploadDir })
  const base = { account: null, password_hash: null, openid: null, real_name: null, id_number: null, mobile: null, address: null, demo: 0 }
  const at = { created_at: '2026-11-25T09:00:00+08:00', updated_at: '2026-11-25T09:00:00+08:00' }
  for (const id of [SECOND, STRANGER]) {
    await t.app.store.db
      .insertInto('users')
      .values({ ...base, ...at, id, role: 'litigant', court_id: null, display_name: id, real_name_status: 'none' })
      .execute()
  }
  // 张桂兰 sues the new user (by ID number) and the second one at 额尔古纳; the stranger is in no case.
  const filing = await submittedFiling(t, 'd-zhang-guilan', {
    parties: [
      { side: 'plaintiff', type: 'person', name: '张桂兰', idNumber: '150784196803120029', mobile: '13904701234', address: '额尔古纳市拉布大林街道团结村' },
      { side: 'defendant', type: 'person', name: '李明', idNumber: NEW_ID, mobile: '13904700001', address: '额尔古纳市黑山头镇' },
      { side: 'defendant', type: 'person', name: '周红', idNumber: SECOND_ID, mobile: '13904700002', address: '额尔古纳市恩和乡' },
    ],
  })
  filingId = filing.id
}, 60_000)
afterAll(async () => {
  await t.close()
  fs.rmSync(uploadDir, { recursive: true, force: true })
})

describe('the party sends ID card photos', () => {
  it('is asked for the name and ID number first', async () => {
    const front = await upload('d-new-user', '正面.jpg')
    const back = await upload('d-new-user', '反面.jpg')
    const res = await call('d-new-user', 'POST', '/me/id-card', { frontFileId: front, backFileId: back })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code: 'ID_CARD_PROFILE_MISSING' })
    expect(await status('d-new-user')).toBe('none')
  })

  it('refuses another person’s photo, an unknown id, a PDF and the same photo twice, changing nothing', async () => {
    await ok('d-new-user', 'PUT', '/me/profile', { realName: '李明', idNumber: NEW_ID })
    const mine = await upload('d-new-user', '正面.jpg')
    const theirs = await upload('d-zhang-guilan', '别人的.jpg')
    const pdf = await upload('d-new-user', '扫描.pdf', PDF)
    const cases: Array<[object, string, string]> = [
      [{ frontFileId: mine, backFileId: theirs }, 'ID_CARD_FILE_UNKNOWN', 'backFileId'],
      [{ frontFileId: 'file-nope', backFileId: mine }, 'ID_CARD_FILE_UNKNOWN', 'frontFileId'],
      [{ frontFileId: mine, backFileId: pdf }, 'ID_CARD_NOT_IMAGE', 'backFileId'],
      [{ frontFileId: mine, backFileId: mine }, 'ID_CARD_SAME_PHOTO', 'backFileId'],
    ]
    for (const [body, code, field] of cases) {
      const res = await call('d-new-user', 'POST', '/me/id-card', body)
      expect(res.statusCode).toBe(400)
      expect(res.json().error).toMatchObject({ code, field })
      expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/)
    }
    expect((await ok('d-new-user', 'GET', '/me')).idCard).toBeNull()
    expect(await ok('s-clerk-liu', 'GET', '/identity-reviews')).toEqual({ items: [], nextCursor: null })
  })

  it('takes two photos of their own: submitted, and the profile shows which photos were sent', async () => {
    const front = await upload('d-new-user', '正面.jpg')
    const back = await upload('d-new-user', '反面.jpg')
    const p = await ok('d-new-user', 'POST', '/me/id-card', { frontFileId: front, backFileId: back })
    expect(p).toMatchObject({ realNameStatus: 'submitted', rejectReason: null, idCard: { front: true, back: true, holding: false, decidedAt: null } })
    expect(JSON.stringify(p)).not.toContain(front)
  })

  it('is only for litigants and agents', async () => {
    const res = await call('s-clerk-liu', 'POST', '/me/id-card', { frontFileId: 'a', backFileId: 'b' })
    expect(res.statusCode).toBe(403)
  })
})

describe('who may review', () => {
  it('refuses litigants and mediators with 403', async () => {
    for (const who of ['d-zhang-guilan', 's-mediator-chen']) {
      expect((await call(who, 'GET', '/identity-reviews')).statusCode).toBe(403)
      expect((await call(who, 'GET', '/identity-reviews/d-new-user')).statusCode).toBe(403)
      expect((await call(who, 'POST', '/identity-reviews/d-new-user/verify')).statusCode).toBe(403)
      expect((await call(who, 'POST', '/identity-reviews/d-new-user/reject', { reason: '照片看不清' })).statusCode).toBe(403)
    }
    expect(await status('d-new-user')).toBe('submitted')
  })

  it('answers staff of an unrelated court with an empty queue and 404s, and no photo link', async () => {
    expect(await ok('s-judge-gao', 'GET', '/identity-reviews')).toEqual({ items: [], nextCursor: null })
    for (const [m, url] of [
      ['GET', '/identity-reviews/d-new-user'],
      ['POST', '/identity-reviews/d-new-user/verify'],
    ] as const) {
      const res = await call('s-judge-gao', m, url)
      expect(res.statusCode).toBe(404)
      expect(res.json().error.code).toBe('IDENTITY_REVIEW_NOT_FOUND')
    }
    const card = await t.app.services.repos.idCards.byUser('d-new-user')
    expect((await call('s-judge-gao', 'POST', `/files/${card!.front_file_id}/link`)).statusCode).toBe(403)
    expect(await status('d-new-user')).toBe('submitted')
  })

  it('answers a person unrelated to the court with 404, for a clerk too', async () => {
    const res = await call('s-clerk-liu', 'GET', `/identity-reviews/${STRANGER}`)
    expect(res.statusCode).toBe(404)
    expect((await call('s-clerk-liu', 'GET', '/identity-reviews/nobody')).statusCode).toBe(404)
  })

  it('shows the clerk of the court the person, full number and photos through working short-lived links', async () => {
    const queue = await ok('s-clerk-liu', 'GET', '/identity-reviews')
    expect(queue.items).toEqual([expect.objectContaining({ userId: 'd-new-user', realName: '李明', idNumberMasked: '150784********1238' })])
    const r = await ok('s-clerk-liu', 'GET', '/identity-reviews/d-new-user')
    expect(r).toMatchObject({ realName: '李明', idNumber: NEW_ID, birthDate: '1990-01-01', sex: 'male', realNameStatus: 'submitted' })
    const photo = await t.app.inject({ method: 'GET', url: r.photos.front.url })
    expect(photo.statusCode).toBe(200)
    expect(photo.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]))
    expect(r.photos.holding).toBeNull()
  })
})

describe('decisions', () => {
  it('needs a reason to reject, and changes nothing without one', async () => {
    for (const reason of ['', '  ', '是']) {
      const res = await call('s-clerk-liu', 'POST', '/identity-reviews/d-new-user/reject', { reason })
      expect(res.statusCode).toBe(400)
      expect(res.json().error).toMatchObject({ code: 'IDENTITY_REASON_REQUIRED', field: 'reason' })
    }
    expect(await status('d-new-user')).toBe('submitted')
  })

  it('rejects with a reason the party sees; the person leaves the queue and is still nobody’s party', async () => {
    const r = await ok('s-clerk-liu', 'POST', '/identity-reviews/d-new-user/reject', { reason: '身份证照片看不清，请在光线好的地方重新拍摄' })
    expect(r).toMatchObject({ realNameStatus: 'rejected', rejectReason: '身份证照片看不清，请在光线好的地方重新拍摄', decidedBy: '刘芳（书记员）' })
    expect(await ok('d-new-user', 'GET', '/me')).toMatchObject({ realNameStatus: 'rejected', rejectReason: '身份证照片看不清，请在光线好的地方重新拍摄' })
    expect((await ok('s-clerk-liu', 'GET', '/identity-reviews')).items).toEqual([])
    expect((await call('d-new-user', 'GET', `/filings/${filingId}`)).statusCode).toBe(403)
  })

  it('puts a rejected person back in the queue when they correct the profile', async () => {
    const p = await ok('d-new-user', 'PUT', '/me/profile', { realName: '李明', idNumber: NEW_ID, address: '额尔古纳市黑山头镇' })
    expect(p).toMatchObject({ realNameStatus: 'submitted', rejectReason: null, idCard: { front: true, back: true, decidedAt: null } })
    expect((await ok('s-clerk-liu', 'GET', '/identity-reviews')).items.map((i: { userId: string }) => i.userId)).toEqual(['d-new-user'])
  })

  it('can verify a rejected person; verifying twice changes nothing more', async () => {
    await ok('s-clerk-liu', 'POST', '/identity-reviews/d-new-user/reject', { reason: '请补拍国徽面' })
    const first = await ok('s-clerk-liu', 'POST', '/identity-reviews/d-new-user/verify')
    expect(first).toMatchObject({ realNameStatus: 'verified', rejectReason: null })
    const second = await ok('s-judge-wang', 'POST', '/identity-reviews/d-new-user/verify')
    expect(second).toMatchObject({ realNameStatus: 'verified', decidedBy: '刘芳（书记员）', decidedAt: first.decidedAt })
    expect((await audits('d-new-user')).filter((a) => a === 'identity.verified')).toHaveLength(1)
    expect(await audits('d-new-user')).toEqual(expect.arrayContaining(['identity.photos-submitted', 'identity.rejected', 'identity.verified']))
  })

  it('lets the verified party see the case naming their ID number', async () => {
    const res = await call('d-new-user', 'GET', `/filings/${filingId}`)
    expect(res.statusCode).toBe(200)
  })

  it('does not take back a verified identity, and a verified party sends no new photos', async () => {
    const res = await call('s-clerk-liu', 'POST', '/identity-reviews/d-new-user/reject', { reason: '照片看不清' })
    expect(res.statusCode).toBe(409)
    expect(res.json().error.code).toBe('IDENTITY_ALREADY_VERIFIED')
    const again = await call('d-new-user', 'POST', '/me/id-card', { frontFileId: 'x', backFileId: 'y' })
    expect(again.statusCode).toBe(409)
    expect(await status('d-new-user')).toBe('verified')
  })

  it('cannot verify someone who sent no photos', async () => {
    await ok(SECOND, 'PUT', '/me/profile', { realName: '周红', idNumber: SECOND_ID })
    const res = await call('s-clerk-liu', 'POST', `/identity-reviews/${SECOND}/verify`)
    expect(res.statusCode).toBe(409)
    expect(res.json().error.code).toBe('IDENTITY_NO_PHOTOS')
    expect(await status(SECOND)).toBe('submitted')
  })
})

describe('the queue pages', () => {
  it('pages with a cursor, oldest first, and refuses a bad cursor or limit', async () => {
    // A verified person who changes their name goes back to the queue with the same photos.
    await ok('d-new-user', 'PUT', '/me/profile', { realName: '李明明', idNumber: NEW_ID })
    t.clock.set('2026-11-25T10:00:00+08:00')
    await ok(SECOND, 'POST', '/me/id-card', { frontFileId: await upload(SECOND, 'a.jpg'), backFileId: await upload(SECOND, 'b.jpg') })
    const page1 = await ok('s-clerk-liu', 'GET', '/identity-reviews?limit=1')
    expect(page1.items.map((i: { userId: string }) => i.userId)).toEqual(['d-new-user'])
    expect(page1.items[0].reviewReason).toBe('name')
    expect(page1.nextCursor).toEqual(expect.any(String))
    const page2 = await ok('s-clerk-liu', 'GET', `/identity-reviews?limit=1&cursor=${encodeURIComponent(page1.nextCursor)}`)
    expect(page2).toEqual({ items: [expect.objectContaining({ userId: SECOND })], nextCursor: null })
    expect((await ok('s-clerk-liu', 'GET', '/identity-reviews')).items).toHaveLength(2)
    const bad = await call('s-clerk-liu', 'GET', '/identity-reviews?cursor=not-a-cursor')
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error).toMatchObject({ code: 'IDENTITY_CURSOR_INVALID', field: 'cursor' })
    expect((await call('s-clerk-liu', 'GET', '/identity-reviews?limit=101')).statusCode).toBe(400)
    expect((await call('s-clerk-liu', 'GET', '/identity-reviews?limit=0')).statusCode).toBe(400)
  })
})
