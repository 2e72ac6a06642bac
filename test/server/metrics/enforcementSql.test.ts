import fc from 'fast-check'
import { addDays } from '../../../domain/dates/addDays'
import { enforcementMetrics } from '../../../domain/metrics/enforcementMetrics'
import type { MetricClosure } from '../../../domain/metrics/types'
import { migrateToLatest } from '../../../server/db/migrate'
import { seedCourts } from '../../../server/seed/courts'
import { storeEnforcementYear, type StoredYearCase, type StoredYearComplaint } from '../../../server/seed/ordos/storeEnforcementYear'
import { enforcementFiguresSql } from '../../../server/services/metrics/enforcementSql'
import { freshStore } from '../helpers'

const CLOSURES: MetricClosure[] = ['performed', 'terminated-this-round', 'terminated', 'withdrawn', 'not-enforced', 'rejected']
const COURTS = ['c-ordos', 'c-dongsheng']
const day = (n: number) => addDays('2020-01-01', n)

const caseArb = fc.record({
  filed: fc.integer({ min: 0, max: 700 }),
  open: fc.boolean(),
  length: fc.integer({ min: 0, max: 400 }),
  closure: fc.option(fc.constantFrom(...CLOSURES), { nil: undefined }),
  hasProperty: fc.boolean(),
  excludedDays: fc.integer({ min: 0, max: 60 }),
  checklist: fc.boolean(),
  applied: fc.integer({ min: 0, max: 10_000_000 }),
  recoveredShare: fc.double({ min: 0, max: 1, noNaN: true }),
  agricultural: fc.boolean(),
  enterprise: fc.boolean(),
  governmentDebtor: fc.boolean(),
  court: fc.constantFrom(...COURTS),
})
const complaintArb = fc.record({ received: fc.integer({ min: 0, max: 700 }), open: fc.boolean(), length: fc.integer({ min: 0, max: 90 }) })

describe('enforcementFiguresSql equals enforcementMetrics', () => {
  let store: Awaited<ReturnType<typeof freshStore>>
  beforeAll(async () => {
    store = await freshStore()
    await migrateToLatest(store.db, store.pgSchema)
    await seedCourts(store.db)
  }, 60_000)
  afterAll(() => store.drop())

  it('gives every field the domain function gives, on random cases, complaints and periods', async () => {
    let run = 0
    await fc.assert(
      fc.asyncProperty(
        fc.array(caseArb, { maxLength: 40 }),
        fc.array(complaintArb, { maxLength: 10 }),
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: 0, max: 300 }),
        async (drafts, complaintDrafts, start, span) => {
          run += 1
          const cases: StoredYearCase[] = drafts.map((d, i) => ({
            id: `p${run}-${i}`,
            courtId: d.court,
            caseNumber: `（2021）内06执${run}-${i}号`,
            filedOn: day(d.filed),
            ...(d.open ? {} : { closedOn: day(d.filed + d.length), ...(d.closure ? { closure: d.closure } : {}) }),
            hasProperty: d.hasProperty,
            excludedDays: d.excludedDays,
            terminationChecklistComplete: d.checklist,
            appliedFen: d.applied,
            recoveredFen: Math.floor(d.applied * d.recoveredShare),
            agricultural: d.agricultural,
            enterprise: d.enterprise,
            governmentDebtor: d.governmentDebtor,
          }))
          const complaints: StoredYearComplaint[] =
            cases.length === 0
              ? []
              : complaintDrafts.map((k, i) => ({
                  id: `k${run}-${i}`,
                  caseId: cases[i % cases.length].id,
                  receivedOn: day(k.received),
                  ...(k.open ? {} : { closedOn: day(k.received + k.length) }),
                }))
          // Each run starts from empty enforcement tables, so the two sides see the same cases.
          await store.db.deleteFrom('enforcement_complaints').execute()
          await store.db.deleteFrom('enforcement_figures').execute()
          await store.db.deleteFrom('enforcement_cases').execute()
          await storeEnforcementYear(store.db, { cases, complaints }, '2026-12-02T08:00:00+08:00')
          const period = { from: day(start), to: day(start + span) }
          const sqlFigures = await enforcementFiguresSql(store.db, { courtIds: COURTS }, period)
          expect(sqlFigures).toEqual(enforcementMetrics({ ...period, cases, complaints }))
          const onlyOne = await enforcementFiguresSql(store.db, { courtIds: ['c-dongsheng'] }, period)
          const dongsheng = cases.filter((c) => c.courtId === 'c-dongsheng')
          const ids = new Set(dongsheng.map((c) => c.id))
          expect(onlyOne).toEqual(enforcementMetrics({ ...period, cases: dongsheng, complaints: complaints.filter((k) => ids.has(k.caseId)) }))
        },
      ),
      { numRuns: 40 },
    )
  }, 120_000)
})
