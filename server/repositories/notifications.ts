import { sql, type Kysely, type Selectable } from 'kysely'
import type { Engine } from '../db/connect'
import type { Database, NotifyAttemptTable, NotifyOutboxTable } from '../db/schema'
import type { Q } from '../db/query'

export type NotificationRow = Selectable<NotifyOutboxTable>
export type NotificationAttemptRow = Selectable<NotifyAttemptTable>

/** What a use case puts in the outbox; the worker fills in the rest. */
export type NewNotification = Pick<
  NotificationRow,
  'id' | 'court_id' | 'channel' | 'recipient' | 'template' | 'text' | 'data_json' | 'document_id' | 'created_at' | 'natural_key' | 'recipient_user_id'
>

/** How a try ended: sent, tried again at `retryAt`, or given up (`failed`). */
export type Outcome = { status: 'sent'; ref: string; at: string } | { status: 'pending'; retryAt: string; error: string } | { status: 'failed'; error: string }

/** The row's new state for an outcome. */
const settled = (outcome: Outcome) =>
  outcome.status === 'sent'
    ? { status: 'sent', sent_at: outcome.at, provider_ref: outcome.ref, last_error: null, next_attempt_at: null }
    : outcome.status === 'pending'
      ? { status: 'pending', next_attempt_at: outcome.retryAt, last_error: outcome.error }
      : { status: 'failed', next_attempt_at: null, last_error: outcome.error }

const num = (r: NotificationRow): NotificationRow => ({ ...r, attempts: Number(r.attempts) })

/**
 * The notification outbox. `enqueue` takes the caller's transaction, so a notification commits or
 * rolls back with the event that causes it; `claim` hands due rows to one worker at a time (on
 * PostgreSQL `FOR UPDATE SKIP LOCKED`, on SQLite one UPDATE statement, which SQLite runs alone)
 * under a lease, and `finish` only counts for the worker whose claim token still holds the row.
 */
export function notificationsRepository(db: Kysely<Database>, engine: Engine) {
  return {
    /** Writes a pending notification in `q`; false when one with the same natural key already exists. */
    enqueue: async (q: Q, row: NewNotification): Promise<boolean> => {
      const res = await q
        .insertInto('notify_outbox')
        .values({ ...row, status: 'pending', attempts: 0, next_attempt_at: row.created_at })
        .onConflict((oc) => oc.column('natural_key').doNothing())
        .executeTakeFirst()
      return Number(res.numInsertedOrUpdatedRows ?? 0) > 0
    },

    /** Up to `limit` due rows for this worker, leased until `leaseUntil`; each claim counts as an attempt. */
    claim: async (now: string, leaseUntil: string, token: string, limit: number): Promise<NotificationRow[]> => {
      const due = db
        .selectFrom('notify_outbox')
        .select('id')
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', now)
        .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
        .orderBy('next_attempt_at')
        .limit(limit)
        .$if(engine === 'postgres', (qb) => qb.forUpdate().skipLocked())
      const rows = await db
        .updateTable('notify_outbox')
        .set({ claimed_until: leaseUntil, claim_token: token, attempts: sql<number>`attempts + 1` })
        .where('id', 'in', due)
        .returningAll()
        .execute()
      return rows.map(num)
    },

    /** Records the try and its answer, and settles the row — only while this worker's claim holds it. */
    finish: async (id: string, token: string, outcome: Outcome, attempt: Omit<NotificationAttemptRow, 'notification_id'>): Promise<boolean> =>
      db.transaction().execute(async (trx) => {
        const set = settled(outcome)
        const res = await trx
          .updateTable('notify_outbox')
          .set({ ...set, claimed_until: null, claim_token: null })
          .where('id', '=', id)
          .where('claim_token', '=', token)
          .executeTakeFirst()
        if (Number(res.numUpdatedRows) === 0) return false
        await trx
          .insertInto('notify_attempts')
          .values({ ...attempt, notification_id: id })
          .execute()
        return true
      }),

    byId: async (id: string) => {
      const r = await db.selectFrom('notify_outbox').selectAll().where('id', '=', id).executeTakeFirst()
      return r && num(r)
    },
    attemptsOf: async (id: string) =>
      (await db.selectFrom('notify_attempts').selectAll().where('notification_id', '=', id).orderBy('attempt').execute()).map((a) => ({
        ...a,
        attempt: Number(a.attempt),
        ok: Number(a.ok),
      })),
    /** The SMS of each document: its latest state, for the staff's view of a case. */
    smsOfDocuments: async (documentIds: string[]) =>
      documentIds.length === 0
        ? []
        : (
            await db
              .selectFrom('notify_outbox')
              .select(['document_id', 'status', 'sent_at', 'attempts', 'created_at', 'last_error'])
              .where('document_id', 'in', documentIds)
              .where('channel', '=', 'sms')
              .orderBy('created_at')
              .execute()
          ).map((r) => ({ ...r, attempts: Number(r.attempts) })),
    /** Rows waiting to be sent: the queue's depth. */
    pendingCount: async () =>
      Number(
        (
          await db
            .selectFrom('notify_outbox')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('status', '=', 'pending')
            .executeTakeFirstOrThrow()
        ).n,
      ),
  }
}
export type NotificationsRepository = ReturnType<typeof notificationsRepository>
