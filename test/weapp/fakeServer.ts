/**
 * The court's API as the compiled mini-program reaches it: every wx.request goes to `handler`, and
 * a tiny tus endpoint (`fakeTus`) answers uploads the way @tus/server does behind our API (create →
 * relative Location, HEAD → Upload-Offset, PATCH sent as POST with X-HTTP-Method-Override since
 * wx.request has no PATCH; the last chunk answers with the file it became).
 */
import { createHash } from 'node:crypto'
import type { FakeWx } from './fakeWx'

export const API = 'https://court.example.cn/api/v1'

export interface SeenRequest {
  method: string
  /** the path under /api/v1, without the query */
  path: string
  /** header names in lower case */
  header: Record<string, string>
  data: unknown
  /** the byte body of a chunk (ArrayBuffer data), else null */
  bytes: Uint8Array | null
  at: number
}

/**
 * `reply`: an answer; `fail`: the request fails as wx.request does when the link drops; `hold`: no
 * answer until the app aborts it; `undefined`: 404.
 */
export type Reply = { status: number; headers?: Record<string, string>; body?: unknown } | 'fail' | 'hold' | undefined

type WxRequestOptions = Parameters<FakeWx['request']>[0]

const isArrayBuffer = (v: unknown): v is ArrayBuffer => Object.prototype.toString.call(v) === '[object ArrayBuffer]'

/**
 * Answers the app's requests with `handler`. While the phone reports no signal every request fails
 * at once, as wx.request does offline. Returns every request that reached the "server".
 */
export function serveApi(wx: FakeWx, handler: (req: SeenRequest) => Reply): SeenRequest[] {
  const seen: SeenRequest[] = []
  wx.request.mockImplementation((o: WxRequestOptions) => {
    let settled = false
    const settle = (fn: () => void) =>
      setTimeout(() => {
        if (settled) return
        settled = true
        fn()
      }, 0)
    const failWith = (errMsg: string) =>
      settle(() => {
        o.fail?.({ errMsg })
        o.complete?.({ errMsg })
      })
    const task = { abort: () => failWith('request:fail abort') }
    const method = (o.method ?? 'GET').toUpperCase()
    // wx.request knows no PATCH: WeChat refuses it before anything is sent.
    if (!['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT'].includes(method)) {
      failWith(`request:fail invalid method ${method}`)
      return task
    }
    if (!wx.isConnected()) {
      failWith('request:fail 网络已断开')
      return task
    }
    if (!o.url.startsWith(API)) throw new Error(`the app called ${o.url}, outside the API origin it was built with`)
    const header = Object.fromEntries(Object.entries(o.header ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]))
    const req: SeenRequest = {
      method,
      path: o.url.slice(API.length).split('?')[0],
      header,
      data: o.data,
      bytes: isArrayBuffer(o.data) ? new Uint8Array(o.data) : null,
      at: performance.now(),
    }
    seen.push(req)
    const reply = handler(req) ?? { status: 404, body: { error: { code: 'NOT_FOUND', message: '找不到' } } }
    if (reply === 'hold') return task
    if (reply === 'fail') {
      failWith('request:fail timeout')
      return task
    }
    settle(() => {
      const data = typeof reply.body === 'string' ? reply.body : reply.body === undefined ? '' : JSON.stringify(reply.body)
      const res = { statusCode: reply.status, header: { 'Content-Type': 'application/json; charset=utf-8', ...reply.headers }, data, errMsg: 'request:ok' }
      o.success?.(res)
      o.complete?.(res)
    })
    return task
  })
  return seen
}

export interface TusUpload {
  length: number
  bytes: Uint8Array
  received: number
  filename: string
  /** chunks this upload has been sent, cut ones included */
  chunks: number
  /** what the server saw of it: `create 700000`, `head → 364544`, `patch @262144 +102400 (cut)`… */
  log: string[]
}

/** What a chunk meets on its way: it arrives whole, or the link drops after `afterBytes` of it (`fail`), or it hangs (`hold`). */
export type ChunkFate = { cut: 'fail'; afterBytes: number } | { cut: 'hold'; afterBytes: number } | undefined

/**
 * A tus endpoint in memory. `fate(uploadId, n)` decides what happens to an upload's n-th chunk (1-based).
 * Bytes a chunk delivered before a cut stay, as @tus/server keeps what arrived.
 */
