/**
 * How an enforcement case was closed, in the words the figures use (《执行工作规定》第六十四条):
 * 执行完毕 'performed', 终结本次执行程序 'terminated-this-round', 终结执行 'terminated', 销案
 * 'withdrawn', 不予执行 'not-enforced', 驳回申请 'rejected'. The case files name two of them
 * differently ({@link ClosureMode} 'terminated-for-now', 'cancelled'); {@link metricClosureOf} maps them.
 */
export type MetricClosure = 'performed' | 'terminated-this-round' | 'terminated' | 'withdrawn' | 'not-enforced' | 'rejected'

/** One enforcement case as the figures see it. Days are 'YYYY-MM-DD', money integer fen. */
export interface EnforcementMetricCase {
  id: string
  /** 立案之日 */
  filedOn: string
  /** 结案之日, absent while the case is open */
  closedOn?: string
  closure?: MetricClosure
  /** 有财产可供执行 */
  hasProperty?: boolean
  /** days not counted in the 6-month limit (《审限规定》第九条: 中止, 暂缓, 评估拍卖 …) */
  excludedDays?: number
  /** the 终本 checklist (《终本规定》第一条) was complete when the case was closed */
  terminationChecklistComplete?: boolean
  /** 申请执行标的 */
  appliedFen?: number
  /** 执行到位 */
  recoveredFen?: number
  /** 涉农 */
  agricultural?: boolean
  /** 涉企 */
  enterprise?: boolean
  /** 被执行人是行政机关 (涉党政机关) */
  governmentDebtor?: boolean
}

/** One 执行信访 complaint. */
export interface EnforcementComplaint {
  id: string
  receivedOn: string
  /** 办结之日, absent while open */
  closedOn?: string
}

/** A period, both days included. */
export interface MetricPeriod {
  from: string
  to: string
}

export interface EnforcementMetricsInput extends MetricPeriod {
  cases: readonly EnforcementMetricCase[]
  complaints: readonly EnforcementComplaint[]
}

/** The subsets the report shows apart: 涉农, 涉企, 涉党政机关. */
export type EnforcementSubset = 'agricultural' | 'enterprise' | 'governmentDebtor'

/** A subset's figures; the amounts are over its cases closed within the period, like {@link EnforcementMetrics.recoveryRate}. */
export interface EnforcementSubsetFigures {
  accepted: number
  closed: number
  /** closed / accepted, null when nothing was accepted */
  closureRate: number | null
  appliedFen: number
  recoveredFen: number
  /** recoveredFen / appliedFen, null when nothing was applied for */
  recoveryRate: number | null
}

/** The 执行 figures of a period. Rates are unrounded fractions 0–1, null when their denominator is 0. */
export interface EnforcementMetrics extends MetricPeriod {
  /** 受理: 旧存 (pending at `from`) + 新收 (filed within the period) */
  accepted: number
  /** 结案 within the period */
  closed: number
  /** 执结率 */
  closureRate: number | null
  withPropertyClosed: number
  withPropertyWithinLimit: number
  /** 有财产可供执行案件法定期限内结案率 */
  withinLimitRate: number | null
  /** closed by 终结本次执行程序 */
  terminated: number
  terminationQualified: number
  /** 终本合格率 */
  terminationQualifiedRate: number | null
  complaintsReceived: number
  complaintsClosed: number
  /** 执行信访办结率 */
  complaintClosureRate: number | null
  /** closed by 执行完毕 */
  performedClosed: number
  /** Σ (closedOn − filedOn) in days over them */
  performedTotalDays: number
  /** 执行完毕平均用时, days */
  performedAverageDays: number | null
  appliedFen: number
  recoveredFen: number
  /** 执行到位率 */
  recoveryRate: number | null
  subsets: Record<EnforcementSubset, EnforcementSubsetFigures>
}

/** The 执行 figures whose cases {@link enforcementMetricCases} lists. */
export type EnforcementFigure =
  'closureRate' | 'withinLimitRate' | 'terminationQualifiedRate' | 'complaintClosureRate' | 'performedAverageDays' | 'recoveryRate'

/** The ids behind a figure: of cases, or of complaints for the 信访 figure. */
export interface FigureCases {
  numerator: string[]
  denominator: string[]
}

/** The trial procedures the figures distinguish (their limits are {@link trialLimitEnd}'s). */
export type TrialMetricProcedure = 'ordinary' | 'simple' | 'small-claims' | 'special'

/** One trial case as the figures see it. */
export interface TrialMetricCase {
  id: string
  filedOn: string
  closedOn?: string
  procedure: TrialMetricProcedure
  /** days not counted in the limit (公告, 鉴定, 管辖争议, 和解 …, 《民诉法解释》第二百四十三条) */
  excludedDays?: number
  /** extension approved by the president (院长批准延长) */
  extendedMonths?: number
}

/** One filing (立案申请) as the figures see it. */
export interface TrialMetricFiling {
  id: string
  receivedOn: string
  /** the day it was docketed or refused */
  decidedOn?: string
}

/** One pre-filing mediation (诉前调解). */
export interface TrialMetricMediation {
  id: string
  requestedOn: string
  closedOn?: string
  outcome?: 'agreement' | 'failed'
}

export interface TrialMetricsInput extends MetricPeriod {
  cases: readonly TrialMetricCase[]
  filings: readonly TrialMetricFiling[]
  mediations: readonly TrialMetricMediation[]
}

/** The 审判 figures of a period. Rates are unrounded fractions 0–1, null when their denominator is 0. */
export interface TrialMetrics extends MetricPeriod {
  accepted: number
  closed: number
  /** 结案率 */
  closureRate: number | null
  closedWithinLimit: number
  /** 审限内结案率 */
  withinLimitRate: number | null
  /** Σ (closedOn − filedOn − excludedDays) over cases closed within the period */
  trialTotalDays: number
  /** 平均审理天数 */
  averageTrialDays: number | null
  filingsDecided: number
  filingsOnTime: number
  /** 立案审查 within 7 days */
  reviewOnTimeRate: number | null
  mediationsClosed: number
  mediationsAgreed: number
  /** 诉前调解成功率 */
  mediationSuccessRate: number | null
}

/** The trial figures whose cases {@link trialMetricCases} lists. */
export type TrialFigure = 'closureRate' | 'withinLimitRate' | 'averageTrialDays' | 'reviewOnTimeRate' | 'mediationSuccessRate'
