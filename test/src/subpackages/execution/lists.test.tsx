import { act, fireEvent, render, screen } from '@testing-library/react'
import ExecutionQueue from '../../../../src/subpackages/execution/pages/queue/index'
import Supervision from '../../../../src/subpackages/execution/pages/supervision/index'
import Tasks from '../../../../src/subpackages/execution/pages/tasks/index'
import { click, fakeServer, text } from '../../fakeServer'
import { reachBottom, taroMock } from '../../stubs/taro'
import { deadline } from '../enforcement/fixtures'
import type { EnforcementSummary, RiskView } from '../../../../src/api/enforcement'

const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)))

const summary = (o: Partial<EnforcementSummary> = {}): EnforcementSummary => ({
  id: 'e-1',
  caseNumber: null,
  caseType: '执',
  state: 'applied',
  stateName: '待立案审查',
  agricultural: true,
  courtId: 'c-ergun',
  applicants: ['张桂兰'],
  respondents: ['王建国'],
  amountFen: 8_650_000,
  appliedOn: '2026-11-20',
  clock: deadline('2026-11-27', '2026年11月27日前', 2),
  nextStep: '立案或不予受理',
  teamName: null,
  handlerName: null,
  late: false,
  ...o,
})
const risk = (o: Partial<RiskView> = {}): RiskView => ({
  code: 'LEAD_UNVERIFIED',
  title: '财产线索逾期未核查',
  message: '张桂兰提交的牲畜线索超过7日还没有核查',
  article: '《财产调查规定》第二条',
  status: 'confirmed',
  caseId: 'e-1',
  caseNumber: '（2026）内0784执12号',
  node: 'lead-verification',
  nodeName: '财产线索核查',
  due: '2026-11-27',
  severity: 'overdue',
  daysOverdue: 3,
  daysLeft: -3,
  agricultural: true,
  teamId: 't-1',
  teamName: '执行一团队',
  ...o,
})

