import { sql, type Kysely } from 'kysely'
import { PARTY_ROLES } from '../auth/actor'

/**
 * Indexes for the work lists paged since: 执行信访 and 待办. (我的执行任务 and the 督办 list page
 * a court's or a team's cases on the received indexes of 025.)
 *
 * - 执行信访: a complaint now carries its case's court (filled in for those already stored), so
 *   the court's list is read on (court, received on, id) over the unanswered complaints and again
 *   over the answered ones, oldest first, without joining every case of the court.
 * - 本院待回复的当事人留言: a case notes when the oldest party message not yet answered came
 *   (filled in for the threads already stored; a court reply clears it), so the court's list is
 *   read on (court, waiting since, id) over the cases with a message waiting.
 * - 待办: one person's open tasks in one court, newest first, on (recipient, court, created at, id)
 *   over the inbox channel's rows not yet done; the tasks already done are not walked past.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('enforcement_complaints').addColumn('court_id', 'text').execute()
  await sql`update enforcement_complaints set court_id = (select c.court_id from enforcement_cases c where c.id = enforcement_complaints.case_id)`.execute(db)
  await db.schema
    .createIndex('enforcement_complaints_court_open')
    .on('enforcement_complaints')
    .columns(['court_id', 'received_on', 'id'])
    .where(sql<boolean>`answered_on is null`)
    .execute()
  await db.schema
    .createIndex('enforcement_complaints_court_answered')
    .on('enforcement_complaints')
    .columns(['court_id', 'received_on', 'id'])
    .where(sql<boolean>`answered_on is not null`)
    .execute()
  await db.schema.alterTable('filings').addColumn('awaiting_reply_since', 'text').execute()
  const party = sql.join(PARTY_ROLES.map((r) => sql.lit(r)))
  await sql`update filings set awaiting_reply_since = (
    select min(m.created_at) from case_messages m
    where m.filing_id = filings.id and m.author_role in (${party})
      and m.created_at > coalesce((select max(s.created_at) from case_messages s where s.filing_id = filings.id and s.author_role not in (${party})), '')
  )`.execute(db)
  await db.schema
    .createIndex('filings_court_awaiting_reply')
    .on('filings')
    .columns(['target_court_id', 'awaiting_reply_since', 'id'])
    .where(sql<boolean>`awaiting_reply_since is not null`)
    .execute()
  await db.schema
    .createIndex('notify_outbox_open_tasks')
    .on('notify_outbox')
    .columns(['recipient_user_id', 'court_id', 'created_at', 'id'])
    .where(sql<boolean>`channel = 'inbox' and done_at is null`)
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('notify_outbox_open_tasks').execute()
  await db.schema.dropIndex('filings_court_awaiting_reply').execute()
  await db.schema.alterTable('filings').dropColumn('awaiting_reply_since').execute()
  await db.schema.dropIndex('enforcement_complaints_court_answered').execute()
  await db.schema.dropIndex('enforcement_complaints_court_open').execute()
  await db.schema.alterTable('enforcement_complaints').dropColumn('court_id').execute()
}
