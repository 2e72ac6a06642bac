import { act, renderHook, waitFor } from '@testing-library/react'
import { mediationApi } from '../../../../../src/api/mediation'
import { useMediation } from '../../../../../src/subpackages/mediation/pages/detail/useMediation'
import { fakeServer, type Reply, type SentRequest } from '../../../fakeServer'
import { taroMock } from '../../../stubs/taro'
import { mediation } from './fixtures'

let sent: SentRequest[]
const serve = (routes: Record<string, Reply>) => {
  sent = fakeServer((req) => routes[`${req.method} ${req.path}`])
}
const open = async () => {
  const hook = renderHook(() => useMediation('m-1'))
  await waitFor(() => expect(hook.result.current.m ?? hook.result.current.error).toBeTruthy())
  return hook
}

beforeEach(() => taroMock.navigateTo.mockClear())

describe('useMediation', () => {
  it('loads the mediation and answers which steps this person may take', async () => {
    serve({ 'GET /mediations/m-1': { body: mediation({ actions: ['accept', 'withdraw'] }) } })
    const { result } = await open()
    expect(result.current.m?.number).toBe('TJ20261125001')
    expect(result.current.can('accept')).toBe(true)
    expect(result.current.can('sign')).toBe(false)
    expect(sent.map((r) => r.path)).toEqual(['/mediations/m-1'])
  })

  it('fetches the court’s mediators and judges only when a mediator may be assigned', async () => {
    serve({
      'GET /mediations/m-1': { body: mediation({ actions: ['assign'] }) },
      'GET /court/staff': {
        body: [
          { id: 's-mediator-chen', role: 'mediator', displayName: '陈德胜' },
          { id: 's-clerk-li', role: 'clerk', displayName: '李书记员' },
          { id: 's-judge-wang', role: 'judge', displayName: '王立新' },
        ],
      },
    })
    const { result } = await open()
    await waitFor(() => expect(result.current.colleagues.map((c) => c.id)).toEqual(['s-mediator-chen', 's-judge-wang']))
  })

  it('takes the mediation after a step and says what happened', async () => {
    const after = mediation({ status: 'confirmed', statusText: '调解时间已确定' })
    serve({ 'GET /mediations/m-1': { body: mediation({ actions: ['confirm'] }) }, 'POST /mediations/m-1/confirm': { body: after } })
    const { result } = await open()
    let ok: boolean | undefined
    await act(async () => {
      ok = await result.current.act(() => mediationApi.confirm('m-1'), '已确认，已通知双方当事人')
    })
    expect(ok).toBe(true)
    expect(result.current).toMatchObject({ notice: '已确认，已通知双方当事人', error: null, busy: false, m: { statusText: '调解时间已确定' } })
  })

  it('keeps the server’s problem with its field, for the form to show in red', async () => {
    serve({
      'GET /mediations/m-1': { body: mediation() },
      'POST /mediations/m-1/decline': { status: 400, body: { error: { code: 'INVALID_INPUT', message: '请写明不予接受的理由', field: 'reason' } } },
    })
    const { result } = await open()
    let ok: boolean | undefined
    await act(async () => {
      ok = await result.current.act(() => mediationApi.decline('m-1', ''), '已不予接受')
    })
    expect(ok).toBe(false)
    expect(result.current.error).toEqual({ message: '请写明不予接受的理由', field: 'reason' })
    expect(result.current.fieldError('reason')).toBe('请写明不予接受的理由')
    expect(result.current.fieldError('terms')).toBeNull()
    expect(result.current.notice).toBeNull()
  })

  it('opens the filing form on the draft made from a failed mediation', async () => {
    serve({ 'GET /mediations/m-1': { body: mediation({ status: 'failed' }) }, 'POST /mediations/m-1/to-filing': { body: { filingId: 'f-7' } } })
    const { result } = await open()
    await act(async () => result.current.toFiling())
    expect(taroMock.navigateTo).toHaveBeenCalledWith({ url: '/subpackages/filing/pages/form/index?id=f-7' })
  })

  it('says why the mediation cannot be shown', async () => {
    serve({ 'GET /mediations/m-1': { status: 404, body: { error: { code: 'MEDIATION_NOT_FOUND', message: '找不到这个调解' } } } })
    const { result } = await open()
    expect(result.current).toMatchObject({ m: null, error: { message: '找不到这个调解' } })
  })
})
