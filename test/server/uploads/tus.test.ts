import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { makeApp, type TestApp } from '../helpers'

let t: TestApp
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'court-tus-'))
let zhang: Record<string, string>
let wang: Record<string, string>
beforeAll(async () => {
  t = await makeApp({ UPLOAD_DIR: uploadDir })
  zhang = await t.as('d-zhang-guilan')
  wang = await t.as('d-wang-jianguo')
}, 120_000)
afterAll(async () => {
  await t.close()
  fs.rmSync(uploadDir, { recursive: true, force: true })
})

const TUS = { 'tus-resumable': '1.0.0' }
const b64 = (s: string) => Buffer.from(s).toString('base64')
/** A photo as the server judges it: JPEG magic bytes, then varied content. */
const photo = (size: number) => {
  const b = Buffer.alloc(size)
  for (let i = 0; i < size; i++) b[i] = (i * 7919) % 251
  b.set([0xff, 0xd8, 0xff, 0xe0])
  return b
}
const tusFiles = () => (fs.existsSync(path.join(uploadDir, 'tus')) ? fs.readdirSync(path.join(uploadDir, 'tus')) : [])
const stored = () => fs.readdirSync(path.join(uploadDir, 'files'))
const filesNamed = async (id: string) =>
  Number(
    (
      await t.app.store.db
        .selectFrom('files')
        .select((e) => e.fn.countAll().as('n'))
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).n,
  )

