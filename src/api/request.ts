import axios, { AxiosError, type AxiosAdapter, type AxiosInstance, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios'
import { isOffline, noteFresh, noteServedFromCache } from '../utils/network'
import { taroAdapter } from './taroAdapter'
import { toApiError } from './errors'
import { CACHED_AT_HEADER, offlineCache, offlineKey } from './offlineCache'

export interface ClientHooks {
  /** The current bearer token, if signed in. */
  token(): string | null
  /** Called once when the server says the token is no longer valid. */
  onUnauthorized(): void
  /** Waits between retries; replaced in tests. */
  sleep?(ms: number): Promise<void>
  /** Whose copy of a cached list this is (the signed-in user's id); lists are cached per person. */
  cacheScope?(): string | null
  /** The current instant (tests pass a fixed one). */
  now?(): Date
}

interface RetryState {
  retries?: number
  /** When the first attempt of this call started (ms). */
  startedAt?: number
}

const RETRY_DELAYS_MS = [600, 1800, 4000]
/**
 * A call with its retries gives up after this long: on a stalled link (bytes stop, no error) four
 * 20 s attempts used to keep the user waiting ≈86 s before the draft was said to be saved.
 */
export const CALL_BUDGET_MS = 20_000
const ATTEMPT_TIMEOUT_MS = 15_000
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
  const now = hooks.now ?? (() => new Date())
  // When the phone says it has no signal, fail at once: no waiting for a timeout, no retries.
  const adapter: AxiosAdapter = (config) => (isOffline() ? Promise.reject(new AxiosError('offline', AxiosError.ERR_NETWORK, config)) : taroAdapter(config))
  const client = axios.create({ baseURL, adapter, timeout: ATTEMPT_TIMEOUT_MS })
  const keyOf = (config: InternalAxiosRequestConfig) =>
    offlineKey(config.method, config.url ?? '', config.params ? JSON.stringify(config.params) : '', hooks.cacheScope?.() ?? null)

  client.interceptors.request.use((config) => {
    const c = config as InternalAxiosRequestConfig & RetryState
    c.startedAt ??= now().getTime()
    // The last attempt gets only what is left of the call's budget.
    const left = CALL_BUDGET_MS - (now().getTime() - c.startedAt)
    config.timeout = Math.max(1000, Math.min(config.timeout || ATTEMPT_TIMEOUT_MS, left))
    const token = hooks.token()
    if (token) config.headers.set('Authorization', `Bearer ${token}`)
    if (config.method === 'post' && !config.headers.has('Idempotency-Key')) config.headers.set('Idempotency-Key', newIdempotencyKey())
    // A bodiless POST (submit, forward) would otherwise go out as a form or text body, which the API refuses.
    if ((config.method === 'post' || config.method === 'put') && config.data === undefined) config.data = {}
    return config
  })

  client.interceptors.response.use(
    (res) => {
      const key = keyOf(res.config)
      if (key && res.status >= 200 && res.status < 300) {
        offlineCache.save(key, res.data, now().toISOString())
        noteFresh()
      }
      return res
    },
    async (err: unknown) => {
      if (err instanceof AxiosError && err.config) {
        const config = err.config as InternalAxiosRequestConfig & RetryState
        const method = (config.method ?? 'get').toLowerCase()
        const network = !err.response && err.code !== AxiosError.ERR_CANCELED
        // The same request, sent again after a drop, may find its first copy still running on another
        // server process: ask again with the same key and the stored reply comes back.
        const stillRunning =
          err.response?.status === 409 && (err.response.data as { error?: { code?: string } } | undefined)?.error?.code === 'IDEMPOTENCY_IN_PROGRESS'
        const retryable = SAFE.has(method) || config.headers.has('Idempotency-Key')
        const attempt = config.retries ?? 0
        const delay = RETRY_DELAYS_MS[attempt]
        const inBudget = delay !== undefined && now().getTime() - (config.startedAt ?? 0) + delay < CALL_BUDGET_MS
        if ((network || stillRunning) && retryable && inBudget && !isOffline()) {
          config.retries = attempt + 1
          await sleep(delay)
          if (!isOffline()) return client.request(config)
        }
        // No signal: a list already seen is shown from the phone, marked with its age.
        const key = network ? keyOf(config) : null
        const saved = key ? offlineCache.load(key) : null
        if (saved) {
          noteServedFromCache(saved.savedAt)
          const res: AxiosResponse = { data: saved.data, status: 200, statusText: 'cached', headers: { [CACHED_AT_HEADER]: saved.savedAt }, config }
          return res
        }
        if (err.response?.status === 401) hooks.onUnauthorized()
      }
      throw toApiError(err)
    },
  )
  return client
}
