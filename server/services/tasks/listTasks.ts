import type { Actor } from '../../auth/actor'
import type { PageQuery } from '../../../contract/common'
import type { StaffTaskList } from '../../../contract/tasks'
import { pageRequest } from '../../db/page'
import { TEMPLATE_NAMES, toTask, type TasksContext } from './context'

/**
 * 待办 a page at a time: the signed-in staff member's open tasks in their own court, newest first. A
 * task belongs to the one person the reminder named (the clerk who issued the document, the judge
 * of the filing), so nobody sees another's; a staff member without a court has none.
 *
 * @param ctx the tasks context
 * @param actor the staff member asking
 * @param q the page asked for (20 unless told, at most 100, after the cursor)
 * @returns the number of open tasks, the page's tasks, and where the next page starts (null on the last)
 * @example await listTasks(ctx, clerk) // { list: { count: 1, items: [{ kind: 'service-unread', text: '王建国尚未查看3天前送达的…', … }] }, next: null }
 */
export async function listTasks(ctx: TasksContext, actor: Actor, q: PageQuery = {}): Promise<{ list: StaffTaskList; next: string | null }> {
  const page = pageRequest(q)
  if (!actor.courtId) return { list: { count: 0, items: [] }, next: null }
  const [{ rows, next }, count] = await Promise.all([
    ctx.staffTasks.openPage(actor.sub, actor.courtId, TEMPLATE_NAMES, page),
    ctx.staffTasks.openCount(actor.sub, actor.courtId, TEMPLATE_NAMES),
  ])
  return { list: { count, items: rows.map(toTask) }, next }
}
