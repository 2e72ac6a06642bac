import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import MyEnforcement from '../../../../src/subpackages/enforcement/pages/index/index'
import type { EnforcementSummary } from '../../../../src/api/enforcement'
import { clearSession, setSession } from '../../../../src/stores/session'
import { reachBottom, taroMock } from '../../stubs/taro'

const summary = (id: string): EnforcementSummary => ({
  id,
  caseNumber: null,
  caseType: '执',
  state: 'applied',
  stateName: '待立案审查',
  agricultural: false,
  courtId: 'c-ergun',
  applicants: ['张桂兰'],
  respondents: [`被执行人${id}`],
  amountFen: 3_600_000,
  appliedOn: '2026-11-20',
  clock: null,
  nextStep: null,
  teamName: null,
  handlerName: null,
  late: false,
})

let urls: string[]
beforeEach(() => {
  urls = []
  setSession({ token: 't', user: { id: 'd-zhang-guilan', role: 'litigant', displayName: '张桂兰', courtId: null, realNameStatus: 'verified' } })
  // Three pages: two rows, two rows, then one, the cursor of the next in the header.
  taroMock.request.mockReset()
  taroMock.request.mockImplementation((o: { url: string; success: (r: unknown) => void }) => {
    urls.push(o.url)
    const at = /cursor=(\w+)/.exec(o.url)?.[1]
    const [body, next] = at === 'P2' ? [['e3', 'e4'], 'P3'] : at === 'P3' ? [['e5'], null] : [['e1', 'e2'], 'P2']
    o.success({ statusCode: 200, data: JSON.stringify(body.map(summary)), header: next ? { 'X-Next-Cursor': next } : {} })
    return { abort: jest.fn() }
  })
})
afterEach(() => cleanup())
afterAll(() => clearSession())

const shown = () => Array.from(document.querySelectorAll('.e-item')).map((e) => e.id.replace('enf-', ''))

describe('我的执行案件 a page at a time', () => {
  it('shows the first page, then the next on reaching the bottom or tapping 加载更多, until there is no more', async () => {
    await act(async () => {
      render(<MyEnforcement />)
    })
    expect(shown()).toEqual(['e1', 'e2'])
    expect(urls[0]).not.toMatch(/cursor=/)
    await act(async () => {
      reachBottom()
    })
    expect(shown()).toEqual(['e1', 'e2', 'e3', 'e4'])
    expect(urls[1]).toMatch(/cursor=P2/)
    await act(async () => {
      fireEvent.click(screen.getByText('加载更多'))
    })
    expect(shown()).toEqual(['e1', 'e2', 'e3', 'e4', 'e5'])
    expect(urls[2]).toMatch(/cursor=P3/)
    expect(screen.getByText('没有更多了')).toBeTruthy()
    expect(screen.queryByText('加载更多')).toBeNull()
    // At the end, scrolling asks for nothing more.
    await act(async () => {
      reachBottom()
    })
    expect(urls).toHaveLength(3)
  })
})
