import type { Kysely } from 'kysely'

/**
 * Staff tasks are the outbox rows of the 'inbox' channel (a served document still unread, a filing
 * near the end of its review). The staff member closes one with 「已处理」: `done_at` says when, so the
 * row stays as the record of the reminder while it leaves the list. The index serves the list
 * (one person's open tasks, newest first).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('notify_outbox').addColumn('done_at', 'text').execute()
  await db.schema.createIndex('notify_outbox_tasks').on('notify_outbox').columns(['recipient_user_id', 'channel', 'created_at']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('notify_outbox_tasks').ifExists().execute()
  await db.schema.alterTable('notify_outbox').dropColumn('done_at').execute()
}
