import type { Kysely } from 'kysely'

/**
 * 电子送达 receipts signed with a key the database does not hold: each receipt keeps the court's
 * signature of the chain head it made (so an edited or forged receipt is pinpointed), and each
 * case keeps its latest signed head (so a deleted last receipt shows). Rows written before this
 * have no signature and no longer verify: nothing was served in production before it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // One column per statement: SQLite adds one column per ALTER TABLE.
  await db.schema.alterTable('service_events').addColumn('key_id', 'text').execute()
  await db.schema.alterTable('service_events').addColumn('signature', 'text').execute()
  await db.schema.alterTable('service_events').addColumn('signed_at', 'text').execute()
  // Written in the same transaction as each receipt, under the case's lock.
  await db.schema
    .createTable('service_heads')
    .addColumn('case_id', 'text', (c) => c.primaryKey().references('filings.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .addColumn('signed_at', 'text', (c) => c.notNull())
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('service_heads').ifExists().execute()
  for (const column of ['signed_at', 'signature', 'key_id']) await db.schema.alterTable('service_events').dropColumn(column).execute()
}
