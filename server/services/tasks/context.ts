import type { Actor } from '../../auth/actor'
import type { Clock } from '../../clock'
import { shanghaiIso } from '../../clock'
import { notFound } from '../../errors'
import type { StaffTaskRow, StaffTasksRepository } from '../../repositories/staffTasks'
import type { StaffTask, StaffTaskKind } from '../../../contract/tasks'

export interface TasksDeps {
  staffTasks: StaffTasksRepository
  clock: Clock
}

/** The reminder template (server/services/notify/reminders.ts) behind each kind of task. */
export const TASK_TEMPLATES: Record<string, StaffTaskKind> = {
  'service-unread-task': 'service-unread',
  'filing-review-due': 'filing-review-due',
}
export const TEMPLATE_NAMES = Object.keys(TASK_TEMPLATES)

/**
 * A stored task as the staff member reads it, with the page where it is dealt with: the 电子送达
 * page of the document's case, or the review page of the filing.
 *
 * @param row the task's outbox row, with its document's case when it has one
 * @returns the task; `target` null when the document or filing it names is not known
 * @example toTask(row) // { kind: 'service-unread', target: { page: 'service-case', id: 'case-1', label: '查看送达情况' }, … }
 */
export function toTask(row: StaffTaskRow): StaffTask {
  const kind = TASK_TEMPLATES[row.template] ?? 'service-unread'
  const data = JSON.parse(row.data_json) as { filingId?: string }
  const target =
    kind === 'service-unread'
      ? row.case_id
        ? { page: 'service-case' as const, id: row.case_id, label: '查看送达情况' }
        : null
      : data.filingId
        ? { page: 'filing-review' as const, id: data.filingId, label: '去审查' }
        : null
  return { id: row.id, kind, text: row.text, createdAt: row.created_at, doneAt: row.done_at, target }
}

export function tasksContext(deps: TasksDeps) {
  return {
    ...deps,
    nowIso: () => shanghaiIso(deps.clock.now()),
    /**
     * One of the asking staff member's own tasks in their court. Someone else's task, another
     * court's, or an unknown id all get the same 404, so the answer tells nothing about other people's work.
     */
    async ownTask(actor: Actor, id: string): Promise<StaffTaskRow> {
      const row = actor.courtId ? await deps.staffTasks.byId(id, actor.sub, actor.courtId, TEMPLATE_NAMES) : undefined
      if (!row) throw notFound('STAFF_TASK_NOT_FOUND', '找不到这条待办，或者它不是交给您的')
      return row
    },
  }
}
export type TasksContext = ReturnType<typeof tasksContext>
