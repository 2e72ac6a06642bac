import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'

/** What the reminder scheduler looks for, across every court: read-only. */
export function remindersRepository(db: Kysely<Database>) {
  return {
    /** Hearings still set for `day`. */
    hearingsOn: (day: string) =>
      db
        .selectFrom('hearings')
        .select(['id', 'case_id', 'court_id', 'date', 'half'])
        .where('date', '=', day)
        .where('status', '=', 'scheduled')
        .orderBy('id')
        .execute(),
    /** Documents served electronically between `from` and `to` (ISO instants) that the party has not opened. */
    unopenedDocuments: (from: string, to: string) =>
      db
        .selectFrom('service_documents as d')
        .select(['d.id', 'd.case_id', 'd.court_id', 'd.title', 'd.recipient_id_key', 'd.recipient_name', 'd.issued_by', 'd.issued_at'])
        .where('d.method', 'in', ['electronic', 'electronic-unconfirmed'])
        .where('d.issued_at', '>=', from)
        .where('d.issued_at', '<=', to)
        .where(({ not, exists, selectFrom }) =>
          not(exists(selectFrom('service_events as e').select('e.seq').whereRef('e.document_id', '=', 'd.id').where('e.type', 'in', ['opened', 'signed']))),
        )
        .orderBy('d.id')
        .execute(),
    /** Filings waiting for the court's review decision. */
    filingsUnderReview: () =>
      db
        .selectFrom('filings')
        .select(['id', 'target_court_id', 'filing_number', 'judge_id', 'review_started_on'])
        .where('status', '=', 'submitted')
        .where('review_started_on', 'is not', null)
        .orderBy('id')
        .execute(),
    /** The judges of a court, who review its filings. */
    judgesOf: (courtId: string) =>
      db
        .selectFrom('users')
        .select(['id', 'openid'])
        .where('court_id', '=', courtId)
        .where('role', '=', 'judge')
        .where('disabled_at', 'is', null)
        .orderBy('id')
        .execute(),
    filing: (id: string) => db.selectFrom('filings').select(['id', 'case_number', 'target_court_id']).where('id', '=', id).executeTakeFirst(),
  }
}
export type RemindersRepository = ReturnType<typeof remindersRepository>
