import { randomUUID } from 'node:crypto'
import type { Clock } from '../clock'
import { shanghaiIso } from '../clock'
import { withTransactionJoin, type TransactionJoin } from '../db/query'
import { AppError, badRequest, conflict } from '../errors'
import type { Holder, IdempotencyRepository } from '../repositories/idempotency'

/** How long a key and its reply are kept: a repeat within 24 h gets the first reply. */
export const IDEMPOTENCY_TTL_MS = 24 * 3600_000
/**
 * How long a reservation's holder is presumed alive. A JSON action takes milliseconds; past this
 * the process that reserved the key is taken to have died, and a retry may run the action — but
 * only if nothing of it committed (the action's transaction marks the row).
 */
export const IDEMPOTENCY_LEASE_MS = 30_000

export interface Outcome<T> {
  status: number
  body: T
}

/** A reservation this request holds, with what binds it to the action's first transaction. */
export interface Ticket extends Holder {
  join: TransactionJoin
}

export type Begun = { kind: 'run'; ticket: Ticket } | { kind: 'replay'; status: number; body: string }

const KEY_FORMAT = /^[A-Za-z0-9_-]{8,80}$/
const FIELD = 'Idempotency-Key'

/**
 * Runs an action at most once per (user, Idempotency-Key) across every process on the database:
 * the key is reserved before the action, bound to the action's own transaction (a crash rolls both
 * back), and the stored reply answers every repeat. While the first runs a repeat gets 409
 * IDEMPOTENCY_IN_PROGRESS; the key with another request gets 422 IDEMPOTENCY_KEY_REUSED.
 */
export function idempotencyService(repo: IdempotencyRepository, clock: Clock, opts: { leaseMs?: number; ttlMs?: number } = {}) {
  const leaseMs = opts.leaseMs ?? IDEMPOTENCY_LEASE_MS
  const ttlMs = opts.ttlMs ?? IDEMPOTENCY_TTL_MS
  const at = (offsetMs: number) => shanghaiIso(new Date(clock.now().getTime() + offsetMs))

  const ticketFor = (h: Holder): Ticket => ({
    ...h,
    join: {
      committed: false,
      join: async (trx) => {
        if (!(await repo.bindEffects(trx, h))) throw conflict('IDEMPOTENCY_IN_PROGRESS', '这个操作正在办理中，请稍候刷新查看', FIELD)
      },
    },
  })

  /** Reserves the key for this request, or says what a repeat gets instead (a stored reply, 409 or 422). */
  async function begin(userId: string, key: string, fingerprint: string): Promise<Begun> {
    if (!KEY_FORMAT.test(key)) throw badRequest('IDEMPOTENCY_KEY_INVALID', '请求编号格式不对，请刷新后重试', FIELD)
    const owner = randomUUID()
    // A row can vanish between the insert and the read (released, expired): a few rounds settle it.
    for (let round = 0; round < 4; round++) {
      const now = at(0)
      if (await repo.reserve({ user_id: userId, key, fingerprint, owner, lease_until: at(leaseMs), created_at: now, expires_at: at(ttlMs) })) {
        return { kind: 'run', ticket: ticketFor({ userId, key, owner }) }
      }
      const row = await repo.find(userId, key)
      if (!row) continue
      if (row.expires_at <= now) {
        await repo.removeExpired(userId, key, now)
        continue
      }
      if (row.fingerprint !== fingerprint) throw new AppError(422, 'IDEMPOTENCY_KEY_REUSED', '这个请求编号已用于另一项操作，请刷新后重新提交', FIELD)
      if (row.status === 'done') return { kind: 'replay', status: Number(row.response_status), body: row.response_body ?? '' }
      if (row.lease_until > now) throw conflict('IDEMPOTENCY_IN_PROGRESS', '这个操作正在办理中，请稍候刷新查看', FIELD)
      if (Number(row.effects_committed) === 1) {
        // Done, but its process died before storing the reply: running it again would do it twice.
        throw conflict('IDEMPOTENCY_REPLY_LOST', '这个操作已经办理完成，请返回刷新查看结果', FIELD)
      }
      if (await repo.takeOver({ userId, key, owner: row.owner }, owner, at(leaseMs), now)) return { kind: 'run', ticket: ticketFor({ userId, key, owner }) }
    }
    throw conflict('IDEMPOTENCY_IN_PROGRESS', '这个操作正在办理中，请稍候刷新查看', FIELD)
  }

  /**
   * Stores the reply for repeats. A refusal (4xx/5xx) before anything committed gives the key
   * back, so the same request may be tried again; once the action committed, whatever it replied is kept.
   */
  async function finish(ticket: Ticket, status: number, body: string): Promise<void> {
    if (status >= 400 && !ticket.join.committed && (await repo.release(ticket))) return
    await repo.complete(ticket, status, body)
  }

  return {
    begin,
    finish,
    /** Runs the action with its first transaction bound to the reservation. */
    run: <T>(ticket: Ticket, action: () => Promise<T>) => withTransactionJoin(ticket.join, action),
    /** Deletes expired keys (they may be used again). */
    sweep: () => repo.sweep(at(0)),
  }
}
export type IdempotencyService = ReturnType<typeof idempotencyService>

/**
 * Kept for routes written before the Idempotency-Key moved into the request lifecycle: a route that
 * declares the header is already run once by the idempotency plugin, so this only runs the action.
 */
export async function once<T>(_userId: string, _key: string | undefined, _scope: string, action: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
  return action()
}
export type Once = typeof once

/** The Idempotency-Key service the plugin uses, and `once` for routes still written the old way. */
export const idempotencyServices = (repo: IdempotencyRepository, clock: Clock) => ({ idempotency: idempotencyService(repo, clock), once })