describe('the court’s enforcement lists', () => {
  it('the queue shows each application with its 7-day clock and 涉农, in the order the server sends (涉农 first)', async () => {
    fakeServer(() => ({ body: [summary(), summary({ id: 'e-2', agricultural: false, clock: deadline('2026-11-24', '2026年11月24日前', -1) })] }))
    render(<ExecutionQueue />)
    await flush()
    expect(document.getElementById('ecase-e-1')?.textContent).toBe(
      '张桂兰 申请执行 王建国待立案，8.65万元待立案审查涉农立案或不予受理：2026年11月27日前（还有2天）',
    )
    expect(document.getElementById('ecase-e-2')?.className).toContain('e-item--overdue')
    expect(document.getElementById('ecase-e-2')?.textContent).toContain('已超过1天')
    click('ecase-e-1')
    expect(taroMock.navigateTo).toHaveBeenLastCalledWith({ url: '/subpackages/execution/pages/case/index?id=e-1' })
  })

  it('the queue loads the next page on reaching the bottom and on 加载更多, in the server’s order, until there is no more', async () => {
    const urls: string[] = []
    taroMock.request.mockReset()
    taroMock.request.mockImplementation((o: { url: string; success: (r: unknown) => void }) => {
      urls.push(o.url)
      const at = /cursor=(\w+)/.exec(o.url)?.[1]
      const [ids, next] = at === 'Q2' ? [['e-3'], 'Q3'] : at === 'Q3' ? [['e-4'], null] : [['e-1', 'e-2'], 'Q2']
      o.success({ statusCode: 200, data: JSON.stringify(ids.map((id) => summary({ id }))), header: next ? { 'x-next-cursor': next } : {} })
      return { abort: jest.fn() }
    })
    const shown = () => Array.from(document.querySelectorAll('[id^="ecase-"]')).map((e) => e.id.replace('ecase-', ''))
    render(<ExecutionQueue />)
    await flush()
    expect(shown()).toEqual(['e-1', 'e-2'])
    await act(async () => {
      reachBottom()
    })
    expect(shown()).toEqual(['e-1', 'e-2', 'e-3'])
    expect(urls[1]).toMatch(/\/court\/enforcement\/queue\?cursor=Q2/)
    await act(async () => {
      fireEvent.click(screen.getByText('加载更多'))
    })
    expect(shown()).toEqual(['e-1', 'e-2', 'e-3', 'e-4'])
    expect(text()).toContain('没有更多了')
  })

  it('the team’s tasks list what is due by when, and the risks with their articles', async () => {
    fakeServer(() => ({
      body: {
        cases: [summary({ state: 'enforcing', stateName: '执行中', caseNumber: '（2026）内0784执12号' })],
        tasks: [
          {
            caseId: 'e-1',
            caseNumber: '（2026）内0784执12号',
            agricultural: true,
            node: 'execution-notice',
            name: '执行通知与报告财产令',
            text: '发出执行通知书和报告财产令',
            deadline: deadline('2026-11-30', '2026年11月30日前', 3),
            targetId: null,
          },
        ],
        risks: [risk()],
      },
    }))
    render(<Tasks />)
    await flush()
    const t = text()
    expect(t).toContain('待办（1项）')
    expect(t).toContain('（2026）内0784执12号 期限：2026年11月30日前（还有3天）')
    expect(t).toContain('财产线索逾期未核查已超期3天涉农')
    expect(t).toContain('依据：《财产调查规定》第二条')
  })

  it('the 督办 list shows the court’s overdue items by team', async () => {
    const sent = fakeServer(() => ({
      body: { courtId: 'c-ergun', today: '2026-11-30', risks: [risk()], byTeam: [{ teamId: 't-1', teamName: '执行一团队', overdue: 1, warning: 0 }] },
    }))
    render(<Supervision />)
    await flush()
    expect(text()).toContain('截至2026年11月30日')
    expect(text()).toContain('执行一团队：超期1，临期0')
    expect(text()).toContain('张桂兰提交的牲畜线索超过7日还没有核查')
    expect(sent[0].path).toBe('/court/enforcement/supervision')
  })

  /** Serves a reply per page: the first without a cursor, the next after NEXT, the last one without the header. */
  const paged = (first: unknown, second: unknown) => {
    const urls: string[] = []
    taroMock.request.mockReset()
    taroMock.request.mockImplementation((o: { url: string; success: (r: unknown) => void }) => {
      urls.push(o.url)
      const later = o.url.includes('cursor=NEXT')
      o.success({ statusCode: 200, data: JSON.stringify(later ? second : first), header: later ? {} : { 'x-next-cursor': 'NEXT' } })
      return { abort: jest.fn() }
    })
    return urls
  }
  const task = (caseId: string, due: string, agricultural: boolean) => ({
    caseId,
    caseNumber: null,
    agricultural,
    node: 'execution-notice',
    name: `${caseId}的执行通知`,
    text: '发出执行通知书和报告财产令',
    deadline: deadline(due, `${due}前`, 3),
    targetId: null,
  })

  it('the team’s tasks load the next page of cases on reaching the bottom, the deadlines of all pages 涉农 first, then the nearest', async () => {
    const urls = paged(
      { cases: [summary({ id: 'e-1', state: 'enforcing' })], tasks: [task('e-1', '2026-12-10', false)], risks: [] },
      {
        cases: [summary({ id: 'e-2', state: 'enforcing' })],
        tasks: [task('e-2', '2026-12-01', false), task('e-2', '2026-12-20', true)],
        risks: [risk({ caseId: 'e-2' })],
      },
    )
    render(<Tasks />)
    await flush()
    expect(text()).toContain('待办（1项）')
    expect(screen.getByText('加载更多')).toBeTruthy()
    await act(async () => {
      reachBottom()
    })
    expect(urls[1]).toMatch(/\/court\/enforcement\/tasks\?cursor=NEXT/)
    expect(text()).toContain('待办（3项）')
    expect(text()).toContain('我的案件（2件）')
    const names = Array.from(document.querySelectorAll('#task-list .e-item__title')).map((e) => e.textContent)
    expect(names.slice(0, 3)).toEqual(['e-2的执行通知涉农', 'e-2的执行通知', 'e-1的执行通知'])
    expect(text()).toContain('需要督办的事项')
    expect(text()).toContain('没有更多了')
  })

  it('the 督办 list loads more on reaching the bottom, adding up each team’s counts', async () => {
    const urls = paged(
      { courtId: 'c-ergun', today: '2026-11-30', risks: [risk()], byTeam: [{ teamId: 't-1', teamName: '执行一团队', overdue: 1, warning: 0 }] },
      {
        courtId: 'c-ergun',
        today: '2026-11-30',
        risks: [risk({ caseId: 'e-2', severity: 'warning', message: '第二页的事项' })],
        byTeam: [{ teamId: 't-1', teamName: '执行一团队', overdue: 0, warning: 1 }],
      },
    )
    render(<Supervision />)
    await flush()
    expect(text()).toContain('执行一团队：超期1，临期0')
    await act(async () => {
      fireEvent.click(screen.getByText('加载更多'))
    })
    expect(urls[1]).toMatch(/\/court\/enforcement\/supervision\?cursor=NEXT/)
    expect(text()).toContain('执行一团队：超期1，临期1')
    expect(text()).toContain('第二页的事项')
    expect(text()).toContain('没有更多了')
  })
})
