import axios, { AxiosError, type AxiosInstance, type InternalAxiosRequestConfig } from 'axios'
import { taroAdapter } from './taroAdapter'
import { toApiError } from './errors'

export interface ClientHooks {
  /** The current bearer token, if signed in. */
  token(): string | null
  /** Called once when the server says the token is no longer valid. */
  onUnauthorized(): void
  /** Waits between retries; replaced in tests. */
  sleep?(ms: number): Promise<void>
}

interface RetryState {
  retries?: number
}

const RETRY_DELAYS_MS = [600, 1800, 4000]
const SAFE = new Set(['get', 'head', 'options'])

/** 32 hex characters; good enough to tell one tap from another, and needs no crypto API. */
export function newIdempotencyKey(): string {
  let s = ''
  for (let i = 0; i < 32; i++) s += Math.floor(Math.random() * 16).toString(16)
  return s
}

/**
 * The one HTTP client of the app. Adds the token, gives every creating POST an
 * Idempotency-Key (kept across retries, so a retry never creates a second record),
 * retries on a dropped connection with backoff — safe methods always, POSTs only with
 * their key — and turns every failure into an ApiError with a Chinese message.
 */
export function createClient(baseURL: string, hooks: ClientHooks): AxiosInstance {
  const sleep = hooks.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  const client = axios.create({ baseURL, adapter: taroAdapter, timeout: 20000 })

  client.interceptors.request.use((config) => {
    const token = hooks.token()
    if (token) config.headers.set('Authorization', `Bearer ${token}`)
    if (config.method === 'post' && !config.headers.has('Idempotency-Key')) config.headers.set('Idempotency-Key', newIdempotencyKey())
    // A bodiless POST (submit, forward) would otherwise go out as a form or text body, which the API refuses.
    if ((config.method === 'post' || config.method === 'put') && config.data === undefined) config.data = {}
    return config
  })

  client.interceptors.response.use(undefined, async (err: unknown) => {
    if (err instanceof AxiosError && err.config) {
      const config = err.config as InternalAxiosRequestConfig & RetryState
      const method = (config.method ?? 'get').toLowerCase()
      const network = !err.response && err.code !== AxiosError.ERR_CANCELED
      const retryable = SAFE.has(method) || config.headers.has('Idempotency-Key')
      const attempt = config.retries ?? 0
      if (network && retryable && attempt < RETRY_DELAYS_MS.length) {
        config.retries = attempt + 1
        await sleep(RETRY_DELAYS_MS[attempt])
        return client.request(config)
      }
      if (err.response?.status === 401) hooks.onUnauthorized()
    }
    throw toApiError(err)
  })
  return client
}
