import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import type { ComponentType } from 'react'
import InboxPage from '../../../src/pages/inbox/index'
import HearingCases from '../../../src/subpackages/judge/pages/hearing/index'
import ServiceCases from '../../../src/subpackages/judge/pages/service/index'
import HearingRequests from '../../../src/subpackages/hearing/pages/requests/index'
import MediationHome from '../../../src/subpackages/mediation/pages/index/index'
import StaffTasksPage from '../../../src/subpackages/judge/pages/tasks/index'
import ExecutionComplaints from '../../../src/subpackages/execution/pages/complaints/index'
import { deadline } from '../subpackages/enforcement/fixtures'
import { clearSession, setSession } from '../../../src/stores/session'
import { reachBottom, taroMock } from '../stubs/taro'

const JUDGE = { id: 's-judge-wang', role: 'judge', displayName: '王立新', courtId: 'c-ergun', realNameStatus: 'verified' } as const
const ZHANG = { id: 'd-zhang-guilan', role: 'litigant', displayName: '张桂兰', courtId: null, realNameStatus: 'verified' } as const

const inboxDoc = (id: string) => ({
  id,
  caseId: 'f-1',
  caseNumber: '（2026）内0784民初101号',
  title: `应诉通知书${id}`,
  state: 'unread',
  openedAt: null,
  deliveredAt: '2026-11-25T09:00:00+08:00',
  servedOn: null,
  deadline: null,
})
const serviceCase = (caseId: string) => ({
  caseId,
  caseNumber: `（2026）内0784民初${caseId}号`,
  plaintiffs: ['张桂兰'],
  defendants: ['王建国'],
  judgeId: 's-judge-wang',
  documents: 2,
  unread: 1,
  flagged: 0,
})
const hearingCase = (caseId: string) => ({
  caseId,
  caseNumber: `（2026）内0784民初${caseId}号`,
  plaintiffs: ['张桂兰'],
  defendants: ['王建国'],
  judgeName: '王立新',
  mine: caseId.endsWith('2'),
  agricultural: true,
  state: 'unscheduled',
  hearing: null,
  answered: 0,
  parties: 2,
})
const mediation = (id: string) => ({
  id,
  number: `（2026）内0784诉前调${id}号`,
  status: 'requested',
  statusText: '等待调解员确认',
  stage: 'pre-filing',
  myRole: 'applicant',
  applicantName: '张桂兰',
  respondentName: `王建国${id}`,
  dispute: '买卖合同纠纷',
  updatedAt: '2026-11-25T09:00:00+08:00',
  caseNumber: null,
  booking: null,
  mediatorName: null,
  confirmation: null,
  assignment: null,
  todo: null,
})

const hearingRequest = (id: string) => ({
  id,
  caseId: `f-${id}`,
  caseNumber: `（2026）内0784民初${id}号`,
  status: 'open',
  requestedAt: '2026-11-25T09:00:00+08:00',
  answer: null,
  hearing: null,
})

/**
 * Each paged list: its page, who reads it, the list's address, its rows a page at a time (the body
 * of each reply) and the id its rows carry on screen.
 */
const lists: Array<{
  label: string
  Page: ComponentType
  user: typeof JUDGE | typeof ZHANG
  path: string
  body: (ids: string[], page: number) => unknown
  rowId: (id: string) => string
}> = [
  {
    label: '我的文书',
    Page: InboxPage,
    user: ZHANG,
    path: '/service/inbox',
    // Every page carries the unread count of all documents: the second says one was read meanwhile.
    body: (ids, page) => ({ unread: page === 1 ? 3 : 2, needsAddress: [], documents: ids.map(inboxDoc) }),
    rowId: (id) => `doc-${id}`,
  },
  { label: '电子送达 (staff)', Page: ServiceCases, user: JUDGE, path: '/service/cases', body: (ids) => ids.map(serviceCase), rowId: (id) => `case-${id}` },
  { label: '开庭排期', Page: HearingCases, user: JUDGE, path: '/hearings/cases', body: (ids) => ids.map(hearingCase), rowId: (id) => `hcase-${id}` },
  {
    label: '选择开庭日期',
    Page: HearingRequests,
    user: ZHANG,
    path: '/hearing-requests',
    body: (ids) => ids.map(hearingRequest),
    rowId: (id) => `request-${id}`,
  },
  { label: '我的调解', Page: MediationHome, user: ZHANG, path: '/mediations', body: (ids) => ids.map(mediation), rowId: (id) => `mediation-${id}` },
]

