import type { Kysely, Selectable } from 'kysely'
import type { Q } from '../db/query'
import type { Database, UserTable } from '../db/schema'

export type UserRow = Selectable<UserTable>

export function usersRepository(db: Kysely<Database>) {
  return {
    byId: (id: string) => db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst(),
    byIds: (ids: string[]) => (ids.length === 0 ? Promise.resolve([]) : db.selectFrom('users').selectAll().where('id', 'in', ids).execute()),
    byAccount: (account: string) => db.selectFrom('users').selectAll().where('account', '=', account).executeTakeFirst(),
    byOpenid: (openid: string) => db.selectFrom('users').selectAll().where('openid', '=', openid).executeTakeFirst(),
    demoLitigants: () =>
      db.selectFrom('users').select(['id', 'display_name', 'role']).where('demo', '=', 1).where('role', 'in', ['litigant', 'agent']).orderBy('id').execute(),
    staffOfCourt: (courtId: string) =>
      db
        .selectFrom('users')
        .select(['id', 'display_name', 'role'])
        .where('court_id', '=', courtId)
        .where('role', 'in', ['judge', 'clerk', 'mediator', 'admin'])
        .orderBy('role')
        .orderBy('id')
        .execute(),
    insert: (row: UserRow) =>
      db
        .insertInto('users')
        .values(row)
        .onConflict((oc) => oc.column('id').doNothing())
        .execute(),
    setDisabled: (id: string, disabledAt: string | null, at: string) =>
      db.updateTable('users').set({ disabled_at: disabledAt, updated_at: at }).where('id', '=', id).execute(),
    setRole: (id: string, role: UserRow['role'], at: string) => db.updateTable('users').set({ role, updated_at: at }).where('id', '=', id).execute(),
    setPasswordHash: (id: string, hash: string, at: string) =>
      db.updateTable('users').set({ password_hash: hash, updated_at: at }).where('id', '=', id).execute(),
    /** The real-name fields; the mobile number changes only through its SMS code (`setMobile`). */
    updateProfile: (id: string, p: Pick<UserRow, 'real_name' | 'id_number' | 'address' | 'real_name_status' | 'review_reason' | 'updated_at'>, q: Q = db) =>
      q.updateTable('users').set(p).where('id', '=', id).execute(),
    /**
     * The outcome of real-name review, only while the person is still in the state the decision
     * was made on (`from`), so a profile changed meanwhile is not verified unseen. Returns whether it changed.
     */
    setRealNameStatus: async (q: Q, id: string, from: UserRow['real_name_status'][], to: UserRow['real_name_status'], at: string) =>
      Number(
        (
          await q
            .updateTable('users')
            .set({ real_name_status: to, ...(to === 'verified' ? { review_reason: null } : {}), updated_at: at })
            .where('id', '=', id)
            .where('real_name_status', 'in', from)
            .executeTakeFirst()
        ).numUpdatedRows,
      ) > 0,
    /** A mobile number its owner has just confirmed with the code sent to it. */
    setMobile: (q: Q, id: string, mobile: string, at: string) => q.updateTable('users').set({ mobile, updated_at: at }).where('id', '=', id).execute(),
  }
}
export type UsersRepository = ReturnType<typeof usersRepository>
