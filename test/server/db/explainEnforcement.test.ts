import { CompiledQuery } from 'kysely'
import { migrateToLatest } from '../../../server/db/migrate'
import { encodeCursor, pageRequest, type PageKey } from '../../../server/db/page'
import { seedCourts } from '../../../server/seed/courts'
import { seedDemo } from '../../../server/seed/demo'
import { enforcementRepository, receivedKey, type CourtCasesFilter, type EnforcementRepository } from '../../../server/services/enforcement/repository'
import { dayAfter, enforcementRow, insertEnforcementCases, nameOnCases } from '../enforcementSeed'
import { freshStore } from '../helpers'
import { litigantKey, seedProvince } from '../listSeed'
import { planReader } from './plans'

/**
 * Every query the paginated enforcement lists run is served by an index. Checked on 20,000 cases
 * over the four courts by the engine's own planner: SQLite's EXPLAIN QUERY PLAN must not say
 * `SCAN enforcement_cases` (or the party table) without an index; PostgreSQL's EXPLAIN, after
 * ANALYZE, must not say `Seq Scan` on them. The queue's and the court's pages must take their order
 * off the index too: no temporary B-tree or Sort.
 */
const pg = Boolean(process.env.DATABASE_URL)
const TABLES = ['enforcement_cases', 'enforcement_parties', 'enforcement_complaints']
const CASES = 20_000
const PEOPLE = 2_000
const COURTS = ['c-ergun', 'c-dongsheng', 'c-hulunbuir', 'c-ordos']
const TEAMS = COURTS.flatMap((court, c) => [0, 1, 2].map((k) => ({ id: `et-${c}-${k}`, court })))

let store: Awaited<ReturnType<typeof freshStore>>
beforeAll(async () => {
  store = await freshStore()
  await migrateToLatest(store.db, store.pgSchema)
  await seedCourts(store.db)
  await seedDemo(store.db, '2026-01-01T00:00:00+08:00')
  await seedProvince(store.db, { filings: 0, filers: PEOPLE })
  const now = '2026-01-01T00:00:00+08:00'
  await store.db
    .insertInto('enforcement_teams')
    .values(
      TEAMS.map((t) => ({
        id: t.id,
        court_id: t.court,
        name: t.id,
        judge_id: 's-judge-wang',
        assistant_id: 's-clerk-liu',
        clerk_id: 's-clerk-liu',
        bailiff_id: 's-clerk-liu',
        created_at: now,
        updated_at: now,
      })),
    )
    .execute()
  // Most cases docketed and at work, one in eight still waiting for 立案, a third 涉农.
  const rows = Array.from({ length: CASES }, (_, i) => {
    const c = i % COURTS.length
    const waiting = Math.floor(i / COURTS.length) % 8 === 1
    return enforcementRow(`e-${String(i).padStart(6, '0')}`, {
      court_id: COURTS[c],
      applicant_id: `u-${String((i * 7919) % PEOPLE).padStart(6, '0')}`,
      agricultural: i % 3 === 0 ? 1 : 0,
      received_on: dayAfter(Math.floor(i / 40)),
      filed_on: waiting ? null : dayAfter(Math.floor(i / 40) + 3),
      case_number: waiting ? null : `（2026）执${i}号`,
      team_id: waiting ? null : `et-${c}-${i % 3}`,
      assigned_on: waiting || i % 5 === 0 ? null : dayAfter(Math.floor(i / 40) + 4),
    })
  })
  await insertEnforcementCases(store.db, rows)
  await nameOnCases(
    store.db,
    rows.map((r, i) => ({ caseId: r.id, idKey: litigantKey((i + 1) % PEOPLE) })),
  )
  // 20,000 complaints over the courts' cases, nine in ten answered.
  const complaints = Array.from({ length: CASES }, (_, i) => ({
    id: `ek-${String(i).padStart(6, '0')}`,
    case_id: rows[i].id,
    court_id: rows[i].court_id,
    complainant_id: rows[i].applicant_id,
    body: '执行进度太慢',
    file_ids_json: '[]',
    received_on: dayAfter(Math.floor(i / 40) + 10),
    answered_on: i % 10 === 0 ? null : dayAfter(Math.floor(i / 40) + 20),
    reply: null,
    answered_by: null,
    created_at: now,
  }))
  for (let i = 0; i < complaints.length; i += 500)
    await store.db
      .insertInto('enforcement_complaints')
      .values(complaints.slice(i, i + 500))
      .execute()
  // The planner's statistics, as a running database keeps them (autovacuum on PostgreSQL).
  await store.db.executeQuery(CompiledQuery.raw('analyze'))
}, 180_000)
afterAll(async () => store.drop(), 180_000)

const plans = planReader(() => store.db, pg, TABLES)
const { plan, fullScans, sorts } = plans
/** The queries a repository call runs. */
const queriesOf = (run: (repo: EnforcementRepository) => Promise<unknown>) => plans.queriesOf((db) => run(enforcementRepository(db)))

