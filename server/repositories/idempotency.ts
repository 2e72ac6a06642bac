import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'

export function idempotencyRepository(db: Kysely<Database>) {
  return {
    find: (userId: string, key: string, scope: string) =>
      db.selectFrom('idempotency_keys').selectAll().where('user_id', '=', userId).where('key', '=', key).where('scope', '=', scope).executeTakeFirst(),
    /** Returns false when the key was stored first by a concurrent request. */
    save: async (row: { user_id: string; key: string; scope: string; status_code: number; body: string; created_at: string }) => {
      const res = await db
        .insertInto('idempotency_keys')
        .values(row)
        .onConflict((oc) => oc.columns(['user_id', 'key', 'scope']).doNothing())
        .executeTakeFirst()
      return Number(res.numInsertedOrUpdatedRows ?? 0) > 0
    },
  }
}
export type IdempotencyRepository = ReturnType<typeof idempotencyRepository>
