import { sql, type Kysely, type Selectable } from 'kysely'
import type { Database, SignInLockTable } from '../db/schema'

export type SignInLockRow = Selectable<SignInLockTable>

/** Failed staff sign-ins per account name, and the lock they lead to. */
export function signInLocksRepository(db: Kysely<Database>) {
  return {
    /**
     * Counts one attempt before the password is checked, in one statement, so guesses sent at
     * the same moment cannot all slip in before the first failure is written. A count older
     * than `windowStart`, or one that ran into a lock now over, starts again from 1; the number
     * of lockouts stays, so the next lock lasts twice as long.
     */
    claimAttempt: (account: string, at: string, windowStart: string) =>
      db
        .insertInto('sign_in_locks')
        .values({ account, failures: 1, lockouts: 0, locked_until: null, updated_at: at })
        .onConflict((oc) =>
          oc.column('account').doUpdateSet({
            failures: sql<number>`case when sign_in_locks.locked_until <= ${at} or sign_in_locks.updated_at < ${windowStart} then 1 else sign_in_locks.failures + 1 end`,
            locked_until: sql<string | null>`case when sign_in_locks.locked_until <= ${at} then null else sign_in_locks.locked_until end`,
            updated_at: at,
          }),
        )
        .returning(['failures', 'lockouts', 'locked_until'])
        .executeTakeFirstOrThrow(),
    lock: (account: string, until: string, lockouts: number, at: string) =>
      db.updateTable('sign_in_locks').set({ locked_until: until, lockouts, failures: 0, updated_at: at }).where('account', '=', account).execute(),
    clear: (account: string) => db.deleteFrom('sign_in_locks').where('account', '=', account).execute(),
  }
}
export type SignInLocksRepository = ReturnType<typeof signInLocksRepository>
