import { taroMock } from '../stubs/taro'
import { ApiError } from '../../../src/api/errors'
import { CACHED_AT_HEADER } from '../../../src/api/offlineCache'
import { CALL_BUDGET_MS, createClient } from '../../../src/api/request'

type Opts = { url: string; method: string; header: Record<string, string>; data?: unknown; success: (r: unknown) => void; fail: (e: unknown) => void }

const reply = (statusCode: number, body: unknown) => (o: Opts) => {
  o.success({ statusCode, data: JSON.stringify(body), header: { 'content-type': 'application/json' } })
  return { abort: jest.fn() }
}
const drop = (o: Opts) => {
  o.fail({ errMsg: 'request:fail' })
  return { abort: jest.fn() }
}

const calls = () => taroMock.request.mock.calls.map((c) => c[0] as Opts)

function client(token: string | null = 'tok') {
  const onUnauthorized = jest.fn()
  const c = createClient('https://court.example/api/v1', { token: () => token, onUnauthorized, sleep: async () => undefined })
  return { c, onUnauthorized }
}

beforeEach(() => taroMock.request.mockReset())

describe('the API client over Taro.request', () => {
  it('sends the bearer token and parses JSON', async () => {
    taroMock.request.mockImplementation(reply(200, { ok: 1 }))
    const { c } = client()
    const res = await c.get('/me', { params: { a: 1 } })
    expect(res.data).toEqual({ ok: 1 })
    expect(calls()[0].url).toBe('https://court.example/api/v1/me?a=1')
    expect(calls()[0].header.Authorization).toBe('Bearer tok')
  })

  it('gives every POST an Idempotency-Key and keeps it across retries', async () => {
    taroMock.request
      .mockImplementationOnce(drop)
      .mockImplementationOnce(drop)
      .mockImplementation(reply(201, { id: 'f1' }))
    const { c } = client()
    const res = await c.post('/filings', { a: 1 })
    expect(res.data).toEqual({ id: 'f1' })
    const keys = calls().map((o) => o.header['Idempotency-Key'])
    expect(keys).toHaveLength(3)
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/)
    expect(new Set(keys).size).toBe(1)
    expect(calls()[2].data).toBe(JSON.stringify({ a: 1 }))
  })

  it('asks again with the same key while the first copy of a POST is still running, and gets its reply', async () => {
    taroMock.request
      .mockImplementationOnce(drop)
      .mockImplementationOnce(reply(409, { error: { code: 'IDEMPOTENCY_IN_PROGRESS', message: '上一次提交还在办理', field: 'Idempotency-Key' } }))
      .mockImplementation(reply(201, { id: 'f1' }))
    const { c } = client()
    const res = await c.post('/filings/f1/submit')
    expect(res.data).toEqual({ id: 'f1' })
    expect(new Set(calls().map((o) => o.header['Idempotency-Key'])).size).toBe(1)
    expect(calls()).toHaveLength(3)
  })

  it('does not retry any other conflict', async () => {
    taroMock.request.mockImplementation(reply(409, { error: { code: 'FILING_VERSION_CONFLICT', message: '草稿已在别处修改', field: 'version' } }))
    const { c } = client()
    const err = (await c.post('/filings/f1/submit').catch((e: unknown) => e)) as ApiError
    expect(calls()).toHaveLength(1)
    expect(err.message).toBe('草稿已在别处修改')
  })

  it('retries a GET on a dropped signal, then gives up with a Chinese offline message', async () => {
    taroMock.request.mockImplementation(drop)
    const { c } = client()
    const err = (await c.get('/cases').catch((e: unknown) => e)) as ApiError
    expect(calls()).toHaveLength(4)
    expect(err).toBeInstanceOf(ApiError)
    expect(err.offline).toBe(true)
    expect(err.message).toContain('网络不稳定')
  })

  it('does not retry a PUT, which has no idempotency key', async () => {
    taroMock.request.mockImplementation(drop)
    const { c } = client()
    await expect(c.put('/me/profile', {})).rejects.toBeInstanceOf(ApiError)
    expect(calls()).toHaveLength(1)
  })

  it('turns the error envelope into an ApiError with code, field and message', async () => {
    taroMock.request.mockImplementation(reply(400, { error: { code: 'PROFILE_ID_INVALID', message: '身份证号最后一位不对', field: 'idNumber' } }))
    const { c } = client()
    const err = (await c.put('/me/profile', {}).catch((e: unknown) => e)) as ApiError
    expect(err).toMatchObject({ code: 'PROFILE_ID_INVALID', message: '身份证号最后一位不对', field: 'idNumber', status: 400 })
  })

  it('asks the user to sign in again on 401', async () => {
    taroMock.request.mockImplementation(reply(401, { error: { code: 'AUTH_REQUIRED', message: '请先登录' } }))
    const { c, onUnauthorized } = client()
    await expect(c.get('/me')).rejects.toMatchObject({ code: 'AUTH_REQUIRED' })
    expect(onUnauthorized).toHaveBeenCalledTimes(1)
  })

  it('does not retry a server error, and never shows its internals', async () => {
    taroMock.request.mockImplementation(reply(502, 'Bad gateway <html>'))
    const { c } = client()
    const err = (await c.get('/me').catch((e: unknown) => e)) as ApiError
    expect(calls()).toHaveLength(1)
    expect(err.message).toBe('服务器暂时出了问题，请稍后再试')
  })

  it('works when the mini-program calls success synchronously before returning the task', async () => {
    taroMock.request.mockImplementation((o: Opts) => {
      o.success({ statusCode: 200, data: '[]', header: {} })
      return { abort: jest.fn() }
    })
    const { c } = client(null)
    await expect(c.get('/courts')).resolves.toMatchObject({ data: [] })
    expect(calls()[0].header.Authorization).toBeUndefined()
  })
})

