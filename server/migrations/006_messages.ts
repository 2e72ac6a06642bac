import type { Kysely } from 'kysely'

/** 联系法官: the message thread between the parties of an accepted case and its court. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('case_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('filing_id', 'text', (c) => c.notNull().references('filings.id'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    // The author's role when writing: tells a party's message from the court's reply even if the account changes role later.
    .addColumn('author_role', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_by_staff_at', 'text')
    .addColumn('read_by_party_at', 'text')
    .execute()
  await db.schema.createIndex('case_messages_filing').on('case_messages').columns(['filing_id', 'created_at']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('case_messages').execute()
}
