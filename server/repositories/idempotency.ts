import type { Kysely, Selectable } from 'kysely'
import type { Q } from '../db/query'
import type { Database, IdempotencyTable } from '../db/schema'

export type IdempotencyRow = Selectable<IdempotencyTable>
/** Who holds a reservation: the (user, key) row and the request that reserved it. */
export interface Holder {
  userId: string
  key: string
  owner: string
}

/** The (user, Idempotency-Key) reservations: every change is conditional, so two processes never both win. */
export function idempotencyRepository(db: Kysely<Database>) {
  const mine = (q: Q, h: Holder) => q.updateTable('idempotency_requests').where('user_id', '=', h.userId).where('key', '=', h.key).where('owner', '=', h.owner)
  const changed = (res: { numUpdatedRows?: bigint; numDeletedRows?: bigint }) => Number(res.numUpdatedRows ?? res.numDeletedRows ?? 0) > 0
  return {
    /** Inserts the reservation; false when a row for (user, key) is there already (the unique constraint decides). */
    reserve: async (row: Omit<IdempotencyRow, 'response_status' | 'response_body' | 'effects_committed' | 'status'>) => {
      const res = await db
        .insertInto('idempotency_requests')
        .values({ ...row, status: 'in-progress', effects_committed: 0, response_status: null, response_body: null })
        .onConflict((oc) => oc.columns(['user_id', 'key']).doNothing())
        .executeTakeFirst()
      return Number(res.numInsertedOrUpdatedRows ?? 0) > 0
    },
    find: (userId: string, key: string) =>
      db.selectFrom('idempotency_requests').selectAll().where('user_id', '=', userId).where('key', '=', key).executeTakeFirst(),
    /** Removes the row of (user, key) if it has expired, so the key can be reserved again. */
    removeExpired: async (userId: string, key: string, nowIso: string) =>
      changed(
        await db.deleteFrom('idempotency_requests').where('user_id', '=', userId).where('key', '=', key).where('expires_at', '<=', nowIso).executeTakeFirst(),
      ),
    /** Takes over a reservation whose holder's lease ran out with nothing committed (its process died). */
    takeOver: async (was: Holder, owner: string, leaseUntil: string, nowIso: string) =>
      changed(
        await mine(db, was)
          .set({ owner, lease_until: leaseUntil })
          .where('status', '=', 'in-progress')
          .where('effects_committed', '=', 0)
          .where('lease_until', '<=', nowIso)
          .executeTakeFirst(),
      ),
    /**
     * Marks the action's effects as committed, inside the action's transaction: on PostgreSQL the row
     * stays locked until that commits, and false (the caller rolls back) when the holder lost the row.
     */
    bindEffects: async (q: Q, h: Holder) =>
      changed(await mine(q, h).set({ effects_committed: 1 }).where('status', '=', 'in-progress').where('effects_committed', '=', 0).executeTakeFirst()),
    /** Stores the reply a repeat gets back. */
    complete: async (h: Holder, status: number, body: string) =>
      changed(await mine(db, h).set({ status: 'done', response_status: status, response_body: body }).where('status', '=', 'in-progress').executeTakeFirst()),
    /** Gives the key back after a refusal that changed nothing; false when the action committed after all. */
    release: async (h: Holder) =>
      changed(
        await db
          .deleteFrom('idempotency_requests')
          .where('user_id', '=', h.userId)
          .where('key', '=', h.key)
          .where('owner', '=', h.owner)
          .where('effects_committed', '=', 0)
          .executeTakeFirst(),
      ),
    /** Deletes every expired row; returns how many. */
    sweep: async (nowIso: string) => Number((await db.deleteFrom('idempotency_requests').where('expires_at', '<=', nowIso).executeTakeFirst()).numDeletedRows),
  }
}
export type IdempotencyRepository = ReturnType<typeof idempotencyRepository>
