import { createHash, createPublicKey, verify } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ReportView } from '../../../contract/metrics'
import { loadKeyRing } from '../../../server/signing'
import { makeApp, type TestApp } from '../helpers'
import { NOW, seedErgunYear } from './reportFixtures'
import { pdfText } from './reportPdfText'

const statement = (r: ReportView) => `metrics-report\n${r.id}\n${r.court.id}\n${r.month}\n${r.sha256}`

describe('《执行指挥中心监管通报》: POST, GET list and one, the signed PDF', () => {
  let t: TestApp
  let uploadDir: string
  let first: ReportView
  let pdf: Buffer
  const post = async (userId: string, body: object, key = 'report-key-0001') =>
    t.app.inject({ method: 'POST', url: '/api/v1/court/metrics/reports', headers: { ...(await t.as(userId)), 'idempotency-key': key }, payload: body })
  const get = async (userId: string, url: string) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: await t.as(userId) })
  const reportCount = async () =>
    Number(
      (
        await t.app.store.db
          .selectFrom('metric_reports')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )

  beforeAll(async () => {
    uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'metrics-report-'))
    t = await makeApp({ UPLOAD_DIR: uploadDir }, NOW)
    await seedErgunYear(t.app.store.db)
    const res = await post('s-judge-wang', { month: '2026-10' })
    expect(res.statusCode).toBe(200)
    first = res.json()
    const file = await t.app.inject({ method: 'GET', url: first.url as string })
    expect(file.statusCode).toBe(200)
    pdf = file.rawPayload
  }, 120_000)
  afterAll(async () => {
    await t.close()
    fs.rmSync(uploadDir, { recursive: true, force: true })
  })

  it('is a PDF with the title, the court, its period and 执结率 7/9 = 77.78%', async () => {
    expect(first).toMatchObject({
      court: { id: 'c-ergun', name: '额尔古纳市人民法院' },
      scope: 'court',
      month: '2026-10',
      title: '额尔古纳市人民法院执行指挥中心监管通报（2026年10月）',
      from: '2026-01-01',
      to: '2026-10-31',
      size: pdf.length,
      createdBy: expect.stringMatching(/[\u4e00-\u9fa5]/),
    })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const text = (await pdfText(pdf)).replace(/\s+/g, '')
    expect(text).toContain('执行指挥中心监管通报')
    expect(text).toContain('额尔古纳市人民法院')
    expect(text).toContain('2026年1月1日至2026年10月31日')
    expect(text).toMatch(/执结率77\.78%结案7件\/受理9件/)
    // 终本 1 of 1 with its checklist; 执行完毕 4 cases.
    expect(text).toContain('无财产可供执行案件终本合格率100.00%')
    expect(text).toContain('近十二个月趋势')
    expect(text).toContain('督办事项')
    // 东胜区's case is another court's.
    expect(text).not.toContain('内0602')
  }, 60_000)

  it('is stored with its SHA-256, and the server key signs it; one changed byte fails', () => {
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(first.sha256)
    const key = loadKeyRing(t.app.config.serviceSigning)
      .publicKeys()
      .find((k) => k.keyId === first.keyId)
    expect(key).toBeDefined()
    const publicKey = createPublicKey(key?.publicKey as string)
    const sig = Buffer.from(first.signature, 'base64url')
    expect(verify(null, Buffer.from(statement(first)), publicKey, sig)).toBe(true)
    const changed = Buffer.from(pdf)
    changed[Math.floor(changed.length / 2)] ^= 0x01
    const changedHash = createHash('sha256').update(changed).digest('hex')
    expect(verify(null, Buffer.from(statement({ ...first, sha256: changedHash })), publicKey, sig)).toBe(false)
  })

  it('a second POST with the same Idempotency-Key returns the same report and makes no other', async () => {
    const before = await reportCount()
    const again = await post('s-judge-wang', { month: '2026-10' })
    expect(again.statusCode).toBe(200)
    expect(again.json<ReportView>().id).toBe(first.id)
    expect(await reportCount()).toBe(before)
  })

  it('GET list and GET one: staff of the court and the intermediate court above it', async () => {
    for (const user of ['s-clerk-liu', 's-judge-hlbe']) {
      const list = await get(user, '/court/metrics/reports?courtId=c-ergun')
      expect(list.statusCode).toBe(200)
      expect(list.json<ReportView[]>().map((r) => r.id)).toEqual([first.id])
      const one = await get(user, `/court/metrics/reports/${first.id}`)
      expect(one.statusCode).toBe(200)
      expect(one.json<ReportView>()).toMatchObject({ id: first.id, sha256: first.sha256, url: expect.stringContaining('/reports/') })
      const file = await t.app.inject({ method: 'GET', url: one.json<ReportView>().url as string })
      expect(createHash('sha256').update(file.rawPayload).digest('hex')).toBe(first.sha256)
    }
  })

  it('the intermediate court generates a report on its basic court', async () => {
    const res = await post('s-judge-hlbe', { courtId: 'c-ergun', month: '2026-09' }, 'report-key-hlbe-1')
    expect(res.statusCode).toBe(200)
    expect(res.json<ReportView>()).toMatchObject({ court: { id: 'c-ergun' }, month: '2026-09', to: '2026-09-30' })
  }, 60_000)

  it.each([
    ['a litigant', 'd-zhang-guilan'],
    ['a mediator', 's-mediator-chen'],
    ['staff of another court', 's-judge-gao'],
  ])('%s: 403 on every route, and nothing is made', async (_label, user) => {
    const before = await reportCount()
    const made = await post(user, { courtId: 'c-ergun', month: '2026-10' }, `report-key-${user}`)
    expect(made.statusCode).toBe(403)
    expect(made.json().error.message).toMatch(/[\u4e00-\u9fa5]/)
    expect((await get(user, '/court/metrics/reports?courtId=c-ergun')).statusCode).toBe(403)
    expect((await get(user, `/court/metrics/reports/${first.id}`)).statusCode).toBe(403)
    expect(await reportCount()).toBe(before)
  })

  it('a link is for its user alone, and expires', async () => {
    const url = new URL(first.url as string, 'http://x')
    url.searchParams.set('u', 's-judge-gao')
    expect((await t.app.inject({ method: 'GET', url: `${url.pathname}${url.search}` })).statusCode).toBe(401)
    t.clock.set('2026-11-25T09:06:00+08:00')
    const expired = await t.app.inject({ method: 'GET', url: first.url as string })
    t.clock.set(NOW)
    expect(expired.statusCode).toBe(401)
    expect(expired.json().error.code).toBe('FILE_LINK_EXPIRED')
  })

  it.each([
    ['not a month', { month: '2026-13' }, 'month'],
    ['a month not yet begun', { month: '2027-01' }, 'month'],
    ['a day instead of a month', { month: '2026-10-01' }, 'month'],
  ])('%s: 400 with a code, the field and a Chinese message, nothing made', async (_label, body, field) => {
    const before = await reportCount()
    const res = await post('s-judge-wang', body, `report-key-bad-${body.month}`)
    expect(res.statusCode).toBe(400)
    const { error } = res.json()
    expect(error.code).toEqual(expect.any(String))
    expect(error.field).toBe(field)
    expect(error.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(await reportCount()).toBe(before)
  })

  it('an unknown report is 404 METRIC_REPORT_NOT_FOUND', async () => {
    const res = await get('s-judge-wang', '/court/metrics/reports/mr-nothing')
    expect(res.statusCode).toBe(404)
    expect(res.json().error.code).toBe('METRIC_REPORT_NOT_FOUND')
  })
})
