import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import type { IncomingMessage } from 'node:http'
import path from 'node:path'
import { Readable } from 'node:stream'
import { FileStore } from '@tus/file-store'
import { Server, type ServerOptions } from '@tus/server'
import type { Upload } from '@tus/utils'
import { MAX_EVIDENCE_BYTES } from '../../domain/evidence/sniffFileType'
import type { Actor } from '../auth/actor'
import { AppError, notFound } from '../errors'
import type { FileInfo, FilesService } from './files'
import { toFileInfo } from './files'

/** Where the API mounts the tus endpoint; the Location of each upload is under it. */
export const UPLOADS_PATH = '/api/v1/uploads'

/** What a tus request comes back as, for the route to send through Fastify (so security headers apply). */
export interface UploadReply {
  status: number
  headers: Record<string, string>
  body: string
}

const TUS_HEADERS = { 'Tus-Resumable': '1.0.0', 'Cache-Control': 'no-store' }

const notYours = () => notFound('UPLOAD_NOT_FOUND', '找不到这次上传，请重新选择文件上传')

/** The Chinese envelope for what tus refuses in English (an offset that does not match, a length over the limit…). */
function refusal(status: number, body: string): AppError {
  try {
    const e = (JSON.parse(body) as { error?: { code: string; message: string; field?: string } }).error
    if (e?.code) return new AppError(status, e.code, e.message, e.field)
  } catch {
    // tus's own plain-text body: named by its status below
  }
  if (status === 413) return new AppError(413, 'FILE_TOO_LARGE', '文件超过20MB，请压缩或分成几份后再上传', 'file')
  if (status === 409) return new AppError(409, 'UPLOAD_OFFSET_MISMATCH', '上传的进度和服务器上的不一致，请稍候，程序会从断点接着传')
  if (status === 404 || status === 410) return notYours()
  if (status === 415) return new AppError(415, 'UPLOAD_MEDIA_TYPE', '上传的内容格式不对，请重新选择文件上传', 'file')
  if (status === 423) return new AppError(423, 'UPLOAD_BUSY', '这个文件正在上传，请稍候')
  if (status >= 500) return new AppError(503, 'UPLOAD_FAILED', '上传暂时没有成功，请稍后重试')
  return new AppError(400, 'UPLOAD_INVALID', '上传的请求不完整，请重新选择文件上传', 'file')
}

/** The Node request as a fetch Request, its body streamed as it arrives (a chunk cut short keeps what came). */
function webRequest(req: IncomingMessage, method: string): Request {
  const headers = new Headers()
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v)
  headers.delete('x-http-method-override')
  const withBody = method === 'PATCH' || method === 'POST'
  return new Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, {
    method,
    headers,
    ...(withBody ? { body: Readable.toWeb(req) as ReadableStream, duplex: 'half' } : {}),
  } as RequestInit)
}

/**
 * The method a request stands for. wx.request cannot send PATCH, so the mini-program sends a chunk
 * as POST with `X-HTTP-Method-Override: PATCH` (tus-js-client's `overridePatchMethod`), which
 * @tus/server does not read itself.
 */
function methodOf(req: IncomingMessage): string {
  const override = String(req.headers['x-http-method-override'] ?? '').toUpperCase()
  return req.method === 'POST' && (override === 'PATCH' || override === 'DELETE') ? override : (req.method ?? 'GET')
}

/**
 * The tus server: uploads named by a random UUID, bound at creation to the signed-in user (read
 * from `actors`, keyed by the request handed to tus), and on their last byte made a file by
 * `files.adopt`; whatever the outcome, the chunks and the record leave the tus folder.
 */
function tusServer(deps: { datastore: FileStore; files: FilesService; actors: WeakMap<object, Actor>; dir: string; discard: (id: string) => void }) {
  const { files, actors, dir, discard } = deps
  const actorOf = (req: Parameters<NonNullable<ServerOptions['onUploadCreate']>>[0]) => {
    const actor = actors.get(req)
    if (!actor) throw { status_code: 401, body: JSON.stringify({ error: { code: 'AUTH_REQUIRED', message: '请先登录' } }) }
    return actor
  }
  return new Server({
    path: UPLOADS_PATH,
    datastore: deps.datastore,
    relativeLocation: true,
    maxSize: MAX_EVIDENCE_BYTES,
    // Same origin only, like the rest of the API: no CORS grant for other sites.
    allowedOrigins: () => false,
    namingFunction: () => randomUUID(),
    onUploadCreate: async (req, upload) => {
      const actor = actorOf(req)
      // The owner is the signed-in user, whatever the client put in the metadata.
      return { metadata: { filename: upload.metadata?.filename ?? '', owner: actor.sub } }
    },
    onUploadFinish: async (_req, upload: Upload) => {
      const meta = upload.metadata ?? {}
      try {
        const info = await files.adopt(meta.owner ?? '', upload.id, path.join(dir, upload.id), meta.filename ?? '')
        return { status_code: 200, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify(info) }
      } catch (err) {
        if (!(err instanceof AppError)) throw err
        throw { status_code: err.status, body: JSON.stringify({ error: { code: err.code, message: err.message, field: err.field } }) }
      } finally {
        discard(upload.id)
      }
    },
  })
}

