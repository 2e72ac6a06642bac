import type { Actor } from '../../auth/actor'
import type { StaffTask } from '../../../contract/tasks'
import { toTask, type TasksContext } from './context'

/**
 * 已处理: the staff member closes one of their own tasks and it leaves their list. Closing it again
 * changes nothing and answers the same (it keeps the time it was first closed), so a retried tap is
 * harmless. The reminder is not made again: its natural key stays taken in the outbox.
 *
 * @param ctx the tasks context
 * @param actor the staff member the task was given to (anyone else gets 404 STAFF_TASK_NOT_FOUND)
 * @param id the task's id
 * @returns the task with `doneAt`
 * @example await closeTask(ctx, clerk, 'msg_01…') // { id: 'msg_01…', doneAt: '2026-11-29T10:00:00.000+08:00', … }
 */
export async function closeTask(ctx: TasksContext, actor: Actor, id: string): Promise<StaffTask> {
  const task = await ctx.ownTask(actor, id)
  if (task.done_at) return toTask(task)
  await ctx.staffTasks.markDone(task.id, ctx.nowIso())
  return toTask(await ctx.ownTask(actor, id))
}
