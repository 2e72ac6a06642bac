import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import Queue from '../../../../src/subpackages/judge/pages/queue/index'
import { clearSession, setSession } from '../../../../src/stores/session'
import { reachBottom, taroMock } from '../../stubs/taro'

const summary = (id: string, agricultural: boolean) => ({
  id,
  kind: 'civil-first',
  status: 'submitted',
  filingNumber: `LA2026112500${id.toUpperCase()}`,
  caseNumber: null,
  plaintiffs: ['张桂兰'],
  defendants: [`被告${id}`],
  claimedFen: 8_650_000,
  agricultural,
  crossRegion: false,
  forwarded: false,
  courtId: 'c-ergun',
  targetCourtId: 'c-ergun',
  submittedAt: '2026-11-25T09:00:00+08:00',
  updatedAt: '2026-11-25T09:00:00+08:00',
  review: { due: '2026-12-02', daysLeft: 7, overdue: false, provisional: false },
})

let urls: string[]
beforeEach(() => {
  urls = []
  setSession({ token: 't', user: { id: 's-judge-wang', role: 'judge', displayName: '王立新', courtId: 'c-ergun', realNameStatus: 'verified' } })
  // Two pages in either order: 涉农 first (agriculturalFirst=true) or newest first.
  taroMock.request.mockReset()
  taroMock.request.mockImplementation((o: { url: string; success: (r: unknown) => void }) => {
    urls.push(o.url)
    const agri = o.url.includes('agriculturalFirst=true')
    const second = o.url.includes('cursor=')
    const body = second ? [summary(agri ? 'a3' : 'b3', false)] : [summary(agri ? 'a1' : 'b1', agri), summary(agri ? 'a2' : 'b2', false)]
    o.success({ statusCode: 200, data: JSON.stringify(body), header: second ? {} : { 'x-next-cursor': agri ? 'A' : 'B' } })
    return { abort: jest.fn() }
  })
})
afterEach(() => cleanup())
afterAll(() => clearSession())

const shown = () => Array.from(document.querySelectorAll('.q-item')).map((e) => e.id.replace('review-', ''))

describe('立案审查 queue', () => {
  it('loads the next page of the same order on reaching the bottom, then says there is no more', async () => {
    await act(async () => {
      render(<Queue />)
    })
    expect(shown()).toEqual(['a1', 'a2'])
    expect(screen.getByText('加载更多')).toBeTruthy()
    await act(async () => {
      reachBottom()
    })
    expect(shown()).toEqual(['a1', 'a2', 'a3'])
    expect(urls[1]).toMatch(/agriculturalFirst=true/)
    expect(urls[1]).toMatch(/cursor=A/)
    expect(screen.getByText('没有更多了')).toBeTruthy()
  })

  it('starts again from the top when the order is switched', async () => {
    await act(async () => {
      render(<Queue />)
    })
    await act(async () => {
      fireEvent.click(document.getElementById('agri-first')!)
    })
    expect(shown()).toEqual(['b1', 'b2'])
    await act(async () => {
      fireEvent.click(screen.getByText('加载更多'))
    })
    expect(shown()).toEqual(['b1', 'b2', 'b3'])
    expect(urls[urls.length - 1]).toMatch(/cursor=B/)
    expect(urls[urls.length - 1]).not.toMatch(/agriculturalFirst=true/)
  })
})
