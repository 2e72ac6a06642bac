import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { freshStore, makeApp, type TestApp } from '../helpers'
import { startS3, type LocalS3 } from './services'

/**
 * A resumable upload's pieces are assembled in UPLOAD_DIR/tus before the finished file goes to the
 * bucket. Behind a balancer that sends each chunk wherever it likes, the processes must share that
 * folder (docs/SCALING.md, compose.yaml): then an upload begun through one process goes on and
 * ends through another. Without it, the other process does not know the upload.
 */
let s3: LocalS3
let store: Awaited<ReturnType<typeof freshStore>>
let a: TestApp
let b: TestApp
let lonely: TestApp
const shared = fs.mkdtempSync(path.join(os.tmpdir(), 'court-shared-uploads-'))
const own = fs.mkdtempSync(path.join(os.tmpdir(), 'court-own-uploads-'))
beforeAll(async () => {
  s3 = await startS3()
  store = await freshStore()
  a = await makeApp({ ...s3.env, UPLOAD_DIR: shared }, undefined, store)
  b = await makeApp({ ...s3.env, UPLOAD_DIR: shared }, undefined, store)
  lonely = await makeApp({ ...s3.env, UPLOAD_DIR: own }, undefined, store)
  // Three apps, each migrating and seeding: minutes on a loaded machine.
}, 300_000)
afterAll(async () => {
  await a?.close()
  await b?.close()
  await lonely?.close()
  await store?.drop()
  await s3?.stop()
  for (const d of [shared, own]) fs.rmSync(d, { recursive: true, force: true })
}, 120_000)

const TUS = { 'tus-resumable': '1.0.0' }
const CHUNK = 256 * 1024
const sha = (x: Buffer) => createHash('sha256').update(x).digest('hex')
const photo = () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(CHUNK + 5000, 7), Buffer.from(String(Math.random()))])

async function create(t: TestApp, user: string, bytes: Buffer): Promise<string> {
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/uploads',
    headers: {
      ...(await t.as(user)),
      ...TUS,
      'upload-length': String(bytes.length),
      'upload-metadata': `filename ${Buffer.from('借条.jpg').toString('base64')}`,
    },
  })
  expect(created.statusCode).toBe(201)
  return created.headers.location as string
}

async function patch(t: TestApp, user: string, url: string, bytes: Buffer, offset: number) {
  return t.app.inject({
    method: 'PATCH',
    url,
    headers: { ...(await t.as(user)), ...TUS, 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' },
    payload: bytes,
  })
}

describe('a resumable upload behind a balancer', () => {
  it('begun through one process goes on and ends through another sharing the upload folder, and the file is served by both', async () => {
    const bytes = photo()
    const url = await create(a, 'd-zhang-guilan', bytes)
    const first = await patch(a, 'd-zhang-guilan', url, bytes.subarray(0, CHUNK), 0)
    expect(first.statusCode).toBe(204)
    // The phone lost its signal; the resumed upload lands on the other process and asks how far it got.
    const head = await b.app.inject({ method: 'HEAD', url, headers: { ...(await b.as('d-zhang-guilan')), ...TUS } })
    expect(head.statusCode).toBe(200)
    expect(head.headers['upload-offset']).toBe(String(CHUNK))
    const last = await patch(b, 'd-zhang-guilan', url, bytes.subarray(CHUNK), CHUNK)
    expect(last.statusCode).toBe(200)
    expect(last.json().sha256).toBe(sha(bytes))
    for (const t of [a, b]) {
      const read = await t.app.inject({ method: 'GET', url: `/api/v1/files/${last.json().id}`, headers: await t.as('d-zhang-guilan') })
      expect(read.statusCode).toBe(200)
      expect(sha(read.rawPayload)).toBe(sha(bytes))
    }
    // Finished: its pieces left the shared folder (the bytes are in the bucket).
    expect(fs.readdirSync(path.join(shared, 'tus'))).toEqual([])
  })

  it('is still only its owner’s through the other process', async () => {
    const bytes = photo()
    const url = await create(a, 'd-zhang-guilan', bytes)
    const stranger = await b.app.inject({ method: 'HEAD', url, headers: { ...(await b.as('d-wang-jianguo')), ...TUS } })
    expect(stranger.statusCode).toBe(404)
    const theirs = await patch(b, 'd-wang-jianguo', url, bytes.subarray(0, CHUNK), 0)
    expect(theirs.statusCode).toBe(404)
    expect(theirs.json().error.message).toMatch(/找不到这次上传/)
  })

  it('is unknown to a process with a folder of its own: why the folder is shared', async () => {
    const bytes = photo()
    const url = await create(a, 'd-zhang-guilan', bytes)
    expect((await patch(a, 'd-zhang-guilan', url, bytes.subarray(0, CHUNK), 0)).statusCode).toBe(204)
    const elsewhere = await lonely.app.inject({ method: 'HEAD', url, headers: { ...(await lonely.as('d-zhang-guilan')), ...TUS } })
    expect(elsewhere.statusCode).toBe(404)
  })
})
