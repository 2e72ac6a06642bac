import { randomBytes } from 'node:crypto'
import type { Actor } from '../auth/actor'
import type { Clock } from '../clock'
import { shanghaiIso } from '../clock'
import type { RevokeReason, SessionsRepository } from '../repositories/sessions'
import { localSessionBus, type SessionBus } from './sessionBus'

/**
 * How long this process trusts what it last read about a session. A sign-out or a disabled
 * account in this process takes effect at once; one made by another process behind the same
 * database as soon as its announcement arrives (REDIS_URL set), and within this many
 * milliseconds in any case.
 */
export const SESSION_CACHE_MS = 5_000
const CACHE_MAX = 10_000
/** last_seen_at is a hint for admins, not a clock: written at most this often per session. */
const TOUCH_EVERY_MS = 5 * 60_000

export type SessionCheck = { ok: true; actor: Actor } | { ok: false; reason: 'unknown' | 'revoked' | 'disabled' }

/**
 * Server-side sessions. A token carries only the session's id; who the user is, their role and
 * court are read from the user row through the session on every request (briefly cached), so
 * disabling an account or changing a role takes effect without waiting for tokens to expire.
 */
export function sessionsService(deps: { sessions: SessionsRepository; clock: Clock; cacheMs?: number; bus?: SessionBus }) {
  const { sessions, clock } = deps
  const bus = deps.bus ?? localSessionBus
  const cacheMs = deps.cacheMs ?? SESSION_CACHE_MS
  const cache = new Map<string, { actor: Actor; until: number }>()
  const now = () => clock.now().getTime()
  const drop = (ids: string[]) => ids.forEach((id) => cache.delete(id))
  const forget = (ids: string[]) => {
    drop(ids)
    bus.announce(ids)
  }
  bus.listen(drop)

  return {
    /** Starts a session for a user who has just proved who they are; returns its id. */
    async open(userId: string): Promise<string> {
      // 144 random bits; not randomUUID, which tests steer to force filing-number clashes.
      const id = `ses-${randomBytes(18).toString('base64url')}`
      const at = shanghaiIso(clock.now())
      await sessions.insert({ id, user_id: userId, created_at: at, last_seen_at: at, revoked_at: null, revoked_reason: null })
      return id
    },

    /** Who a live session belongs to, as a request's actor; why not, otherwise. */
    async check(id: string): Promise<SessionCheck> {
      const hit = cache.get(id)
      if (hit && hit.until > now()) return { ok: true, actor: hit.actor }
      cache.delete(id)
      const row = await sessions.withUser(id)
      if (!row) return { ok: false, reason: 'unknown' }
      if (row.revoked_at) return { ok: false, reason: 'revoked' }
      if (row.disabled_at) return { ok: false, reason: 'disabled' }
      const actor: Actor = { sub: row.user_id, role: row.role, courtId: row.court_id }
      if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string)
      cache.set(id, { actor, until: now() + cacheMs })
      if (now() - new Date(row.last_seen_at).getTime() > TOUCH_EVERY_MS) await sessions.touch(id, shanghaiIso(clock.now()))
      return { ok: true, actor }
    },

    async revoke(id: string, reason: RevokeReason): Promise<void> {
      await sessions.revoke(id, shanghaiIso(clock.now()), reason)
      forget([id])
    },

    /** Ends every session of a user (password changed, account disabled, role changed). */
    async revokeAllOf(userId: string, reason: RevokeReason): Promise<number> {
      const ids = await sessions.revokeAllOf(userId, shanghaiIso(clock.now()), reason)
      forget(ids)
      return ids.length
    },
  }
}
export type SessionsService = ReturnType<typeof sessionsService>
