import fc from 'fast-check'
import {
  addDays,
  type EnforcementComplaint,
  type EnforcementMetricCase,
  type MetricClosure,
  type TrialMetricCase,
  type TrialMetricFiling,
  type TrialMetricMediation,
} from '../../../domain'

// Days from 2019-12-01 over three years: across year ends, a leap day and month ends.
const ORIGIN = '2019-12-01'
const SPAN = 3 * 366
export const dayAt = (n: number) => addDays(ORIGIN, n)

export const periodArb = fc
  .tuple(fc.integer({ min: 0, max: SPAN }), fc.integer({ min: 0, max: 400 }))
  .map(([start, length]) => ({ from: dayAt(start), to: dayAt(start + length) }))

const closures: MetricClosure[] = ['performed', 'terminated-this-round', 'terminated', 'withdrawn', 'not-enforced', 'rejected']

export const enforcementCaseArb = (id: string): fc.Arbitrary<EnforcementMetricCase> =>
  fc
    .record({
      filed: fc.integer({ min: 0, max: SPAN }),
      lasted: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
      closure: fc.option(fc.constantFrom(...closures), { nil: undefined }),
      hasProperty: fc.option(fc.boolean(), { nil: undefined }),
      excludedDays: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
      checklist: fc.option(fc.boolean(), { nil: undefined }),
      appliedFen: fc.option(fc.integer({ min: 0, max: 10_000_000_000 }), { nil: undefined }),
      recoveredFen: fc.option(fc.integer({ min: 0, max: 10_000_000_000 }), { nil: undefined }),
      agricultural: fc.option(fc.boolean(), { nil: undefined }),
      enterprise: fc.option(fc.boolean(), { nil: undefined }),
      governmentDebtor: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map((r) => {
      const c: EnforcementMetricCase = { id, filedOn: dayAt(r.filed) }
      if (r.lasted !== undefined) {
        c.closedOn = dayAt(r.filed + r.lasted)
        if (r.closure !== undefined) c.closure = r.closure
      }
      if (r.hasProperty !== undefined) c.hasProperty = r.hasProperty
      if (r.excludedDays !== undefined) c.excludedDays = r.excludedDays
      if (r.checklist !== undefined) c.terminationChecklistComplete = r.checklist
      if (r.appliedFen !== undefined) c.appliedFen = r.appliedFen
      if (r.recoveredFen !== undefined) c.recoveredFen = r.recoveredFen
      if (r.agricultural !== undefined) c.agricultural = r.agricultural
      if (r.enterprise !== undefined) c.enterprise = r.enterprise
      if (r.governmentDebtor !== undefined) c.governmentDebtor = r.governmentDebtor
      return c
    })

const complaintArb = (id: string): fc.Arbitrary<EnforcementComplaint> =>
  fc
    .tuple(fc.integer({ min: 0, max: SPAN }), fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }))
    .map(([received, lasted]) =>
      lasted === undefined ? { id, receivedOn: dayAt(received) } : { id, receivedOn: dayAt(received), closedOn: dayAt(received + lasted) },
    )

/** A list of records with distinct ids. */
const listOf = <T extends { id: string }>(make: (id: string) => fc.Arbitrary<T>, prefix: string, max: number): fc.Arbitrary<T[]> =>
  fc.array(make(''), { maxLength: max }).map((list) => list.map((r, i) => ({ ...r, id: `${prefix}${i}` })))

export const enforcementInputArb = fc
  .record({ period: periodArb, cases: listOf(enforcementCaseArb, 'c', 40), complaints: listOf(complaintArb, 'x', 15) })
  .map(({ period, cases, complaints }) => ({ ...period, cases, complaints }))

const trialCaseArb = (id: string): fc.Arbitrary<TrialMetricCase> =>
  fc
    .record({
      filed: fc.integer({ min: 0, max: SPAN }),
      lasted: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
      procedure: fc.constantFrom('ordinary' as const, 'simple' as const, 'small-claims' as const, 'special' as const),
      excluded: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
      extendedMonths: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
    })
    .map((r) => {
      const c: TrialMetricCase = { id, filedOn: dayAt(r.filed), procedure: r.procedure }
      if (r.lasted !== undefined) c.closedOn = dayAt(r.filed + r.lasted)
      // Excluded days never exceed the days the case lasted (else its trial days would be negative).
      if (r.excluded !== undefined) c.excludedDays = r.lasted === undefined ? r.excluded : Math.min(r.excluded, r.lasted)
      if (r.extendedMonths !== undefined) c.extendedMonths = r.extendedMonths
      return c
    })

const filingArb = (id: string): fc.Arbitrary<TrialMetricFiling> =>
  fc
    .tuple(fc.integer({ min: 0, max: SPAN }), fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }))
    .map(([received, took]) =>
      took === undefined ? { id, receivedOn: dayAt(received) } : { id, receivedOn: dayAt(received), decidedOn: dayAt(received + took) },
    )

const mediationArb = (id: string): fc.Arbitrary<TrialMetricMediation> =>
  fc
    .tuple(
      fc.integer({ min: 0, max: SPAN }),
      fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
      fc.option(fc.constantFrom('agreement' as const, 'failed' as const), { nil: undefined }),
    )
    .map(([requested, took, outcome]) => {
      const m: TrialMetricMediation = { id, requestedOn: dayAt(requested) }
      if (took !== undefined) m.closedOn = dayAt(requested + took)
      if (outcome !== undefined) m.outcome = outcome
      return m
    })

export const trialInputArb = fc
  .record({ period: periodArb, cases: listOf(trialCaseArb, 't', 30), filings: listOf(filingArb, 'f', 20), mediations: listOf(mediationArb, 'm', 20) })
  .map(({ period, cases, filings, mediations }) => ({ ...period, cases, filings, mediations }))
