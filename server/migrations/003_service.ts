import type { Kysely } from 'kysely'

/** 电子送达: service addresses, issued documents, the hash-chained receipts, and the notification outbox. */
export async function up(db: Kysely<any>): Promise<void> {
  // Every confirmation or change is a new version; the latest one is in force, the rest are the record.
  await db.schema
    .createTable('service_addresses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('filings.id'))
    .addColumn('party_idx', 'integer', (c) => c.notNull())
    .addColumn('id_key', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('data_json', 'text', (c) => c.notNull())
    .addColumn('confirmed_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('confirmed_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('service_addresses_version', ['case_id', 'party_idx', 'version'])
    .execute()

  // A document is written once and never updated: a correction is a new document.
  await db.schema
    .createTable('service_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('filings.id'))
    .addColumn('court_id', 'text', (c) => c.notNull().references('courts.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('party_idx', 'integer', (c) => c.notNull())
    .addColumn('recipient_id_key', 'text', (c) => c.notNull())
    .addColumn('recipient_name', 'text', (c) => c.notNull())
    .addColumn('recipient_side', 'text', (c) => c.notNull())
    .addColumn('content_json', 'text', (c) => c.notNull())
    .addColumn('content_sha256', 'text', (c) => c.notNull())
    .addColumn('file_id', 'text', (c) => c.references('files.id'))
    .addColumn('appealable', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('issued_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('service_documents_case').on('service_documents').column('case_id').execute()
  await db.schema.createIndex('service_documents_recipient').on('service_documents').column('recipient_id_key').execute()

  // Append-only receipts, one hash chain per case: (case_id, seq) is unique, so two writers cannot fork it.
  await db.schema
    .createTable('service_events')
    .addColumn('case_id', 'text', (c) => c.notNull().references('filings.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('document_id', 'text', (c) => c.references('service_documents.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('detail_json', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('service_events_pk', ['case_id', 'seq'])
    .execute()
  await db.schema.createIndex('service_events_document').on('service_events').column('document_id').execute()

  // What the pluggable notifier sent (SMS, WeChat subscribe message, e-mail); in development the only sink.
  await db.schema
    .createTable('notify_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('court_id', 'text')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('data_json', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('notify_outbox_court').on('notify_outbox').columns(['court_id', 'created_at']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['notify_outbox', 'service_events', 'service_documents', 'service_addresses']) {
    await db.schema.dropTable(t).ifExists().execute()
  }
}
