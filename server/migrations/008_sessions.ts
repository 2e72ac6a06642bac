import type { Kysely } from 'kysely'

/**
 * Server-side sessions (a token names one; signing out, a password change, disabling an account
 * or changing its role ends them), disabled accounts, and the per-account sign-in lock.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    // 'logout' | 'password' | 'disabled' | 'role': why it ended, for the audit trail and the message.
    .addColumn('revoked_reason', 'text')
    .execute()
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute()
  await db.schema.alterTable('users').addColumn('disabled_at', 'text').execute()
  // Keyed by the account name as typed, known or not, so a lock tells nothing about which accounts exist.
  await db.schema
    .createTable('sign_in_locks')
    .addColumn('account', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('lockouts', 'integer', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sign_in_locks').ifExists().execute()
  await db.schema.alterTable('users').dropColumn('disabled_at').execute()
  await db.schema.dropTable('sessions').ifExists().execute()
}
