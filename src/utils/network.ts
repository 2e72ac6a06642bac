import Taro from '@tarojs/taro'

/** What the phone says about its connection. */
export interface NetworkState {
  online: boolean
  /** wifi, 4g, none… as Taro reports it; 'unknown' on a desktop browser */
  type: string
  /** The oldest copy shown from the phone's cache since the signal went (ISO instant), or null. */
  cachedSince: string | null
}

let state: NetworkState = { online: true, type: 'unknown', cachedSince: null }
const listeners = new Set<(s: NetworkState) => void>()
let watching = false

/** `report`: a report from the phone, passed on even when nothing changed (a link that came back may never have been seen to go). */
function update(patch: Partial<NetworkState>, report = false): void {
  const next = { ...state, ...patch }
  // Back online: what pages load next is fresh again.
  if (next.online && !state.online) next.cachedSince = null
  if (!report && next.online === state.online && next.type === state.type && next.cachedSince === state.cachedSince) return
  state = next
  for (const l of listeners) l(state)
}

/**
 * Starts listening to the phone's network reports, once: Taro's network status events (the
 * mini-program's own), its first getNetworkType answer, and on H5 the browser's online/offline
 * events, which are the ones a browser reliably sends.
 */
export function watchNetwork(): void {
  if (watching) return
  watching = true
  if (process.env.TARO_ENV === 'h5' && typeof window !== 'undefined' && typeof navigator !== 'undefined') {
    update({ online: navigator.onLine !== false })
    window.addEventListener('online', () => update({ online: true }, true))
    window.addEventListener('offline', () => update({ online: false, type: 'none' }, true))
  }
  try {
    Taro.onNetworkStatusChange?.((res) => update({ online: res.isConnected, type: res.networkType ?? (res.isConnected ? 'unknown' : 'none') }, true))
    Taro.getNetworkType?.({
      success: (res) => {
        // A browser that cannot tell the kind of link says 'unknown': only a definite 'none' means offline.
        if (res.networkType === 'none') update({ online: false, type: 'none' })
        else if (process.env.TARO_ENV !== 'h5') update({ online: true, type: res.networkType })
      },
      fail: () => undefined,
    })?.catch?.(() => undefined)
  } catch {
    // A platform without these APIs: the requests themselves tell us when the signal is gone.
  }
}

/** The current state (starts watching on first use). */
export function networkState(): NetworkState {
  watchNetwork()
  return state
}

/** True when the phone itself says there is no connection: a request would only wait and fail. */
export function isOffline(): boolean {
  return !networkState().online
}

/** Calls `fn` on every change; returns the function that stops it. */
export function onNetworkChange(fn: (s: NetworkState) => void): () => void {
  watchNetwork()
  listeners.add(fn)
  return () => {
    listeners.delete(fn)
  }
}

/** Notes that a page is showing a copy saved at `savedAt`, so the banner can say how old it is. */
export function noteServedFromCache(savedAt: string): void {
  if (state.cachedSince === null || savedAt < state.cachedSince) update({ cachedSince: savedAt })
}

/** A reply came from the server: what is on screen now is fresh. */
export function noteFresh(): void {
  if (state.cachedSince !== null) update({ cachedSince: null })
}

/** For tests: back to a fresh start. */
export function resetNetworkState(next: Partial<NetworkState> = {}): void {
  state = { online: true, type: 'unknown', cachedSince: null, ...next }
}

/**
 * How old a cached copy is, in words: 刚刚更新, 3分钟前更新, 2小时前更新, 5天前更新.
 *
 * @param savedAt ISO instant the copy was fetched
 * @param now the current instant
 * @example ageWords('2026-12-01T10:00:00+08:00', new Date('2026-12-01T10:03:10+08:00')) // '3分钟前更新'
 */
export function ageWords(savedAt: string, now: Date): string {
  const minutes = Math.floor((now.getTime() - new Date(savedAt).getTime()) / 60_000)
  if (!(minutes >= 1)) return '刚刚更新'
  if (minutes < 60) return `${minutes}分钟前更新`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return `${hours}小时前更新`
  return `${Math.floor(hours / 24)}天前更新`
}
