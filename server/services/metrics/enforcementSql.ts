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

const flag = (cond: Expression<SqlBool>) => sql<number>`cast(${cond} as integer)`
const sumOf = (...factors: string[]) =>
  sql<number>`sum(${sql.join(
    factors.map((f) => sql.ref(`x.${f}`)),
    sql` * `,
  )})`

/**
 * The 执行 figures of enforcementMetrics, computed by the database: one pass over the narrow
 * enforcement_figures rows of the scope (one row each, GROUP BY nothing) and one over the
 * complaints received within the period. Same names and meanings as the domain function; the
 * property test (test/server/metrics) holds the two equal on random data.
 *
 * Each row's conditions are worked out once, as 0/1 columns of an inner select, and every figure
 * is a SUM of their products: a CASE per figure made SQLite test the closing date against the
 * period twenty times a row.
 *
 * @param q the database or a transaction
 * @param scope the courts (and optionally the team) counted
 * @param period from..to, both included
 */
export async function enforcementFiguresSql(q: Q, scope: FigureScope, period: MetricPeriod): Promise<EnforcementMetrics> {
  // The same conditions as roleSql (the explain lists), taken apart into factors: closed × has_property × in_limit = withinLimit.
  const r = roleSql(period)
  const rows = q
    .selectFrom('enforcement_figures as f')
    .select([
      flag(r.closed).as('closed'),
      sql<number>`f.has_property`.as('has_property'),
      flag(sql<SqlBool>`f.closed_on <= f.limit_end_on`).as('in_limit'),
      flag(sql<SqlBool>`f.closure = 'terminated-this-round'`).as('terminated_round'),
      sql<number>`f.checklist_complete`.as('checklist'),
      flag(sql<SqlBool>`f.closure = 'performed'`).as('performed'),
      sql<number>`f.duration_days`.as('days'),
      sql<number>`f.applied_fen`.as('applied'),
      sql<number>`f.recovered_fen`.as('recovered'),
      ...SUBSETS.map(([key, col]) => flag(sql<SqlBool>`f.${sql.ref(col)} = 1`).as(key)),
    ])
    .where(acceptedWhere(scope, period))
  const subsetColumns = SUBSETS.flatMap(([key]) => [
    sumOf(key).as(`${key}_accepted`),
    sumOf(key, 'closed').as(`${key}_closed`),
    sumOf(key, 'closed', 'applied').as(`${key}_applied`),
    sumOf(key, 'closed', 'recovered').as(`${key}_recovered`),
  ])
  const [row, complaints] = await Promise.all([
    q
      .selectFrom(rows.as('x'))
      .select([
        sql<number>`count(*)`.as('accepted'),
        sumOf('closed').as('closed'),
        sumOf('closed', 'has_property').as('with_property'),
        sumOf('closed', 'has_property', 'in_limit').as('within_limit'),
        sumOf('closed', 'terminated_round').as('terminated'),
        sumOf('closed', 'terminated_round', 'checklist').as('qualified'),
        sumOf('closed', 'performed').as('performed'),
        sumOf('closed', 'performed', 'days').as('performed_days'),
        sumOf('closed', 'applied').as('applied'),
        sumOf('closed', 'recovered').as('recovered'),
        ...subsetColumns,
      ])
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
    // CROSS JOIN keeps the period's complaints as SQLite's outer loop (PostgreSQL plans it as any join):
    // an inner join made it walk all the court's cases to find a few hundred complaints (200 ms at 100,000 cases).
    .crossJoin('enforcement_cases as c')
    .whereRef('c.id', '=', 'k.case_id')
    .select([
      sql<number>`count(*)`.as('received'),
      sql<number>`sum(${flag(sql<SqlBool>`(k.answered_on is not null and k.answered_on <= ${period.to})`)})`.as('closed'),
    ])
    .where('c.court_id', 'in', scope.courtIds.length === 0 ? ['-'] : [...scope.courtIds])
    .where('k.received_on', '>=', period.from)
    .where('k.received_on', '<=', period.to)
  if (scope.teamId !== undefined) query = query.where('c.team_id', '=', scope.teamId)
  const row = await query.executeTakeFirstOrThrow()
  return { received: n(row.received), closed: n(row.closed) }
}
