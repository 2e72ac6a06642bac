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
  request: jest.Mock<{ abort: () => void }, [AsyncOptions & { url: string; method?: string; header?: Record<string, string>; data?: unknown }]>
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
  /** What the phone's network status reports now (flipped by networkChanged). */
  isConnected(): boolean
  redirectTo: jest.Mock<void, [AsyncOptions & { url: string }]>
  /** The phone's temp files, readable through getFileSystemManager(); each slice the app read. */
  files: { bytes: Map<string, Uint8Array>; reads: Array<{ path: string; position: number; length: number }> }
  /** wx.chooseMessageFile (a file from a chat): answers with the files given by pickMessageFile, then with a cancel. */
  chooseMessageFile: jest.Mock<Promise<unknown> | undefined, [AsyncOptions & { count?: number; type?: string; extension?: string[] }]>
  /** Puts a file on the phone and makes it the next file picked from a chat. */
  pickMessageFile(file: { path: string; name: string; bytes: Uint8Array }): void
  /**
   * wx.requestSubscribeMessage: each call with its template ids and whether it came inside a tap
   * (WeChat refuses the dialog otherwise). The dialog stays open until `answer` is called.
   */
  subscribe: {
    calls: Array<{ tmplIds: string[]; duringTap: boolean }>
    open: number
    answer(choice: 'accept' | 'reject'): void
  }
}

let tapDepth = 0

/**
 * Runs `fn` as WeChat runs a tap's handler: APIs that need a user gesture (the subscribe dialog)
 * see the tap only while the handler runs synchronously, not after an await or a timer.
 */
export function duringTap<T>(fn: () => T): T {
  tapDepth++
  try {
    return fn()
  } finally {
    tapDepth--
  }
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

/**
 * WeChat's two ways to call an async API (base library 2.10.2 on): with callbacks, or without any
 * and get a promise back. `run` settles through whichever the caller chose.
 */
function callbackOrPromise(
  options: AsyncOptions,
  run: (done: { success: (res: Record<string, unknown>) => void; fail: (err: { errMsg: string }) => void }) => void,
): Promise<Record<string, unknown>> | undefined {
  if (options.success || options.fail || options.complete) {
    run({
      success: (res) => {
        options.success?.(res)
        options.complete?.(res)
      },
      fail: (err) => {
        options.fail?.(err)
        options.complete?.(err as unknown as Record<string, unknown>)
      },
    })
    return undefined
  }
  return new Promise((resolve, reject) => run({ success: resolve, fail: reject }))
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

  const redirectTo: FakeWx['redirectTo'] = jest.fn((o) => succeed('redirectTo', o))

  const files: FakeWx['files'] = { bytes: new Map(), reads: [] }
  const fail = (name: string, o: AsyncOptions, why: string) => later(() => o.fail?.({ errMsg: `${name}:fail ${why}` }))
  const slice = (path: string, position = 0, length?: number) => {
    const whole = files.bytes.get(path)!
    files.reads.push({ path, position, length: length ?? whole.length - position })
    // A copy in its own buffer, as the phone hands it over.
    return whole.slice(position, length === undefined ? undefined : position + length).buffer
  }
  const opened = new Map<string, string>()
  const fileSystemManager = {
    stat: (o: AsyncOptions & { path: string }) =>
      files.bytes.has(o.path)
        ? succeed('stat', o, { stats: { size: files.bytes.get(o.path)!.length, isFile: () => true, isDirectory: () => false } })
        : fail('stat', o, 'no such file or directory'),
    readFile: (o: AsyncOptions & { filePath: string; position?: number; length?: number; encoding?: string }) => {
      if (!files.bytes.has(o.filePath)) return fail('readFile', o, 'no such file or directory')
      succeed('readFile', o, { data: slice(o.filePath, o.position, o.length) })
    },
    open: (o: AsyncOptions & { filePath: string }) => {
      if (!files.bytes.has(o.filePath)) return fail('open', o, 'no such file or directory')
      const fd = `fd-${opened.size + 1}`
      opened.set(fd, o.filePath)
      succeed('open', o, { fd })
    },
    read: (o: AsyncOptions & { fd: string; arrayBuffer: ArrayBuffer; offset?: number; length: number; position?: number }) => {
      const path = opened.get(o.fd)
      if (!path) return fail('read', o, 'bad file descriptor')
      const got = new Uint8Array(slice(path, o.position ?? 0, o.length))
      new Uint8Array(o.arrayBuffer).set(got, o.offset ?? 0)
      succeed('read', o, { bytesRead: got.length, arrayBuffer: o.arrayBuffer })
    },
    close: (o: AsyncOptions & { fd: string }) => {
      opened.delete(o.fd)
      succeed('close', o)
    },
  }

  const picks: Array<{ path: string; name: string; size: number }> = []
  // Taro 4.2 does not promisify chooseMessageFile: the app relies on WeChat's own promise.
  const chooseMessageFile: FakeWx['chooseMessageFile'] = jest.fn((o) =>
    callbackOrPromise(o, (done) => {
      const next = picks.shift()
      later(() =>
        next
          ? done.success({ errMsg: 'chooseMessageFile:ok', tempFiles: [{ ...next, type: 'file', time: 1_764_662_400 }] })
          : done.fail({ errMsg: 'chooseMessageFile:fail cancel' }),
      )
    }),
  )
  const pickMessageFile: FakeWx['pickMessageFile'] = (file) => {
    files.bytes.set(file.path, file.bytes)
    picks.push({ path: file.path, name: file.name, size: file.bytes.length })
  }

  const dialogs: Array<(choice: 'accept' | 'reject') => void> = []
  const subscribe: FakeWx['subscribe'] = {
    calls: [],
    get open() {
      return dialogs.length
    },
    answer(choice) {
      const reply = dialogs.shift()
      if (!reply) throw new Error('no subscribe dialog is open')
      reply(choice)
    },
  }
  const requestSubscribeMessage = (o: AsyncOptions & { tmplIds: string[] }) => {
    const duringTap = tapDepth > 0
    subscribe.calls.push({ tmplIds: [...o.tmplIds], duringTap })
    if (!duringTap) return fail('requestSubscribeMessage', o, 'can only be invoked by user TAP gesture.')
    dialogs.push((choice) => succeed('requestSubscribeMessage', o, Object.fromEntries(o.tmplIds.map((id) => [id, choice]))))
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
    redirectTo,
    getFileSystemManager: () => fileSystemManager,
    chooseMessageFile,
    requestSubscribeMessage,
    onNetworkStatusChange: (fn: (res: { isConnected: boolean; networkType: string }) => void) => void networkListeners.add(fn),
    offNetworkStatusChange: (fn: (res: { isConnected: boolean; networkType: string }) => void) => void networkListeners.delete(fn),
  }
  return {
    storage,
    makePhoneCall,
    navigateTo,
    switchTab,
    request,
    showToast,
    networkChanged,
    api,
    privacy,
    isConnected: () => networkType !== 'none',
    redirectTo,
    files,
    chooseMessageFile,
    pickMessageFile,
    subscribe,
  }
}
