import type { Kysely } from 'kysely'

// The agent (lawyer or relative) named in a filing, so they can follow the case they file for.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('filing_agents')
    .addColumn('filing_id', 'text', (c) => c.notNull().references('filings.id'))
    .addColumn('id_key', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('filing_agents_pk', ['filing_id', 'id_key'])
    .execute()
  await db.schema.createIndex('filing_agents_id_key').on('filing_agents').column('id_key').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('filing_agents').ifExists().execute()
}
