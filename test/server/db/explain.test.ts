import { CompiledQuery, type Kysely } from 'kysely'
import { migrateToLatest } from '../../../server/db/migrate'
import type { Database } from '../../../server/db/schema'
import { pageRequest } from '../../../server/db/page'
import { deliveryRepository } from '../../../server/repositories/delivery'
import { filingsRepository } from '../../../server/repositories/filings'
import { mediationRepository } from '../../../server/repositories/mediation'
import { messagesRepository } from '../../../server/repositories/messages'
import { staffTasksRepository } from '../../../server/repositories/staffTasks'
import { TEMPLATE_NAMES } from '../../../server/services/tasks/context'
import { seedCourts } from '../../../server/seed/courts'
import { seedDemo } from '../../../server/seed/demo'
import { freshStore } from '../helpers'
import { planReader } from './plans'
import { litigantKey, seedProvince, seedServiceAndMediation } from '../listSeed'

/**
 * Every query the paginated lists run is served by an index. Checked on a table of 20,000 filings
 * by the engine's own planner: SQLite's EXPLAIN QUERY PLAN must not say `SCAN filings` (or the
 * party and agent tables) without an index; PostgreSQL's EXPLAIN, after ANALYZE and with
 * sequential scans allowed (the planner's free choice at this size), must not say `Seq Scan` on
 * them. The pages' own sort must come off the index too: no temporary B-tree or Sort for the
 * filer's and the queue's queries.
 */
const pg = Boolean(process.env.DATABASE_URL)
const TABLES = [
  'filings',
  'filing_parties',
  'filing_agents',
  'service_documents',
  'service_events',
  'mediations',
  'mediation_parties',
  'users',
  'notify_outbox',
]
const FILINGS = 20_000

let store: Awaited<ReturnType<typeof freshStore>>
beforeAll(async () => {
  store = await freshStore()
  await migrateToLatest(store.db, store.pgSchema)
  await seedCourts(store.db)
  await seedDemo(store.db, '2026-01-01T00:00:00+08:00')
  await seedProvince(store.db, { filings: FILINGS, filers: 2_000 })
  await seedServiceAndMediation(store.db, { n: FILINGS, filers: 2_000 })
  // One accepted case in five has a party message waiting for the court's reply.
  await store.db.executeQuery(CompiledQuery.raw(`update filings set awaiting_reply_since = created_at where status = 'accepted' and id like '%0'`))
  // 20,000 outbox rows: the staff's 待办 (nine in ten closed) among the messages to parties.
  const staff = ['s-clerk-liu', 's-judge-wang', 's-judge-zhao', 's-judge-gao']
  const outbox = Array.from({ length: FILINGS }, (_, i) => {
    const inbox = i % 2 === 0
    const who = inbox ? staff[i % staff.length] : `u-${String(i % 2_000).padStart(6, '0')}`
    const created = new Date(Date.parse('2026-01-01T00:00:00Z') + i * 60_000).toISOString()
    return {
      id: `ob-${String(i).padStart(6, '0')}`,
      court_id: 'c-ergun',
      channel: inbox ? 'inbox' : 'sms',
      recipient: who,
      recipient_user_id: who,
      template: inbox ? 'filing-review-due' : 'service-issued',
      text: '提醒',
      data_json: '{}',
      status: 'sent',
      attempts: 0,
      created_at: created,
      done_at: inbox && i % 20 !== 0 ? created : null,
    }
  })
  for (let i = 0; i < outbox.length; i += 500)
    await store.db
      .insertInto('notify_outbox')
      .values(outbox.slice(i, i + 500))
      .execute()
  // The planner's statistics, as a running database keeps them (autovacuum on PostgreSQL).
  await store.db.executeQuery(CompiledQuery.raw('analyze'))
}, 180_000)
afterAll(async () => store.drop())

const { queriesOf, plan, fullScans, sorts } = planReader(() => store.db, pg, TABLES)

const repo = (db: Kysely<Database>) => filingsRepository(db)
const delivery = (db: Kysely<Database>) => deliveryRepository(db, pg ? 'postgres' : 'sqlite')
const mediations = (db: Kysely<Database>) => mediationRepository(db)
const byOrder = (sqlText: string) => /order by/i.test(sqlText)
const cursorOf = async (run: (db: Kysely<Database>) => Promise<{ next: string | null }>) => {
  const { next } = await run(store.db)
  if (!next) throw new Error('expected a second page')
  return next
}

