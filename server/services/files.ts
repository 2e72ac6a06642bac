import { createHash, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { Transform, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { MAX_EVIDENCE_BYTES, sniffFileType } from '../../domain/evidence/sniffFileType'
import type { Clock } from '../clock'
import { shanghaiIso } from '../clock'
import { isUniqueViolation } from '../db/errors'
import { AppError, badRequest, forbidden, notFound } from '../errors'
import type { FileRow, FilesRepository } from '../repositories/files'
import type { Actor } from '../auth/actor'
import { storageRefusal, type ObjectStore } from './storage'

export interface FileInfo {
  id: string
  name: string
  mime: string
  size: number
  sha256: string
}

export const toFileInfo = (f: FileRow): FileInfo => ({ id: f.id, name: f.original_name, mime: f.mime, size: f.size, sha256: f.sha256 })

const tooLarge = () => new AppError(413, 'FILE_TOO_LARGE', '文件超过20MB，请压缩或分成几份后再上传', 'file')

/** Streams an upload to `tmp`, hashing it and keeping its first bytes for the type check; refuses it past the size limit. */
async function receive(stream: Readable & { truncated?: boolean }, tmp: string): Promise<{ size: number; head: Buffer; sha256: string }> {
  const hash = createHash('sha256')
  let size = 0
  let head = Buffer.alloc(0)
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length
      if (size > MAX_EVIDENCE_BYTES) return done(tooLarge())
      if (head.length < 16) head = Buffer.concat([head, chunk.subarray(0, 16 - head.length)])
      hash.update(chunk)
      done(null, chunk)
    },
  })
  const out = fs.createWriteStream(tmp)
  try {
    await pipeline(stream, meter, out)
    if (stream.truncated) throw tooLarge()
  } catch (err) {
    // The file opens asynchronously: removed before it has, it would appear afterwards, empty and orphaned.
    if (!out.closed) await new Promise<void>((resolve) => out.once('close', () => resolve()))
    fs.rmSync(tmp, { force: true })
    if (err instanceof AppError) throw err
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge()
    throw new AppError(400, 'UPLOAD_INTERRUPTED', '上传中断了，请在信号好时重试', 'file')
  }
  return { size, head, sha256: hash.digest('hex') }
}

/** Hashes a file already on disk (an upload assembled from chunks), keeping its first bytes for the type check. */
async function digest(file: string): Promise<{ size: number; head: Buffer; sha256: string }> {
  const hash = createHash('sha256')
  let size = 0
  let head = Buffer.alloc(0)
  for await (const chunk of fs.createReadStream(file) as AsyncIterable<Buffer>) {
    size += chunk.length
    if (head.length < 16) head = Buffer.concat([head, chunk.subarray(0, 16 - head.length)])
    hash.update(chunk)
  }
  return { size, head, sha256: hash.digest('hex') }
}

const typeRefused = () => badRequest('FILE_TYPE_NOT_ALLOWED', '只能上传照片（JPG、PNG）或 PDF 文件，这个文件的内容不是这几种格式', 'file')
// Control characters (NUL above all, which PostgreSQL cannot store) are no part of a name.
const cleanName = (name: string) => name.replace(/\p{Cc}/gu, '').slice(0, 200) || '未命名文件'

/**
 * An assembled upload judged by content, within the size limit and hashed, then put into the
 * object store under its hash and recorded as `file-<upload id>`; refused, the assembled file is
 * deleted. Finishing the same upload again returns the file it already became.
 */
async function adoptAssembled(
  deps: { files: FilesRepository; clock: Clock; objects: ObjectStore },
  up: { ownerId: string; uploadId: string; assembled: string; filename: string },
): Promise<FileInfo> {
  const { files, clock, objects } = deps
  const id = `file-${up.uploadId}`
  const existing = await files.byId(id)
  if (existing) {
    fs.rmSync(up.assembled, { force: true })
    return toFileInfo(existing)
  }
  const { size, head, sha256 } = await digest(up.assembled)
  const mime = sniffFileType(head)
  if (size > MAX_EVIDENCE_BYTES || !mime || size === 0) {
    fs.rmSync(up.assembled, { force: true })
    throw size > MAX_EVIDENCE_BYTES ? tooLarge() : typeRefused()
  }
  await objects.putFile(sha256, up.assembled, size)
  const row: FileRow = {
    id,
    owner_id: up.ownerId,
    original_name: cleanName(up.filename),
    mime,
    size,
    sha256,
    storage_name: sha256,
    created_at: shanghaiIso(clock.now()),
  }
  try {
    await files.insert(row)
  } catch (err) {
    // Another request finished the same upload a moment before: its row stands, and it is this one.
    if (!isUniqueViolation(err)) throw err
  }
  return toFileInfo((await files.byId(id)) ?? row)
}

