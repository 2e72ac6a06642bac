import type { StaffTask, StaffTaskList, StaffTaskTarget } from '../../contract/tasks'
import { http } from './client'
import { nextCursorOf, type ListPage } from './paging'

export type { StaffTask, StaffTaskList, StaffTaskTarget } from '../../contract/tasks'

/** 待办: the signed-in staff member's tasks from the reminder schedule. */
export const tasksApi = {
  /** A page of the open tasks, newest first, with the count of them all. */
  page: (cursor?: string): Promise<ListPage<StaffTask> & { count: number }> =>
    http.get<StaffTaskList>('/staff/tasks', { params: { cursor } }).then((r) => ({ items: r.data.items, count: r.data.count, next: nextCursorOf(r) })),
  /** How many open tasks wait (one row read besides). */
  count: () => http.get<StaffTaskList>('/staff/tasks', { params: { limit: 1 } }).then((r) => r.data.count),
  done: (id: string) => http.post<StaffTask>(`/staff/tasks/${encodeURIComponent(id)}/done`).then((r) => r.data),
}

/** The page a task is dealt with on. */
export function taskUrl(target: StaffTaskTarget): string {
  const id = encodeURIComponent(target.id)
  return target.page === 'service-case' ? `/subpackages/judge/pages/service/case/index?id=${id}` : `/subpackages/judge/pages/review/index?id=${id}`
}

export const TASKS_PAGE = '/subpackages/judge/pages/tasks/index'
