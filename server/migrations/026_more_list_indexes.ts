import type { Kysely } from 'kysely'

/**
 * Indexes that serve the rest of the paginated lists in their order, so a page reads its rows
 * straight off an index instead of sorting all of a court's or a person's rows.
 *
 * - 我的文书: (addressee's ID key, issued at, id), newest first; it replaces the ID-key-only index.
 * - The court's follow-up lists of 电子送达 and the hearing schedule: accepted cases by (hearing
 *   court, status, decided at, id), newest 立案 first.
 * - 我的调解 and the mediators' and courts' lists: (court | mediator, updated at, id); a party's by
 *   (account, mediation) and, before the invitation is linked, (ID number, mediation).
 * - Reads of one person or case that walked a whole table: the verified account behind an ID number
 *   (who receives a document's WeChat message), and the case an enforcement case was resumed from.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('service_documents_recipient_issued').on('service_documents').columns(['recipient_id_key', 'issued_at', 'id']).execute()
  await db.schema.dropIndex('service_documents_recipient').execute()
  await db.schema.createIndex('filings_hearing_court_decided').on('filings').columns(['target_court_id', 'status', 'decided_at', 'id']).execute()
  await db.schema.createIndex('mediations_court_changed').on('mediations').columns(['court_id', 'updated_at', 'id']).execute()
  await db.schema.createIndex('mediations_mediator_changed').on('mediations').columns(['mediator_id', 'updated_at', 'id']).execute()
  await db.schema.dropIndex('mediations_mediator').execute()
  await db.schema.createIndex('mediation_parties_user_mediation').on('mediation_parties').columns(['user_id', 'mediation_id']).execute()
  await db.schema.dropIndex('mediation_parties_user').execute()
  await db.schema.createIndex('mediation_parties_id_number').on('mediation_parties').columns(['id_number', 'mediation_id']).execute()
  await db.schema.createIndex('users_id_number').on('users').column('id_number').execute()
  await db.schema.createIndex('enforcement_cases_resumed_from').on('enforcement_cases').column('resumed_from_id').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('enforcement_cases_resumed_from').execute()
  await db.schema.dropIndex('users_id_number').execute()
  await db.schema.dropIndex('mediation_parties_id_number').execute()
  await db.schema.createIndex('mediation_parties_user').on('mediation_parties').column('user_id').execute()
  await db.schema.dropIndex('mediation_parties_user_mediation').execute()
  await db.schema.createIndex('mediations_mediator').on('mediations').column('mediator_id').execute()
  await db.schema.dropIndex('mediations_mediator_changed').execute()
  await db.schema.dropIndex('mediations_court_changed').execute()
  await db.schema.dropIndex('filings_hearing_court_decided').execute()
  await db.schema.createIndex('service_documents_recipient').on('service_documents').column('recipient_id_key').execute()
  await db.schema.dropIndex('service_documents_recipient_issued').execute()
}