const complaint = (id: string) => ({
  id,
  caseId: 'e-1',
  caseNumber: '（2026）内0784执12号',
  body: '执行进度太慢',
  complainantName: '张桂兰',
  receivedOn: '2026-11-20',
  registration: deadline('2026-11-27', '2026年11月27日前', 2),
  answers: [{ name: '法〔2021〕227号', deadline: deadline('2026-12-20', '2026年12月20日前', 20), stricter: true }],
  conflict: false,
  answeredOn: null,
  reply: null,
  answeredBy: null,
  files: [],
})
lists.push({
  label: '执行信访',
  Page: ExecutionComplaints,
  user: JUDGE,
  path: '/court/enforcement/complaints',
  body: (ids) => ids.map(complaint),
  rowId: (id) => `complaint-${id}`,
})
const staffTask = (id: string) => ({
  id,
  kind: 'filing-review-due',
  text: '立案申请的审查期限快到了，请及时作出是否立案的决定。',
  createdAt: '2026-11-30T09:00:00.000+08:00',
  doneAt: null,
  target: { page: 'filing-review', id: 'f-9', label: '去审查' },
})
lists.push({
  label: '待办',
  Page: StaffTasksPage,
  user: JUDGE,
  path: '/staff/tasks',
  body: (ids) => ({ count: 3, items: ids.map(staffTask) }),
  rowId: (id) => `task-${id}`,
})

afterEach(() => cleanup())
afterAll(() => clearSession())

describe.each(lists)('$label a page at a time', ({ Page, user, path, body, rowId }) => {
  let urls: string[]
  beforeEach(() => {
    urls = []
    setSession({ token: 't', user })
    taroMock.request.mockReset()
    taroMock.request.mockImplementation((o: { url: string; success: (r: unknown) => void }) => {
      urls.push(o.url)
      const [address] = o.url.split('?')
      if (address.endsWith('/mediation/notices')) {
        o.success({ statusCode: 200, data: JSON.stringify({ unread: 0, items: [] }), header: {} })
      } else {
        const second = o.url.includes('cursor=')
        o.success({
          statusCode: 200,
          data: JSON.stringify(body(second ? ['r3'] : ['r1', 'r2'], second ? 2 : 1)),
          header: second ? {} : { 'x-next-cursor': 'NEXT' },
        })
      }
      return { abort: jest.fn() }
    })
  })

  const shown = () => ['r1', 'r2', 'r3'].filter((id) => document.getElementById(rowId(id)))
  const listCalls = () => urls.filter((u) => u.split('?')[0].endsWith(path))

  it('shows the first page, the next on reaching the bottom, then says there is no more', async () => {
    await act(async () => {
      render(<Page />)
    })
    expect(shown()).toEqual(['r1', 'r2'])
    expect(listCalls()).toHaveLength(1)
    expect(listCalls()[0]).not.toMatch(/cursor=/)
    expect(screen.getByText('加载更多')).toBeTruthy()
    await act(async () => {
      reachBottom()
    })
    expect(shown()).toEqual(['r1', 'r2', 'r3'])
    expect(listCalls()[1]).toMatch(/cursor=NEXT/)
    expect(screen.getByText('没有更多了')).toBeTruthy()
    // The bottom reached again at the end asks for nothing more.
    await act(async () => {
      reachBottom()
    })
    expect(listCalls()).toHaveLength(2)
  })

  it('loads the next page on 「加载更多」 too', async () => {
    await act(async () => {
      render(<Page />)
    })
    await act(async () => {
      fireEvent.click(screen.getByText('加载更多'))
    })
    expect(shown()).toEqual(['r1', 'r2', 'r3'])
  })
})

it('keeps 我的文书’s unread count to the latest page’s', async () => {
  setSession({ token: 't', user: ZHANG })
  taroMock.request.mockReset()
  taroMock.request.mockImplementation((o: { url: string; success: (r: unknown) => void }) => {
    const second = o.url.includes('cursor=')
    o.success({
      statusCode: 200,
      data: JSON.stringify(lists[0].body(second ? ['r3'] : ['r1', 'r2'], second ? 2 : 1)),
      header: second ? {} : { 'x-next-cursor': 'N' },
    })
    return { abort: jest.fn() }
  })
  await act(async () => {
    render(<InboxPage />)
  })
  expect(screen.getByText('我的文书（3份未读）')).toBeTruthy()
  await act(async () => {
    reachBottom()
  })
  expect(screen.getByText('我的文书（2份未读）')).toBeTruthy()
  expect(taroMock.setTabBarBadge).toHaveBeenLastCalledWith({ index: 2, text: '2' })
})
