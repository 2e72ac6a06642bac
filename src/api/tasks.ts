import type { StaffTask, StaffTaskList, StaffTaskTarget } from '../../contract/tasks'
import { http } from './client'

export type { StaffTask, StaffTaskList, StaffTaskTarget } from '../../contract/tasks'

/** 待办: the signed-in staff member's tasks from the reminder schedule. */
export const tasksApi = {
  list: () => http.get<StaffTaskList>('/staff/tasks').then((r) => r.data),
  done: (id: string) => http.post<StaffTask>(`/staff/tasks/${encodeURIComponent(id)}/done`).then((r) => r.data),
}

/** The page a task is dealt with on. */
export function taskUrl(target: StaffTaskTarget): string {
  const id = encodeURIComponent(target.id)
  return target.page === 'service-case' ? `/subpackages/judge/pages/service/case/index?id=${id}` : `/subpackages/judge/pages/review/index?id=${id}`
}

export const TASKS_PAGE = '/subpackages/judge/pages/tasks/index'
