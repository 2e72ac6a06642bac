import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { reachBottom, taroMock } from '../stubs/taro'
import Cases from '../../../src/pages/cases/index'
import { clearSession, setSession } from '../../../src/stores/session'

/** Answers the filings list with `body`, and the enforcement list (asked beside it) with `enforcement`. */
const reply =
  (body: unknown, enforcement: unknown[] = []) =>
  (o: { url: string; success: (r: unknown) => void }) => {
    const data = /\/enforcement\/cases$/.test(o.url.split('?')[0]) ? enforcement : body
    o.success({ statusCode: 200, data: JSON.stringify(data), header: {} })
    return { abort: jest.fn() }
  }

const enforcementSummary = (over: Record<string, unknown>) => ({
  id: 'e-1',
  caseNumber: '（2026）内0784执12号',
  caseType: '执',
  state: 'enforcing',
  stateName: '执行中',
  agricultural: true,
  courtId: 'c-ergun',
  applicants: ['张桂兰'],
  respondents: ['王建国'],
  amountFen: 8_650_000,
  appliedOn: '2026-11-20',
  clock: null,
  nextStep: null,
  teamName: '执行一团队',
  handlerName: '赵法官',
  late: false,
  ...over,
})

const summary = (over: Record<string, unknown>) => ({
  id: 'f-1',
  kind: 'civil-first',
  status: 'submitted',
  filingNumber: 'LA20261125ABCDEF',
  caseNumber: null,
  plaintiffs: ['张桂兰'],
  defendants: ['王建国'],
  claimedFen: 8_650_000,
  agricultural: true,
  crossRegion: false,
  forwarded: false,
  courtId: 'c-ergun',
  targetCourtId: 'c-ergun',
  submittedAt: '2026-11-25T09:00:00+08:00',
  updatedAt: '2026-11-25T09:00:00+08:00',
  review: { due: '2026-12-02', daysLeft: 7, overdue: false, provisional: false },
  ...over,
})

beforeEach(() => {
  taroMock.request.mockReset()
  taroMock.navigateTo.mockClear()
  setSession({ token: 't', user: { id: 'd-zhang-guilan', role: 'litigant', displayName: '张桂兰', courtId: null, realNameStatus: 'verified' } })
})
afterAll(() => clearSession())

