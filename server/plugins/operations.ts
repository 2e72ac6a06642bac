import { timingSafeEqual } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest, LogLevel } from 'fastify'
import fp from 'fastify-plugin'
import metricsPlugin from 'fastify-metrics'
import { Gauge, Registry } from '@prometheus-io/client'
import { sql } from 'kysely'
import { LiveReply, ReadyReply } from '../../contract/health'
import { forbidden } from '../errors'

/** What readiness asks of each dependency: answered within this, or counted as failed. */
const CHECK_TIMEOUT_MS = 2_000
/** An incoming X-Request-Id from the proxy is kept when it looks like an id, not a payload. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/

/** The request's id: the proxy's `X-Request-Id` when sane (one id follows a request through nginx and the logs), else a new one. */
export function requestIdOf(raw: { headers: Record<string, string | string[] | undefined> }, fresh: () => string): string {
  const given = raw.headers['x-request-id']
  return typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : fresh()
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
  })
  return Promise.race([work, late]).finally(() => clearTimeout(timer))
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1'])

/**
 * /metrics is for the court's monitoring, not the public: a request from this machine that came
 * through no proxy (nginx adds X-Forwarded-For), or one bearing METRICS_TOKEN.
 */
function metricsGuard(token: string | undefined) {
  return async (req: FastifyRequest) => {
    const auth = req.headers.authorization ?? ''
    if (token && auth.startsWith('Bearer ')) {
      const given = Buffer.from(auth.slice(7))
      const expected = Buffer.from(token)
      if (given.length === expected.length && timingSafeEqual(given, expected)) return
    }
    const direct = LOOPBACK.has(req.socket.remoteAddress ?? '') && req.headers['x-forwarded-for'] === undefined
    if (!direct || auth !== '') throw forbidden('监控数据只对本机或持有监控令牌的系统开放')
  }
}

/**
 * Prometheus metrics in a registry of this app's own (several apps in one test process must not
 * share one): request rate and latency per route (fastify-metrics), the PostgreSQL pool, and the
 * notification outbox by status, counted at each scrape.
 */
async function metrics(app: FastifyInstance, quiet: LogLevel) {
  const registry = new Registry()
  await app.register(metricsPlugin, {
    endpoint: null,
    defaultMetrics: { enabled: true, register: registry },
    routeMetrics: {
      enabled: true,
      registeredRoutesOnly: true,
      groupStatusCodes: false,
      routeBlacklist: ['/metrics', '/api/health/live', '/api/health/ready'],
      overrides: { histogram: { registers: [registry] }, summary: { registers: [registry] } },
    },
  })
  const pool = app.store.pool
  if (pool) {
    new Gauge({
      name: 'court_db_pool_connections',
      help: 'PostgreSQL pool connections by state',
      labelNames: ['state'],
      registers: [registry],
      collect() {
        this.set({ state: 'total' }, pool.totalCount)
        this.set({ state: 'idle' }, pool.idleCount)
        this.set({ state: 'waiting' }, pool.waitingCount)
      },
    })
  }
  new Gauge({
    name: 'court_outbox_jobs',
    help: 'notifications in the outbox by status (the job queue depth)',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      this.reset()
      try {
        const rows = await withTimeout(
          sql<{ status: string; n: number | string }>`select status, count(*) as n from notify_outbox group by status`.execute(app.store.db),
          CHECK_TIMEOUT_MS,
        )
        for (const r of rows.rows) this.set({ status: r.status }, Number(r.n))
      } catch (err) {
        // No outbox table (yet) or a slow database: the scrape still answers with the rest.
        app.log.debug({ err }, 'outbox depth not read')
      }
    },
  })
  app.get('/metrics', {
    schema: { hide: true },
    logLevel: quiet,
    onRequest: metricsGuard(app.config.metricsToken),
    handler: async (_req, reply: FastifyReply) => reply.type(registry.contentType).send(await registry.metrics()),
  })
}

/**
 * What operators and the balancer read: liveness (the process answers), readiness (database,
 * storage and Redis answer, and the process is not draining), Prometheus metrics, and the
 * request id on every reply, the same id every log line of the request carries.
 */
export const operationsPlugin = fp(async (app: FastifyInstance) => {
  // Probes and scrapes log only warnings, but never more than the app's own level lets through (silent stays silent).
  const own = app.config.logLevel
  const quiet: LogLevel = own === 'silent' || own === 'error' || own === 'fatal' ? own : 'warn'
  app.decorate('draining', false)
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id)
  })

  app.get('/api/health/live', {
    schema: { tags: ['health'], summary: '进程存活检查', response: { 200: LiveReply } },
    logLevel: quiet,
    handler: async () => ({ status: 'ok' as const }),
  })

  const checks: Record<string, () => Promise<unknown>> = {
    database: () => app.store.db.selectFrom('courts').select('id').limit(1).execute(),
    storage: () => app.objects.check(),
  }
  if (app.redis) {
    const redis = app.redis
    checks.redis = () => redis.ping()
  }
  app.get('/api/health/ready', {
    schema: { tags: ['health'], summary: '能否接收请求：数据库、文件存储、Redis', response: { 200: ReadyReply, 503: ReadyReply } },
    logLevel: quiet,
    handler: async (req, reply) => {
      const names = Object.keys(checks)
      const results = await Promise.allSettled(names.map((n) => withTimeout(checks[n](), CHECK_TIMEOUT_MS)))
      const state: Record<string, 'ok' | 'failed' | 'draining'> = {}
      results.forEach((r, i) => {
        state[names[i]] = r.status === 'fulfilled' ? 'ok' : 'failed'
        if (r.status === 'rejected') req.log.warn({ check: names[i], err: r.reason }, 'readiness check failed')
      })
      if (app.draining) state.process = 'draining'
      const failed = Object.keys(state).filter((k) => state[k] !== 'ok')
      return reply.status(failed.length > 0 ? 503 : 200).send({ status: failed.length > 0 ? 'unavailable' : 'ok', checks: state, failed })
    },
  })

  await metrics(app, quiet)
})
