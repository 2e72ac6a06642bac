import { randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'

let counter = 0
/**
 * Ids that sort in the order entries were written, so the history reads in order even when
 * two entries share a timestamp (a fixed test clock, or two steps within a millisecond).
 */
function orderedId(): string {
  counter = (counter + 1) % 1_000_000
  return `${Date.now().toString().padStart(15, '0')}-${counter.toString().padStart(6, '0')}-${randomBytes(4).toString('hex')}`
}

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
