import type { Kysely } from 'kysely'

/**
 * Real-name review (在线诉讼规则第七条): the photos of the ID card a party sends in, one row per
 * person, and the court's decision on them. `users.real_name_status` stays the one status every
 * rule reads; it gains the value 'rejected' (the column is text, so no change to it is needed).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('id_cards')
    // One person, one current set of photos: a new set replaces the old one and its decision.
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('front_file_id', 'text', (c) => c.notNull().references('files.id'))
    .addColumn('back_file_id', 'text', (c) => c.notNull().references('files.id'))
    // 手持身份证照片: only when the court asks for it.
    .addColumn('holding_file_id', 'text', (c) => c.references('files.id'))
    // When the photos or the profile last went (back) to review: the queue's order, oldest first.
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    // 'verified' | 'rejected'; null while waiting for review.
    .addColumn('decision', 'text')
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    // 'manual' (a clerk compared the photos) or the name of another IdentityVerifier (e.g. 'wechat-face').
    .addColumn('method', 'text')
    // The reason the party is shown, in plain Chinese, when rejected.
    .addColumn('reject_reason', 'text')
    .execute()
  await db.schema.createIndex('id_cards_queue').on('id_cards').columns(['submitted_at', 'user_id']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('id_cards').ifExists().execute()
}
