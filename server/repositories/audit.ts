import { orderedId } from '../db/ids'
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'

/** Who did what to which record, and when: the history staff and parties can read. */
export function auditRepository(db: Kysely<Database>) {
  return {
    record: (e: { actorId: string | null; action: string; subject: string; detail?: unknown; at: string }) =>
      db
        .insertInto('audit_log')
        .values({ id: orderedId(), actor_id: e.actorId, action: e.action, subject: e.subject, detail: JSON.stringify(e.detail ?? {}), at: e.at })
        .execute(),
    forSubject: (subject: string) => db.selectFrom('audit_log').selectAll().where('subject', '=', subject).orderBy('at').orderBy('id').execute(),
  }
}
export type AuditRepository = ReturnType<typeof auditRepository>
