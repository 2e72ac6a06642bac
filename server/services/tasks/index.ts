import type { PageQuery } from '../../../contract/common'
import type { Actor } from '../../auth/actor'
import { closeTask } from './closeTask'
import { listTasks } from './listTasks'
import { tasksContext, type TasksDeps } from './context'

export type { TasksDeps } from './context'

/** 待办: the tasks reminders give court staff (server/services/notify/reminders.ts), listed and closed by the person they name. */
export function tasksService(deps: TasksDeps) {
  const ctx = tasksContext(deps)
  return {
    list: (actor: Actor, q?: PageQuery) => listTasks(ctx, actor, q),
    done: (actor: Actor, id: string) => closeTask(ctx, actor, id),
  }
}
export type TasksService = ReturnType<typeof tasksService>
