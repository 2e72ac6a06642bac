import fs from 'node:fs'
import multipart from '@fastify/multipart'
import rateLimit from '@fastify/rate-limit'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify, { type FastifyInstance } from 'fastify'
import { HealthReply } from '../contract/common'
import { MAX_EVIDENCE_BYTES } from '../domain/evidence/sniffFileType'
import { systemClock, shanghaiIso, type Clock } from './clock'
import type { AppConfig } from './config'
import { connect, type Db } from './db/connect'
import { migrateToLatest } from './db/migrate'
import { authPlugin } from './plugins/auth'
import { docsPlugin } from './plugins/docs'
import { idempotencyPlugin } from './plugins/idempotency'
import { clientErrorHandler, errorsPlugin, frameworkErrors } from './plugins/errors'
import { inputPlugin, MAX_JSON_BYTES } from './plugins/input'
import { requestSerializer, securityPlugin } from './plugins/security'
import { staticFiles } from './plugins/staticFiles'
import { v1Routes } from './routes/api/v1'
import { seedCourts } from './seed/courts'
import { seedDemo } from './seed/demo'
import { seedDemoEnforcement } from './seed/demoEnforcement'
import { createServices } from './services'
import { redisSessionBus } from './services/sessionBus'
import { createObjectStore, type ObjectStore } from './services/storage'
import { openRedis } from './redis'
import { operationsPlugin, requestIdOf } from './plugins/operations'
import { randomUUID } from 'node:crypto'
import { createWechatClient, type WechatClient } from './wechat'

export interface BuildOptions {
  config: AppConfig
  clock?: Clock
  wechat?: WechatClient
  /** An open database (tests share one); otherwise opened from the config and closed with the app. */
  store?: Db
  /** Where log lines go (tests read them); stdout otherwise. */
  logStream?: NodeJS.WritableStream
  /** A file store (tests); otherwise the one the config names. */
  objects?: ObjectStore
}