/**
 * Resumable evidence uploads (the tus protocol, chunks kept by @tus/file-store under
 * `uploadDir/tus`). Each upload belongs to the user who created it: nobody else can see its
 * offset, send it bytes or end it. When the last byte arrives the assembled file goes through the
 * same checks as a one-piece upload and becomes an ordinary file record whose id follows from the
 * upload's, so a finish repeated after a lost reply names the same file. A refused file, and an
 * upload left unfinished past `expireMs`, leave nothing behind.
 */
export function uploadsService(deps: { files: FilesService; uploadDir: string; expireMs: number }) {
  const { files, expireMs } = deps
  const dir = path.join(deps.uploadDir, 'tus')
  fs.mkdirSync(dir, { recursive: true })
  const datastore = new FileStore({ directory: dir, expirationPeriodInMilliseconds: expireMs })
  const actors = new WeakMap<object, Actor>()
  const discard = (id: string) => {
    fs.rmSync(path.join(dir, id), { force: true })
    fs.rmSync(path.join(dir, `${id}.json`), { force: true })
  }
  const tus = tusServer({ datastore, files, actors, dir, discard })

  /** Who owns an upload: the file it became, or its record while chunks still arrive; null when neither exists. */
  async function ownerOf(id: string): Promise<{ owner: string; done: FileInfo | null } | null> {
    const file = await files.byId(`file-${id}`)
    if (file) return { owner: file.owner_id, done: toFileInfo(file) }
    try {
      const up = await datastore.getUpload(id)
      return { owner: up.metadata?.owner ?? '', done: null }
    } catch {
      return null
    }
  }

  /** A finished upload answers as complete, to a resumed client or a repeated last chunk, and names its file. */
  const finished = (method: string, info: FileInfo): UploadReply => {
    const headers = { ...TUS_HEADERS, 'Upload-Offset': String(info.size), 'Upload-Length': String(info.size) }
    if (method === 'DELETE') throw new AppError(409, 'UPLOAD_FINISHED', '这个文件已经传完了，不能取消；不需要的话请在列表里删除')
    if (method === 'HEAD') return { status: 200, headers, body: '' }
    return { status: 200, headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify(info) }
  }

  return {
    dir,

    /**
     * Runs one tus request (create, HEAD, PATCH, DELETE) for `actor`, or, on GET of an upload, names
     * the file it became. Someone else's upload, or one that never existed, is not found.
     */
    async handle(actor: Actor, raw: IncomingMessage, id?: string): Promise<UploadReply> {
      const method = methodOf(raw)
      if (id !== undefined) {
        const found = await ownerOf(id)
        if (!found || found.owner !== actor.sub) throw notYours()
        if (found.done) return finished(method, found.done)
        if (method === 'POST') throw new AppError(405, 'UPLOAD_METHOD', '上传的请求不完整，请重新选择文件上传')
        if (method === 'GET') throw new AppError(409, 'UPLOAD_INCOMPLETE', '这个文件还没有传完，请稍候')
      }
      const request = webRequest(raw, method)
      actors.set(request, actor)
      const response = await tus.handleWeb(request)
      const headers: Record<string, string> = {}
      response.headers.forEach((v, k) => {
        if (k !== 'content-length' && k !== 'connection') headers[k] = v
      })
      const body = await response.text()
      if (response.status >= 400) throw refusal(response.status, body)
      return { status: response.status, headers, body }
    },

    /**
     * Removes uploads nobody finished within `expireMs` (their chunks and their record), and any
     * chunk file whose record is gone. Finished uploads are already out of this folder.
     */
    async sweepExpired(nowMs = Date.now()): Promise<{ removed: string[] }> {
      const removed: string[] = []
      const names = fs.existsSync(dir) ? fs.readdirSync(dir) : []
      for (const name of names) {
        const full = path.join(dir, name)
        const stat = fs.statSync(full, { throwIfNoEntry: false })
        if (!stat?.isFile()) continue
        let born = stat.mtimeMs
        if (name.endsWith('.json')) {
          try {
            born = Date.parse((JSON.parse(fs.readFileSync(full, 'utf8')) as { creation_date?: string }).creation_date ?? '') || born
          } catch {
            // an unreadable record: judged by the age of its file
          }
        } else if (names.includes(`${name}.json`)) continue
        if (nowMs - born <= expireMs) continue
        const id = name.replace(/\.json$/, '')
        for (const gone of [id, `${id}.json`].filter((n) => fs.existsSync(path.join(dir, n)))) removed.push(`tus/${gone}`)
        discard(id)
      }
      return { removed }
    },
  }
}
export type UploadsService = ReturnType<typeof uploadsService>
