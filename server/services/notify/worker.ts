import { randomUUID } from 'node:crypto'
import type { Clock } from '../../clock'
import { shanghaiIso } from '../../clock'
import { orderedId } from '../../db/ids'
import type { NotificationRow, NotificationsRepository, Outcome } from '../../repositories/notifications'
import type { NotifyChannel } from '../notify'
import { bounded, type Provider, type ProviderAnswer } from './provider'

export interface WorkerOptions {
  /** Tries before a notification is given up ('failed'); the first included. */
  maxAttempts: number
  /** The wait after the first failed try; it doubles with each further one, up to `maxDelayMs`. */
  baseDelayMs: number
  maxDelayMs: number
  /** How long a claim holds a row; a worker that dies mid-send frees it when this runs out. */
  leaseMs: number
  /** Rows claimed per round. */
  batch: number
}

export const DEFAULT_WORKER: WorkerOptions = { maxAttempts: 8, baseDelayMs: 30_000, maxDelayMs: 6 * 3600_000, leaseMs: 120_000, batch: 20 }

export interface WorkerDeps {
  repo: NotificationsRepository
  providers: Record<NotifyChannel, Provider>
  clock: Clock
  /** After a notification went out (an SMS that delivers a document records the delivery). */
  onSent?: (n: NotificationRow, at: string) => Promise<void>
  log?: (detail: Record<string, unknown>, message: string) => void
  options?: Partial<WorkerOptions>
}

/** The wait before try `attempt + 1`, after `attempt` tries failed: base, 2×base, 4×base … capped. */
export const backoffMs = (attempt: number, o: Pick<WorkerOptions, 'baseDelayMs' | 'maxDelayMs'>) =>
  Math.min(o.maxDelayMs, o.baseDelayMs * 2 ** Math.max(0, attempt - 1))

/**
 * Sends what the outbox holds. Each round claims due rows under a lease (so several processes
 * share the work and none sends a row another holds), hands each to the provider of its channel,
 * and records the try and the answer. A failure the provider calls final, or the last allowed
 * try, leaves the row 'failed'; any other waits `backoffMs` and is tried again.
 */
export function notificationWorker(deps: WorkerDeps) {
  const o = { ...DEFAULT_WORKER, ...deps.options }
  const ask = async (p: Provider, n: NotificationRow): Promise<ProviderAnswer> => {
    try {
      return await p.deliver(n)
    } catch (err) {
      return { ok: false, retry: true, error: (err as Error).message, response: bounded(String(err)) }
    }
  }
  const outcomeOf = (n: NotificationRow, a: ProviderAnswer, now: Date): Outcome => {
    if (a.ok) return { status: 'sent', ref: a.ref, at: shanghaiIso(now) }
    if (!a.retry || n.attempts >= o.maxAttempts) return { status: 'failed', error: a.error }
    return { status: 'pending', error: a.error, retryAt: shanghaiIso(new Date(now.getTime() + backoffMs(n.attempts, o))) }
  }
  const one = async (n: NotificationRow, token: string) => {
    const provider = deps.providers[n.channel as NotifyChannel]
    const started = shanghaiIso(deps.clock.now())
    const answer = provider ? await ask(provider, n) : { ok: false as const, retry: false, error: `unknown channel ${n.channel}`, response: '' }
    const now = deps.clock.now()
    const outcome = outcomeOf(n, answer, now)
    const attempt = {
      id: orderedId('att'),
      attempt: n.attempts,
      provider: provider?.name ?? 'none',
      started_at: started,
      finished_at: shanghaiIso(now),
      ok: answer.ok ? 1 : 0,
      response: answer.ok ? answer.response : `${answer.error}${answer.response ? `: ${answer.response}` : ''}`.slice(0, 2000),
    }
    // False when our lease ran out and another worker holds the row now: its try is the one that counts.
    const settled = await deps.repo.finish(n.id, token, outcome, attempt)
    if (settled && outcome.status === 'sent' && deps.onSent) {
      await deps.onSent(n, outcome.at).catch((err: unknown) => deps.log?.({ err, notification: n.id }, 'after-send step failed'))
    }
    return settled ? outcome.status : 'lost-lease'
  }
  return {
    /** One round: claims what is due and sends it; counts by outcome. */
    async runOnce() {
      const now = deps.clock.now()
      const token = randomUUID()
      const rows = await deps.repo.claim(shanghaiIso(now), shanghaiIso(new Date(now.getTime() + o.leaseMs)), token, o.batch)
      const counts = { claimed: rows.length, sent: 0, pending: 0, failed: 0, 'lost-lease': 0 }
      for (const n of rows) counts[await one(n, token)]++
      if (counts.failed > 0 || counts.pending > 0) deps.log?.(counts, 'notifications not sent this round')
      return counts
    },
  }
}
export type NotificationWorker = ReturnType<typeof notificationWorker>