export function fakeTus(opts: { token: string; fate?: (uploadId: string, chunk: number) => ChunkFate }) {
  const uploads = new Map<string, TusUpload>()
  let ids = 0
  const tusHeaders = { 'Tus-Resumable': '1.0.0', 'Cache-Control': 'no-store' }
  const err = (status: number, code: string, message: string): Reply => ({ status, headers: tusHeaders, body: { error: { code, message } } })
  const infoOf = (id: string, up: TusUpload) => ({
    id: `file-${id}`,
    name: up.filename,
    mime: 'application/pdf',
    size: up.length,
    sha256: createHash('sha256').update(up.bytes).digest('hex'),
  })

  function handle(req: SeenRequest): Reply {
    if (!req.path.startsWith('/uploads')) return undefined
    if (req.header.authorization !== `Bearer ${opts.token}`) return err(401, 'AUTH_REQUIRED', '请先登录')
    const id = req.path.split('/')[2]
    const override = req.header['x-http-method-override']?.toUpperCase()
    const method = req.method === 'POST' && override ? override : req.method
    if (!id) {
      if (method !== 'POST') return err(405, 'UPLOAD_METHOD', '上传的请求不完整')
      const length = Number(req.header['upload-length'])
      if (!Number.isInteger(length) || length <= 0) return err(400, 'UPLOAD_INVALID', '上传的请求不完整')
      const metadata = Object.fromEntries(
        (req.header['upload-metadata'] ?? '').split(',').map((pair) => {
          const [k, v = ''] = pair.trim().split(' ')
          return [k, Buffer.from(v, 'base64').toString('utf8')]
        }),
      )
      const newId = `u${++ids}`
      uploads.set(newId, { length, bytes: new Uint8Array(length), received: 0, filename: metadata.filename ?? '', chunks: 0, log: [`create ${length}`] })
      return { status: 201, headers: { ...tusHeaders, Location: `/api/v1/uploads/${newId}` } }
    }
    const up = uploads.get(id)
    if (!up) return err(404, 'UPLOAD_NOT_FOUND', '找不到这次上传')
    if (method === 'HEAD') {
      up.log.push(`head → ${up.received}`)
      return { status: 200, headers: { ...tusHeaders, 'Upload-Offset': String(up.received), 'Upload-Length': String(up.length) } }
    }
    if (method === 'GET') return up.received === up.length ? { status: 200, body: infoOf(id, up) } : err(409, 'UPLOAD_INCOMPLETE', '还没有传完')
    if (method === 'DELETE') {
      uploads.delete(id)
      up.log.push('delete')
      return { status: 204, headers: tusHeaders }
    }
    if (method !== 'PATCH') return err(405, 'UPLOAD_METHOD', '上传的请求不完整')
    if (req.header['content-type'] !== 'application/offset+octet-stream') return err(415, 'UPLOAD_MEDIA_TYPE', '上传的内容格式不对')
    const offset = Number(req.header['upload-offset'])
    // tus refuses a chunk that does not start where the server's copy ends: nothing is written twice.
    if (offset !== up.received) {
      up.log.push(`patch @${offset} refused (server has ${up.received})`)
      return err(409, 'UPLOAD_OFFSET_MISMATCH', '上传的进度和服务器上的不一致')
    }
    const chunk = req.bytes ?? new Uint8Array(0)
    if (offset + chunk.length > up.length) return err(400, 'UPLOAD_INVALID', '超过了文件的大小')
    const fate = opts.fate?.(id, ++up.chunks)
    const arrived = fate ? chunk.subarray(0, Math.min(fate.afterBytes, chunk.length)) : chunk
    up.bytes.set(arrived, offset)
    up.received += arrived.length
    up.log.push(`patch @${offset} +${arrived.length}${fate ? ' (cut)' : ''}`)
    if (fate) return fate.cut
    const headers = { ...tusHeaders, 'Upload-Offset': String(up.received) }
    return up.received === up.length ? { status: 200, headers, body: infoOf(id, up) } : { status: 204, headers }
  }

  return { uploads, handle }
}

/** Bytes that look like a PDF, different at every position so a misplaced chunk shows. */
export function pdfBytes(size: number, seed = 7): Uint8Array {
  const bytes = Uint8Array.from({ length: size }, (_, i) => (i * 131 + seed * 17 + (i >> 8)) % 256)
  bytes.set(Buffer.from('%PDF-1.7\n'), 0)
  return bytes
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
