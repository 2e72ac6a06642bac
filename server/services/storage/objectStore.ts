import { createHash } from 'node:crypto'
import { AppError } from '../../errors'

/**
 * Where the bytes of every stored file live: evidence, ID card photos, the PDFs of served
 * documents. Objects are named by the SHA-256 of their content, so they are written once (a
 * second put of the same bytes changes nothing, whichever process makes it) and every read is
 * checked against the hash the database recorded: a corrupted or swapped object is refused,
 * never served. The database row (files) says who owns a file and what it is called; the store
 * holds only bytes.
 */
export interface ObjectStore {
  /** `local` (a directory, the zero-setup default) or `s3` (MinIO, Tencent COS, Aliyun OSS, AWS). */
  readonly kind: 'local' | 's3'
  /**
   * Stores the local file `source` (already hashed: `sha256`, `size` bytes) under its hash and
   * removes `source`. `created` is false when the object was there already.
   */
  putFile(sha256: string, source: string, size: number): Promise<{ created: boolean }>
  /** The bytes stored under `key`, checked against `sha256`; refused with STORAGE_CORRUPT when they differ. */
  read(key: string, sha256: string): Promise<Buffer>
  /** Whether the store answers (readiness): throws when it does not. */
  check(): Promise<void>
}

/** A SHA-256 in lower-case hex: the only names new objects get. */
export const CONTENT_KEY = /^[0-9a-f]{64}$/
/** Names of files stored before content addressing (`file-<uuid>`), still readable. */
export const LEGACY_KEY = /^file-[0-9A-Za-z-]{1,80}$/

/** Refuses a key that is neither a hash nor a legacy file name, so no stored row can point outside the store. */
export function checkedKey(key: string): string {
  if (!CONTENT_KEY.test(key) && !LEGACY_KEY.test(key)) throw new StorageError('STORAGE_KEY_INVALID', `not an object key: ${key.slice(0, 80)}`)
  return key
}

/** Something wrong inside the store (an object missing, corrupted, or the store unreachable); never the user's doing. */
export class StorageError extends Error {
  constructor(
    readonly code: 'STORAGE_CORRUPT' | 'STORAGE_MISSING' | 'STORAGE_KEY_INVALID' | 'STORAGE_UNAVAILABLE',
    message: string,
  ) {
    super(message)
  }
}

/** Bytes read back, accepted only when they hash to what was recorded at upload. */
export function verified(key: string, bytes: Buffer, sha256: string): Buffer {
  const actual = createHash('sha256').update(bytes).digest('hex')
  if (actual !== sha256) throw new StorageError('STORAGE_CORRUPT', `object ${key} hashes to ${actual}, recorded ${sha256}`)
  return bytes
}

/** The reply a reader gets for a file the store cannot give back intact: a server fault, said in Chinese. */
export function storageRefusal(err: unknown): AppError {
  if (err instanceof StorageError && err.code === 'STORAGE_CORRUPT')
    return new AppError(500, 'FILE_CORRUPT', '这个文件在服务器上已损坏，为安全起见不予显示，请联系法院重新上传')
  if (err instanceof StorageError && err.code === 'STORAGE_MISSING') return new AppError(500, 'FILE_MISSING', '服务器上找不到这个文件的内容，请联系法院')
  return new AppError(503, 'FILE_STORE_UNAVAILABLE', '文件暂时读取不到，请稍后重试')
}
