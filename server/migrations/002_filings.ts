import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('filings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('filer_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('court_id', 'text', (c) => c.notNull().references('courts.id'))
    .addColumn('target_court_id', 'text', (c) => c.notNull().references('courts.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('data_json', 'text', (c) => c.notNull())
    .addColumn('agricultural', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('filing_number', 'text', (c) => c.unique())
    .addColumn('fee_json', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('review_started_on', 'text')
    .addColumn('forwarded_at', 'text')
    .addColumn('correction_json', 'text')
    .addColumn('decline_reason', 'text')
    .addColumn('case_number', 'text', (c) => c.unique())
    .addColumn('procedure', 'text')
    .addColumn('judge_id', 'text', (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    .addColumn('decided_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('filings_filer').on('filings').column('filer_id').execute()
  await db.schema.createIndex('filings_court_status').on('filings').columns(['court_id', 'status']).execute()
  await db.schema.createIndex('filings_target_status').on('filings').columns(['target_court_id', 'status']).execute()

  // Each submission is frozen here; a correction adds a version and never edits an old one.
  await db.schema
    .createTable('filing_versions')
    .addColumn('filing_id', 'text', (c) => c.notNull().references('filings.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('data_json', 'text', (c) => c.notNull())
    .addColumn('fee_json', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('filing_versions_pk', ['filing_id', 'version'])
    .execute()

  // Who appears in a filing, so a party (not only the filer) can find it after real-name sign-in.
  await db.schema
    .createTable('filing_parties')
    .addColumn('filing_id', 'text', (c) => c.notNull().references('filings.id'))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('side', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('id_key', 'text', (c) => c.notNull())
    .addColumn('mobile', 'text')
    .addPrimaryKeyConstraint('filing_parties_pk', ['filing_id', 'idx'])
    .execute()
  await db.schema.createIndex('filing_parties_id_key').on('filing_parties').column('id_key').execute()

  // One row per court, case type and year; accepting a filing takes the next number in a transaction.
  await db.schema
    .createTable('case_sequences')
    .addColumn('court_id', 'text', (c) => c.notNull())
    .addColumn('type_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_seq', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_sequences_pk', ['court_id', 'type_code', 'year'])
    .execute()

  await db.schema
    .createTable('files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('original_name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('storage_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()

  // Links a file to the filing it was attached to when submitted: who may read it follows the filing.
  await db.schema
    .createTable('filing_files')
    .addColumn('filing_id', 'text', (c) => c.notNull().references('filings.id'))
    .addColumn('file_id', 'text', (c) => c.notNull().references('files.id'))
    .addPrimaryKeyConstraint('filing_files_pk', ['filing_id', 'file_id'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['filing_files', 'files', 'case_sequences', 'filing_parties', 'filing_versions', 'filings']) {
    await db.schema.dropTable(t).ifExists().execute()
  }
}
