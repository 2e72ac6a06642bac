import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { makeApp, type TestApp } from '../helpers'
import { submittedFiling } from '../fixtures'

let t: TestApp
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'court-uploads-'))
beforeAll(async () => {
  t = await makeApp({ UPLOAD_DIR: uploadDir })
})
afterAll(async () => {
  await t.close()
  fs.rmSync(uploadDir, { recursive: true, force: true })
})

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7)])
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3000, 32)])

function multipart(filename: string, content: Buffer) {
  const boundary = '----court' + Math.random().toString(16).slice(2)
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  )
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
  return { payload: Buffer.concat([head, content, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}

async function upload(who: string, filename: string, content: Buffer) {
  const { payload, headers } = multipart(filename, content)
  return t.app.inject({ method: 'POST', url: '/api/v1/files', headers: { ...headers, ...(await t.as(who)) }, payload })
}

const stored = () => fs.readdirSync(path.join(uploadDir, 'files')).length
const leftovers = () => (fs.existsSync(path.join(uploadDir, 'tmp')) ? fs.readdirSync(path.join(uploadDir, 'tmp')).length : 0)

describe('evidence uploads', () => {
  it('stores a photo under the SHA-256 of its content', async () => {
    const res = await upload('d-zhang-guilan', '收条.jpg', JPEG)
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ name: '收条.jpg', mime: 'image/jpeg', size: JPEG.length })
    expect(res.json().sha256).toBe(require('node:crypto').createHash('sha256').update(JPEG).digest('hex'))
    expect(fs.readdirSync(path.join(uploadDir, 'files'))).toContain(res.json().sha256)
  })

  it('judges a PDF by its content', async () => {
    const res = await upload('d-zhang-guilan', '合同.pdf', PDF)
    expect(res.json().mime).toBe('application/pdf')
  })

  it('refuses a file with a forged extension and keeps nothing', async () => {
    const before = stored()
    const res = await upload('d-zhang-guilan', '照片.jpg', Buffer.from('MZ\x90\x00 this is a program, not a photo'))
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED', field: 'file' })
    expect(stored()).toBe(before)
    expect(leftovers()).toBe(0)
  })

  it('refuses a file over 20 MB and leaves no partial file behind', async () => {
    const before = stored()
    const big = Buffer.concat([JPEG, Buffer.alloc(20 * 1024 * 1024, 1)])
    const res = await upload('d-zhang-guilan', '大照片.jpg', big)
    expect(res.statusCode).toBe(413)
    expect(res.json().error.code).toBe('FILE_TOO_LARGE')
    expect(stored()).toBe(before)
    expect(leftovers()).toBe(0)
  })

  it('needs a signed-in user', async () => {
    const { payload, headers } = multipart('a.jpg', JPEG)
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/files', headers, payload })
    expect(res.statusCode).toBe(401)
  })

  it('lets the owner and the court read a file attached to a filing, and nobody else', async () => {
    const file = (await upload('d-zhang-guilan', '欠条.jpg', JPEG)).json()
    const read = async (who: string) => t.app.inject({ method: 'GET', url: `/api/v1/files/${file.id}`, headers: await t.as(who) })
    expect((await read('d-zhang-guilan')).statusCode).toBe(200)
    expect((await read('s-judge-wang')).statusCode).toBe(403)
    await submittedFiling(t, 'd-zhang-guilan', { evidence: [{ name: '欠条', proves: '被告欠款86500元', fileIds: [file.id] }] })
    const judge = await read('s-judge-wang')
    expect(judge.statusCode).toBe(200)
    expect(judge.headers['content-type']).toBe('image/jpeg')
    expect(judge.rawPayload.equals(JPEG)).toBe(true)
    expect((await read('s-judge-gao')).statusCode).toBe(403)
    expect((await read('d-li-chunsheng')).statusCode).toBe(403)
  })

  it("refuses to submit a filing that attaches someone else's file", async () => {
    const theirs = (await upload('d-wang-jianguo', '别人的.jpg', JPEG)).json()
    await expect(submittedFiling(t, 'd-zhang-guilan', { evidence: [{ name: '照片', proves: '证明交货', fileIds: [theirs.id] }] })).rejects.toThrow(
      /FILING_FILE_UNKNOWN/,
    )
  })
})
