import Taro from '@tarojs/taro'

/**
 * Read-only lists a person looks at again without signal: 我的案件, 我的文书 and the cases behind
 * them, and the holiday table. Kept in the phone's storage (localStorage on H5, the
 * mini-program's storage in weapp), one copy per signed-in person, so one phone shared by two
 * people never shows one the other's cases.
 */
const CACHEABLE = [/^\/filings$/, /^\/service\/inbox$/, /^\/service\/cases$/, /^\/calendar\/holidays$/]

const PREFIX = 'court.offline.'

interface Saved {
  data: unknown
  savedAt: string
}

/** The storage key for a GET of `path` (relative to the API base) by `scope`, or null when it is not kept. */
export function offlineKey(method: string | undefined, path: string, query: string, scope: string | null): string | null {
  if ((method ?? 'get').toLowerCase() !== 'get') return null
  if (!CACHEABLE.some((re) => re.test(path))) return null
  return `${PREFIX}${scope ?? 'guest'}:${path}${query ? `?${query}` : ''}`
}

export const offlineCache = {
  save(key: string, data: unknown, savedAt: string): void {
    try {
      Taro.setStorageSync(key, { data, savedAt } satisfies Saved)
    } catch {
      // Storage full: the page still works online, it just has no offline copy.
    }
  },
  load(key: string): Saved | null {
    try {
      const v = Taro.getStorageSync(key) as Saved | ''
      return v && typeof v === 'object' && typeof v.savedAt === 'string' ? v : null
    } catch {
      return null
    }
  },
  /** Drops every person's copies: on sign-out the next person on this phone must not see them. */
  forgetAll(): void {
    try {
      for (const key of Taro.getStorageInfoSync().keys) if (key.startsWith(PREFIX)) Taro.removeStorageSync(key)
    } catch {
      // Storage unreadable: nothing to drop.
    }
  },
}

/** The header a reply served from the phone's copy carries: when that copy was fetched. */
export const CACHED_AT_HEADER = 'x-offline-saved-at'
