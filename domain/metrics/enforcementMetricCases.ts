import { DomainError } from '../errors'
import { checkEnforcementInput } from './checkEnforcementInput'
import { closedWithin } from './closedWithin'
import { enforcementCaseRoles, type EnforcementCaseRoles } from './enforcementCaseRoles'
import type { EnforcementFigure, EnforcementMetricsInput, EnforcementSubset, FigureCases } from './types'

/** For each case figure, which role puts a case in its numerator and which in its denominator. */
const ROLES: Readonly<Record<Exclude<EnforcementFigure, 'complaintClosureRate'>, [keyof EnforcementCaseRoles, keyof EnforcementCaseRoles]>> = {
  closureRate: ['closed', 'accepted'],
  withinLimitRate: ['withinLimit', 'withProperty'],
  terminationQualifiedRate: ['terminationQualified', 'terminated'],
  performedAverageDays: ['performed', 'performed'],
  recoveryRate: ['closed', 'closed'],
}

/**
 * The records behind one 执行 figure of {@link enforcementMetrics}, so that a tapped number shows
 * its cases: the ids (in input order) counted in its numerator and in its denominator, by the
 * same reading of each case ({@link enforcementCaseRoles}), so the lists' lengths are the figure's
 * counts.
 *
 * - 'closureRate': closed within the period / 受理 (旧存 + 新收)
 * - 'withinLimitRate': closed within the limit / closed with property
 * - 'terminationQualifiedRate': 终本 with the checklist complete / 终本
 * - 'complaintClosureRate': complaint ids — closed by `to` / received within the period
 * - 'performedAverageDays': the 执行完毕 cases whose days are averaged, in both lists
 * - 'recoveryRate': cases closed within the period that recovered money / all cases closed
 *   within it (the cases the amounts are summed over)
 *
 * With `subset` ('agricultural' | 'enterprise' | 'governmentDebtor') only the cases carrying that
 * flag are listed, for the subset figures of the report; complaints have no subsets.
 *
 * @param input the figures' input (as for {@link enforcementMetrics})
 * @param figure which figure
 * @param subset optional subset of cases
 * @returns `{ numerator, denominator }`, arrays of ids
 * @throws DomainError as {@link enforcementMetrics}, and 'METRIC_FIGURE_INVALID' for an unknown
 *   figure or a subset of the complaint figure
 * @example
 * enforcementMetricCases({ from: '2021-01-01', to: '2021-10-31', complaints: [], cases: [
 *   { id: 'a', filedOn: '2020-11-02', closedOn: '2021-03-01', closure: 'performed' },
 *   { id: 'b', filedOn: '2021-02-01' },
 * ] }, 'closureRate')
 * // { numerator: ['a'], denominator: ['a', 'b'] }
 */
export function enforcementMetricCases(input: EnforcementMetricsInput, figure: EnforcementFigure, subset?: EnforcementSubset): FigureCases {
  checkEnforcementInput(input)
  const period = { from: input.from, to: input.to }
  if (figure === 'complaintClosureRate') {
    if (subset !== undefined) throw new DomainError('METRIC_FIGURE_INVALID', '执行信访办结率没有分类统计', 'subset')
    const received = input.complaints.filter((c) => closedWithin(c.receivedOn, period))
    return { numerator: received.filter((c) => c.closedOn !== undefined && c.closedOn <= input.to).map((c) => c.id), denominator: received.map((c) => c.id) }
  }
  const roles = Object.prototype.hasOwnProperty.call(ROLES, figure) ? ROLES[figure] : undefined
  if (roles === undefined) throw new DomainError('METRIC_FIGURE_INVALID', `没有这一项指标：${String(figure)}`, 'figure')
  if (subset !== undefined && subset !== 'agricultural' && subset !== 'enterprise' && subset !== 'governmentDebtor') {
    throw new DomainError('METRIC_FIGURE_INVALID', `没有这一类案件：${String(subset)}`, 'subset')
  }
  const [top, bottom] = roles
  const numerator: string[] = []
  const denominator: string[] = []
  for (const c of input.cases) {
    if (subset !== undefined && c[subset] !== true) continue
    const r = enforcementCaseRoles(c, period)
    const inNumerator = figure === 'recoveryRate' ? r.closed && (c.recoveredFen ?? 0) > 0 : r[top]
    if (inNumerator) numerator.push(c.id)
    if (r[bottom]) denominator.push(c.id)
  }
  return { numerator, denominator }
}