// 我的案件 of a litigant who filed some, is named as a party in others and as an agent in a few.
const filer = 'u-000042'
const key = litigantKey(42)
const lists: Array<{
  name: string
  sortsOnIndex: (sql: string) => boolean
  run: (cursor?: string) => (db: Kysely<Database>) => Promise<{ next: string | null }>
}> = [
  {
    name: '我的案件',
    // The named sources sort a person's few filings; the filer's own come off the index in order.
    sortsOnIndex: (sqlText) => /filer_id/.test(sqlText),
    run: (cursor) => (db) => repo(db).partyPage(filer, key, pageRequest({ cursor, limit: 5 })),
  },
  {
    name: 'the review queue',
    sortsOnIndex: (sqlText) => /order by/i.test(sqlText),
    run: (cursor) => (db) => repo(db).queuePage('c-ergun', pageRequest({ cursor, limit: 20 }), false),
  },
  {
    name: 'the review queue, 涉农 first',
    sortsOnIndex: (sqlText) => /order by/i.test(sqlText),
    run: (cursor) => (db) => repo(db).queuePage('c-ergun', pageRequest({ cursor, limit: 20 }, true), true),
  },
  {
    name: 'the court’s accepted cases (hearing schedule, 送达 follow-up)',
    sortsOnIndex: byOrder,
    run: (cursor) => (db) => repo(db).acceptedPage('c-ergun', pageRequest({ cursor, limit: 20 })),
  },
  {
    name: '我的文书 of a party who is also a filing agent',
    // The agent's own filed cases are few: their documents may be sorted; the addressee's come in order.
    sortsOnIndex: (sqlText) => byOrder(sqlText) && !/filer_id/.test(sqlText),
    run: (cursor) => async (db) => {
      const owner = { idKey: key, agentFilerId: filer }
      await delivery(db).inboxUnread(owner)
      return delivery(db).inboxPage(owner, pageRequest({ cursor, limit: 2 }))
    },
  },
  {
    name: '我的调解 of a party',
    // A person's few mediations, found by account or ID, are sorted; never all of them.
    sortsOnIndex: () => false,
    run: (cursor) => (db) => mediations(db).page({ party: { userId: filer, idNumber: key } }, pageRequest({ cursor, limit: 2 })),
  },
  {
    name: 'a mediator’s list',
    sortsOnIndex: byOrder,
    run: (cursor) => (db) => mediations(db).page({ mediatorId: 's-mediator-7' }, pageRequest({ cursor, limit: 20 })),
  },
  {
    name: 'the accounts a document’s message goes to (a verified ID among 2,000 people)',
    sortsOnIndex: () => false,
    run: () => async (db) => {
      await delivery(db).accountsOf(key)
      return { next: 'one read, no pages' }
    },
  },
  {
    name: '待办 of a clerk',
    sortsOnIndex: (sqlText) => byOrder(sqlText),
    run: (cursor) => async (db) => {
      const tasks = staffTasksRepository(db)
      await tasks.openCount('s-clerk-liu', 'c-ergun', TEMPLATE_NAMES)
      return tasks.openPage('s-clerk-liu', 'c-ergun', TEMPLATE_NAMES, pageRequest({ cursor, limit: 20 }))
    },
  },
  {
    name: '本院待回复的当事人留言',
    sortsOnIndex: byOrder,
    run: (cursor) => (db) => messagesRepository(db).waitingPage('c-ergun', pageRequest({ cursor, limit: 20 })),
  },
  {
    name: 'a court’s mediations',
    sortsOnIndex: byOrder,
    run: (cursor) => (db) => mediations(db).page({ courtId: 'c-ergun' }, pageRequest({ cursor, limit: 20 })),
  },
]

describe.each(lists)('$name', ({ run, sortsOnIndex }) => {
  it.each([['first page'], ['a later page']])('reads no large table whole, and its order off an index: %s', async (which) => {
    const cursor = which === 'first page' ? undefined : await cursorOf(run())
    const queries = await queriesOf(run(cursor))
    expect(queries.length).toBeGreaterThan(0)
    for (const q of queries) {
      const lines = await plan(q)
      expect({ sql: q.sql, scans: fullScans(lines), lines }).toEqual({ sql: q.sql, scans: [], lines })
      if (sortsOnIndex(q.sql)) expect({ sql: q.sql, sorts: sorts(lines) }).toEqual({ sql: q.sql, sorts: [] })
    }
  })
})

it('finds a plan line for every table a list reads (the check would catch a scan)', async () => {
  const lines = await plan((await queriesOf(run0))[0])
  expect(lines.join('\n')).toMatch(pg ? /Index (Only )?Scan/ : /SEARCH filings USING/)
  // And a query known to read everything is caught.
  const all = await plan(store.db.selectFrom('filings').selectAll().where('data_json', 'like', '%小麦%').compile())
  expect(fullScans(all)).toHaveLength(1)
})
const run0 = lists[0].run()
