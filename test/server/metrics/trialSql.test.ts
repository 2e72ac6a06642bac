import fc from 'fast-check'
import { addDays } from '../../../domain/dates/addDays'
import { trialMetrics } from '../../../domain/metrics/trialMetrics'
import type { TrialMetricCase, TrialMetricFiling, TrialMetricMediation } from '../../../domain/metrics/types'
import { migrateToLatest } from '../../../server/db/migrate'
import type { FilingRow } from '../../../server/repositories/filings'
import { seedDemo } from '../../../server/seed/demo'
import { trialFiguresSql } from '../../../server/services/metrics/figures/trialSql'
import { freshStore } from '../helpers'
import { filingRow, insertFilings } from '../listSeed'

// The president's 审判 figures: the database's aggregation over filings and mediations gives what
// trialMetrics gives over the same rows read as the domain reads them.
const COURTS = ['c-ergun', 'c-dongsheng']
const STATUSES: FilingRow['status'][] = ['accepted', 'declined', 'submitted', 'correction-requested', 'draft']
const OUTCOMES = ['agreement', 'no-agreement', 'withdrawn', 'refused'] as const
const day = (n: number) => addDays('2021-01-01', n)
const at = (d: string, hour: number) => `${d}T${String(hour).padStart(2, '0')}:15:00+08:00`

const filingArb = fc.record({
  court: fc.constantFrom(...COURTS),
  kind: fc.constantFrom('civil-first' as const, 'civil-first' as const, 'judicial-confirmation' as const),
  status: fc.constantFrom(...STATUSES),
  submitted: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
  hour: fc.integer({ min: 0, max: 23 }),
  review: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
})
const mediationArb = fc.record({
  court: fc.constantFrom(...COURTS),
  stage: fc.constantFrom('pre-filing' as const, 'pre-filing' as const, 'in-case' as const),
  requested: fc.integer({ min: 0, max: 300 }),
  length: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
  hour: fc.integer({ min: 0, max: 23 }),
  outcome: fc.constantFrom(...OUTCOMES),
})

describe('trialFiguresSql equals trialMetrics', () => {
  let store: Awaited<ReturnType<typeof freshStore>>
  beforeAll(async () => {
    store = await freshStore()
    await migrateToLatest(store.db, store.pgSchema)
    await seedDemo(store.db, '2026-12-03T08:00:00+08:00')
  }, 120_000)
  afterAll(() => store.drop())

  it('gives the same counts and rates on random filings, mediations, courts and periods', async () => {
    let run = 0
    await fc.assert(
      fc.asyncProperty(
        fc.array(filingArb, { maxLength: 30 }),
        fc.array(mediationArb, { maxLength: 12 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 120 }),
        fc.subarray(COURTS, { minLength: 1 }),
        async (filingDrafts, mediationDrafts, start, span, courts) => {
          run += 1
          const filings = filingDrafts.map((f, i) => {
            const submittedOn = f.submitted === undefined ? null : day(f.submitted)
            const decidedOn = submittedOn && f.review !== undefined && f.status !== 'submitted' ? addDays(submittedOn, f.review) : null
            return filingRow(`t${run}-${i}`, {
              kind: f.kind,
              court_id: f.court,
              target_court_id: f.court,
              status: submittedOn ? f.status : 'draft',
              submitted_at: submittedOn ? at(submittedOn, f.hour) : null,
              decided_on: decidedOn,
              decided_at: decidedOn ? at(decidedOn, 10) : null,
            })
          })
          const mediations = mediationDrafts.map((m, i) => {
            const closedOn = m.length === undefined ? null : day(m.requested + m.length)
            return {
              id: `tm${run}-${i}`,
              number: `（2021）调${run}-${i}号`,
              court_id: m.court,
              stage: m.stage,
              dispute: '买卖合同纠纷',
              claim: '支付货款',
              status: closedOn ? (m.outcome === 'agreement' ? ('settled' as const) : ('failed' as const)) : ('scheduling' as const),
              requested_by: 'd-zhang-guilan',
              requested_on: day(m.requested),
              outcome: closedOn ? m.outcome : null,
              outcome_at: closedOn ? at(closedOn, m.hour) : null,
              created_at: at(day(m.requested), 9),
              updated_at: at(day(m.requested), 9),
            }
          })
          await store.db.deleteFrom('mediations').execute()
          await store.db.deleteFrom('filings').execute()
          await insertFilings(store.db, filings)
          if (mediations.length > 0) await store.db.insertInto('mediations').values(mediations).execute()

          // What the domain sees: a docketed 民事一审 is a trial case from its decision day (no closure is recorded yet).
          const inCourts = (c: string) => courts.includes(c)
          const cases: TrialMetricCase[] = filings
            .filter((f) => f.kind === 'civil-first' && f.status === 'accepted' && f.decided_on && inCourts(f.target_court_id))
            .map((f) => ({ id: f.id, filedOn: f.decided_on!, procedure: 'simple' }))
          const reviewed: TrialMetricFiling[] = filings
            .filter((f) => f.submitted_at && inCourts(f.target_court_id))
            .map((f) => ({ id: f.id, receivedOn: f.submitted_at!.slice(0, 10), ...(f.decided_on ? { decidedOn: f.decided_on } : {}) }))
          const mediated: TrialMetricMediation[] = mediations
            .filter((m) => m.stage === 'pre-filing' && inCourts(m.court_id))
            .map((m) => ({
              id: m.id,
              requestedOn: m.requested_on,
              ...(m.outcome_at
                ? { closedOn: m.outcome_at.slice(0, 10), outcome: m.outcome === 'agreement' ? ('agreement' as const) : ('failed' as const) }
                : {}),
            }))
          const period = { from: day(start), to: day(start + span) }
          const domain = trialMetrics({ ...period, cases, filings: reviewed, mediations: mediated })
          const db = await trialFiguresSql(store.db, courts, period)
          expect(db).toEqual(domain)
          expect(db.filingsOnTime).toBeLessThanOrEqual(db.filingsDecided)
          expect(db.mediationsAgreed).toBeLessThanOrEqual(db.mediationsClosed)
        },
      ),
      { numRuns: 40 },
    )
  }, 240_000)
})
