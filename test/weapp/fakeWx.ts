/**
 * A small fake of the `wx` APIs the compiled Taro runtime and our pages touch. It is laid over
 * miniprogram-simulate's own `wx` (which covers the rest with inert stubs), so the calls that
 * matter to a test are recorded and the phone's storage is real enough for a sign-in to survive
 * a relaunch.
 */

interface AsyncOptions {
  success?: (res: Record<string, unknown>) => void
  fail?: (err: { errMsg: string }) => void
  complete?: (res: Record<string, unknown>) => void
}

export interface FakeWx {
  /** What the app has saved with setStorageSync; seed it before launch to simulate a returning user. */
  storage: Map<string, unknown>
  makePhoneCall: jest.Mock<void, [AsyncOptions & { phoneNumber: string }]>
  navigateTo: jest.Mock<void, [AsyncOptions & { url: string }]>
  switchTab: jest.Mock<void, [AsyncOptions & { url: string }]>
  /** Fails like a phone without signal unless a test gives it another implementation. */
  request: jest.Mock<{ abort: () => void }, [AsyncOptions & { url: string; method?: string; data?: unknown }]>
  showToast: jest.Mock<void, [AsyncOptions & { title: string }]>
  /** Tells the app, as wx.onNetworkStatusChange would, that the signal went or came back. */
  networkChanged(isConnected: boolean): void
  api: Record<string, unknown>
  /**
   * WeChat's privacy gate: until the user agrees, `chooseMedia` waits while the app's
   * onNeedPrivacyAuthorization listener is asked; it goes on only when resolved with `agree` and
   * the id of an agree button. Each call the photo picker received, and whether it went through.
   */
  privacy: { agreed: boolean; listeners: number; chooseMedia: jest.Mock<void, [AsyncOptions]>; picked: number }
}

/** WeChat calls back asynchronously; doing the same keeps the runtime's promise wrappers honest. */
function later(fn: () => void): void {
  setTimeout(fn, 0)
}

function succeed(name: string, options: AsyncOptions, extra: Record<string, unknown> = {}): void {
  later(() => {
    const res = { errMsg: `${name}:ok`, ...extra }
    options.success?.(res)
    options.complete?.(res)
  })
}

/** A selector query that answers "nothing measured": layout does not exist in the simulator. */
function selectorQuery() {
  const pending: Array<null> = []
  const query = {
    in: () => query,
    select: () => nodesRef,
    selectAll: () => nodesRef,
    selectViewport: () => nodesRef,
    exec: (cb?: (res: Array<null>) => void) => later(() => cb?.(pending)),
  }
  const nodesRef = {
    boundingClientRect: () => (pending.push(null), query),
    scrollOffset: () => (pending.push(null), query),
    fields: () => (pending.push(null), query),
    node: () => (pending.push(null), query),
  }
  return query
}

export function createFakeWx(seed: Record<string, unknown> = {}, opts: { offline?: boolean } = {}): FakeWx {
  const storage = new Map<string, unknown>(Object.entries(seed))
  // Stored values are copied, as on the phone: the app must not share objects with its storage.
  const copy = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T))

  const makePhoneCall: FakeWx['makePhoneCall'] = jest.fn((o) => succeed('makePhoneCall', o))
  const navigateTo: FakeWx['navigateTo'] = jest.fn((o) => succeed('navigateTo', o))
  const switchTab: FakeWx['switchTab'] = jest.fn((o) => succeed('switchTab', o))
  const request: FakeWx['request'] = jest.fn((o) => {
    later(() => {
      const err = { errMsg: 'request:fail 测试环境没有网络' }
      o.fail?.(err)
      o.complete?.(err)
    })
    return { abort: () => undefined }
  })

  const showToast: FakeWx['showToast'] = jest.fn((o) => succeed('showToast', o))
  let networkType = opts.offline ? 'none' : 'wifi'
  const networkListeners = new Set<(res: { isConnected: boolean; networkType: string }) => void>()
  const networkChanged = (isConnected: boolean) => {
    networkType = isConnected ? 'wifi' : 'none'
    for (const fn of networkListeners) fn({ isConnected, networkType })
  }

  const systemInfo = {
    brand: 'fake',
    model: 'fake phone',
    pixelRatio: 2,
    screenWidth: 390,
    screenHeight: 844,
    windowWidth: 390,
    windowHeight: 844,
    statusBarHeight: 20,
    language: 'zh_CN',
    version: '8.0.50',
    system: 'Android 12',
    platform: 'android',
    fontSizeSetting: 16,
    SDKVersion: '3.0.0',
    safeArea: { left: 0, right: 390, top: 20, bottom: 844, width: 390, height: 824 },
  }

  type PrivacyResolve = (o: { event: string; buttonId?: string }) => void
  const privacyListeners: Array<(resolve: PrivacyResolve) => void> = []
  const privacy: FakeWx['privacy'] = {
    agreed: false,
    listeners: 0,
    picked: 0,
    chooseMedia: jest.fn((o: AsyncOptions) => {
      const pick = () => {
        privacy.picked++
        succeed('chooseMedia', o, { tempFiles: [{ tempFilePath: 'wxfile://tmp/photo.jpg', size: 120_000, fileType: 'image' }], type: 'image' })
      }
      if (privacy.agreed) return pick()
      const refuse = () => later(() => o.fail?.({ errMsg: 'chooseMedia:fail privacy permission is not authorized' }))
      if (privacyListeners.length === 0) return refuse()
      for (const listener of privacyListeners) {
        listener((answer) => {
          if (answer.event === 'exposureAuthorization') return
          if (answer.event === 'agree' && answer.buttonId) {
            privacy.agreed = true
            pick()
          } else refuse()
        })
      }
    }),
  }

  const api: Record<string, unknown> = {
    onNeedPrivacyAuthorization: (fn: (resolve: PrivacyResolve) => void) => {
      privacyListeners.push(fn)
      privacy.listeners = privacyListeners.length
    },
    chooseMedia: privacy.chooseMedia,
    getSystemInfoSync: () => ({ ...systemInfo }),
    getWindowInfo: () => ({ ...systemInfo }),
    getStorageSync: (key: string) => (storage.has(key) ? copy(storage.get(key)) : ''),
    setStorageSync: (key: string, value: unknown) => void storage.set(key, copy(value)),
    removeStorageSync: (key: string) => void storage.delete(key),
    getStorageInfoSync: () => ({ keys: [...storage.keys()], currentSize: 0, limitSize: 10240 }),
    clearStorageSync: () => storage.clear(),
    nextTick: (fn: () => void) => later(fn),
    createSelectorQuery: selectorQuery,
    makePhoneCall,
    navigateTo,
    switchTab,
    request,
    showToast,
    // Answered at once, as a phone that already knows its link does.
    getNetworkType: (o: AsyncOptions) => {
      const res = { errMsg: 'getNetworkType:ok', networkType }
      o.success?.(res)
      o.complete?.(res)
    },
    onNetworkStatusChange: (fn: (res: { isConnected: boolean; networkType: string }) => void) => void networkListeners.add(fn),
    offNetworkStatusChange: (fn: (res: { isConnected: boolean; networkType: string }) => void) => void networkListeners.delete(fn),
  }
  return { storage, makePhoneCall, navigateTo, switchTab, request, showToast, networkChanged, api, privacy }
}
