import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3'
import { localObjectStore } from '../../../server/services/storage/localStore'
import { s3ObjectStore } from '../../../server/services/storage/s3Store'
import { StorageError, type ObjectStore } from '../../../server/services/storage'
import { startS3, type LocalS3 } from '../scale/services'

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'court-objects-'))
let n = 0
/** A temporary file with `bytes`, as an upload leaves it before the store takes it. */
function staged(bytes: Buffer): string {
  const file = path.join(work, `staged-${++n}`)
  fs.writeFileSync(file, bytes)
  return file
}
async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work
  } catch (err) {
    if (err instanceof StorageError) return err.code
    throw err
  }
  throw new Error('read was not refused')
}

let s3: LocalS3
beforeAll(async () => {
  s3 = await startS3()
}, 120_000)
afterAll(async () => {
  await s3.stop()
  fs.rmSync(work, { recursive: true, force: true })
}, 120_000)

const s3Store = () =>
  s3ObjectStore({ endpoint: s3.endpoint, bucket: s3.bucket, region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true })

describe.each([
  ['local directory', (): ObjectStore => localObjectStore(path.join(work, 'files'))],
  ['S3 bucket (s3rver through the AWS SDK)', (): ObjectStore => s3Store()],
])('object store: %s', (_name, make) => {
  it('stores bytes under their hash once, gives them back checked, and takes the staged file away', async () => {
    const store = make()
    const bytes = Buffer.from(`证据照片 ${_name} ${Math.random()}`)
    const first = staged(bytes)
    expect(await store.putFile(sha(bytes), first, bytes.length)).toEqual({ created: true })
    expect(fs.existsSync(first)).toBe(false)
    expect((await store.read(sha(bytes), sha(bytes))).equals(bytes)).toBe(true)
    // The same bytes again (another process, a retried upload): nothing new is written.
    const again = staged(bytes)
    expect(await store.putFile(sha(bytes), again, bytes.length)).toEqual({ created: false })
    expect(fs.existsSync(again)).toBe(false)
    expect((await store.read(sha(bytes), sha(bytes))).equals(bytes)).toBe(true)
  })

  it('refuses bytes that do not hash to what was recorded, and says when an object is missing', async () => {
    const store = make()
    const bytes = Buffer.from(`收条 ${Math.random()}`)
    await store.putFile(sha(bytes), staged(bytes), bytes.length)
    expect(await refusal(store.read(sha(bytes), sha(Buffer.from('别的文件'))))).toBe('STORAGE_CORRUPT')
    expect(await refusal(store.read(sha(Buffer.from('从未存过')), sha(Buffer.from('从未存过'))))).toBe('STORAGE_MISSING')
    expect(await refusal(store.read('../../etc/passwd', sha(bytes)))).toBe('STORAGE_KEY_INVALID')
    await expect(store.check()).resolves.toBeUndefined()
  })
})

describe('S3 bucket', () => {
  it('keeps the object under files/<sha256> with the hash beside it', async () => {
    const store = s3Store()
    const bytes = Buffer.from(`判决书 ${Math.random()}`)
    await store.putFile(sha(bytes), staged(bytes), bytes.length)
    const got = await store.client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: `files/${sha(bytes)}` }))
    expect(Buffer.from(await got.Body!.transformToByteArray()).equals(bytes)).toBe(true)
    expect(got.Metadata).toMatchObject({ sha256: sha(bytes) })
  })

  it('refuses an object changed in the bucket behind the app’s back', async () => {
    const store = s3Store()
    const bytes = Buffer.from(`借条 ${Math.random()}`)
    await store.putFile(sha(bytes), staged(bytes), bytes.length)
    await store.client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: `files/${sha(bytes)}`, Body: Buffer.from('被篡改的内容') }))
    expect(await refusal(store.read(sha(bytes), sha(bytes)))).toBe('STORAGE_CORRUPT')
  })

  it('writes one object when two stores put the same bytes at once', async () => {
    const bytes = Buffer.from(`同时上传 ${Math.random()}`)
    const results = await Promise.all([s3Store(), s3Store(), s3Store()].map((s) => s.putFile(sha(bytes), staged(bytes), bytes.length)))
    expect(results.length).toBe(3)
    const listed = await s3Store().client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: `files/${sha(bytes)}` }))
    expect(listed.KeyCount).toBe(1)
    expect((await s3Store().read(sha(bytes), sha(bytes))).equals(bytes)).toBe(true)
  })

  it('is not ready when the bucket does not exist or the server does not answer', async () => {
    const noBucket = s3ObjectStore({
      endpoint: s3.endpoint,
      bucket: 'no-such-bucket',
      region: 'us-east-1',
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      forcePathStyle: true,
    })
    expect(await refusal(noBucket.check())).toBe('STORAGE_UNAVAILABLE')
    const down = s3ObjectStore({
      endpoint: 'http://127.0.0.1:9',
      bucket: s3.bucket,
      region: 'us-east-1',
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      forcePathStyle: true,
    })
    expect(await refusal(down.check())).toBe('STORAGE_UNAVAILABLE')
  })
})

describe('local directory', () => {
  it('refuses a file changed on disk', async () => {
    const store = localObjectStore(path.join(work, 'files'))
    const bytes = Buffer.from(`身份证照片 ${Math.random()}`)
    await store.putFile(sha(bytes), staged(bytes), bytes.length)
    fs.writeFileSync(path.join(store.dir, sha(bytes)), 'corrupted')
    expect(await refusal(store.read(sha(bytes), sha(bytes)))).toBe('STORAGE_CORRUPT')
  })
})
