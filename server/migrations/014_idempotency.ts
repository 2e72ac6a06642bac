import type { Kysely } from 'kysely'

/**
 * Idempotency-Key in the database, so several API processes on one database run a request once:
 * one row per (user, key) under a unique constraint, reserved before the action runs, bound to the
 * action's own transaction, and holding the reply that a repeat gets back. Rows expire after 24 h;
 * an expired key may be used again. Replaces the table of 001, whose rows were written only after
 * the action (two processes both ran it).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('idempotency_keys').ifExists().execute()
  await db.schema
    .createTable('idempotency_requests')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    // sha256 of method, route, path parameters and body: the same key with another request is refused.
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    // 'in-progress' from reservation until the reply is stored, then 'done'.
    .addColumn('status', 'text', (c) => c.notNull())
    // 0/1: the action's transaction committed with this row (set in that transaction).
    .addColumn('effects_committed', 'integer', (c) => c.notNull().defaultTo(0))
    // The request that holds the reservation; a takeover after a dead process changes it.
    .addColumn('owner', 'text', (c) => c.notNull())
    // Until then the holder is presumed alive; after it, a reservation with nothing committed may be taken over.
    .addColumn('lease_until', 'text', (c) => c.notNull())
    .addColumn('response_status', 'integer')
    .addColumn('response_body', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('idempotency_requests_user_key', ['user_id', 'key'])
    .execute()
  await db.schema.createIndex('idempotency_requests_expires').on('idempotency_requests').column('expires_at').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('idempotency_requests').ifExists().execute()
  await db.schema
    .createTable('idempotency_keys')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('status_code', 'integer', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['user_id', 'key', 'scope'])
    .execute()
}
