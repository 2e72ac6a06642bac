import type { FastifyInstance } from 'fastify'

/** How long in-flight requests get to finish after SIGTERM before the process gives up on them. */
export const DRAIN_MS = 25_000

/**
 * Graceful shutdown on SIGTERM (and SIGINT): readiness turns 503 so the balancer stops sending,
 * the listener closes so no new connection is accepted, requests already running finish (idle
 * keep-alive connections are closed; a request arriving on a busy one gets 503), then the
 * database pool and Redis close with the app. A drain that has not ended within `graceMs` exits 1.
 * Returns a function that removes the handlers (tests).
 */
export function drainOnSignals(
  app: FastifyInstance,
  opts: { exit: (code: number) => void; graceMs?: number; signals?: NodeJS.Signals[] } = { exit: (code) => process.exit(code) },
): () => void {
  const signals = opts.signals ?? ['SIGTERM', 'SIGINT']
  let closing = false
  const handler = (signal: NodeJS.Signals) => {
    if (closing) return
    closing = true
    app.draining = true
    app.log.info({ signal }, 'draining: no new connections, finishing requests in flight')
    const timer = setTimeout(() => {
      app.log.error('drain did not finish in time; exiting with requests still open')
      opts.exit(1)
    }, opts.graceMs ?? DRAIN_MS)
    timer.unref()
    app.close().then(
      () => {
        clearTimeout(timer)
        app.log.info('drained and closed')
        opts.exit(0)
      },
      (err: unknown) => {
        app.log.error({ err }, 'closing failed')
        opts.exit(1)
      },
    )
  }
  for (const s of signals) process.on(s, handler)
  return () => signals.forEach((s) => process.off(s, handler))
}
