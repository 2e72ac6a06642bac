import { orderedId } from '../db/ids'
import type { Kysely } from 'kysely'
import type { Q } from '../db/query'
import type { Database } from '../db/schema'

/** Who did what to which record, and when: the history staff and parties can read. */
export function auditRepository(db: Kysely<Database>) {
  return {
    /** Pass the change's transaction as `q`: the history entry then commits, or rolls back, with the change. */
    record: (e: { actorId: string | null; action: string; subject: string; detail?: unknown; at: string }, q: Q = db) =>
      q
        .insertInto('audit_log')
        .values({ id: orderedId(), actor_id: e.actorId, action: e.action, subject: e.subject, detail: JSON.stringify(e.detail ?? {}), at: e.at })
        .execute(),
    forSubject: (subject: string) => db.selectFrom('audit_log').selectAll().where('subject', '=', subject).orderBy('at').orderBy('id').execute(),
  }
}
export type AuditRepository = ReturnType<typeof auditRepository>
