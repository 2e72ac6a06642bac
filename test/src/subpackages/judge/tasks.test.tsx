import { render, waitFor } from '@testing-library/react'
import type { StaffTask } from '../../../../src/api/tasks'
import { StaffTasksCard } from '../../../../src/components/StaffTasksCard/StaffTasksCard'
import TasksPage from '../../../../src/subpackages/judge/pages/tasks/index'
import { click, fakeServer, text, type SentRequest } from '../../fakeServer'
import { taroMock } from '../../stubs/taro'

const unread: StaffTask = {
  id: 'msg-1',
  kind: 'service-unread',
  text: '王建国尚未查看3天前送达的应诉通知书，请电话联系或改用其他方式送达。',
  createdAt: '2026-11-30T10:00:00.000+08:00',
  doneAt: null,
  target: { page: 'service-case', id: 'case-1', label: '查看送达情况' },
}
const review: StaffTask = {
  id: 'msg-2',
  kind: 'filing-review-due',
  text: '立案申请（2026）内0784立12号的审查期限2026-12-02届满，还剩2天，请及时作出是否立案的决定。',
  createdAt: '2026-11-30T09:00:00.000+08:00',
  doneAt: null,
  target: { page: 'filing-review', id: 'f-9', label: '去审查' },
}

let open: StaffTask[]
let sent: SentRequest[]
beforeEach(() => {
  open = [unread, review]
  taroMock.navigateTo.mockClear()
  sent = fakeServer((req) => {
    if (req.method === 'GET' && req.path === '/staff/tasks') return { body: { count: open.length, items: open } }
    const done = /^\/staff\/tasks\/(.+)\/done$/.exec(req.path)
    if (req.method === 'POST' && done) {
      const task = open.find((t) => t.id === done[1])
      open = open.filter((t) => t.id !== done[1])
      return task ? { body: { ...task, doneAt: '2026-11-30T11:00:00.000+08:00' } } : undefined
    }
    return undefined
  })
})

describe('待办 list page', () => {
  it('shows each task in words with when it was made, newest first as the server sends them', async () => {
    render(<TasksPage />)
    await waitFor(() => expect(text()).toContain('共 2 件，新的在前'))
    expect(document.getElementById('task-msg-1')?.textContent).toBe(`文书未查看${unread.text}提醒时间 2026-11-30 10:00查看送达情况已处理`)
    expect(document.getElementById('task-msg-2')?.textContent).toContain('立案审查快到期')
    expect(text()).not.toMatch(/service-unread|filing-review|msg-/)
  })

  it('opens the case’s 电子送达 page or the filing’s review page from a task', async () => {
    render(<TasksPage />)
    await waitFor(() => expect(document.getElementById('task-open-msg-1')).not.toBeNull())
    click('task-open-msg-1')
    click('task-open-msg-2')
    expect(taroMock.navigateTo.mock.calls.map(([o]) => o.url)).toEqual([
      '/subpackages/judge/pages/service/case/index?id=case-1',
      '/subpackages/judge/pages/review/index?id=f-9',
    ])
  })

  it('closes a task with 已处理 and takes it off the list', async () => {
    render(<TasksPage />)
    await waitFor(() => expect(document.getElementById('task-done-msg-1')).not.toBeNull())
    click('task-done-msg-1')
    await waitFor(() => expect(document.getElementById('task-msg-1')).toBeNull())
    expect(sent.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual(['/staff/tasks/msg-1/done'])
    expect(text()).toContain('共 1 件')
    click('task-done-msg-2')
    await waitFor(() => expect(text()).toContain('没有待办事项。'))
  })

  it('says why when the list cannot be read', async () => {
    fakeServer(() => ({ status: 403, body: { error: { code: 'FORBIDDEN', message: '您没有权限进行此操作' } } }))
    render(<TasksPage />)
    await waitFor(() => expect(text()).toContain('您没有权限进行此操作'))
  })
})

describe('待办 card on 我的', () => {
  it('shows a clerk how many tasks wait and opens the list', async () => {
    render(<StaffTasksCard role='clerk' />)
    await waitFor(() => expect(document.getElementById('me-tasks-count')?.textContent).toBe('有 2 件待办事项'))
    click('me-tasks-open')
    expect(taroMock.navigateTo).toHaveBeenCalledWith({ url: '/subpackages/judge/pages/tasks/index' })
  })

  it('is not shown to a party, and asks nothing of the server for them', async () => {
    const { container } = render(<StaffTasksCard role='litigant' />)
    expect(container.textContent).toBe('')
    expect(sent).toEqual([])
  })
})
