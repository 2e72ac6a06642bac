import { sql, type Kysely } from 'kysely'

/**
 * Indexes that serve the paginated lists (我的案件 and the review queue) in their order, so a page
 * reads its rows straight off an index and never sorts or scans the filings.
 *
 * - 我的案件, what the user filed: (filer, updated at, id), newest change first; it replaces the
 *   filer-only index, which it starts with.
 * - 我的案件, filings naming the user as a party or agent: (ID key, filing), found without reading
 *   the party or agent rows; they replace the ID-key-only indexes.
 * - The review queue, a court's own filings: (court, status, 涉农, submitted at, id), one range per
 *   status and group; it replaces (court, status).
 * - The review queue, cross-region filings forwarded to the court: the same order on the target
 *   court, only over forwarded filings, so the court's own filings (whose target is the court too)
 *   are not walked past.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('filings_filer_changed').on('filings').columns(['filer_id', 'updated_at', 'id']).execute()
  await db.schema.dropIndex('filings_filer').execute()
  await db.schema.createIndex('filings_queue').on('filings').columns(['court_id', 'status', 'agricultural', 'submitted_at', 'id']).execute()
  await db.schema.dropIndex('filings_court_status').execute()
  await db.schema
    .createIndex('filings_forwarded_queue')
    .on('filings')
    .columns(['target_court_id', 'status', 'agricultural', 'submitted_at', 'id'])
    .where(sql.ref('forwarded_at'), 'is not', null)
    .execute()
  await db.schema.createIndex('filing_parties_id_key_filing').on('filing_parties').columns(['id_key', 'filing_id']).execute()
  await db.schema.dropIndex('filing_parties_id_key').execute()
  await db.schema.createIndex('filing_agents_id_key_filing').on('filing_agents').columns(['id_key', 'filing_id']).execute()
  await db.schema.dropIndex('filing_agents_id_key').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('filing_agents_id_key').on('filing_agents').column('id_key').execute()
  await db.schema.dropIndex('filing_agents_id_key_filing').execute()
  await db.schema.createIndex('filing_parties_id_key').on('filing_parties').column('id_key').execute()
  await db.schema.dropIndex('filing_parties_id_key_filing').execute()
  await db.schema.dropIndex('filings_forwarded_queue').execute()
  await db.schema.createIndex('filings_court_status').on('filings').columns(['court_id', 'status']).execute()
  await db.schema.dropIndex('filings_queue').execute()
  await db.schema.createIndex('filings_filer').on('filings').column('filer_id').execute()
  await db.schema.dropIndex('filings_filer_changed').execute()
}
