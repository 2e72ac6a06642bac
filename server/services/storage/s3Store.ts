import fs from 'node:fs'
import { GetObjectCommand, HeadBucketCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { checkedKey, StorageError, verified, type ObjectStore } from './objectStore'

export interface S3Settings {
  endpoint?: string
  bucket: string
  region: string
  accessKeyId?: string
  secretAccessKey?: string
  /** MinIO and most self-hosted servers want `endpoint/bucket/key`; COS and OSS take the bucket in the host name. */
  forcePathStyle: boolean
}

const status = (err: unknown) => (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode
const missing = (err: unknown) => status(err) === 404 || (err as { name?: string }).name === 'NotFound' || (err as { name?: string }).name === 'NoSuchKey'

/**
 * Objects in an S3-compatible bucket (MinIO, Tencent COS, Aliyun OSS, AWS) through the AWS SDK,
 * under `files/<sha256>`. A put first asks whether the object is there (HEAD) and writes only
 * when it is not; two processes racing to store the same bytes write the same object, so the
 * outcome is one object either way. Every read is checked against the recorded hash.
 */
export function s3ObjectStore(settings: S3Settings): ObjectStore & { client: S3Client; bucket: string } {
  const client = new S3Client({
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    ...(settings.accessKeyId && settings.secretAccessKey
      ? { credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } }
      : {}),
    // Only when the service asks for them: not every S3-compatible server knows the newer checksum headers.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  })
  const { bucket } = settings
  const objectKey = (key: string) => `files/${checkedKey(key)}`
  const unavailable = (err: unknown) => new StorageError('STORAGE_UNAVAILABLE', `object storage: ${(err as Error).message}`)

  async function exists(key: string): Promise<boolean> {
    try {
      await client.send(new HeadObjectCommand({ Bucket: bucket, Key: objectKey(key) }))
      return true
    } catch (err) {
      if (missing(err)) return false
      throw unavailable(err)
    }
  }

  return {
    kind: 's3',
    client,
    bucket,
    async putFile(sha256, source, size) {
      try {
        if (await exists(sha256)) return { created: false }
        await client.send(
          new PutObjectCommand({
            Bucket: bucket,
            Key: objectKey(sha256),
            Body: fs.createReadStream(source),
            ContentLength: size,
            ContentType: 'application/octet-stream',
            // The bucket keeps the hash beside the bytes, for an operator's own audit.
            Metadata: { sha256 },
          }),
        )
        return { created: true }
      } finally {
        await fs.promises.rm(source, { force: true })
      }
    },
    async read(key, sha256) {
      // A key that is no object name is refused as such, before any request (not as an outage).
      const name = objectKey(key)
      let bytes: Uint8Array
      try {
        const got = await client.send(new GetObjectCommand({ Bucket: bucket, Key: name }))
        bytes = await got.Body!.transformToByteArray()
      } catch (err) {
        if (missing(err)) throw new StorageError('STORAGE_MISSING', `object ${key} is not in bucket ${bucket}`)
        throw unavailable(err)
      }
      return verified(key, Buffer.from(bytes), sha256)
    },
    async check() {
      try {
        await client.send(new HeadBucketCommand({ Bucket: bucket }))
      } catch (err) {
        throw unavailable(err)
      }
    },
  }
}