async function create(who: Record<string, string>, length: number, metadata = `filename ${b64('欠条照片.jpg')}`) {
  return t.app.inject({ method: 'POST', url: '/api/v1/uploads', headers: { ...who, ...TUS, 'upload-length': String(length), 'upload-metadata': metadata } })
}
const patch = (who: Record<string, string>, url: string, offset: number, bytes: Buffer) =>
  t.app.inject({
    method: 'PATCH',
    url,
    headers: { ...who, ...TUS, 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' },
    payload: bytes,
  })
const head = (who: Record<string, string>, url: string) => t.app.inject({ method: 'HEAD', url, headers: { ...who, ...TUS } })

describe('resumable uploads (tus)', () => {
  it('creates an upload, takes chunks from the acknowledged offset, and ends as one ordinary file record', async () => {
    const bytes = photo(600 * 1024)
    const created = await create(zhang, bytes.length)
    expect(created.statusCode).toBe(201)
    const url = created.headers.location as string
    expect(url).toMatch(/^\/api\/v1\/uploads\/[0-9a-f-]{36}$/)
    expect(created.headers['tus-resumable']).toBe('1.0.0')
    // Security headers are on tus replies like on every other.
    expect(created.headers['x-content-type-options']).toBe('nosniff')

    const first = await patch(zhang, url, 0, bytes.subarray(0, 256 * 1024))
    expect(first.statusCode).toBe(204)
    expect(first.headers['upload-offset']).toBe(String(256 * 1024))
    // A chunk cut short by a dropped signal: what arrived counts, and HEAD says so.
    await patch(zhang, url, 256 * 1024, bytes.subarray(256 * 1024, 300 * 1024))
    const resumed = await head(zhang, url)
    expect(resumed.statusCode).toBe(200)
    expect(resumed.headers['upload-offset']).toBe(String(300 * 1024))
    expect(resumed.headers['upload-length']).toBe(String(bytes.length))

    const last = await patch(zhang, url, 300 * 1024, bytes.subarray(300 * 1024))
    expect(last.statusCode).toBe(200)
    const info = last.json()
    expect(info).toMatchObject({ name: '欠条照片.jpg', mime: 'image/jpeg', size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') })
    expect(info.id).toBe(`file-${url.split('/').pop()}`)
    expect(fs.readFileSync(path.join(uploadDir, 'files', info.sha256)).equals(bytes)).toBe(true)
    expect(tusFiles()).toEqual([])

    // Finishing again (a lost reply, a resumed client) names the same single file.
    const again = await head(zhang, url)
    expect(again.headers['upload-offset']).toBe(String(bytes.length))
    expect((await patch(zhang, url, 300 * 1024, bytes.subarray(300 * 1024))).json().id).toBe(info.id)
    const named = await t.app.inject({ method: 'GET', url, headers: zhang })
    expect(named.json()).toEqual(info)
    expect(await filesNamed(info.id)).toBe(1)
    expect(stored().filter((n) => n === info.sha256)).toHaveLength(1)

    // The file is the user's like a one-piece upload: attachable, readable by its owner.
    const read = await t.app.inject({ method: 'GET', url: `/api/v1/files/${info.id}`, headers: zhang })
    expect(read.statusCode).toBe(200)
    expect(read.rawPayload.equals(bytes)).toBe(true)
  })

  it('refuses a chunk sent from the wrong offset in Chinese, and keeps what arrived', async () => {
    const url = (await create(zhang, 1000)).headers.location as string
    await patch(zhang, url, 0, photo(400))
    const wrong = await patch(zhang, url, 100, photo(400))
    expect(wrong.statusCode).toBe(409)
    expect(wrong.json().error).toMatchObject({ code: 'UPLOAD_OFFSET_MISMATCH' })
    expect(wrong.json().error.message).toMatch(/[\u4e00-\u9fff]/)
    expect((await head(zhang, url)).headers['upload-offset']).toBe('400')
    expect((await t.app.inject({ method: 'DELETE', url, headers: { ...zhang, ...TUS } })).statusCode).toBe(204)
  })

  it('runs the evidence checks on the assembled file and leaves nothing when they fail', async () => {
    const before = stored().length
    const fake = Buffer.concat([Buffer.from('MZ\x90\x00 a program, not a photo'), Buffer.alloc(300 * 1024, 3)])
    const url = (await create(zhang, fake.length)).headers.location as string
    expect((await patch(zhang, url, 0, fake.subarray(0, 256 * 1024))).statusCode).toBe(204)
    const last = await patch(zhang, url, 256 * 1024, fake.subarray(256 * 1024))
    expect(last.statusCode).toBe(400)
    expect(last.json().error).toEqual({ code: 'FILE_TYPE_NOT_ALLOWED', message: expect.stringContaining('只能上传照片'), field: 'file' })
    expect(stored().length).toBe(before)
    expect(tusFiles()).toEqual([])
    expect((await head(zhang, url)).statusCode).toBe(404)
  })

  it('refuses an upload over 20 MB before any byte is sent', async () => {
    const res = await create(zhang, 20 * 1024 * 1024 + 1)
    expect(res.statusCode).toBe(413)
    expect(res.json().error).toMatchObject({ code: 'FILE_TOO_LARGE', field: 'file' })
    expect(tusFiles()).toEqual([])
  })

  it('binds an upload to the user who made it: nobody else can see, feed or end it', async () => {
    // Whatever the client claims in the metadata, the owner is who signed in.
    const url = (await create(zhang, 2000, `filename ${b64('a.jpg')},owner ${b64('d-wang-jianguo')}`)).headers.location as string
    await patch(zhang, url, 0, photo(500))
    expect((await head(wang, url)).statusCode).toBe(404)
    const theirs = await patch(wang, url, 500, photo(500))
    expect(theirs.statusCode).toBe(404)
    expect(theirs.json().error.code).toBe('UPLOAD_NOT_FOUND')
    expect((await t.app.inject({ method: 'DELETE', url, headers: { ...wang, ...TUS } })).statusCode).toBe(404)
    expect((await t.app.inject({ method: 'GET', url, headers: wang })).statusCode).toBe(404)
    expect((await head(zhang, url)).headers['upload-offset']).toBe('500')
    // Signed out: nothing at all.
    expect((await t.app.inject({ method: 'HEAD', url, headers: TUS })).statusCode).toBe(401)
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/uploads', headers: { ...TUS, 'upload-length': '10' } })).statusCode).toBe(401)
    // Wang's own upload of the finished kind is his only.
    const mine = photo(1000)
    const wangUrl = (await create(wang, mine.length)).headers.location as string
    const done = (await patch(wang, wangUrl, 0, mine)).json()
    expect((await t.app.inject({ method: 'GET', url: wangUrl, headers: zhang })).statusCode).toBe(404)
    expect((await head(zhang, wangUrl)).statusCode).toBe(404)
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/files/${done.id}`, headers: zhang })).statusCode).toBe(403)
    expect((await t.app.inject({ method: 'DELETE', url, headers: { ...zhang, ...TUS } })).statusCode).toBe(204)
  })

  it('cancels an unfinished upload on DELETE and keeps nothing of it', async () => {
    const url = (await create(zhang, 5000)).headers.location as string
    await patch(zhang, url, 0, photo(1000))
    const res = await t.app.inject({ method: 'DELETE', url, headers: { ...zhang, ...TUS } })
    expect(res.statusCode).toBe(204)
    expect(tusFiles()).toEqual([])
    expect((await head(zhang, url)).statusCode).toBe(404)
  })

  it('removes uploads left unfinished for a day, and only those', async () => {
    const url = (await create(zhang, 5000)).headers.location as string
    await patch(zhang, url, 0, photo(1000))
    expect(tusFiles()).toHaveLength(2)
    expect((await t.app.services.uploads.sweepExpired(Date.now() + 3600_000)).removed).toEqual([])
    const { removed } = await t.app.services.uploads.sweepExpired(Date.now() + 25 * 3600_000)
    expect(removed.sort()).toEqual([`tus/${url.split('/').pop()}`, `tus/${url.split('/').pop()}.json`].sort())
    expect(tusFiles()).toEqual([])
  })

  it('takes a chunk sent as POST with X-HTTP-Method-Override: PATCH, as the mini-program sends it', async () => {
    const bytes = photo(3000)
    const url = (await create(zhang, bytes.length)).headers.location as string
    const chunk = (offset: number, part: Buffer) =>
      t.app.inject({
        method: 'POST',
        url,
        headers: { ...zhang, ...TUS, 'x-http-method-override': 'PATCH', 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' },
        payload: part,
      })
    expect((await chunk(0, bytes.subarray(0, 1000))).headers['upload-offset']).toBe('1000')
    const done = await chunk(1000, bytes.subarray(1000))
    expect(done.statusCode).toBe(200)
    expect(done.json().sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
    // Someone else's override is refused like their PATCH.
    expect((await t.app.inject({ method: 'POST', url, headers: { ...wang, ...TUS, 'x-http-method-override': 'PATCH' } })).statusCode).toBe(404)
  })

  it('answers a request without the tus header in the Chinese envelope', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/uploads', headers: { ...zhang, 'upload-length': '10' } })
    expect(res.statusCode).toBe(400)
    expect(res.json().error.message).toMatch(/[\u4e00-\u9fff]/)
  })
})
