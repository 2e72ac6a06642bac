import Taro from '@tarojs/taro'
import type { HttpRequest, HttpResponse, HttpStack } from 'tus-js-client'

type Method = NonNullable<Parameters<typeof Taro.request>[0]['method']>
type RequestTask = ReturnType<typeof Taro.request>

/** One chunk (256 KB) at 50 kbps takes ≈42 s; past 90 s the request is given up and resumed. */
export const CHUNK_TIMEOUT_MS = 90_000

class TaroResponse implements HttpResponse {
  private readonly headers: Record<string, string> = {}
  constructor(private readonly res: { statusCode: number; header?: Record<string, unknown>; data?: unknown }) {
    // wx.request keeps the case the server sent; tus names headers case-insensitively.
    for (const [k, v] of Object.entries(res.header ?? {})) this.headers[k.toLowerCase()] = String(v)
  }
  getStatus = () => this.res.statusCode
  getHeader = (name: string) => this.headers[name.toLowerCase()]
  getBody = () => (typeof this.res.data === 'string' ? this.res.data : this.res.data == null ? '' : JSON.stringify(this.res.data))
  getUnderlyingObject = () => this.res
}

class TaroRequest implements HttpRequest {
  private readonly headers: Record<string, string> = {}
  private task: RequestTask | undefined = undefined
  constructor(
    private readonly method: string,
    private readonly url: string,
  ) {}
  getMethod = () => this.method
  getURL = () => this.url
  setHeader(name: string, value: string) {
    this.headers[name] = value
  }
  getHeader = (name: string) => this.headers[name]
  // Taro.request reports no upload progress: progress moves as each chunk is acknowledged.
  setProgressHandler() {}
  send(body?: ArrayBuffer | Blob | null): Promise<HttpResponse> {
    return new Promise((resolve, reject) => {
      // Assigned before the call returns: a mock may call success synchronously.
      let task: RequestTask | undefined = undefined
      task = Taro.request({
        url: this.url,
        method: this.method as Method,
        header: this.headers,
        ...(body != null ? { data: body as ArrayBuffer } : {}),
        timeout: CHUNK_TIMEOUT_MS,
        responseType: 'text',
        dataType: '其他',
        success: (res) => resolve(new TaroResponse(res as { statusCode: number; header?: Record<string, unknown>; data?: unknown })),
        fail: (err) => reject(new Error(err?.errMsg || 'request:fail')),
      })
      ;(task as unknown as Promise<unknown> | undefined)?.catch?.(() => undefined)
      this.task = task
    })
  }
  abort() {
    this.task?.abort()
    return Promise.resolve()
  }
  getUnderlyingObject = () => this.task
}

/**
 * tus-js-client's HTTP layer over Taro.request, so one client runs in the mini-program (wx.request)
 * and in H5 (fetch). wx.request has no PATCH: the caller turns on tus's `overridePatchMethod`
 * there, which sends each chunk as POST with `X-HTTP-Method-Override: PATCH`.
 */
export class TaroHttpStack implements HttpStack {
  createRequest(method: string, url: string): HttpRequest {
    return new TaroRequest(method, url)
  }
  getName() {
    return 'TaroHttpStack'
  }
}