/** Builds the API: plugins → database → services → routes. Never listens; server.ts does. */
export async function buildApp(opts: BuildOptions): Promise<FastifyInstance> {
  const { config } = opts
  const { connectionMs, requestMs, keepAliveMs } = config.timeouts
  const app = Fastify({
    // Every log line of a request carries its id (reqId), the one the reply's X-Request-Id names.
    genReqId: (raw) => requestIdOf(raw, randomUUID),
    logger: {
      level: config.logLevel,
      redact: ['req.headers.authorization', 'body.password', 'body.idNumber'],
      serializers: { req: requestSerializer },
      ...(opts.logStream ? { stream: opts.logStream } : {}),
    },
    // Validation (bodies as sent, query strings coerced) is set up by the input plugin.
    bodyLimit: MAX_JSON_BYTES,
    // A bad URL, an over-long path parameter or a request the HTTP parser refused: the Chinese envelope too.
    frameworkErrors,
    clientErrorHandler,
    // Behind a proxy, request.ip (and so every rate limit) is the client's address, not the proxy's.
    trustProxy: typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
    // A client that sends a byte now and then must not hold a connection: idle, whole-request and keep-alive limits.
    connectionTimeout: connectionMs,
    requestTimeout: requestMs,
    keepAliveTimeout: keepAliveMs,
    http: { requestTimeout: requestMs, headersTimeout: Math.min(60_000, requestMs), connectionsCheckingInterval: Math.min(5_000, requestMs) },
  }).withTypeProvider<TypeBoxTypeProvider>()

  const store = opts.store ?? connect({ databaseUrl: config.databaseUrl, sqlitePath: config.sqlitePath })
  await migrateToLatest(store.db, store.pgSchema)
  const clock = opts.clock ?? systemClock
  // The courts are reference data; demo accounts (published password) only where the config allows them, never in production.
  await seedCourts(store.db)
  if (config.seedDemo) await seedDemo(store.db, shanghaiIso(clock.now()))

  const objects = opts.objects ?? createObjectStore(config)
  // With REDIS_URL, rate limits and session sign-outs are shared by every process behind the balancer.
  const redis = config.redisUrl ? openRedis(config.redisUrl, (err) => app.log.warn({ err }, 'redis')) : null
  if (redis) app.addHook('onClose', async () => redis.close())
  const sessionBus = redis ? redisSessionBus(redis.client, redis.subscriber, (err) => app.log.warn({ err }, 'session announcement')) : undefined

  app.decorate('config', config)
  app.decorate('store', store)
  app.decorate('clock', clock)
  app.decorate('objects', objects)
  app.decorate('redis', redis?.client ?? null)
  app.decorate('services', createServices({ store, clock, config, wechat: opts.wechat ?? createWechatClient(config.wechat), objects, sessionBus }))
  // Holiday years an admin loaded override the built-in table for the server's own due dates.
  const holidays = await app.services.calendar.installStored()
  if (holidays.skipped.length > 0) app.log.warn({ years: holidays.skipped }, 'stored holiday tables failed the checks and were not installed')
  if (!opts.store) app.addHook('onClose', async () => store.db.destroy())
  // Demo enforcement cases go through the use cases on days of their own, so only a development server makes them (not each test app).
  if (config.seedDemo && config.seedDemoEnforcement && config.nodeEnv === 'development')
    await seedDemoEnforcement({ store, config, now: clock.now(), build: buildApp })
  await sweepUploads(app)
  // The outbox worker and the reminder schedule; every process may run one (claims and natural keys keep them apart).
  if (config.notify.worker) {
    app.services.notify.start(config.notify.pollMs, (detail, message) => app.log.warn(detail, message))
    app.addHook('onClose', async () => app.services.notify.stop())
  }

  // First, so its headers are on every reply: errors, rate limits and the H5 files included.
  await app.register(securityPlugin)
  await app.register(errorsPlugin)
  // Before docs and every route: it rewrites each route's body schema as the route is added.
  await app.register(inputPlugin)
  // Only routes that opt in are limited (sign-in, uploads): court staff behind one office IP must not lock each other out.
  // With Redis the counts are the cluster's, not each process's; Redis down, requests pass (the account locks still hold).
  await app.register(rateLimit, { global: false, ...(redis ? { redis: redis.client, nameSpace: 'court-rl:', skipOnError: true } : {}) })
  await app.register(operationsPlugin)
  await app.register(multipart, { limits: { fileSize: MAX_EVIDENCE_BYTES, files: 1, fields: 10 } })
  if (config.apiDocs) await app.register(docsPlugin)
  await app.register(authPlugin)
  // Before every route: each one declaring the Idempotency-Key header runs once per key, across processes.
  await app.register(idempotencyPlugin)

  app.get('/api/health', {
    schema: { tags: ['health'], response: { 200: HealthReply } },
    handler: async () => {
      await store.db.selectFrom('courts').select('id').limit(1).execute()
      return { status: 'ok' as const, db: store.engine }
    },
  })
  await app.register(v1Routes, { prefix: '/api/v1' })

  if (fs.existsSync(config.staticDir)) {
    await app.register(staticFiles, { root: config.staticDir })
  }
  return app
}

/** Trusts the nearest `hops` proxies, as proxy-addr does for a number (Fastify's types take only the function). */
const trustHops = (hops: number) => (_address: string, hop: number) => hop < hops

/**
 * Uploads a killed process left half-done (uploads/tmp, or a stored file whose row was never
 * written): swept at start and then every `uploadSweep.everyMs` on a timer that keeps no process alive.
 */
async function sweepUploads(app: FastifyInstance): Promise<void> {
  const { everyMs, olderThanMs } = app.config.uploadSweep
  const sweep = async () => {
    const { removed: orphans } = await app.services.files.sweepOrphans(olderThanMs)
    const removed = [...orphans, ...(await app.services.uploads.sweepExpired()).removed]
    if (removed.length > 0) app.log.warn({ removed: removed.length }, 'removed unfinished uploads')
  }
  await sweep()
  const timer = setInterval(() => sweep().catch((err: unknown) => app.log.error({ err }, 'upload sweep failed')), everyMs)
  timer.unref()
  app.addHook('onClose', async () => clearInterval(timer))
}
