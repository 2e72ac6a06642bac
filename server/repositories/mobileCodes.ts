import { sql, type Kysely, type Selectable } from 'kysely'
import type { Q } from '../db/query'
import type { Database, MobileCodeTable } from '../db/schema'

export type MobileCodeRow = Selectable<MobileCodeTable>

/** The SMS codes that confirm a new mobile number, one row per code sent. */
export function mobileCodesRepository(db: Kysely<Database>) {
  return {
    /** The account's newest code, whatever became of it: only the newest one can ever be answered. */
    latest: (userId: string) =>
      db.selectFrom('mobile_codes').selectAll().where('user_id', '=', userId).orderBy('sent_at', 'desc').orderBy('id', 'desc').executeTakeFirst(),
    /** How many codes went to this account, and to this number, since these instants. */
    sentSince: async (userId: string, mobile: string, since: { user: string; mobile: string }) => {
      const count = async (col: 'user_id' | 'mobile', value: string, from: string) =>
        Number(
          (
            await db
              .selectFrom('mobile_codes')
              .select((eb) => eb.fn.countAll<string | number>().as('n'))
              .where(col, '=', value)
              .where('sent_at', '>=', from)
              .executeTakeFirstOrThrow()
          ).n,
        )
      return { byUser: await count('user_id', userId, since.user), byMobile: await count('mobile', mobile, since.mobile) }
    },
    /** The account's newest code instant, for the wait between two sends. */
    lastSentAt: async (userId: string) =>
      (await db.selectFrom('mobile_codes').select('sent_at').where('user_id', '=', userId).orderBy('sent_at', 'desc').limit(1).executeTakeFirst())?.sent_at ??
      null,
    /** A new code; any older one still pending stops counting, so only the newest code works. */
    insertReplacing: async (q: Q, row: MobileCodeRow) => {
      await q.updateTable('mobile_codes').set({ status: 'replaced' }).where('user_id', '=', row.user_id).where('status', '=', 'pending').execute()
      await q.insertInto('mobile_codes').values(row).execute()
    },
    /**
     * Claims one try before the answer is compared, in one statement, so answers sent at the same
     * moment cannot get more than `max` tries between them. Returns the tries now used, or null
     * when the code is no longer pending or has none left.
     */
    claimTry: async (id: string, max: number) => {
      const row = await db
        .updateTable('mobile_codes')
        .set({ attempts: sql<number>`attempts + 1` })
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .where('attempts', '<', max)
        .returning('attempts')
        .executeTakeFirst()
      return row ? Number(row.attempts) : null
    },
    /** Ends a code whose tries are used up. */
    fail: (id: string) => db.updateTable('mobile_codes').set({ status: 'failed' }).where('id', '=', id).where('status', '=', 'pending').execute(),
    /** Marks the code used; false when another request used or ended it first. */
    confirm: async (q: Q, id: string, at: string) => {
      const res = await q
        .updateTable('mobile_codes')
        .set({ status: 'confirmed', confirmed_at: at })
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .executeTakeFirst()
      return Number(res.numUpdatedRows) > 0
    },
  }
}
export type MobileCodesRepository = ReturnType<typeof mobileCodesRepository>
