import { DomainError } from '../errors'
import { checkTrialInput } from './checkTrialInput'
import { filingReviewRoles } from './filingReviewRoles'
import { mediationRoles } from './mediationRoles'
import { trialCaseRoles } from './trialCaseRoles'
import type { FigureCases, TrialFigure, TrialMetricsInput } from './types'

/**
 * The records behind one 审判 figure of {@link trialMetrics}, for the list a tapped number opens:
 * ids in input order, by the same reading of each record, so the lists' lengths are the figure's
 * counts.
 *
 * - 'closureRate': case ids closed within the period / 受理 (旧存 + 新收)
 * - 'withinLimitRate': closed within their limit / closed within the period
 * - 'averageTrialDays': the closed cases whose days are averaged, in both lists
 * - 'reviewOnTimeRate': filing ids decided within 7 days / decided within the period
 * - 'mediationSuccessRate': mediation ids with an agreement / closed within the period
 *
 * @param input as for {@link trialMetrics}
 * @param figure which figure
 * @returns `{ numerator, denominator }`, arrays of ids
 * @throws DomainError as {@link trialMetrics}, and 'METRIC_FIGURE_INVALID' for an unknown figure
 * @example
 * trialMetricCases({ from: '2021-01-01', to: '2021-12-31', filings: [], mediations: [], cases: [
 *   { id: 'a', filedOn: '2021-03-01', closedOn: '2021-06-02', procedure: 'simple' },
 *   { id: 'b', filedOn: '2021-03-01', procedure: 'ordinary' },
 * ] }, 'closureRate')
 * // { numerator: ['a'], denominator: ['a', 'b'] }
 */
export function trialMetricCases(input: TrialMetricsInput, figure: TrialFigure): FigureCases {
  checkTrialInput(input)
  const period = { from: input.from, to: input.to }
  const numerator: string[] = []
  const denominator: string[] = []
  const add = (id: string, top: boolean, bottom: boolean) => {
    if (top) numerator.push(id)
    if (bottom) denominator.push(id)
  }
  switch (figure) {
    case 'closureRate':
    case 'withinLimitRate':
    case 'averageTrialDays':
      for (const c of input.cases) {
        const r = trialCaseRoles(c, period)
        if (figure === 'closureRate') add(c.id, r.closed, r.accepted)
        else if (figure === 'withinLimitRate') add(c.id, r.closedWithinLimit, r.closed)
        else add(c.id, r.closed, r.closed)
      }
      return { numerator, denominator }
    case 'reviewOnTimeRate':
      for (const f of input.filings) {
        const r = filingReviewRoles(f, period)
        add(f.id, r.onTime, r.decided)
      }
      return { numerator, denominator }
    case 'mediationSuccessRate':
      for (const m of input.mediations) {
        const r = mediationRoles(m, period)
        add(m.id, r.agreed, r.closed)
      }
      return { numerator, denominator }
    default:
      throw new DomainError('METRIC_FIGURE_INVALID', `没有这一项指标：${String(figure)}`, 'figure')
  }
}