describe('bodiless writes', () => {
  it('sends a JSON object for a POST without data, so the server sees JSON', async () => {
    taroMock.request.mockImplementation(reply(200, {}))
    const { c } = client()
    await c.post('/filings/f1/submit')
    expect(calls()[0].data).toBe('{}')
    expect(calls()[0].header['Content-Type']).toMatch(/application\/json/)
  })
})

describe('the promise Taro.request also returns', () => {
  it('does not leave an unhandled rejection when the request fails', async () => {
    const rejected = Promise.reject({ errMsg: 'request:fail' })
    taroMock.request.mockImplementation((o: Opts) => {
      o.fail({ errMsg: 'request:fail' })
      return Object.assign(rejected, { abort: jest.fn() })
    })
    const unhandled = jest.fn()
    process.on('unhandledRejection', unhandled)
    const { c } = client()
    await expect(c.put('/me/profile', {})).rejects.toMatchObject({ code: 'NETWORK' })
    await new Promise((r) => setTimeout(r, 10))
    process.off('unhandledRejection', unhandled)
    expect(unhandled).not.toHaveBeenCalled()
  })
})

describe('a phone that says it is offline', () => {
  const { resetNetworkState, networkState } = jest.requireActual('../../../src/utils/network') as typeof import('../../../src/utils/network')
  afterEach(() => resetNetworkState())

  it('fails at once, with no request sent and no retries, so the draft is reported saved on the phone', async () => {
    resetNetworkState({ online: false })
    const { c } = client()
    const started = Date.now()
    const err = (await c.put('/filings/f1/draft', {}).catch((e: unknown) => e)) as ApiError
    expect(err.offline).toBe(true)
    expect(calls()).toHaveLength(0)
    expect(Date.now() - started).toBeLessThan(200)
  })

  it('stops retrying as soon as the phone reports the signal gone', async () => {
    taroMock.request.mockImplementation((o: Opts) => {
      taroMock.networkChanged(false)
      return drop(o)
    })
    const { c } = client()
    await expect(c.get('/me')).rejects.toMatchObject({ code: 'NETWORK' })
    expect(calls()).toHaveLength(1)
    expect(networkState().online).toBe(false)
  })
})

describe('a stalled link', () => {
  it('gives up within the call budget, not after four full timeouts', async () => {
    let t = 0
    const now = () => new Date(t)
    const timeouts: number[] = []
    taroMock.request.mockImplementation((o: Opts & { timeout?: number }) => {
      // Each attempt waits its whole timeout before the stalled link fails it.
      timeouts.push(o.timeout ?? 0)
      t += o.timeout ?? 0
      o.fail({ errMsg: 'request:fail timeout' })
      return { abort: jest.fn() }
    })
    const c = createClient('https://court.example/api/v1', {
      token: () => 'tok',
      onUnauthorized: jest.fn(),
      now,
      sleep: async (ms) => void (t += ms),
    })
    await expect(c.get('/cases')).rejects.toMatchObject({ code: 'NETWORK' })
    expect(t).toBeLessThanOrEqual(CALL_BUDGET_MS)
    expect(timeouts.length).toBeGreaterThanOrEqual(2)
  })
})

describe('lists already seen, without signal', () => {
  const { resetNetworkState, networkState } = jest.requireActual('../../../src/utils/network') as typeof import('../../../src/utils/network')
  afterEach(() => resetNetworkState())
  const scoped = (scope: string) =>
    createClient('https://court.example/api/v1', {
      token: () => 'tok',
      onUnauthorized: jest.fn(),
      sleep: async () => undefined,
      cacheScope: () => scope,
      now: () => new Date('2026-12-01T02:00:00Z'),
    })

  it('are served from the phone, marked with when they were fetched, for the same person only', async () => {
    taroMock.request.mockImplementation(reply(200, [{ id: 'f1', status: 'submitted' }]))
    await scoped('u-zhang').get('/filings')
    resetNetworkState({ online: false })
    const res = await scoped('u-zhang').get('/filings')
    expect(res.data).toEqual([{ id: 'f1', status: 'submitted' }])
    expect(res.headers[CACHED_AT_HEADER]).toBe('2026-12-01T02:00:00.000Z')
    expect(networkState().cachedSince).toBe('2026-12-01T02:00:00.000Z')
    // Someone else signed in on this phone sees none of it.
    await expect(scoped('u-wang').get('/filings')).rejects.toMatchObject({ code: 'NETWORK' })
  })

  it('are not kept for anything but the read-only lists', async () => {
    taroMock.request.mockImplementation(reply(200, { id: 'f1' }))
    await scoped('u-zhang').get('/filings/f1')
    resetNetworkState({ online: false })
    await expect(scoped('u-zhang').get('/filings/f1')).rejects.toMatchObject({ code: 'NETWORK' })
  })
})