const repo = () => enforcementRepository(store.db)
const person = 42
const court = (filter: CourtCasesFilter, n: number) => ({
  first: async () => {
    const rows = await repo().courtCasesAfter('c-ergun', filter, null, n)
    const last = rows[rows.length - 1]
    if (!last) throw new Error('expected a second page')
    return receivedKey(last)
  },
  run: (after: PageKey | null) => (r: EnforcementRepository) => r.courtCasesAfter('c-ergun', filter, after, n),
})

const lists: Array<{
  name: string
  /** Whether a query's sort must come off the index (the named source sorts a person's few cases). */
  sortsOnIndex: (sql: string) => boolean
  /** The cursor of the second page. */
  second: () => Promise<string | PageKey>
  run: (after?: string | PageKey) => (r: EnforcementRepository) => Promise<unknown>
}> = [
  {
    name: '我的执行案件',
    sortsOnIndex: (sqlText) => /applicant_id/.test(sqlText),
    second: async () => (await repo().partyPage(`u-0000${person}`, litigantKey(person), pageRequest({ limit: 2 }))).next ?? '',
    run: (cursor) => (r) => r.partyPage(`u-0000${person}`, litigantKey(person), pageRequest({ cursor: cursor as string | undefined, limit: 2 })),
  },
  {
    name: 'the 立案 queue',
    sortsOnIndex: (sqlText) => /order by/i.test(sqlText),
    second: async () => (await repo().queuePage('c-ergun', pageRequest({ limit: 20 }, true))).next ?? '',
    run: (cursor) => (r) => r.queuePage('c-ergun', pageRequest({ cursor: cursor as string | undefined, limit: 20 }, true)),
  },
  ...(
    [
      ['我的执行任务 (two teams’ cases, oldest first)', ['et-0-0', 'et-0-1']],
      ['the 督办 list of the court', null],
      ['the 督办 list of a team', ['et-0-2']],
    ] as Array<[string, string[] | null]>
  ).map(([name, teamIds]) => ({
    name,
    sortsOnIndex: (sqlText: string) => /order by/i.test(sqlText),
    second: async () => (await repo().workPage('c-ergun', teamIds, pageRequest({ limit: 20 }))).next ?? '',
    run: (cursor?: string | PageKey) => (r: EnforcementRepository) =>
      r.workPage('c-ergun', teamIds, pageRequest({ cursor: cursor as string | undefined, limit: 20 })),
  })),
  {
    name: '执行信访',
    sortsOnIndex: (sqlText) => /order by/i.test(sqlText),
    // A later page inside the answered group, every unanswered one already read.
    second: async () => encodeCursor({ group: 0, at: dayAfter(60), id: 'ek-002000' }),
    run: (cursor) => (r) => r.complaintsPage('c-ergun', pageRequest({ cursor: cursor as string | undefined, limit: 100 }, true)),
  },
  ...(
    [
      ['the court’s cases', { teamIds: null }, 21, true],
      ['the court’s cases in a state', { teamIds: null, state: 'enforcing' }, 100, true],
      ['the court’s cases of two teams (只看我的)', { teamIds: ['et-0-0', 'et-0-1'] }, 21, true],
      // A state few of a team's cases are in: PostgreSQL may rather fetch those few and sort them.
      ['a team’s cases in a state', { teamIds: ['et-0-2'], state: 'filed' }, 100, false],
    ] as Array<[string, CourtCasesFilter, number, boolean]>
  ).map(([name, filter, n, ordered]) => {
    const c = court(filter, n)
    return {
      name,
      sortsOnIndex: (sqlText: string) => ordered && /order by/i.test(sqlText),
      second: c.first,
      run: (after?: string | PageKey) => c.run((after as PageKey | undefined) ?? null),
    }
  }),
]

describe.each(lists)('$name', ({ run, second, sortsOnIndex }) => {
  it.each([['first page'], ['a later page']])(
    'reads no large table whole, and its order off an index: %s',
    async (which) => {
      const cursor = which === 'first page' ? undefined : await second()
      if (which !== 'first page') expect(cursor).toBeTruthy()
      const queries = await queriesOf(run(cursor))
      expect(queries.length).toBeGreaterThan(0)
      for (const q of queries) {
        const lines = await plan(q)
        expect({ sql: q.sql, scans: fullScans(lines) }).toEqual({ sql: q.sql, scans: [] })
        if (sortsOnIndex(q.sql)) expect({ sql: q.sql, sorts: sorts(lines) }).toEqual({ sql: q.sql, sorts: [] })
      }
    },
    180_000,
  )
})

it('finds a plan line for the cases table, and catches a query known to read every case', async () => {
  const lines = await plan((await queriesOf(lists[1].run()))[0])
  expect(lines.join('\n')).toMatch(pg ? /Index (Only )?Scan/ : /SEARCH enforcement_cases USING/)
  const all = await plan(store.db.selectFrom('enforcement_cases').selectAll().where('requests', 'like', '%价款%').compile())
  expect(fullScans(all)).toHaveLength(1)
}, 180_000)
