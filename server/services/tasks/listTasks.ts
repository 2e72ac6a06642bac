import type { Actor } from '../../auth/actor'
import type { StaffTaskList } from '../../../contract/tasks'
import { TEMPLATE_NAMES, toTask, type TasksContext } from './context'

/** The list shows this many; the count covers them all. */
export const TASK_LIST_LIMIT = 100

/**
 * 待办: the signed-in staff member's open tasks in their own court, newest first. A task belongs to
 * the one person the reminder named (the clerk who issued the document, the judge of the filing), so
 * nobody sees another's; a staff member without a court has none.
 *
 * @param ctx the tasks context
 * @param actor the staff member asking
 * @returns the number of open tasks and the newest {@link TASK_LIST_LIMIT} of them
 * @example await listTasks(ctx, clerk) // { count: 1, items: [{ kind: 'service-unread', text: '王建国尚未查看3天前送达的…', … }] }
 */
export async function listTasks(ctx: TasksContext, actor: Actor): Promise<StaffTaskList> {
  if (!actor.courtId) return { count: 0, items: [] }
  const [rows, count] = await Promise.all([
    ctx.staffTasks.open(actor.sub, actor.courtId, TEMPLATE_NAMES, TASK_LIST_LIMIT),
    ctx.staffTasks.openCount(actor.sub, actor.courtId, TEMPLATE_NAMES),
  ])
  return { count, items: rows.map(toTask) }
}
