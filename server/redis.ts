import { Redis } from 'ioredis'

/** The connections one process keeps to Redis: commands, and pub/sub (which needs a connection to itself). */
export interface RedisLink {
  client: Redis
  subscriber: Redis
  close(): Promise<void>
}

/**
 * Opens Redis for rate limits and session announcements. A command waits at most one retry and
 * half a second to connect, so a Redis outage slows no request for long: the limits then let the
 * request through (the database's account locks still hold) and sessions fall back to the cache time.
 */
export function openRedis(url: string, onError: (err: unknown) => void): RedisLink {
  const options = { connectTimeout: 500, maxRetriesPerRequest: 1, enableAutoPipelining: true }
  const client = new Redis(url, options)
  const subscriber = new Redis(url, { ...options, maxRetriesPerRequest: null })
  client.on('error', onError)
  subscriber.on('error', onError)
  return {
    client,
    subscriber,
    async close() {
      await Promise.allSettled([client.quit(), subscriber.quit()])
    },
  }
}
