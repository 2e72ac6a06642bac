import fs from 'node:fs'
import multipart from '@fastify/multipart'
import rateLimit from '@fastify/rate-limit'
import fastifyStatic from '@fastify/static'
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
import { errorsPlugin } from './plugins/errors'
import { v1Routes } from './routes/api/v1'
import { seedDemo } from './seed/demo'
import { createServices } from './services'
import { createWechatClient, type WechatClient } from './wechat'

export interface BuildOptions {
  config: AppConfig
  clock?: Clock
  wechat?: WechatClient
  /** An open database (tests share one); otherwise opened from the config and closed with the app. */
  store?: Db
}

/** Builds the API: plugins → database → services → routes. Never listens; server.ts does. */
export async function buildApp(opts: BuildOptions): Promise<FastifyInstance> {
  const { config } = opts
  const app = Fastify({
    logger: { level: config.logLevel, redact: ['req.headers.authorization', 'body.password', 'body.idNumber'] },
    // verbose: validation errors carry the schema, whose `title` names the field in Chinese.
    ajv: { customOptions: { verbose: true, coerceTypes: 'array', useDefaults: true } },
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<TypeBoxTypeProvider>()

  const store = opts.store ?? connect({ databaseUrl: config.databaseUrl, sqlitePath: config.sqlitePath })
  await migrateToLatest(store.db, store.pgSchema)
  const clock = opts.clock ?? systemClock
  if (config.seedDemo) await seedDemo(store.db, shanghaiIso(clock.now()))

  app.decorate('config', config)
  app.decorate('store', store)
  app.decorate('clock', clock)
  app.decorate('services', createServices({ store, clock, config, wechat: opts.wechat ?? createWechatClient(config.wechat) }))
  // Holiday years an admin loaded override the built-in table for the server's own due dates.
  const holidays = await app.services.calendar.installStored()
  if (holidays.skipped.length > 0) app.log.warn({ years: holidays.skipped }, 'stored holiday tables failed the checks and were not installed')
  if (!opts.store) app.addHook('onClose', async () => store.db.destroy())

  await app.register(errorsPlugin)
  // Only routes that opt in are limited (sign-in, uploads): court staff behind one office IP must not lock each other out.
  await app.register(rateLimit, { global: false })
  await app.register(multipart, { limits: { fileSize: MAX_EVIDENCE_BYTES, files: 1, fields: 10 } })
  await app.register(docsPlugin)
  await app.register(authPlugin)

  app.get('/api/health', {
    schema: { tags: ['health'], response: { 200: HealthReply } },
    handler: async () => {
      await store.db.selectFrom('courts').select('id').limit(1).execute()
      return { status: 'ok' as const, db: store.engine }
    },
  })
  await app.register(v1Routes, { prefix: '/api/v1' })

  if (fs.existsSync(config.staticDir)) {
    await app.register(fastifyStatic, { root: config.staticDir, prefix: '/', index: ['index.html'] })
  }
  return app
}
