import { sql, type Expression, type SqlBool } from 'kysely'
import { ratio } from '../../../domain/metrics/ratio'
import type { EnforcementMetrics, EnforcementSubset, MetricPeriod } from '../../../domain/metrics/types'
import type { Q } from '../../db/query'

/** Whose cases: courts, optionally one team of them. */
export interface FigureScope {
  courtIds: readonly string[]
  teamId?: string
}

const n = (v: unknown) => Number(v ?? 0)
const SUBSETS: readonly [EnforcementSubset, 'agricultural' | 'enterprise' | 'government_debtor'][] = [
  ['agricultural', 'agricultural'],
  ['enterprise', 'enterprise'],
  ['governmentDebtor', 'government_debtor'],
]

/**
 * 受理 in the period, as acceptedWithin reads it: filed by `to`, not closed before `from`. Every
 * other case figure counts a subset of these rows, so this is the WHERE of every figure query.
 */
export function acceptedWhere(scope: FigureScope, period: MetricPeriod): Expression<SqlBool> {
  const team = scope.teamId === undefined ? sql`` : sql` and f.team_id = ${scope.teamId}`
  // No court is no case (an empty IN list is not SQL).
  if (scope.courtIds.length === 0) return sql<SqlBool>`(1 = 0)`
  const courts = sql.join(scope.courtIds.map((id) => sql`${id}`))
  return sql<SqlBool>`(f.court_id in (${courts})${team} and f.filed_on <= ${period.to} and (f.closed_on is null or f.closed_on >= ${period.from}))`
}

/** The SQL conditions of each role a case plays (enforcementCaseRoles), over a row already 受理. */
export function roleSql(period: MetricPeriod) {
  const closed = sql<SqlBool>`(f.closed_on is not null and f.closed_on <= ${period.to})`
  return {
    closed,
    withProperty: sql<SqlBool>`(${closed} and f.has_property = 1)`,
    withinLimit: sql<SqlBool>`(${closed} and f.has_property = 1 and f.closed_on <= f.limit_end_on)`,
    terminated: sql<SqlBool>`(${closed} and f.closure = 'terminated-this-round')`,
    terminationQualified: sql<SqlBool>`(${closed} and f.closure = 'terminated-this-round' and f.checklist_complete = 1)`,
    performed: sql<SqlBool>`(${closed} and f.closure = 'performed')`,
    recovered: sql<SqlBool>`(${closed} and f.recovered_fen > 0)`,
  }
}

const count = (cond: Expression<SqlBool>) => sql<number>`sum(case when ${cond} then 1 else 0 end)`
const sumIf = (cond: Expression<SqlBool>, column: string) => sql<number>`sum(case when ${cond} then ${sql.ref(column)} else 0 end)`

/**
 * The 执行 figures of enforcementMetrics, computed by the database: one pass of COUNT/SUM over the
 * narrow enforcement_figures rows of the scope (one row each, GROUP BY nothing) and one over the
 * complaints received within the period. Same names and meanings as the domain function; the
 * property test (test/server/metrics) holds the two equal on random data.
 *
 * @param q the database or a transaction
 * @param scope the courts (and optionally the team) counted
 * @param period from..to, both included
 */
export async function enforcementFiguresSql(q: Q, scope: FigureScope, period: MetricPeriod): Promise<EnforcementMetrics> {
  const r = roleSql(period)
  const subsetColumns = SUBSETS.flatMap(([key, col]) => {
    const flag = sql<SqlBool>`f.${sql.ref(col)} = 1`
    return [
      count(flag).as(`${key}_accepted`),
      count(sql<SqlBool>`(${flag} and ${r.closed})`).as(`${key}_closed`),
      sumIf(sql<SqlBool>`(${flag} and ${r.closed})`, 'f.applied_fen').as(`${key}_applied`),
      sumIf(sql<SqlBool>`(${flag} and ${r.closed})`, 'f.recovered_fen').as(`${key}_recovered`),
    ]
  })
  const [row, complaints] = await Promise.all([
    q
      .selectFrom('enforcement_figures as f')
      .select([
        sql<number>`count(*)`.as('accepted'),
        count(r.closed).as('closed'),
        count(r.withProperty).as('with_property'),
        count(r.withinLimit).as('within_limit'),
        count(r.terminated).as('terminated'),
        count(r.terminationQualified).as('qualified'),
        count(r.performed).as('performed'),
        sumIf(r.performed, 'f.duration_days').as('performed_days'),
        sumIf(r.closed, 'f.applied_fen').as('applied'),
        sumIf(r.closed, 'f.recovered_fen').as('recovered'),
        ...subsetColumns,
      ])
      .where(acceptedWhere(scope, period))
      .executeTakeFirstOrThrow() as Promise<Record<string, unknown>>,
    complaintCounts(q, scope, period),
  ])
  const subsets = {} as EnforcementMetrics['subsets']
  for (const [key] of SUBSETS) {
    const s = {
      accepted: n(row[`${key}_accepted`]),
      closed: n(row[`${key}_closed`]),
      appliedFen: n(row[`${key}_applied`]),
      recoveredFen: n(row[`${key}_recovered`]),
    }
    subsets[key] = { ...s, closureRate: ratio(s.closed, s.accepted), recoveryRate: ratio(s.recoveredFen, s.appliedFen) }
  }
  const m = {
    accepted: n(row.accepted),
    closed: n(row.closed),
    withPropertyClosed: n(row.with_property),
    withPropertyWithinLimit: n(row.within_limit),
    terminated: n(row.terminated),
    terminationQualified: n(row.qualified),
    performedClosed: n(row.performed),
    performedTotalDays: n(row.performed_days),
    appliedFen: n(row.applied),
    recoveredFen: n(row.recovered),
  }
  return {
    from: period.from,
    to: period.to,
    ...m,
    closureRate: ratio(m.closed, m.accepted),
    withinLimitRate: ratio(m.withPropertyWithinLimit, m.withPropertyClosed),
    terminationQualifiedRate: ratio(m.terminationQualified, m.terminated),
    complaintsReceived: complaints.received,
    complaintsClosed: complaints.closed,
    complaintClosureRate: ratio(complaints.closed, complaints.received),
    performedAverageDays: ratio(m.performedTotalDays, m.performedClosed),
    recoveryRate: ratio(m.recoveredFen, m.appliedFen),
    subsets,
  }
}

/** 执行信访 received within the period about the scope's cases, and of them those 办结 (answered) by `to`. */
async function complaintCounts(q: Q, scope: FigureScope, period: MetricPeriod): Promise<{ received: number; closed: number }> {
  let query = q
    .selectFrom('enforcement_complaints as k')
    .innerJoin('enforcement_cases as c', 'c.id', 'k.case_id')
    .select([sql<number>`count(*)`.as('received'), count(sql<SqlBool>`(k.answered_on is not null and k.answered_on <= ${period.to})`).as('closed')])
    .where('c.court_id', 'in', scope.courtIds.length === 0 ? ['-'] : [...scope.courtIds])
    .where('k.received_on', '>=', period.from)
    .where('k.received_on', '<=', period.to)
  if (scope.teamId !== undefined) query = query.where('c.team_id', '=', scope.teamId)
  const row = await query.executeTakeFirstOrThrow()
  return { received: n(row.received), closed: n(row.closed) }
}
