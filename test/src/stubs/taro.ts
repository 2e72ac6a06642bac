/* A stand-in for @tarojs/taro in jsdom: storage in memory, navigation and phone calls recorded. */
const storage = new Map<string, unknown>()
const networkListeners = new Set<(res: { isConnected: boolean }) => void>()

export const taroMock = {
  storage,
  request: jest.fn(),
  navigateTo: jest.fn(async (_o: { url: string }) => ({})),
  redirectTo: jest.fn(async (_o: { url: string }) => ({})),
  navigateBack: jest.fn(async () => ({})),
  switchTab: jest.fn(async (_o: { url: string }) => ({})),
  makePhoneCall: jest.fn(async (_o: { phoneNumber: string }) => ({})),
  setClipboardData: jest.fn(async (_o: { data: string }) => ({})),
  pageScrollTo: jest.fn(async (_o: { scrollTop: number; duration: number }) => ({})),
  stopPullDownRefresh: jest.fn(),
  previewImage: jest.fn(async (_o: { urls: string[] }) => ({})),
  login: jest.fn(async () => ({ code: 'test-code' })),
  showToast: jest.fn(async () => ({})),
  setTabBarBadge: jest.fn(async () => ({})),
  removeTabBarBadge: jest.fn(async () => ({})),
  getCurrentInstance: () => ({ router: { path: currentPath.value, params: routerParams } }),
  getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
  getStorageInfoSync: () => ({ keys: [...storage.keys()] }),
  onNetworkStatusChange: (fn: (res: { isConnected: boolean }) => void) => void networkListeners.add(fn),
  offNetworkStatusChange: (fn: (res: { isConnected: boolean }) => void) => void networkListeners.delete(fn),
  /** Tells every listener the signal came back (or went). */
  networkChanged: (isConnected: boolean) => networkListeners.forEach((fn) => fn({ isConnected })),
}

/** The page shown now (Taro.getCurrentInstance().router.path); a test may set it. */
export const currentPath = { value: '' }

/** The page's query (`?id=…`); a test sets it before rendering a page. */
export const routerParams: Record<string, string> = {}
export const useRouter = () => ({ params: routerParams })
export const useDidShow = (fn: () => void) => {
  const { useEffect } = require('react') as typeof import('react')
  // Runs once on mount, as a page's first onShow does.
  useEffect(fn, [])
}
export const useLaunch = useDidShow
export const useDidHide = (_fn: () => void) => undefined

export default taroMock
export const usePullDownRefresh = (_fn: () => void) => undefined

/** What pages asked to run when the reader scrolls to the bottom; a test calls `reachBottom()`. */
const reachBottomHandlers = new Set<{ current: () => void }>()
export const useReachBottom = (fn: () => void) => {
  const { useEffect, useRef } = require('react') as typeof import('react')
  const ref = useRef(fn)
  ref.current = fn
  useEffect(() => {
    reachBottomHandlers.add(ref)
    return () => void reachBottomHandlers.delete(ref)
  }, [])
}
export const reachBottom = () => reachBottomHandlers.forEach((h) => h.current())
