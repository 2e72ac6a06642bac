import { enforcementMetrics } from '../../../domain/metrics/enforcementMetrics'
import type { EnforcementMetricCase, EnforcementMetrics, MetricClosure } from '../../../domain/metrics/types'
import { migrateToLatest } from '../../../server/db/migrate'
import { seedOrdos } from '../../../server/seed/ordosSeed'
import { ORDOS_PERIOD } from '../../../server/seed/ordos/generateOrdosYear'
import { enforcementFiguresSql } from '../../../server/services/metrics/enforcementSql'
import { freshStore, makeApp } from '../helpers'

// The figures as the report prints them: percentages to two decimals, days to two, 亿元 to 0.01.
const percent = (r: number | null) => (r === null ? '—' : (r * 100).toFixed(2))
const yi = (fen: number) => (fen / 1e10).toFixed(2)
const screen = (m: EnforcementMetrics) => ({
  受理: m.accepted,
  结案: m.closed,
  执结率: percent(m.closureRate),
  有财产可供执行案件法定期限内结案率: percent(m.withinLimitRate),
  终本合格率: percent(m.terminationQualifiedRate),
  执行信访办结率: percent(m.complaintClosureRate),
  执行完毕平均用时: m.performedAverageDays?.toFixed(2),
  涉企受理: m.subsets.enterprise.accepted,
  涉企结案: m.subsets.enterprise.closed,
  涉企执行到位亿元: yi(m.subsets.enterprise.recoveredFen),
  涉党政机关受理: m.subsets.governmentDebtor.accepted,
  涉党政机关申请执行标的亿元: yi(m.subsets.governmentDebtor.appliedFen),
  涉党政机关结案: m.subsets.governmentDebtor.closed,
  涉党政机关执行到位亿元: yi(m.subsets.governmentDebtor.recoveredFen),
})
const REPORTED = {
  受理: 24951,
  结案: 20122,
  执结率: '80.65',
  有财产可供执行案件法定期限内结案率: '89.49',
  终本合格率: '100.00',
  执行信访办结率: '72.22',
  执行完毕平均用时: '90.26',
  涉企受理: 5953,
  涉企结案: 3087,
  涉企执行到位亿元: '42.99',
  涉党政机关受理: 50,
  涉党政机关申请执行标的亿元: '6.97',
  涉党政机关结案: 32,
  涉党政机关执行到位亿元: '2.52',
}
const NOW = '2026-12-02T08:00:00+08:00'

describe('npm run seed:ordos: 鄂尔多斯市中级人民法院, January–October 2021', () => {
  let store: Awaited<ReturnType<typeof freshStore>>
  let areaIds: string[]
  beforeAll(async () => {
    store = await freshStore()
    await migrateToLatest(store.db, store.pgSchema)
    await seedOrdos(store.db, NOW)
    const courts = await store.db
      .selectFrom('courts')
      .select('id')
      .where((eb) => eb.or([eb('id', '=', 'c-ordos'), eb('parent_id', '=', 'c-ordos')]))
      .execute()
    areaIds = courts.map((c) => c.id)
  }, 180_000)
  afterAll(() => store.drop())

  it('stores the year once: a second run stores nothing', async () => {
    const before = await store.db
      .selectFrom('enforcement_cases')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow()
    expect(Number(before.n)).toBeGreaterThan(24951)
    await expect(seedOrdos(store.db, NOW)).resolves.toEqual({ stored: false, cases: 0, complaints: 0 })
    const after = await store.db
      .selectFrom('enforcement_cases')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow()
    expect(Number(after.n)).toBe(Number(before.n))
  }, 120_000)

  it('places the basic courts under the intermediate court', () => {
    expect(areaIds.length).toBe(10)
  })

  it('the SQL figures over the area are the reported ones', async () => {
    const m = await enforcementFiguresSql(store.db, { courtIds: areaIds }, ORDOS_PERIOD)
    expect(screen(m)).toEqual(REPORTED)
  }, 60_000)

  it('enforcementMetrics over the stored rows gives the same figures', async () => {
    const rows = await store.db.selectFrom('enforcement_figures').selectAll().where('court_id', 'in', areaIds).execute()
    const cases: EnforcementMetricCase[] = rows.map((r) => ({
      id: r.case_id,
      filedOn: r.filed_on,
      ...(r.closed_on ? { closedOn: r.closed_on } : {}),
      ...(r.closure ? { closure: r.closure as MetricClosure } : {}),
      hasProperty: Number(r.has_property) === 1,
      excludedDays: Number(r.excluded_days),
      terminationChecklistComplete: Number(r.checklist_complete) === 1,
      appliedFen: Number(r.applied_fen),
      recoveredFen: Number(r.recovered_fen),
      agricultural: Number(r.agricultural) === 1,
      enterprise: Number(r.enterprise) === 1,
      governmentDebtor: Number(r.government_debtor) === 1,
    }))
    const complaintRows = await store.db
      .selectFrom('enforcement_complaints as k')
      .innerJoin('enforcement_cases as c', 'c.id', 'k.case_id')
      .select(['k.id', 'k.received_on', 'k.answered_on'])
      .where('c.court_id', 'in', areaIds)
      .execute()
    const complaints = complaintRows.map((k) => ({ id: k.id, receivedOn: k.received_on, ...(k.answered_on ? { closedOn: k.answered_on } : {}) }))
    const m = enforcementMetrics({ ...ORDOS_PERIOD, cases, complaints })
    expect(screen(m)).toEqual(REPORTED)
    expect(m).toEqual(await enforcementFiguresSql(store.db, { courtIds: areaIds }, ORDOS_PERIOD))
  }, 60_000)

  it('the dashboard shows them through the API to the 执行指挥中心, and each case behind them opens for it', async () => {
    const t = await makeApp({}, NOW, store)
    try {
      const headers = await t.as('s-admin-ordos')
      const q = 'scope=area&period=range&from=2021-01-01&to=2021-10-31'
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/court/metrics/enforcement?${q}`, headers })
      expect(res.statusCode).toBe(200)
      const texts = Object.fromEntries((res.json().figures as Array<{ figure: string; text: string }>).map((f) => [f.figure, f.text]))
      expect(texts).toMatchObject({
        closureRate: '80.65%',
        withinLimitRate: '89.49%',
        terminationQualifiedRate: '100.00%',
        complaintClosureRate: '72.22%',
        performedAverageDays: '90.26天',
      })
      const explain = await t.app.inject({ method: 'GET', url: `/api/v1/court/metrics/enforcement/explain?${q}&figure=closureRate&side=denominator`, headers })
      expect(explain.json()).toMatchObject({ numerator: 20122, denominator: 24951 })
      for (const item of explain.json().items as Array<{ linkId: string; caseNumber: string }>) {
        const c = await t.app.inject({ method: 'GET', url: `/api/v1/court/enforcement/cases/${item.linkId}`, headers })
        expect([item.caseNumber, c.statusCode]).toEqual([item.caseNumber, 200])
        expect(c.json().caseNumber).toBe(item.caseNumber)
      }
      const litigant = await t.app.inject({ method: 'GET', url: `/api/v1/court/metrics/enforcement?${q}`, headers: await t.as('d-zhang-guilan') })
      expect(litigant.statusCode).toBe(403)
    } finally {
      await t.close()
    }
  }, 120_000)
})
