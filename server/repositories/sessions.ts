import type { Kysely, Selectable } from 'kysely'
import type { Database, SessionTable } from '../db/schema'

export type SessionRow = Selectable<SessionTable>
export type RevokeReason = NonNullable<SessionRow['revoked_reason']>

/** Server-side sessions: what a token names, read with the user it belongs to. */
export function sessionsRepository(db: Kysely<Database>) {
  return {
    insert: (row: SessionRow) => db.insertInto('sessions').values(row).execute(),
    /** The session and the fields of its user that decide what a request may do. */
    withUser: (id: string) =>
      db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .select(['sessions.id', 'sessions.user_id', 'sessions.revoked_at', 'sessions.last_seen_at', 'users.role', 'users.court_id', 'users.disabled_at'])
        .where('sessions.id', '=', id)
        .executeTakeFirst(),
    touch: (id: string, at: string) => db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute(),
    revoke: (id: string, at: string, reason: RevokeReason) =>
      db.updateTable('sessions').set({ revoked_at: at, revoked_reason: reason }).where('id', '=', id).where('revoked_at', 'is', null).execute(),
    /** Ends every live session of a user; returns their ids so this process can forget them at once. */
    revokeAllOf: async (userId: string, at: string, reason: RevokeReason): Promise<string[]> => {
      const live = await db.selectFrom('sessions').select('id').where('user_id', '=', userId).where('revoked_at', 'is', null).execute()
      if (live.length === 0) return []
      const ids = live.map((s) => s.id)
      await db.updateTable('sessions').set({ revoked_at: at, revoked_reason: reason }).where('id', 'in', ids).where('revoked_at', 'is', null).execute()
      return ids
    },
  }
}
export type SessionsRepository = ReturnType<typeof sessionsRepository>
