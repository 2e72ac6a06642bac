import type { Kysely } from 'kysely'
import { mergePage, type PageRequest } from '../db/page'
import type { Database } from '../db/schema'

/** Only the 'inbox' channel holds staff tasks; the rest of the outbox is messages to parties. */
const TASK_CHANNEL = 'inbox'

/**
 * Staff tasks: the outbox rows of the 'inbox' channel, each addressed to one staff member of one
 * court. Every read is scoped to the person and the court, so a task of someone else is not found.
 */
export function staffTasksRepository(db: Kysely<Database>) {
  const tasksOf = (userId: string, courtId: string, templates: readonly string[]) =>
    db
      .selectFrom('notify_outbox as t')
      .leftJoin('service_documents as d', 'd.id', 't.document_id')
      .where('t.channel', '=', TASK_CHANNEL)
      .where('t.recipient_user_id', '=', userId)
      .where('t.court_id', '=', courtId)
      .where('t.template', 'in', templates)
  const columns = ['t.id', 't.template', 't.text', 't.data_json', 't.created_at', 't.done_at', 't.document_id', 'd.case_id'] as const
  return {
    /** A page of the open tasks of the given kinds (outbox templates), newest first, on the open-tasks index. */
    openPage: async (userId: string, courtId: string, templates: readonly string[], page: PageRequest) => {
      const after = page.after
      const rows = await tasksOf(userId, courtId, templates)
        .select(columns)
        .where('t.done_at', 'is', null)
        .$if(after !== null, (qb) => qb.where((eb) => eb(eb.refTuple('t.created_at', 't.id'), '<', eb.tuple(after?.at ?? '', after?.id ?? ''))))
        .orderBy('t.created_at', 'desc')
        .orderBy('t.id', 'desc')
        .limit(page.limit + 1)
        .execute()
      return mergePage([rows], (r) => ({ at: r.created_at, id: r.id }), page.limit)
    },
    openCount: async (userId: string, courtId: string, templates: readonly string[]) =>
      Number(
        (
          await tasksOf(userId, courtId, templates)
            .select((eb) => eb.fn.countAll().as('n'))
            .where('t.done_at', 'is', null)
            .executeTakeFirstOrThrow()
        ).n,
      ),
    byId: (id: string, userId: string, courtId: string, templates: readonly string[]) =>
      tasksOf(userId, courtId, templates).select(columns).where('t.id', '=', id).executeTakeFirst(),
    /** Closes an open task; a task already closed keeps the time it was first closed. */
    markDone: async (id: string, at: string) => {
      await db.updateTable('notify_outbox').set({ done_at: at }).where('id', '=', id).where('channel', '=', TASK_CHANNEL).where('done_at', 'is', null).execute()
    },
  }
}
export type StaffTasksRepository = ReturnType<typeof staffTasksRepository>
export type StaffTaskRow = NonNullable<Awaited<ReturnType<StaffTasksRepository['byId']>>>