describe('我的案件', () => {
  it('shows each filing with its status in words, and a case number once accepted', async () => {
    taroMock.request.mockImplementation(
      reply([summary({}), summary({ id: 'f-2', status: 'accepted', caseNumber: '（2026）内0784民初12号', agricultural: false })]),
    )
    await act(async () => {
      render(<Cases />)
    })
    // The accepted case is headed by its number, with the parties below it.
    expect(screen.getAllByText('民事起诉：张桂兰 诉 王建国')).toHaveLength(2)
    expect(screen.getByText('已提交，法院审查中').className).toContain('tag--blue')
    expect(screen.getByText('（2026）内0784民初12号')).toBeTruthy()
    expect(screen.getByText('已立案').className).toContain('tag--green')
    expect(screen.getAllByText('涉农')).toHaveLength(1)
  })

  it('tells a submitted filing from an abandoned draft by number, day and amount, and deletes the draft when asked', async () => {
    const draft = summary({
      id: 'f-draft',
      status: 'draft',
      filingNumber: null,
      submittedAt: null,
      updatedAt: '2026-11-20T08:00:00+08:00',
      claimedFen: null,
      review: null,
    })
    const calls: string[] = []
    const list = reply([summary({}), draft])
    taroMock.request.mockImplementation((o: { url: string; method?: string; success: (r: unknown) => void }) => {
      calls.push(`${o.method ?? 'GET'} ${o.url}`)
      return list(o)
    })
    Object.assign(taroMock, { showModal: jest.fn(async () => ({ confirm: true, cancel: false })) })
    await act(async () => {
      render(<Cases />)
    })
    expect(screen.getByText('立案申请编号 LA20261125ABCDEF')).toBeTruthy()
    expect(screen.getByText('2026年11月25日提交')).toBeTruthy()
    expect(screen.getByText('请求金额 8.65万元')).toBeTruthy()
    expect(screen.getByText('草稿，提交后才有编号')).toBeTruthy()
    expect(screen.getByText('2026年11月20日最后修改')).toBeTruthy()
    expect(screen.getByText('草稿，未提交')).toBeTruthy()
    // Only the draft can be deleted.
    expect(document.querySelectorAll('.case-item__delete')).toHaveLength(1)
    await act(async () => {
      fireEvent.click(document.getElementById('delete-f-draft')!)
    })
    expect(calls.some((c) => c.startsWith('DELETE') && c.endsWith('/filings/f-draft'))).toBe(true)
    expect(document.getElementById('case-f-draft')).toBeNull()
    expect(taroMock.navigateTo).not.toHaveBeenCalled()
  })

  it('opens the detail of a tapped case', async () => {
    taroMock.request.mockImplementation(reply([summary({})]))
    await act(async () => {
      render(<Cases />)
    })
    fireEvent.click(screen.getByText('民事起诉：张桂兰 诉 王建国'))
    expect(taroMock.navigateTo).toHaveBeenCalledWith({ url: '/subpackages/filing/pages/detail/index?id=f-1' })
  })

  it('shows the enforcement cases beside the filings, each with its number and state in words, and opens one when tapped', async () => {
    taroMock.request.mockImplementation(
      reply(
        [summary({ id: 'f-2', status: 'accepted', caseNumber: '（2026）内0784民初12号' })],
        [enforcementSummary({}), enforcementSummary({ id: 'e-2', caseNumber: null, state: 'applied', stateName: '待立案审查', agricultural: false })],
      ),
    )
    await act(async () => {
      render(<Cases />)
    })
    expect(screen.getByText('（2026）内0784执12号')).toBeTruthy()
    expect(screen.getByText('执行中').className).toContain('tag--green')
    expect(screen.getByText('执行申请（立案后生成案号）')).toBeTruthy()
    expect(screen.getByText('待立案审查').className).toContain('tag--blue')
    expect(screen.getAllByText('张桂兰 申请执行 王建国')).toHaveLength(2)
    expect(screen.getAllByText('申请执行金额 8.65万元')).toHaveLength(2)
    // The filing is still there, beside them.
    expect(screen.getByText('（2026）内0784民初12号')).toBeTruthy()
    fireEvent.click(screen.getByText('（2026）内0784执12号'))
    expect(taroMock.navigateTo).toHaveBeenCalledWith({ url: '/subpackages/enforcement/pages/detail/index?id=e-1' })
  })

  it('shows no enforcement rows when the person has none', async () => {
    taroMock.request.mockImplementation(reply([summary({})]))
    await act(async () => {
      render(<Cases />)
    })
    expect(document.getElementById('enforcement-rows')).toBeNull()
    expect(screen.getByText('民事起诉：张桂兰 诉 王建国')).toBeTruthy()
  })

  it('says what to do when there is nothing yet', async () => {
    taroMock.request.mockImplementation(reply([]))
    await act(async () => {
      render(<Cases />)
    })
    expect(screen.getByText('还没有案件，点击“网上立案”开始。')).toBeTruthy()
  })

  it('says the network is weak instead of showing an empty list', async () => {
    // No copy of the list on this phone yet.
    taroMock.storage.clear()
    taroMock.request.mockImplementation((o: { fail: (e: unknown) => void }) => {
      o.fail({ errMsg: 'request:fail' })
      return { abort: jest.fn() }
    })
    jest.useFakeTimers()
    render(<Cases />)
    await act(async () => {
      await jest.runAllTimersAsync()
    })
    jest.useRealTimers()
    expect(screen.getByText(/网络不稳定/)).toBeTruthy()
    expect(screen.queryByText('还没有案件，点击“网上立案”开始。')).toBeNull()
  })

  it('shows the list last seen, with its age, when the signal is gone', async () => {
    taroMock.request.mockImplementation(reply([summary({})]))
    await act(async () => {
      render(<Cases />)
    })
    // The filings and the enforcement cases, each asked once while online.
    expect(taroMock.request).toHaveBeenCalledTimes(2)
    cleanup()
    taroMock.request.mockImplementation((o: { fail: (e: unknown) => void }) => {
      o.fail({ errMsg: 'request:fail' })
      return { abort: jest.fn() }
    })
    act(() => taroMock.networkChanged(false))
    await act(async () => {
      render(<Cases />)
    })
    expect(screen.getByText('民事起诉：张桂兰 诉 王建国')).toBeTruthy()
    expect(screen.getByText('网络不稳定，内容已保存在手机上，恢复后自动提交')).toBeTruthy()
    expect(screen.getByText(/^离线内容，(刚刚|\d+分钟前)更新$/)).toBeTruthy()
    // Offline, nothing more is sent.
    expect(taroMock.request).toHaveBeenCalledTimes(2)
    act(() => taroMock.networkChanged(true))
  })

  it('loads the next page on reaching the bottom or on 「加载更多」, and says when there is no more', async () => {
    const urls: string[] = []
    const pages: Record<string, { body: unknown[]; next?: string }> = {
      first: { body: Array.from({ length: 20 }, (_, i) => summary({ id: `f-${i}` })), next: 'c1' },
      c1: { body: [summary({ id: 'f-19' }), ...Array.from({ length: 19 }, (_, i) => summary({ id: `g-${i}` }))], next: 'c2' },
      c2: { body: [summary({ id: 'h-0', filingNumber: 'LA20261125LAST00' })] },
    }
    taroMock.request.mockImplementation((o: { url: string; success: (r: unknown) => void }) => {
      if (/\/enforcement\/cases$/.test(o.url.split('?')[0])) {
        o.success({ statusCode: 200, data: '[]', header: {} })
        return { abort: jest.fn() }
      }
      urls.push(o.url)
      const cursor = /cursor=(\w+)/.exec(o.url)?.[1] ?? 'first'
      const p = pages[cursor]
      o.success({ statusCode: 200, data: JSON.stringify(p.body), header: p.next ? { 'X-Next-Cursor': p.next } : {} })
      return { abort: jest.fn() }
    })
    await act(async () => {
      render(<Cases />)
    })
    expect(document.querySelectorAll('.case-item')).toHaveLength(20)
    expect(screen.getByText('加载更多')).toBeTruthy()
    await act(async () => {
      reachBottom()
    })
    // A filing that moved between pages is shown once.
    expect(document.querySelectorAll('.case-item')).toHaveLength(39)
    expect(urls[1]).toContain('cursor=c1')
    await act(async () => {
      fireEvent.click(screen.getByText('加载更多'))
    })
    expect(document.querySelectorAll('.case-item')).toHaveLength(40)
    expect(screen.getByText('立案申请编号 LA20261125LAST00')).toBeTruthy()
    expect(screen.getByText('没有更多了')).toBeTruthy()
    expect(screen.queryByText('加载更多')).toBeNull()
    // At the end, scrolling further asks for nothing.
    await act(async () => {
      reachBottom()
    })
    expect(urls).toHaveLength(3)
  })
})
