import { act, renderHook, waitFor } from '@testing-library/react'
import type { FilingData } from '@domain'
import type { FilingView } from '../../../../src/api/filings'
import { draftStore } from '../../../../src/subpackages/filing/draftStore'
import { resetCourtCodes } from '../../../../src/subpackages/filing/pages/form/useAverageWage'
import { useFilingDraft } from '../../../../src/subpackages/filing/pages/form/useFilingDraft'
import { fakeServer, type SentRequest } from '../../fakeServer'
import { taroMock } from '../../stubs/taro'
import { filingData, filingView } from './fixtures'

let server: { view: FilingView; offline: boolean }
let sent: SentRequest[]
const complete = (): FilingData =>
  filingData({
    parties: [
      ...filingData().parties,
      { side: 'defendant', type: 'person', name: '王建国', idNumber: '150784197209150019', mobile: '', address: '额尔古纳市三河回族乡' },
    ],
    claims: [{ text: '判令被告支付小麦货款', amountFen: 8_650_000 }],
    facts: '2025年9月我卖给被告小麦20吨，说好收货后一个月内付款，到现在也没给钱。',
    declaration: true,
  })

beforeEach(() => {
  resetCourtCodes()
  taroMock.storage.clear()
  taroMock.redirectTo.mockClear()
  server = { view: filingView(), offline: false }
  sent = fakeServer((req) => {
    if (server.offline) return 'offline'
    if (req.method === 'GET' && req.path === '/filings/f-1') return { body: server.view }
    if (req.method === 'PUT' && req.path === '/filings/f-1/draft') {
      server.view = { ...server.view, data: req.body as FilingData, version: server.view.version + 1 }
      return { body: server.view }
    }
    if (req.method === 'POST' && req.path === '/filings/f-1/submit') return { body: { ...server.view, status: 'submitted' } }
    // The court list tells the form its court's province; GET /average-wages is not answered, so the shipped figures count.
    if (req.method === 'GET' && req.path === '/courts')
      return { body: [{ id: 'c-ergun', code: '内0784', name: '额尔古纳市人民法院', region: 'ergun', phone: '', rooms: [] }] }
    return undefined
  })
})
afterEach(() => jest.useRealTimers())

const open = async () => {
  const hook = renderHook(() => useFilingDraft('f-1'))
  await waitFor(() => expect(hook.result.current.data).not.toBeNull())
  return hook
}
const puts = () => sent.filter((r) => r.method === 'PUT')

