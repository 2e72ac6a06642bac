import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Writable } from 'node:stream'
import { buildApp } from '../../../server/app'
import { loadConfig } from '../../../server/config'
import { redactUrl } from '../../../server/plugins/security'
import { submittedFiling } from '../fixtures'
import { fakeWechat, fixedClock, freshStore, makeApp, type TestApp } from '../helpers'

let t: TestApp
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'court-links-'))
beforeAll(async () => {
  t = await makeApp({ UPLOAD_DIR: uploadDir })
}, 30_000)
afterAll(async () => {
  await t.close()
  fs.rmSync(uploadDir, { recursive: true, force: true })
})

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(500, 7)])
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(500, 32)])
// PNG magic followed by a page: served as an image, never as HTML.
const POLYGLOT = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('<html><script>alert(1)</script></html>')])

async function upload(who: string, filename: string, content: Buffer): Promise<{ id: string }> {
  const boundary = '----court' + Math.random().toString(16).slice(2)
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  const headers = { 'content-type': `multipart/form-data; boundary=${boundary}`, ...(await t.as(who)) }
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/files', headers, payload })
  expect(res.statusCode).toBe(201)
  return res.json()
}
const link = async (who: string, id: string) => t.app.inject({ method: 'POST', url: `/api/v1/files/${id}/link`, headers: await t.as(who) })

describe('signed file links', () => {
  let photo: { id: string }
  let contract: { id: string }
  beforeAll(async () => {
    photo = await upload('d-zhang-guilan', '收条.jpg', JPEG)
    contract = await upload('d-zhang-guilan', '合同.pdf', PDF)
    await submittedFiling(t, 'd-zhang-guilan', { evidence: [{ name: '收条和合同', proves: '交货和价款', fileIds: [photo.id, contract.id] }] })
  }, 30_000)

  it('open the file for five minutes without a token in the URL', async () => {
    const res = await link('s-judge-wang', photo.id)
    expect(res.statusCode).toBe(200)
    const { url, expiresAt } = res.json()
    expect(url).toMatch(new RegExp(`^/api/v1/files/${photo.id}\\?u=s-judge-wang&exp=\\d+&sig=[\\w-]{43}$`))
    expect(url).not.toMatch(/access_token|Bearer|ey[A-Za-z0-9]{10}/)
    expect(new Date(expiresAt).getTime() - t.clock.now().getTime()).toBe(5 * 60_000)
    const served = await t.app.inject({ method: 'GET', url })
    expect(served.statusCode).toBe(200)
    expect(served.rawPayload.equals(JPEG)).toBe(true)
    t.clock.set(new Date(t.clock.now().getTime() + 5 * 60_000).toISOString())
    const late = await t.app.inject({ method: 'GET', url })
    expect(late.statusCode).toBe(401)
    expect(late.json().error.code).toBe('FILE_LINK_EXPIRED')
  })

  it('are bound to the file and the user: changing either, or the expiry, breaks the signature', async () => {
    const { url } = (await link('s-judge-wang', photo.id)).json() as { url: string }
    const tries = [
      url.replace(photo.id, contract.id),
      url.replace('u=s-judge-wang', 'u=s-judge-zhao'),
      url.replace(/exp=(\d+)/, (_m, e: string) => `exp=${Number(e) + 3600}`),
      url.replace(/sig=[\w-]+/, 'sig=' + 'A'.repeat(43)),
      url.replace(/&sig=[\w-]+/, '&sig='),
    ]
    for (const tampered of tries) expect([tampered, (await t.app.inject({ method: 'GET', url: tampered })).statusCode]).toEqual([tampered, 401])
  })

  it('are given only for a file the user may read, and check again when opened', async () => {
    expect((await link('s-judge-gao', photo.id)).statusCode).toBe(403)
    expect((await link('d-li-chunsheng', photo.id)).statusCode).toBe(403)
    expect((await link('s-judge-wang', 'file-nope')).statusCode).toBe(404)
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/files/${photo.id}/link` })).statusCode).toBe(401)
    const { url } = (await link('s-judge-wang', photo.id)).json() as { url: string }
    await t.app.store.db.updateTable('users').set({ disabled_at: '2026-11-25T09:00:00+08:00' }).where('id', '=', 's-judge-wang').execute()
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401)
    await t.app.store.db.updateTable('users').set({ disabled_at: null }).where('id', '=', 's-judge-wang').execute()
  })

  it('no longer accept a token in the query string', async () => {
    const { authorization } = await t.as('s-judge-wang')
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/files/${photo.id}?access_token=${authorization.slice(7)}` })
    expect(res.statusCode).toBe(401)
  })
})

describe('how files are served', () => {
  it.each([
    ['a photo', 'image/jpeg', 'inline', 'a.jpg', JPEG],
    ['a PDF', 'application/pdf', 'inline', 'b.pdf', PDF],
    ['a PNG that is also a page', 'image/png', 'inline', 'c.png', POLYGLOT],
  ])('%s: as %s, %s, with nosniff and no caching', async (_label, mime, disposition, name, content) => {
    const { id } = await upload('d-zhang-guilan', name, content)
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/files/${id}`, headers: await t.as('d-zhang-guilan') })
    expect(res.headers).toMatchObject({
      'content-type': mime,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    })
    expect(String(res.headers['content-disposition'])).toBe(`${disposition}; filename*=UTF-8''${name}`)
    expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'")
  })

  it('downloads anything the app does not show in place', async () => {
    const { dispositionFor } = await import('../../../server/routes/api/v1/files')
    expect(dispositionFor('text/html', '页.html')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('页.html')}`)
    expect(dispositionFor('application/octet-stream', 'x')).toMatch(/^attachment;/)
  })
})

describe('logs', () => {
  it.each([
    ['a link signature', '/api/v1/files/f?u=s-1&exp=1&sig=abc_DEF-1', '/api/v1/files/f?u=s-1&exp=1&sig=[redacted]'],
    ['an old token parameter', '/api/v1/files/f?access_token=eyJ.x.y&a=1', '/api/v1/files/f?access_token=[redacted]&a=1'],
    ['a token first', '/x?token=abc', '/x?token=[redacted]'],
    ['nothing secret', '/api/v1/courts?a=1', '/api/v1/courts?a=1'],
  ])('redact %s from URLs', (_label, url, expected) => {
    expect(redactUrl(url)).toBe(expected)
  })

  it('never carry a signature or token that was in a request URL', async () => {
    const lines: string[] = []
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(chunk.toString())
        done()
      },
    })
    const store = await freshStore()
    const config = loadConfig({ NODE_ENV: 'test', STATIC_DIR: '/nonexistent', LOG_LEVEL: 'info', UPLOAD_DIR: uploadDir })
    const app = await buildApp({ config, clock: fixedClock('2026-11-25T09:00:00+08:00'), wechat: fakeWechat, store, logStream: stream })
    try {
      await app.inject({ method: 'GET', url: '/api/v1/files/file-x?u=s-judge-wang&exp=1&sig=SECRETSIG' })
      await app.inject({ method: 'GET', url: '/api/v1/files/file-x?access_token=SECRETTOKEN' })
      const log = lines.join('')
      expect(log).toContain('/api/v1/files/file-x?u=s-judge-wang&exp=1&sig=[redacted]')
      expect(log).toContain('access_token=[redacted]')
      expect(log).not.toMatch(/SECRETSIG|SECRETTOKEN/)
    } finally {
      await app.close()
      await store.drop()
    }
  }, 30_000)
})
