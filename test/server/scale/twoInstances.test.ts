import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { freshStore, makeApp, type TestApp } from '../helpers'
import { startS3, type LocalS3 } from './services'

/**
 * Two API processes behind one balancer: one database, one bucket, each its own UPLOAD_DIR (no
 * shared disk). What one stores, the other serves, checked against the recorded hash.
 */
let s3: LocalS3
let store: Awaited<ReturnType<typeof freshStore>>
let a: TestApp
let b: TestApp
const dirs = [0, 1].map(() => fs.mkdtempSync(path.join(os.tmpdir(), 'court-instance-')))
beforeAll(async () => {
  s3 = await startS3()
  store = await freshStore()
  a = await makeApp({ ...s3.env, UPLOAD_DIR: dirs[0] }, undefined, store)
  b = await makeApp({ ...s3.env, UPLOAD_DIR: dirs[1] }, undefined, store)
}, 120_000)
afterAll(async () => {
  await a?.close()
  await b?.close()
  await store?.drop()
  await s3?.stop()
  dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true }))
}, 120_000)

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(`两台服务器 ${Date.now()}`), Buffer.alloc(4000, 9)])
const sha = (x: Buffer) => createHash('sha256').update(x).digest('hex')
const TUS = { 'tus-resumable': '1.0.0' }

function multipart(filename: string, content: Buffer) {
  const boundary = '----court' + Math.random().toString(16).slice(2)
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: image/jpeg\r\n\r\n`)
  return {
    payload: Buffer.concat([head, content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  }
}
/** Files on either process's own disk: with STORAGE=s3 the bytes must not stay there. */
const onDisk = () => dirs.flatMap((d) => (fs.existsSync(path.join(d, 'files')) ? fs.readdirSync(path.join(d, 'files')) : []))

describe('two app instances on one database and one bucket', () => {
  it('serve through one process the evidence uploaded through the other, byte for byte', async () => {
    const { payload, headers } = multipart('转账记录.jpg', JPEG)
    const up = await a.app.inject({ method: 'POST', url: '/api/v1/files', headers: { ...headers, ...(await a.as('d-zhang-guilan')) }, payload })
    expect(up.statusCode).toBe(201)
    expect(up.json().sha256).toBe(sha(JPEG))
    const read = await b.app.inject({ method: 'GET', url: `/api/v1/files/${up.json().id}`, headers: await b.as('d-zhang-guilan') })
    expect(read.statusCode).toBe(200)
    expect(read.headers['content-type']).toBe('image/jpeg')
    expect(read.rawPayload.equals(JPEG)).toBe(true)
    // Who may not see it through one process may not through the other either.
    const stranger = await b.app.inject({ method: 'GET', url: `/api/v1/files/${up.json().id}`, headers: await b.as('d-wang-jianguo') })
    expect(stranger.statusCode).toBe(403)
    expect(onDisk()).toEqual([])
  })

  it('finish a resumable upload begun through one process into a file the other serves', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(300 * 1024, 3), Buffer.from(String(Math.random()))])
    const zhangA = await a.as('d-zhang-guilan')
    const created = await a.app.inject({
      method: 'POST',
      url: '/api/v1/uploads',
      headers: { ...zhangA, ...TUS, 'upload-length': String(bytes.length), 'upload-metadata': `filename ${Buffer.from('欠条.jpg').toString('base64')}` },
    })
    expect(created.statusCode).toBe(201)
    const done = await a.app.inject({
      method: 'PATCH',
      url: created.headers.location as string,
      headers: { ...zhangA, ...TUS, 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' },
      payload: bytes,
    })
    expect(done.statusCode).toBe(200)
    const read = await b.app.inject({ method: 'GET', url: `/api/v1/files/${done.json().id}`, headers: await b.as('d-zhang-guilan') })
    expect(read.statusCode).toBe(200)
    expect(sha(read.rawPayload)).toBe(sha(bytes))
    expect(onDisk()).toEqual([])
  })

  it('store the same photo sent through both at once as one object, and refuse it once corrupted in the bucket', async () => {
    const photo = Buffer.concat([JPEG, Buffer.from('同一张')])
    const send = (t: TestApp) => async () => {
      const { payload, headers } = multipart('同一张.jpg', photo)
      return t.app.inject({ method: 'POST', url: '/api/v1/files', headers: { ...headers, ...(await t.as('d-zhang-guilan')) }, payload })
    }
    const [one, two] = await Promise.all([send(a)(), send(b)()])
    expect([one.statusCode, two.statusCode]).toEqual([201, 201])
    const rows = await store.db.selectFrom('files').select('storage_name').where('id', 'in', [one.json().id, two.json().id]).execute()
    expect(rows.map((r) => r.storage_name)).toEqual([sha(photo), sha(photo)])

    const client = new S3Client({
      endpoint: s3.endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    })
    await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: `files/${sha(photo)}`, Body: Buffer.from('被替换的字节') }))
    for (const t of [a, b]) {
      const read = await t.app.inject({ method: 'GET', url: `/api/v1/files/${one.json().id}`, headers: await t.as('d-zhang-guilan') })
      expect(read.statusCode).toBe(500)
      expect(read.json().error).toMatchObject({ code: 'FILE_CORRUPT' })
      expect(read.json().error.message).toMatch(/已损坏/)
    }
    client.destroy()
  })

  it('keep a 监管通报 generated through one process in the bucket, and the other serves it under its signed hash', async () => {
    const made = await a.app.inject({
      method: 'POST',
      url: '/api/v1/court/metrics/reports',
      headers: { ...(await a.as('s-judge-wang')), 'idempotency-key': '2b1f7c1e-6a34-4d0e-9f55-3c2d1a0b9e77' },
      payload: { month: '2026-10' },
    })
    expect(made.statusCode).toBe(200)
    const fresh = await b.app.inject({ method: 'GET', url: `/api/v1/court/metrics/reports/${made.json().id}`, headers: await b.as('s-judge-wang') })
    const pdf = await b.app.inject({ method: 'GET', url: fresh.json().url })
    expect(pdf.statusCode).toBe(200)
    expect(pdf.headers['content-type']).toBe('application/pdf')
    expect(sha(pdf.rawPayload)).toBe(made.json().sha256)
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-')
    expect(onDisk()).toEqual([])
  }, 120_000)

  it('are both ready with the bucket, and name storage when it stops answering', async () => {
    for (const t of [a, b]) {
      const ready = await t.app.inject({ method: 'GET', url: '/api/health/ready' })
      expect(ready.statusCode).toBe(200)
      expect(ready.json()).toEqual({ status: 'ok', checks: { database: 'ok', storage: 'ok' }, failed: [] })
    }
    await s3.stop()
    const ready = await a.app.inject({ method: 'GET', url: '/api/health/ready' })
    expect(ready.statusCode).toBe(503)
    expect(ready.json()).toEqual({ status: 'unavailable', checks: { database: 'ok', storage: 'failed' }, failed: ['storage'] })
    s3 = { ...s3, stop: async () => undefined }
  })
})