describe('useFilingDraft', () => {
  it('opens the server’s draft at the first step, already saved', async () => {
    const { result } = await open()
    expect(result.current.data).toEqual(server.view.data)
    expect(result.current).toMatchObject({ step: 0, saveState: 'saved', banner: null, isLast: false })
  })

  it('keeps each change on the phone at once and sends it 0.8 s later', async () => {
    const { result } = await open()
    jest.useFakeTimers()
    act(() => result.current.update((d) => ({ ...d, facts: '欠款' })))
    expect(draftStore.load('f-1')).toMatchObject({ data: { facts: '欠款' }, synced: false })
    expect(puts()).toHaveLength(0)
    await act(async () => {
      await jest.advanceTimersByTimeAsync(800)
    })
    expect(puts().map((r) => (r.body as FilingData).facts)).toEqual(['欠款'])
    expect(result.current.saveState).toBe('saved')
    expect(draftStore.load('f-1')).toMatchObject({ synced: true })
  })

  it('sends one save for a burst of typing', async () => {
    const { result } = await open()
    jest.useFakeTimers()
    for (const facts of ['欠', '欠款', '欠款不还']) {
      act(() => result.current.update((d) => ({ ...d, facts })))
      await act(async () => {
        await jest.advanceTimersByTimeAsync(300)
      })
    }
    await act(async () => {
      await jest.advanceTimersByTimeAsync(800)
    })
    expect(puts().map((r) => (r.body as FilingData).facts)).toEqual(['欠款不还'])
  })

  it('never sends an amount still typed wrongly', async () => {
    const { result } = await open()
    jest.useFakeTimers()
    act(() => result.current.update((d) => ({ ...d, claims: [{ text: '货款', amountFen: -1 }] })))
    await act(async () => {
      await jest.advanceTimersByTimeAsync(800)
    })
    expect((puts()[0].body as FilingData).claims).toEqual([{ text: '货款' }])
    expect(result.current.data?.claims).toEqual([{ text: '货款', amountFen: -1 }])
  })

  it('keeps typing on the phone without signal, and sends it when the signal returns', async () => {
    const { result } = await open()
    jest.useFakeTimers()
    server.offline = true
    act(() => result.current.update((d) => ({ ...d, facts: '没信号时写的' })))
    await act(async () => {
      await jest.advanceTimersByTimeAsync(800)
    })
    expect(result.current.saveState).toBe('offline')
    expect(draftStore.load('f-1')).toMatchObject({ data: { facts: '没信号时写的' }, synced: false })
    server.offline = false
    await act(async () => {
      taroMock.networkChanged(true)
      await jest.advanceTimersByTimeAsync(0)
    })
    expect(result.current.saveState).toBe('saved')
    expect(server.view.data.facts).toBe('没信号时写的')
  })

  it('prefers the phone’s unsent copy when the form is opened again, and sends it', async () => {
    draftStore.save('f-1', { data: filingData({ facts: '昨晚写的' }), step: 1, savedAt: '2026-11-25T20:00:00+08:00', synced: false })
    const { result } = await open()
    expect(result.current.data?.facts).toBe('昨晚写的')
    expect(result.current.step).toBe(1)
    await waitFor(() => expect(result.current.saveState).toBe('saved'))
    expect(server.view.data.facts).toBe('昨晚写的')
  })

  it('opens the phone’s copy when there is no signal at all', async () => {
    draftStore.save('f-1', { data: filingData({ facts: '存在手机上的' }), step: 2, savedAt: '2026-11-25T20:00:00+08:00', synced: true })
    server.offline = true
    jest.useFakeTimers()
    const { result } = renderHook(() => useFilingDraft('f-1'))
    await act(async () => {
      await jest.runAllTimersAsync()
    })
    expect(result.current).toMatchObject({ step: 2, saveState: 'offline', data: { facts: '存在手机上的' } })
  })

  it('opens a filing sent back for correction at the step of the first item', async () => {
    server.view = filingView({
      status: 'correction-requested',
      correction: { items: [{ field: 'evidence[0].name', message: '请写明证据名称' }], requestedAt: '2026-11-26T09:00:00+08:00' },
    })
    const { result } = await open()
    expect(result.current.step).toBe(2)
  })

  it('sends a filing that is no longer a draft to its detail page', async () => {
    server.view = filingView({ status: 'submitted' })
    renderHook(() => useFilingDraft('f-1'))
    await waitFor(() => expect(taroMock.redirectTo).toHaveBeenCalledWith({ url: '/subpackages/filing/pages/detail/index?id=f-1' }))
  })

  it('moves on only when the step is complete, and always back', async () => {
    const { result } = await open()
    await act(async () => result.current.goTo(1))
    expect(result.current.step).toBe(0)
    expect(result.current.banner).toMatch(/^这一步还有\d+处需要填写或改正，请看红字提示$/)
    expect(result.current.errorAt('parties')).toBeTruthy()
    await act(async () => result.current.update(() => complete()))
    await act(async () => result.current.goTo(1))
    expect(result.current).toMatchObject({ step: 1, banner: null })
    expect(result.current.errorAt('parties')).toBeNull()
    await act(async () => result.current.goTo(0))
    expect(result.current.step).toBe(0)
    expect(taroMock.pageScrollTo).toHaveBeenCalled()
  })

  it('on submit, shows how many problems are left and opens the step of the first', async () => {
    const { result } = await open()
    act(() => result.current.setStep(4))
    await act(async () => result.current.submit())
    expect(result.current.step).toBe(0)
    expect(result.current.banner).toMatch(/^还有\d+处需要改正：/)
    expect(sent.some((r) => r.method === 'POST')).toBe(false)
  })

  it('submits a complete filing with the last version, forgets the phone’s copy and shows the receipt', async () => {
    const { result } = await open()
    await act(async () => result.current.update(() => complete()))
    await act(async () => result.current.submit())
    expect(sent.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)).toEqual(['PUT /filings/f-1/draft', 'POST /filings/f-1/submit'])
    expect(draftStore.load('f-1')).toBeNull()
    expect(taroMock.redirectTo).toHaveBeenCalledWith({ url: '/subpackages/filing/pages/receipt/index?id=f-1' })
  })
})

describe('the procedure of a lawsuit', () => {
  it('follows the small-claims rule as the cause, the amount and the answers change, and is saved with the draft', async () => {
    server.view = filingView({ data: filingData({ cause: '民间借贷纠纷', claims: [{ text: '归还借款', amountFen: 3_000_000 }], procedure: 'ordinary' }) })
    const { result } = await open()
    // 3万 is under half of 内蒙古's average wage: small claims by law, whatever was wished for.
    await waitFor(() => expect(result.current.data?.procedure).toBe('small-claims'))
    expect(result.current.smallClaims).toMatchObject({ state: 'decided', decision: { procedure: 'small-claims', mandatory: true } })
    // (Saves of this draft only: the previous test's form may still send its last typing.)
    const saved = () => puts().filter((r) => (r.body as FilingData).cause === '民间借贷纠纷')
    await waitFor(() => expect(saved().map((r) => (r.body as FilingData).procedure)).toEqual(['small-claims']), { timeout: 3000 })

    act(() => result.current.update((d) => ({ ...d, smallClaims: { appraisal: true } })))
    await waitFor(() => expect(result.current.data?.procedure).toBe('simple'))
    act(() => result.current.update((d) => ({ ...d, procedure: 'ordinary' })))
    expect(result.current.data?.procedure).toBe('ordinary')
    act(() => result.current.update((d) => ({ ...d, cause: '离婚纠纷', smallClaims: undefined })))
    // Divorce is never small claims: the filer's ordinary procedure stands.
    expect(result.current.smallClaims).toMatchObject({ decision: { reason: '离婚纠纷是人身关系案件，不适用小额诉讼程序。' } })
    expect(result.current.data?.procedure).toBe('ordinary')
  })

  it('leaves the procedure of other applications alone', async () => {
    server.view = filingView({ kind: 'enforcement', data: filingData({ kind: 'enforcement', claims: [{ text: '执行款', amountFen: 100_000 }] }) })
    const { result } = await open()
    expect(result.current.smallClaims).toEqual({ state: 'not-civil' })
    expect(result.current.data?.procedure).toBe('simple')
  })
})
