import { randomUUID } from 'node:crypto'
import { Pool } from 'pg'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../server/app'
import type { Clock } from '../../server/clock'
import { loadConfig } from '../../server/config'
import { connect, type Db } from '../../server/db/connect'
import type { WechatClient } from '../../server/wechat'
import { assertNoViolations, checkReplies, type ContractViolation } from './contract/replyCheck'

/** A clock that stands still unless a test moves it. */
export function fixedClock(iso: string): Clock & { set(iso: string): void } {
  let now = new Date(iso)
  return { now: () => now, set: (next) => (now = new Date(next)) }
}

export const fakeWechat: WechatClient = {
  async code2session(code) {
    if (code === 'bad-code') throw Object.assign(new Error('bad'), {})
    return { openid: `openid-${code}` }
  },
}

/**
 * A fresh database for one test file: in-memory SQLite, or a new schema on the
 * PostgreSQL server named by DATABASE_URL when it is set (CI runs both).
 */
export async function freshStore(): Promise<Db & { drop(): Promise<void> }> {
  const url = process.env.DATABASE_URL
  if (!url) {
    const store = connect({ sqlitePath: ':memory:' })
    return { ...store, drop: () => store.db.destroy() }
  }
  const schema = `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`
  const admin = new Pool({ connectionString: url, max: 1 })
  await admin.query(`create schema ${schema}`)
  const store = connect({ databaseUrl: url, sqlitePath: '', pgSchema: schema })
  return {
    ...store,
    drop: async () => {
      await store.db.destroy()
      await admin.query(`drop schema ${schema} cascade`)
      await admin.end()
    },
  }
}

export interface TestApp {
  app: FastifyInstance
  clock: ReturnType<typeof fixedClock>
  close(): Promise<void>
  /** Opens a real server-side session for the user and returns an Authorization header naming it. */
  as(userId: string): Promise<Record<string, string>>
  /** Replies so far that did not match their contract schema; close() fails the suite when there are any. */
  violations: ContractViolation[]
}

/** A test app on a fresh database, or on `shared` (which the caller then drops). */
export async function makeApp(env: Record<string, string> = {}, now = '2026-11-25T09:00:00+08:00', shared?: Db): Promise<TestApp> {
  const store = shared ? { ...shared, drop: async () => undefined } : await freshStore()
  const clock = fixedClock(now)
  const config = loadConfig({ NODE_ENV: 'test', AUTH_DEV_LOGIN: '1', STATIC_DIR: '/nonexistent', ...env })
  const app = await buildApp({ config, clock, wechat: fakeWechat, store })
  const violations = checkReplies(app)
  await app.ready()
  return {
    app,
    clock,
    violations,
    close: async () => {
      await app.close()
      await store.drop()
      assertNoViolations(violations)
    },
    as: async (userId) => {
      await store.db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirstOrThrow()
      return { authorization: `Bearer ${app.jwt.sign({ sid: await app.services.sessions.open(userId) })}` }
    },
  }
}
