import { sql, type SqlBool } from 'kysely'
import type { TrialCounts } from '../../../../contract/metrics'
import { dueDate } from '../../../../domain/periods/dueDate'
import { ratio } from '../../../../domain/metrics/ratio'
import type { MetricPeriod, TrialMetrics } from '../../../../domain/metrics/types'
import type { Engine } from '../../../db/connect'
import type { Q } from '../../../db/query'

const n = (v: unknown) => Number(v ?? 0)
const courtsIn = (ids: readonly string[]) => (ids.length === 0 ? ['-'] : [...ids])

/**
 * The 审判 figures of trialMetrics, computed by the database over what the product records:
 * - a trial case is a 民事一审 filing docketed (立案, status 'accepted') by its court, `filedOn` its
 *   decision day; the product records no trial closure yet (no judgment or 结案 step), so no case
 *   is closed and the closure figures count none (the dashboard shows them as '—');
 * - a filing's 立案审查 runs from its submission day (the Shanghai day of `submitted_at`) to its
 *   decision day; the 7-day limit is dueDate('filing-review'), which knows holidays, so the database
 *   groups the decided filings by (received, decided) day and only those pairs are judged here;
 * - a 诉前调解 is closed on the day of its outcome, and succeeds with an agreement.
 */
export async function trialFiguresSql(q: Q, courtIds: readonly string[], period: MetricPeriod): Promise<TrialMetrics> {
  const courts = courtsIn(courtIds)
  const [cases, reviews, mediations] = await Promise.all([
    q
      .selectFrom('filings')
      .select(sql<number>`count(*)`.as('accepted'))
      .where('kind', '=', 'civil-first')
      .where('status', '=', 'accepted')
      .where('target_court_id', 'in', courts)
      .where('decided_on', '<=', period.to)
      .executeTakeFirstOrThrow(),
    q
      .selectFrom('filings')
      .select([sql<string>`substr(submitted_at, 1, 10)`.as('received'), 'decided_on', sql<number>`count(*)`.as('n')])
      .where('target_court_id', 'in', courts)
      .where('submitted_at', 'is not', null)
      .where('decided_on', '>=', period.from)
      .where('decided_on', '<=', period.to)
      .groupBy([sql`substr(submitted_at, 1, 10)`, 'decided_on'])
      .execute(),
    q
      .selectFrom('mediations')
      .select([sql<number>`count(*)`.as('closed'), sql<number>`sum(case when outcome = 'agreement' then 1 else 0 end)`.as('agreed')])
      .where('stage', '=', 'pre-filing')
      .where('court_id', 'in', courts)
      .where('outcome_at', 'is not', null)
      .where(sql<SqlBool>`substr(outcome_at, 1, 10) >= ${period.from} and substr(outcome_at, 1, 10) <= ${period.to}`)
      .executeTakeFirstOrThrow(),
  ])
  let filingsDecided = 0
  let filingsOnTime = 0
  for (const r of reviews) {
    filingsDecided += n(r.n)
    if (r.decided_on !== null && r.decided_on <= dueDate({ rule: 'filing-review', from: r.received }).due) filingsOnTime += n(r.n)
  }
  const accepted = n(cases.accepted)
  const mediationsClosed = n(mediations.closed)
  const mediationsAgreed = n(mediations.agreed)
  return {
    from: period.from,
    to: period.to,
    accepted,
    closed: 0,
    closureRate: ratio(0, accepted),
    closedWithinLimit: 0,
    withinLimitRate: null,
    trialTotalDays: 0,
    averageTrialDays: null,
    filingsDecided,
    filingsOnTime,
    reviewOnTimeRate: ratio(filingsOnTime, filingsDecided),
    mediationsClosed,
    mediationsAgreed,
    mediationSuccessRate: ratio(mediationsAgreed, mediationsClosed),
  }
}

/** Seconds from one stored ISO instant to another, in each engine's own date arithmetic. */
export const secondsBetween = (engine: Engine, a: string, b: string) =>
  engine === 'postgres'
    ? sql<number>`extract(epoch from (cast(${sql.ref(b)} as timestamptz) - cast(${sql.ref(a)} as timestamptz)))`
    : sql<number>`((julianday(${sql.ref(b)}) - julianday(${sql.ref(a)})) * 86400)`

/**
 * 电子送达 sent within the period (documents issued to an electronic address the party confirmed,
 * by issue day) and of them those delivered (到达, the first 'delivered' receipt) within 24 hours.
 */
export async function serviceFiguresSql(q: Q, engine: Engine, courtIds: readonly string[], period: MetricPeriod) {
  const firstDelivered = q
    .selectFrom('service_events')
    .select(['document_id', sql<string>`min(at)`.as('at')])
    .where('type', '=', 'delivered')
    .groupBy('document_id')
    .as('e')
  const row = await q
    .selectFrom('service_documents as d')
    .leftJoin(firstDelivered, 'e.document_id', 'd.id')
    .select([
      sql<number>`count(*)`.as('sent'),
      sql<number>`sum(case when e.at is not null and ${secondsBetween(engine, 'd.issued_at', 'e.at')} <= 86400 then 1 else 0 end)`.as('within'),
    ])
    .where('d.method', '=', 'electronic')
    .where('d.court_id', 'in', courtsIn(courtIds))
    .where(sql<SqlBool>`substr(d.issued_at, 1, 10) >= ${period.from} and substr(d.issued_at, 1, 10) <= ${period.to}`)
    .executeTakeFirstOrThrow()
  return { servicesSent: n(row.sent), servicesWithinDay: n(row.within) }
}

/** Whether the product records when a trial case ends; until it does, the closure figures are '—'. */
export const TRIAL_CLOSURE_RECORDED = false

/** The contract's counts: the domain figures, 电子送达 beside them, and no closure figure while none is recorded. */
export function trialCountsOf(m: TrialMetrics, s: { servicesSent: number; servicesWithinDay: number }): TrialCounts {
  const { from: _f, to: _t, ...counts } = m
  const closure = TRIAL_CLOSURE_RECORDED ? {} : { closureRate: null, withinLimitRate: null, averageTrialDays: null }
  return { ...counts, ...closure, ...s, deliveredWithinDayRate: ratio(s.servicesWithinDay, s.servicesSent) }
}
