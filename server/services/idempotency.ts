import type { IdempotencyRepository } from '../repositories/idempotency'
import type { Clock } from '../clock'
import { shanghaiIso } from '../clock'
import { badRequest } from '../errors'

export interface Outcome<T> {
  status: number
  body: T
}

/**
 * Runs a creating action at most once per (user, Idempotency-Key, scope): a retry after a
 * timeout, or a second tap, gets the first result back instead of a second record.
 * Concurrent duplicates in this process share one in-flight promise.
 */
export function idempotencyService(repo: IdempotencyRepository, clock: Clock) {
  const inFlight = new Map<string, Promise<Outcome<unknown>>>()
  return async function once<T>(userId: string, key: string | undefined, scope: string, action: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
    if (key === undefined) return action()
    if (!/^[A-Za-z0-9_-]{8,80}$/.test(key)) throw badRequest('IDEMPOTENCY_KEY_INVALID', '请求编号格式不对，请刷新后重试', 'Idempotency-Key')
    const id = `${userId}\u0000${key}\u0000${scope}`
    const pending = inFlight.get(id)
    if (pending) return pending as Promise<Outcome<T>>
    const run = (async () => {
      const stored = await repo.find(userId, key, scope)
      if (stored) return { status: stored.status_code, body: JSON.parse(stored.body) as T }
      const outcome = await action()
      await repo.save({ user_id: userId, key, scope, status_code: outcome.status, body: JSON.stringify(outcome.body), created_at: shanghaiIso(clock.now()) })
      return outcome
    })()
    inFlight.set(id, run)
    try {
      return await run
    } finally {
      inFlight.delete(id)
    }
  }
}
export type Once = ReturnType<typeof idempotencyService>
