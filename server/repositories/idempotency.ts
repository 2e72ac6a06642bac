import type { Kysely, Selectable } from 'kysely'
import type { Q } from '../db/query'
import type { Database, IdempotencyTable } from '../db/schema'

export type IdempotencyRow = Selectable<IdempotencyTable>
/** Who holds a key: the (user, key) row and the request that claimed it. */
export interface Holder {
  userId: string
  key: string
  owner: string
}
type Claim = Omit<IdempotencyRow, 'response_status' | 'response_body' | 'effects_committed' | 'status'>
/**
 * A reply to store for a repeat: onto the key the action's transaction claimed, or with the key
 * itself when the action committed nothing (it opened no transaction).
 */
export interface StoredReply {
  holder: Holder
  status: number
  body: string
  unclaimed?: Claim
}

/** The (user, Idempotency-Key) rows: every change is conditional, so two processes never both win. */
export function idempotencyRepository(db: Kysely<Database>) {
  const mine = (q: Q, h: Holder) => q.updateTable('idempotency_requests').where('user_id', '=', h.userId).where('key', '=', h.key).where('owner', '=', h.owner)
  const changed = (res: { numUpdatedRows?: bigint; numDeletedRows?: bigint }) => Number(res.numUpdatedRows ?? res.numDeletedRows ?? 0) > 0
  const insert = async (q: Q, row: Omit<IdempotencyRow, 'response_status' | 'response_body'> & Partial<IdempotencyRow>) => {
    const res = await q
      .insertInto('idempotency_requests')
      .values({ response_status: null, response_body: null, ...row })
      .onConflict((oc) => oc.columns(['user_id', 'key']).doNothing())
      .executeTakeFirst()
    return Number(res.numInsertedOrUpdatedRows ?? 0) > 0
  }
  return {
    find: (userId: string, key: string) =>
      db.selectFrom('idempotency_requests').selectAll().where('user_id', '=', userId).where('key', '=', key).executeTakeFirst(),
    /**
     * Inserts the key, marked as having its effects, inside the action's own transaction: it commits
     * with them or not at all. False when another request holds (user, key) — on PostgreSQL the insert
     * waits for that request's transaction, so the unique constraint decides after it commits or rolls back.
     */
    claim: (q: Q, row: Claim) => insert(q, { ...row, status: 'in-progress', effects_committed: 1 }),
    /**
     * Removes the row of (user, key) when it no longer holds the key: expired, or left by a request that
     * reserved it before acting and whose lease ran out with nothing committed.
     */
    removeStale: async (userId: string, key: string, nowIso: string) =>
      changed(
        await db
          .deleteFrom('idempotency_requests')
          .where('user_id', '=', userId)
          .where('key', '=', key)
          .where((eb) =>
            eb.or([
              eb('expires_at', '<=', nowIso),
              eb.and([eb('effects_committed', '=', 0), eb('status', '=', 'in-progress'), eb('lease_until', '<=', nowIso)]),
            ]),
          )
          .executeTakeFirst(),
      ),
    /** Stores the replies a repeat gets back, all in one transaction (one commit however many there are). */
    completeAll: (replies: readonly StoredReply[]) =>
      db.transaction().execute(async (trx) => {
        for (const r of replies) {
          const reply = { status: 'done' as const, response_status: r.status, response_body: r.body }
          if (r.unclaimed) await insert(trx, { ...r.unclaimed, ...reply, effects_committed: 0 })
          else await mine(trx, r.holder).set(reply).where('status', '=', 'in-progress').execute()
        }
      }),
    /** Deletes every expired row; returns how many. */
    sweep: async (nowIso: string) => Number((await db.deleteFrom('idempotency_requests').where('expires_at', '<=', nowIso).executeTakeFirst()).numDeletedRows),
  }
}
export type IdempotencyRepository = ReturnType<typeof idempotencyRepository>
