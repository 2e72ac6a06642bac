import { taroMock } from '../../../stubs/taro'

type RequestOptions = {
  url: string
  method?: string
  header?: Record<string, string>
  data?: unknown
  success?: (res: { statusCode: number; header: Record<string, string>; data: string }) => void
  fail?: (err: { errMsg: string }) => void
}

/**
 * A tus server in memory behind the Taro.request mock, as @tus/server answers: create, HEAD, PATCH
 * (also as POST with X-HTTP-Method-Override, as the mini-program sends it), GET of a finished
 * upload. `cutPatch` drops the signal in the middle of a chunk; `state.offline` fails every request.
 */
export function fakeTusServer() {
  const uploads = new Map<string, { length: number; bytes: number[]; owner: string | undefined }>()
  const log: string[] = []
  let cut: { patch: number; afterBytes: number } | null = null
  let patches = 0
  const state = { offline: false }
  let n = 0
  const info = (id: string) => ({ id: `file-${id}`, name: 'a.jpg', mime: 'image/jpeg', size: uploads.get(id)!.length, sha256: 'f'.repeat(64) })
  const toBytes = (data: unknown): number[] => {
    // jsdom and Node each have their own ArrayBuffer: judged by its tag, not instanceof.
    if (Object.prototype.toString.call(data) === '[object ArrayBuffer]') return [...new Uint8Array(data as ArrayBuffer)]
    throw new Error(`chunk is not an ArrayBuffer: ${Object.prototype.toString.call(data)}`)
  }
  taroMock.request.mockImplementation((o: RequestOptions) => handle(o))
  function handle(o: RequestOptions) {
    const header = Object.fromEntries(Object.entries(o.header ?? {}).map(([k, v]) => [k.toLowerCase(), v]))
    const method = o.method === 'POST' && header['x-http-method-override'] ? header['x-http-method-override'] : (o.method ?? 'GET')
    const id = o.url.split('/uploads/')[1]
    if (state.offline) {
      setTimeout(() => o.fail?.({ errMsg: 'request:fail 网络已断开' }), 0)
      return { abort: jest.fn() }
    }
    log.push(`${method} ${id ? 'upload' : 'uploads'}${method === 'PATCH' ? ` @${header['upload-offset']}` : ''}`)
    const reply = (statusCode: number, h: Record<string, string> = {}, data = '') =>
      setTimeout(() => o.success?.({ statusCode, header: { 'Tus-Resumable': '1.0.0', ...h }, data }), 0)
    if (method === 'POST' && !id) {
      const newId = `u${++n}`
      uploads.set(newId, { length: Number(header['upload-length']), bytes: [], owner: header.authorization })
      reply(201, { Location: `/api/v1/uploads/${newId}` })
    } else if (method === 'HEAD') {
      const up = uploads.get(id)!
      reply(200, { 'Upload-Offset': String(up.bytes.length), 'Upload-Length': String(up.length) })
    } else if (method === 'PATCH') {
      const up = uploads.get(id)!
      if (Number(header['upload-offset']) !== up.bytes.length) return reply(409, {}, '{"error":{"code":"UPLOAD_OFFSET_MISMATCH","message":"进度不一致"}}')
      const chunk = toBytes(o.data)
      patches += 1
      if (cut && cut.patch === patches) {
        // The signal drops mid-chunk: what arrived stays on the server, the phone hears nothing back.
        up.bytes = up.bytes.concat(chunk.slice(0, cut.afterBytes))
        state.offline = true
        setTimeout(() => o.fail?.({ errMsg: 'request:fail network lost' }), 0)
      } else {
        up.bytes = up.bytes.concat(chunk)
        const done = up.bytes.length === up.length
        reply(done ? 200 : 204, { 'Upload-Offset': String(up.bytes.length) }, done ? JSON.stringify(info(id)) : '')
      }
    } else if (method === 'GET') reply(200, {}, JSON.stringify(info(id)))
    else if (method === 'DELETE') {
      uploads.delete(id)
      reply(204)
    }
    return { abort: jest.fn() }
  }
  return {
    uploads,
    log,
    state,
    /** The `patch`-th PATCH is cut after `afterBytes` arrived, and the phone loses its signal. */
    cutPatch: (patch: number, afterBytes: number) => (cut = { patch, afterBytes }),
  }
}

/** A temp file of the mini-program, read through a fake file-system manager that records each slice read. */
export function fakeTempFile(bytes: Uint8Array) {
  const reads: Array<{ position: number; length: number }> = []
  ;(taroMock as Record<string, unknown>).getFileSystemManager = () => ({
    stat: (o: { path: string; success: (r: { stats: { size: number } }) => void }) => setTimeout(() => o.success({ stats: { size: bytes.length } }), 0),
    readFile: (o: { position: number; length: number; success: (r: { data: ArrayBuffer }) => void }) => {
      reads.push({ position: o.position, length: o.length })
      const slice = bytes.slice(o.position, o.position + o.length)
      setTimeout(() => o.success({ data: slice.buffer }), 0)
    },
  })
  return { path: 'wxfile://tmp_photo.jpg', reads }
}
