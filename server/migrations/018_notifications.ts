import type { Kysely } from 'kysely'

/**
 * The notification outbox becomes durable: a row is written in the transaction of the event that
 * causes it and a worker sends it later, so a crash between the event and the send loses nothing.
 * A worker claims a row by setting `claimed_until` (a lease) and `claim_token`; a worker that dies
 * mid-send leaves a lease that runs out, and the row is tried again (at least once, with the row's
 * id as the provider's idempotency key). `natural_key` is unique so two schedulers cannot both
 * create the same reminder. Every try and the provider's answer go to `notify_attempts`.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const add = (name: string, type: 'text' | 'integer', notNullDefault?: number) =>
    db.schema
      .alterTable('notify_outbox')
      .addColumn(name, type, (c) => (notNullDefault === undefined ? c : c.notNull().defaultTo(notNullDefault)))
      .execute()
  await add('attempts', 'integer', 0)
  await add('next_attempt_at', 'text')
  await add('claimed_until', 'text')
  await add('claim_token', 'text')
  await add('sent_at', 'text')
  await add('provider_ref', 'text')
  await add('last_error', 'text')
  await add('natural_key', 'text')
  await add('recipient_user_id', 'text')
  await db.schema.createIndex('notify_outbox_natural_key').unique().on('notify_outbox').column('natural_key').execute()
  await db.schema.createIndex('notify_outbox_due').on('notify_outbox').columns(['status', 'next_attempt_at']).execute()
  await db.schema.createIndex('notify_outbox_document').on('notify_outbox').columns(['document_id', 'channel']).execute()
  await db.schema
    .createTable('notify_attempts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('notification_id', 'text', (c) => c.notNull())
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text', (c) => c.notNull())
    .addColumn('ok', 'integer', (c) => c.notNull())
    // What the provider answered (its JSON, bounded), or the network error.
    .addColumn('response', 'text', (c) => c.notNull())
    .addUniqueConstraint('notify_attempts_once', ['notification_id', 'attempt'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('notify_attempts').ifExists().execute()
  for (const i of ['notify_outbox_natural_key', 'notify_outbox_due', 'notify_outbox_document']) await db.schema.dropIndex(i).ifExists().execute()
  for (const c of ['attempts', 'next_attempt_at', 'claimed_until', 'claim_token', 'sent_at', 'provider_ref', 'last_error', 'natural_key', 'recipient_user_id'])
    await db.schema.alterTable('notify_outbox').dropColumn(c).execute()
}
