import { randomUUID } from 'node:crypto'
import type { Clock } from '../clock'
import { shanghaiIso } from '../clock'
import { withTransactionJoin, type TransactionJoin } from '../db/query'
import { AppError, badRequest, conflict } from '../errors'
import type { Holder, IdempotencyRepository, IdempotencyRow, StoredReply } from '../repositories/idempotency'

/** How long a key and its reply are kept: a repeat within 24 h gets the first reply. */
export const IDEMPOTENCY_TTL_MS = 24 * 3600_000
/**
 * How long after an action committed its reply is waited for. Storing it takes milliseconds; past
 * this the process is taken to have died in between, and a repeat is told the action was done
 * (IDEMPOTENCY_REPLY_LOST) rather than run again.
 */
export const IDEMPOTENCY_LEASE_MS = 30_000

export interface Outcome<T> {
  status: number
  body: T
}

/** The key this request runs under, with what binds it to the action's first transaction. */
export interface Ticket extends Holder {
  fingerprint: string
  join: TransactionJoin
}

export type Begun = { kind: 'run'; ticket: Ticket } | { kind: 'replay'; status: number; body: string }

const KEY_FORMAT = /^[A-Za-z0-9_-]{8,80}$/
const FIELD = 'Idempotency-Key'
const inProgress = () => conflict('IDEMPOTENCY_IN_PROGRESS', '这个操作正在办理中，请稍候刷新查看', FIELD)

/**
 * Stores replies in groups: every reply that arrives while one group is being committed goes in the
 * next, so a busy server commits once for many replies instead of once each. Each caller still
 * waits until its own reply is committed.
 */
function groupCommit(write: (replies: readonly StoredReply[]) => Promise<unknown>) {
  type Waiting = StoredReply & { done: () => void; failed: (err: unknown) => void }
  let waiting: Waiting[] = []
  let writing: Promise<void> | undefined
  const drain = async () => {
    while (waiting.length > 0) {
      const group = waiting
      waiting = []
      try {
        await write(group)
        for (const w of group) w.done()
      } catch (err) {
        for (const w of group) w.failed(err)
      }
    }
    writing = undefined
  }
  return {
    store: (reply: StoredReply) =>
      new Promise<void>((done, failed) => {
        waiting.push({ ...reply, done, failed })
        writing ??= new Promise<void>((r) => setImmediate(r)).then(drain)
      }),
    /** Waits until every reply handed over so far is written. */
    settled: async () => {
      while (writing) await writing
    },
  }
}

/**
 * Runs an action at most once per (user, Idempotency-Key) across every process on the database,
 * with one commit for the action: the key is inserted by the action's own first transaction, so it
 * commits with the effects (and their audit rows) or not at all, and the unique (user, key)
 * constraint lets only one request's transaction commit. The stored reply answers every repeat.
 * A repeat that meets the key before the reply is stored gets 409 IDEMPOTENCY_IN_PROGRESS; two
 * requests that run side by side both get that far, and the one that commits second rolls back
 * with 409. The key with another request gets 422 IDEMPOTENCY_KEY_REUSED.
 */
export function idempotencyService(repo: IdempotencyRepository, clock: Clock, opts: { leaseMs?: number; ttlMs?: number } = {}) {
  const leaseMs = opts.leaseMs ?? IDEMPOTENCY_LEASE_MS
  const ttlMs = opts.ttlMs ?? IDEMPOTENCY_TTL_MS
  const at = (offsetMs: number) => shanghaiIso(new Date(clock.now().getTime() + offsetMs))
  const row = (t: Ticket) => ({
    user_id: t.userId,
    key: t.key,
    fingerprint: t.fingerprint,
    owner: t.owner,
    lease_until: at(leaseMs),
    created_at: at(0),
    expires_at: at(ttlMs),
  })
  const replies = groupCommit(repo.completeAll)

  const ticketFor = (userId: string, key: string, fingerprint: string): Ticket => {
    const ticket: Ticket = {
      userId,
      key,
      owner: randomUUID(),
      fingerprint,
      join: {
        committed: false,
        join: async (trx) => {
          if (!(await repo.claim(trx, row(ticket)))) throw inProgress()
        },
      },
    }
    return ticket
  }

  /** Says whether this request runs, or what a repeat gets instead (a stored reply, 409 or 422). Writes nothing. */
  async function begin(userId: string, key: string, fingerprint: string): Promise<Begun> {
    if (!KEY_FORMAT.test(key)) throw badRequest('IDEMPOTENCY_KEY_INVALID', '请求编号格式不对，请刷新后重试', FIELD)
    const found = await repo.find(userId, key)
    const now = at(0)
    if (!found || (await staleRemoved(found, now))) return { kind: 'run', ticket: ticketFor(userId, key, fingerprint) }
    if (found.fingerprint !== fingerprint) throw new AppError(422, 'IDEMPOTENCY_KEY_REUSED', '这个请求编号已用于另一项操作，请刷新后重新提交', FIELD)
    if (found.status === 'done') return { kind: 'replay', status: Number(found.response_status), body: found.response_body ?? '' }
    if (found.lease_until > now) throw inProgress()
    // Done, but its process died before storing the reply: running it again would do it twice.
    throw conflict('IDEMPOTENCY_REPLY_LOST', '这个操作已经办理完成，请返回刷新查看结果', FIELD)
  }

  const staleRemoved = async (found: IdempotencyRow, now: string) => {
    const stale = found.expires_at <= now || (Number(found.effects_committed) === 0 && found.status === 'in-progress' && found.lease_until <= now)
    if (stale) await repo.removeStale(found.user_id, found.key, now)
    return stale
  }

  /**
   * Stores the reply for repeats. A refusal before anything committed stores nothing, so the same
   * key may be tried again; once the action committed, whatever it replied is kept.
   */
  async function finish(ticket: Ticket, status: number, body: string): Promise<void> {
    if (ticket.join.committed) return replies.store({ holder: ticket, status, body })
    if (status < 400) return replies.store({ holder: ticket, status, body, unclaimed: row(ticket) })
  }

  return {
    begin,
    finish,
    /** Runs the action with its first transaction bound to the key. */
    run: <T>(ticket: Ticket, action: () => Promise<T>) => withTransactionJoin(ticket.join, action),
    /** Deletes expired keys (they may be used again). */
    sweep: () => repo.sweep(at(0)),
    /** Waits for the replies still being stored (before the database closes). */
    settled: replies.settled,
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
