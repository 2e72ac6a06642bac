import type { Kysely } from 'kysely'

/**
 * Identity binding: a new mobile number waits for the SMS code sent to it before it replaces the
 * confirmed one (only a confirmed number is ever used), and a verified profile whose name or ID
 * number changed says why it is back in review.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('mobile_codes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    // The number the code went to: the pending mobile until the code confirms it.
    .addColumn('mobile', 'text', (c) => c.notNull())
    // HMAC of the code under a key the database does not hold; the code itself is never stored.
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    // 'pending' | 'confirmed' | 'replaced' (a newer code was sent) | 'failed' (too many wrong tries)
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .execute()
  // Sending is limited per account and per number: both are counted over recent rows.
  await db.schema.createIndex('mobile_codes_user').on('mobile_codes').columns(['user_id', 'sent_at']).execute()
  await db.schema.createIndex('mobile_codes_mobile').on('mobile_codes').columns(['mobile', 'sent_at']).execute()
  // 'name' | 'id-number' | 'name-and-id-number' when a change sent a verified profile back to review.
  await db.schema.alterTable('users').addColumn('review_reason', 'text').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('review_reason').execute()
  await db.schema.dropTable('mobile_codes').ifExists().execute()
}
