import { Redis } from 'ioredis'

/** The connections one process keeps to Redis: commands, and pub/sub (which needs a connection to itself). */
export interface RedisLink {
  client: Redis
  subscriber: Redis
  close(): Promise<void>
}

/** A polite QUIT when connected; otherwise (or when QUIT gets no answer) the socket is simply dropped, so shutdown never waits on Redis. */
async function end(conn: Redis): Promise<void> {
  if (conn.status === 'ready') {
    const late = new Promise((resolve) => setTimeout(resolve, 500).unref())
    await Promise.race([conn.quit().catch(() => undefined), late])
  }
  conn.disconnect()
}

/**
 * Opens Redis for rate limits and session announcements. Commands are not queued while Redis is
 * unreachable: they fail at once, so a Redis outage slows no request (the limits then let the
 * request through, the database's account locks still hold) and sessions fall back to the cache
 * time. The subscriber keeps its queue, so its subscription is made as soon as Redis answers.
 */
export function openRedis(url: string, onError: (err: unknown) => void): RedisLink {
  const options = { connectTimeout: 500, maxRetriesPerRequest: 1, enableAutoPipelining: true }
  const client = new Redis(url, { ...options, enableOfflineQueue: false })
  const subscriber = new Redis(url, { ...options, maxRetriesPerRequest: null })
  client.on('error', onError)
  subscriber.on('error', onError)
  return {
    client,
    subscriber,
    async close() {
      await Promise.allSettled([end(client), end(subscriber)])
    },
  }
}
