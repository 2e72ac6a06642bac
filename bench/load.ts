import { randomUUID } from 'node:crypto'
import autocannon from 'autocannon'

/** One timed load: completed requests per second, the 99th percentile and anything not 2xx. */
export interface Run {
  rps: number
  p50: number
  p99: number
  bad: number
}

/**
 * Drives one request shape at `connections` keep-alive connections for a duration or a fixed
 * number of requests. req/s is completed responses over the time to the last one, so a fixed
 * amount is not flattered by the idle tail.
 */
export async function timedLoad(opts: {
  baseUrl: string
  token: string
  connections: number
  request: autocannon.Request
  duration?: number
  amount?: number
}): Promise<Run> {
  let last = 0
  const t0 = performance.now()
  const r = await autocannon({
    url: opts.baseUrl,
    connections: opts.connections,
    ...(opts.amount === undefined ? { duration: opts.duration } : { amount: opts.amount }),
    headers: { authorization: `Bearer ${opts.token}` },
    requests: [{ ...opts.request, onResponse: () => void (last = performance.now()) }],
  })
  return { rps: r.requests.total / ((last - t0) / 1000), p50: r.latency.p50, p99: r.latency.p99, bad: r.errors + r.timeouts + r.non2xx }
}

/** The same request over several paths in turn (each case or draft its own row). */
export function rotating(paths: string[], base: autocannon.Request): autocannon.Request {
  let i = 0
  return { ...base, setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) }
}

/** POSTs each prepared id once, with a fresh Idempotency-Key: `take(n)` hands out the next n of them. */
export function onceEach(ids: string[], toPath: (id: string) => string) {
  let next = 0
  return (n: number): autocannon.Request => {
    const mine = ids.slice(next, next + n)
    next += n
    if (mine.length < n) throw new Error('not enough prepared drafts')
    let i = 0
    return {
      method: 'POST',
      setupRequest: (req) => {
        const id = mine[i++]
        if (id === undefined) throw new Error('ran out of prepared drafts')
        return { ...req, path: toPath(id), headers: { ...req.headers, 'idempotency-key': randomUUID() } }
      },
    }
  }
}
