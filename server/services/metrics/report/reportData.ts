import type { FigureView, ScopeKind } from '../../../../contract/metrics'
import type { RiskView } from '../../../../contract/enforcementViews'
import type { EnforcementMetrics, EnforcementSubset } from '../../../../domain/metrics/types'
import { enforcementFiguresSql } from '../enforcementSql'
import type { MetricsScope } from '../metricsScope'
import { courtBands } from '../scorecard/courtBands'
import { enforcementFigureViews } from '../scorecard/figureViews'
import type { MetricsReadDeps } from '../scorecard/scorecardDeps'
import type { ReportMonth } from './reportMonth'

/** One court's 督办 list in the 通报: counts by team and the items themselves (涉农 first, the longest overdue first). */
export interface ReportSupervision {
  courtName: string
  byTeam: Array<{ teamName: string; overdue: number; warning: number }>
  risks: RiskView[]
}

/** Everything the PDF prints, gathered before a line is drawn. */
export interface ReportData {
  title: string
  courtName: string
  scope: ScopeKind
  /** e.g. '鄂尔多斯市两级法院' */
  subjectText: string
  courtNames: string[]
  period: ReportMonth
  figures: FigureView[]
  metrics: EnforcementMetrics
  subsets: Array<{ name: string; figures: EnforcementMetrics['subsets'][EnforcementSubset] }>
  trend: Array<{ month: string; metrics: EnforcementMetrics }>
  supervision: ReportSupervision[]
}

const SUBSET_NAMES: ReadonlyArray<[EnforcementSubset, string]> = [
  ['agricultural', '涉农'],
  ['enterprise', '涉企'],
  ['governmentDebtor', '涉党政机关'],
]

/** How a scope is named in a report: an intermediate court's area is its city's 两级法院. */
export function subjectText(scope: MetricsScope): string {
  const city = scope.court.name.replace(/中级人民法院$/, '')
  if (scope.scope === 'area') return `${city}两级法院`
  if (scope.scope === 'basic') return `${scope.court.name}辖区基层法院`
  return scope.court.name
}

/** The title of a court's 通报 for a month: '鄂尔多斯市中级人民法院执行指挥中心监管通报（2021年10月）'. */
export const reportTitle = (courtName: string, period: ReportMonth) => `${courtName}执行指挥中心监管通报（${period.monthText}）`

/**
 * Gathers the 通报 of a scope and month: the 执行 figures from 1 January to the month's end against
 * the court's bands, the subsets, each of the twelve months ending with it, and the 督办 list of each
 * court counted. Every figure is the SQL aggregation the dashboard shows (enforcementFiguresSql).
 *
 * @param deps the database and the courts' 督办 lists
 * @param scope the courts counted (resolveMetricsScope)
 * @param period the month (reportMonth)
 * @param askerId who asked (the 督办 lists are read on their behalf)
 */
export async function reportData(deps: MetricsReadDeps, scope: MetricsScope, period: ReportMonth, askerId: string): Promise<ReportData> {
  const courtIds = scope.courts.map((c) => c.id)
  const metrics = await enforcementFiguresSql(deps.db, { courtIds }, { from: period.from, to: period.to })
  const trend: ReportData['trend'] = []
  for (const m of period.trend) trend.push({ month: m.month, metrics: await enforcementFiguresSql(deps.db, { courtIds }, m) })
  const supervision: ReportSupervision[] = []
  for (const court of scope.courts) {
    const s = await deps.supervisionOf(court.id, askerId)
    supervision.push({
      courtName: court.name,
      byTeam: s.byTeam.map((t) => ({ teamName: t.teamName, overdue: t.overdue, warning: t.warning })),
      risks: s.risks,
    })
  }
  return {
    title: reportTitle(scope.court.name, period),
    courtName: scope.court.name,
    scope: scope.scope,
    subjectText: subjectText(scope),
    courtNames: scope.courts.map((c) => c.name),
    period,
    figures: enforcementFigureViews(metrics, await courtBands(deps.db, scope.court.id), true),
    metrics,
    subsets: SUBSET_NAMES.map(([key, name]) => ({ name, figures: metrics.subsets[key] })),
    trend,
    supervision,
  }
}
