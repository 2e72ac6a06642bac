import type { Redis } from 'ioredis'

/**
 * How the processes behind one balancer tell each other that sessions ended. Each process
 * trusts what it last read about a session for SESSION_CACHE_MS; a sign-out, a password change
 * or a disabled account is announced here, and every other process drops those sessions from
 * its cache at once. A lost announcement (Redis restarting) still takes effect when the cache
 * entry runs out, so the bound is the cache time either way.
 */
export interface SessionBus {
  announce(ids: string[]): void
  /** Calls `forget` with the ids another process (or this one) announced. */
  listen(forget: (ids: string[]) => void): void
}

/** One process: nothing to tell anyone. */
export const localSessionBus: SessionBus = { announce: () => undefined, listen: () => undefined }

const CHANNEL = 'court:sessions:ended'

/** Announcements over Redis pub/sub: `publisher` sends, `subscriber` (its own connection, as pub/sub needs) hears. */
export function redisSessionBus(publisher: Redis, subscriber: Redis, onError: (err: unknown) => void): SessionBus {
  return {
    announce(ids) {
      if (ids.length > 0) publisher.publish(CHANNEL, JSON.stringify(ids)).catch(onError)
    },
    listen(forget) {
      subscriber.subscribe(CHANNEL).catch(onError)
      subscriber.on('message', (channel: string, text: string) => {
        if (channel !== CHANNEL) return
        try {
          const ids: unknown = JSON.parse(text)
          if (Array.isArray(ids)) forget(ids.filter((x): x is string => typeof x === 'string'))
        } catch (err) {
          onError(err)
        }
      })
    },
  }
}
