import { randomUUID } from 'node:crypto'
import http from 'node:http'

/** One reply as the load sees it; `status` 0 is a request the network lost (refused, reset, timed out). */
export interface Reply {
  status: number
  body: unknown
  code: string | null
}

/**
 * One phone: its own loopback address (a rural party's phone has its own IP, so per-address rate
 * limits count it alone) and its own keep-alive connections.
 */
export function phone(localAddress: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 2 })
  let requests = 0
  let retries = 0
  const once = (base: string, method: string, path: string, headers: Record<string, string>, body?: Buffer): Promise<Reply> =>
    new Promise((resolve) => {
      requests += 1
      const url = new URL(path, base)
      const req = http.request(
        { host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers, agent, localAddress, timeout: 20_000 },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8')
            let parsed: unknown = null
            try {
              parsed = text ? JSON.parse(text) : null
            } catch {
              parsed = text
            }
            const code = (parsed as { error?: { code?: string } } | null)?.error?.code ?? null
            resolve({ status: res.statusCode ?? 0, body: parsed, code })
          })
          res.on('error', () => resolve({ status: 0, body: null, code: 'NETWORK' }))
        },
      )
      req.on('timeout', () => req.destroy(new Error('timeout')))
      req.on('error', () => resolve({ status: 0, body: null, code: 'NETWORK' }))
      if (body) req.write(body)
      req.end()
    })

  /**
   * A request as the app sends it: retried on a lost connection, a dead or busy process (5xx,
   * 429, 409 IDEMPOTENCY_IN_PROGRESS) with the same Idempotency-Key, until `deadline`.
   */
  async function send(
    base: string,
    method: string,
    path: string,
    opts: { token?: string; json?: unknown; raw?: { body: Buffer; type: string }; key?: boolean; deadline: number },
  ): Promise<Reply> {
    const headers: Record<string, string> = {}
    if (opts.token) headers.authorization = `Bearer ${opts.token}`
    if (opts.key) headers['idempotency-key'] = randomUUID()
    let body: Buffer | undefined
    if (opts.json !== undefined) {
      body = Buffer.from(JSON.stringify(opts.json))
      headers['content-type'] = 'application/json'
    } else if (opts.raw) {
      body = opts.raw.body
      headers['content-type'] = opts.raw.type
    }
    if (body) headers['content-length'] = String(body.length)
    for (let attempt = 1; ; attempt++) {
      const r = await once(base, method, path, headers, body)
      const retryable = r.status === 0 || r.status >= 500 || r.status === 429 || (r.status === 409 && r.code === 'IDEMPOTENCY_IN_PROGRESS')
      if (!retryable || Date.now() > opts.deadline) return r
      retries += 1
      await new Promise((res) => setTimeout(res, Math.min(2_000, 100 * attempt)))
    }
  }
  return { send, stats: () => ({ requests, retries }), close: () => agent.destroy() }
}

/** The loopback address of the i-th phone: 127.0.1.2, 127.0.1.3, … (Linux answers all of 127/8). */
export const phoneAddress = (i: number) => `127.0.${1 + Math.floor(i / 250)}.${2 + (i % 250)}`

/** A photo's multipart body, as wx.uploadFile sends one. */
export function photoUpload(name: string, bytes: Buffer): { body: Buffer; type: string } {
  const boundary = `----court${randomUUID().replace(/-/g, '')}`
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: image/jpeg\r\n\r\n`)
  return { body: Buffer.concat([head, bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]), type: `multipart/form-data; boundary=${boundary}` }
}
