/* A stand-in for @tarojs/taro in jsdom: storage in memory, navigation and phone calls recorded. */
const storage = new Map<string, unknown>()

export const taroMock = {
  storage,
  request: jest.fn(),
  navigateTo: jest.fn(async (_o: { url: string }) => ({})),
  redirectTo: jest.fn(async (_o: { url: string }) => ({})),
  switchTab: jest.fn(async (_o: { url: string }) => ({})),
  makePhoneCall: jest.fn(async (_o: { phoneNumber: string }) => ({})),
  login: jest.fn(async () => ({ code: 'test-code' })),
  showToast: jest.fn(async () => ({})),
  getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
}

export const useRouter = () => ({ params: {} as Record<string, string> })
export const useDidShow = (fn: () => void) => {
  const { useEffect } = require('react') as typeof import('react')
  // Runs once on mount, as a page's first onShow does.
  useEffect(fn, [])
}
export const useLaunch = useDidShow

export default taroMock
export const usePullDownRefresh = (_fn: () => void) => undefined