/** A stored file's bytes, checked against its hash; a corrupted or missing object is a server fault, not served. */
async function checkedBytes(objects: ObjectStore, file: FileRow): Promise<Buffer> {
  try {
    return await objects.read(file.storage_name, file.sha256)
  } catch (err) {
    throw storageRefusal(err)
  }
}

/**
 * Evidence files: streamed to a temporary file while hashed, judged by content, then put into
 * the object store under their hash (outside the web root; the same bytes are one object however
 * many times they are sent). A refused or cut-off upload leaves nothing behind. Reading a file
 * back checks its bytes against the recorded hash.
 */
// eslint-disable-next-line max-lines-per-function -- split bytesOf/open out when next touched
export function filesService(deps: {
  files: FilesRepository
  clock: Clock
  uploadDir: string
  objects: ObjectStore
  canRead: (actor: Actor, file: FileRow) => Promise<boolean>
}) {
  const { files, clock, uploadDir, objects } = deps
  const tmpDir = path.join(uploadDir, 'tmp')
  const storeDir = objects.kind === 'local' ? path.join(uploadDir, 'files') : null

  const bytesOf = (file: FileRow) => checkedBytes(objects, file)
  /** Who may see the file is checked first; its bytes are read only by `read`. */
  async function open(actor: Actor, fileId: string): Promise<{ info: FileInfo; row: FileRow }> {
    const file = await files.byId(fileId)
    if (!file) throw notFound('FILE_NOT_FOUND', '找不到这个文件')
    if (!(await deps.canRead(actor, file))) throw forbidden('您无权查看这个文件')
    return { info: toFileInfo(file), row: file }
  }

  return {
    objects,
    bytesOf,
    async store(actor: Actor, upload: { filename: string; stream: Readable & { truncated?: boolean } }): Promise<FileInfo> {
      fs.mkdirSync(tmpDir, { recursive: true })
      const id = `file-${randomUUID()}`
      const tmp = path.join(tmpDir, id)
      const { size, head, sha256 } = await receive(upload.stream, tmp)
      const mime = sniffFileType(head)
      if (!mime || size === 0) {
        fs.rmSync(tmp, { force: true })
        throw typeRefused()
      }
      await objects.putFile(sha256, tmp, size)
      const row: FileRow = {
        id,
        owner_id: actor.sub,
        original_name: cleanName(upload.filename),
        mime,
        size,
        sha256,
        storage_name: sha256,
        created_at: shanghaiIso(clock.now()),
      }
      await files.insert(row)
      return toFileInfo(row)
    },

    /**
     * Makes a file assembled elsewhere (a resumable upload's chunks) a file like any other, under the
     * same checks; the id follows from the upload's, so finishing the same upload twice gives one file.
     */
    adopt: (ownerId: string, uploadId: string, assembled: string, filename: string) =>
      adoptAssembled({ files, clock, objects }, { ownerId, uploadId, assembled, filename }),

    /** A stored file by id, without a permission check: the caller has settled who may see it. */
    byId: async (id: string): Promise<FileRow | undefined> => files.byId(id),

    open,

    async read(actor: Actor, fileId: string): Promise<{ info: FileInfo; bytes: Buffer }> {
      const { info, row } = await open(actor, fileId)
      return { info, bytes: await bytesOf(row) }
    },

    /**
     * Removes what an upload cut short by a killed process leaves behind: temporary files, and a
     * stored object no row names (local store only: a bucket's leftovers are bytes nobody can
     * reach, left to its lifecycle rules). Only files untouched for `olderThanMs` go, so an upload
     * still under way (here or in another process on the same directory) is left alone.
     */
    async sweepOrphans(olderThanMs: number, nowMs = Date.now()): Promise<{ removed: string[] }> {
      const old = (dir: string) =>
        (fs.existsSync(dir) ? fs.readdirSync(dir) : []).filter((name) => {
          const stat = fs.statSync(path.join(dir, name), { throwIfNoEntry: false })
          return stat?.isFile() && nowMs - stat.mtimeMs > olderThanMs
        })
      const removed: string[] = []
      for (const name of old(tmpDir)) {
        fs.rmSync(path.join(tmpDir, name), { force: true })
        removed.push(`tmp/${name}`)
      }
      if (!storeDir) return { removed }
      const candidates = old(storeDir)
      for (let i = 0; i < candidates.length; i += 500) {
        const batch = candidates.slice(i, i + 500)
        const known = new Set((await files.byStorageNames(batch)).map((r) => r.storage_name))
        for (const name of batch.filter((n) => !known.has(n))) {
          fs.rmSync(path.join(storeDir, name), { force: true })
          removed.push(`files/${name}`)
        }
      }
      return { removed }
    },

    /** Files the actor uploaded; used to check that a filing only attaches the filer's own files. */
    async ownedBy(actor: Actor, ids: string[]): Promise<FileInfo[]> {
      const rows = await files.byIds([...new Set(ids)])
      return rows.filter((r) => r.owner_id === actor.sub).map(toFileInfo)
    },
  }
}
export type FilesService = ReturnType<typeof filesService>
