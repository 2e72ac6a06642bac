import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { Pool } from 'pg'
import { loadConfig } from '../../../server/config'
import { connect, type Db } from '../../../server/db/connect'
import { migrateToLatest } from '../../../server/db/migrate'
import { notificationsRepository } from '../../../server/repositories/notifications'
import { queuedNotifier, type OutboundMessage } from '../../../server/services/notify'
import { providersFor } from '../../../server/services/notify/index'
import { wechatProvider } from '../../../server/services/notify/wechat'
import { notificationWorker } from '../../../server/services/notify/worker'
import { fixedClock } from '../helpers'
import { startFakeProviders, WECHAT_APPID, WECHAT_SECRET, type FakeProviders } from './fakeProviders'

/**
 * Two workers on two connections to one database: on PostgreSQL (DATABASE_URL) two pools on one
 * schema, otherwise two SQLite connections to one WAL file — as two processes would be.
 */
async function twoConnections(): Promise<{ a: Db; b: Db; drop(): Promise<void> }> {
  const url = process.env.DATABASE_URL
  if (url) {
    const schema = `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`
    const admin = new Pool({ connectionString: url, max: 1 })
    await admin.query(`create schema ${schema}`)
    const a = connect({ databaseUrl: url, sqlitePath: '', pgSchema: schema })
    await migrateToLatest(a.db, schema)
    const b = connect({ databaseUrl: url, sqlitePath: '', pgSchema: schema })
    return {
      a,
      b,
      drop: async () => {
        await a.db.destroy()
        await b.db.destroy()
        await admin.query(`drop schema ${schema} cascade`)
        await admin.end()
      },
    }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'notify-'))
  const file = path.join(dir, 'court.db')
  const a = connect({ sqlitePath: file })
  await migrateToLatest(a.db)
  const b = connect({ sqlitePath: file })
  return {
    a,
    b,
    drop: async () => {
      await a.db.destroy()
      await b.db.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

let fakes: FakeProviders
let dbs: Awaited<ReturnType<typeof twoConnections>>
const clock = fixedClock('2026-11-26T18:00:00+08:00')
beforeAll(async () => {
  fakes = await startFakeProviders()
  dbs = await twoConnections()
}, 60_000)
afterAll(async () => {
  await dbs.drop()
  await fakes.close()
})

const config = () => loadConfig({ NODE_ENV: 'test', ...fakes.env }).notify
const repoA = () => notificationsRepository(dbs.a.db, dbs.a.engine)
const repoB = () => notificationsRepository(dbs.b.db, dbs.b.engine)
const message = (i: number, channel: 'sms' | 'wechat'): OutboundMessage => ({
  channel,
  to: channel === 'sms' ? `1390470${String(i).padStart(4, '0')}` : `o-openid-${i}`,
  courtId: 'c-ergun',
  template: 'hearing-eve',
  text: `提醒${i}`,
  data: { name: `当事人${i}`, caseNumber: `（2026）内0784民初${i}号`, when: '11月27日（星期五）上午' },
})

describe('two workers racing on one database', () => {
  it('send each of 40 notifications exactly once', async () => {
    const notifier = queuedNotifier(repoA(), dbs.a.db, clock)
    const ids = new Set<string>()
    for (let i = 0; i < 20; i++) for (const ch of ['sms', 'wechat'] as const) ids.add((await notifier.send(message(i, ch))).ok ? `${i}:${ch}` : '')
    const providers = providersFor(config(), clock)
    const workers = [repoA(), repoB()].map((repo) => notificationWorker({ repo, providers, clock, options: { batch: 3 } }))
    for (let round = 0; round < 20; round++) {
      const counts = await Promise.all([workers[0].runOnce(), workers[1].runOnce(), workers[0].runOnce(), workers[1].runOnce()])
      if (counts.every((c) => c.claimed === 0)) break
    }
    const phones = fakes.state.sms.map((c) => c.body.PhoneNumberSet[0])
    const openids = fakes.state.subscribe.map((c) => c.body.touser)
    expect(phones).toHaveLength(20)
    expect(new Set(phones).size).toBe(20)
    expect(openids).toHaveLength(20)
    expect(new Set(openids).size).toBe(20)
    const rows = await dbs.a.db.selectFrom('notify_outbox').select(['status', 'attempts']).execute()
    expect(rows).toHaveLength(40)
    expect(rows.every((r) => r.status === 'sent' && Number(r.attempts) === 1)).toBe(true)
  }, 60_000)

  it('a worker that dies after claiming leaves the row to another once its lease runs out', async () => {
    fakes.state.sms.length = 0
    const notifier = queuedNotifier(repoA(), dbs.a.db, clock)
    const sent = await notifier.send(message(99, 'sms'))
    if (!sent.ok) throw new Error('not queued')
    // The dead worker: it claimed the row and never answered.
    expect(await repoA().claim('2026-11-26T18:00:00.000+08:00', '2026-11-26T18:02:00.000+08:00', 'dead-worker', 10)).toHaveLength(1)
    const worker = notificationWorker({ repo: repoB(), providers: providersFor(config(), clock), clock })
    expect((await worker.runOnce()).claimed).toBe(0)
    clock.set('2026-11-26T18:02:01+08:00')
    expect(await worker.runOnce()).toMatchObject({ claimed: 1, sent: 1 })
    expect(fakes.state.sms.map((c) => c.body.SessionContext)).toEqual([sent.ref])
    const row = await repoA().byId(sent.ref)
    expect(row).toMatchObject({ status: 'sent', attempts: 2 })
    // The dead worker's late answer no longer counts.
    expect(
      await repoA().finish(
        sent.ref,
        'dead-worker',
        { status: 'failed', error: 'late' },
        { id: 'x', attempt: 1, provider: 'x', started_at: '', finished_at: '', ok: 0, response: '' },
      ),
    ).toBe(false)
    expect((await repoA().byId(sent.ref))?.status).toBe('sent')
  })

  it('gives up at once on an answer that cannot change (a blacklisted number), and after the last allowed try otherwise', async () => {
    fakes.state.sms.length = 0
    clock.set('2026-11-26T18:10:00+08:00')
    const notifier = queuedNotifier(repoA(), dbs.a.db, clock)
    const worker = notificationWorker({ repo: repoA(), providers: providersFor(config(), clock), clock, options: { maxAttempts: 3, baseDelayMs: 1000 } })
    const final = await notifier.send(message(100, 'sms'))
    fakes.state.smsFailures.push('FailedOperation.PhoneNumberInBlacklist')
    expect(await worker.runOnce()).toMatchObject({ claimed: 1, failed: 1 })
    const flaky = await notifier.send(message(101, 'sms'))
    fakes.state.smsFailures.push('http500', 'InternalError.Timeout', 'InternalError.Timeout')
    const waits: string[] = []
    for (let i = 0; i < 3; i++) {
      await worker.runOnce()
      const row = await repoA().byId(flaky.ok ? flaky.ref : '')
      waits.push(row?.next_attempt_at ?? row?.status ?? '')
      clock.set(new Date(clock.now().getTime() + 10_000).toISOString())
    }
    // 1 s, then 2 s, then given up.
    expect(waits[0]).toBe('2026-11-26T18:10:01.000+08:00')
    expect(waits[1]).toBe('2026-11-26T18:10:12.000+08:00')
    expect(waits[2]).toBe('failed')
    expect(fakes.state.sms).toEqual([])
    expect((await repoA().byId(final.ok ? final.ref : ''))?.last_error).toBe('SMS FailedOperation.PhoneNumberInBlacklist')
  })
})

describe('the WeChat access token', () => {
  const cfg = () => ({ appId: WECHAT_APPID, secret: WECHAT_SECRET, baseUrl: fakes.base, templates: JSON.parse(fakes.env.WECHAT_SUBSCRIBE_TEMPLATES) })
  const row = (i: number) => ({
    id: `msg-${i}`,
    recipient: `o-token-${i}`,
    template: 'hearing-eve',
    text: '',
    data_json: JSON.stringify({ name: '张桂兰' }),
  })

  it('is fetched once while several sends wait for it, kept, and fetched again shortly before it expires', async () => {
    fakes.state.tokenFetches.length = 0
    fakes.state.tokenDelayMs = 100
    const c = fixedClock('2026-11-26T08:00:00+08:00')
    const wechat = wechatProvider(cfg(), c)
    const answers = await Promise.all([1, 2, 3, 4, 5].map((i) => wechat.deliver(row(i) as never)))
    expect(answers.every((a) => a.ok)).toBe(true)
    expect(fakes.state.tokenFetches).toHaveLength(1)
    c.set('2026-11-26T09:50:00+08:00')
    expect((await wechat.deliver(row(6) as never)).ok).toBe(true)
    expect(fakes.state.tokenFetches).toHaveLength(1)
    // 7200 s minus the 5-minute margin have passed.
    c.set('2026-11-26T09:55:01+08:00')
    expect((await wechat.deliver(row(7) as never)).ok).toBe(true)
    expect(fakes.state.tokenFetches).toHaveLength(2)
    fakes.state.tokenDelayMs = 0
  })

  it('is refreshed (force_refresh) when WeChat says it is no longer valid, and the message still goes out', async () => {
    const wechat = wechatProvider(cfg(), clock)
    expect((await wechat.deliver(row(8) as never)).ok).toBe(true)
    const before = fakes.state.tokenFetches.length
    // Another process refreshed the token: ours is stale.
    fakes.state.validToken = 'token-rotated-elsewhere'
    const sentBefore = fakes.state.subscribe.length
    expect(await wechat.deliver(row(9) as never)).toMatchObject({ ok: true })
    expect(fakes.state.tokenFetches.slice(before)).toEqual([{ appid: WECHAT_APPID, secret: WECHAT_SECRET, force_refresh: true }])
    expect(fakes.state.subscribe.slice(sentBefore).map((s) => s.body.touser)).toEqual(['o-token-9'])
  })

  it('says a user who did not subscribe (43101) cannot be helped by trying again', async () => {
    fakes.state.subscribeFailures.push(43101)
    expect(await wechatProvider(cfg(), clock).deliver(row(10) as never)).toMatchObject({ ok: false, retry: false, error: 'WeChat errcode 43101' })
  })
})
