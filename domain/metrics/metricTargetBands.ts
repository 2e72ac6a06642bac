import type { RuleStatus } from '../enforcement/rules'

/** The figures a court may set a target band for (the rates of {@link EnforcementMetrics} and {@link TrialMetrics}). */
export type BandedFigure =
  | 'closureRate'
  | 'withinLimitRate'
  | 'terminationQualifiedRate'
  | 'complaintClosureRate'
  | 'recoveryRate'
  | 'trialClosureRate'
  | 'trialWithinLimitRate'
  | 'reviewOnTimeRate'
  | 'mediationSuccessRate'

/**
 * A target band (合理区间) for a rate: `min` and/or `max` as fractions 0–1, both included, with the
 * figure's name as shown, the source of the line and how sure it is (as the digest marks it).
 */
export interface MetricTargetBand {
  name: string
  min?: number
  max?: number
  source: string
  status: RuleStatus
  /** true once the court changed the shipped band */
  court?: boolean
}

const EVALUATION_2018 =
  '2018年“基本解决执行难”第三方评估核心指标，≥90%（新华网2018-05-25 news.china.com/domesticgd/10000159/20180525/32452392.html；人民日报2018-10-10；人民法院报），摘要§8。正式计算口径未取得'

/**
 * The default target bands (默认目标区间) of the 执行指挥中心 dashboard: the ≥ 90 % line of the 2018
 * evaluation (基本解决执行难第三方评估) for 有财产可供执行案件法定期限内结案率, 终本合格率 and
 * 执行信访办结率 (digest §8, 🟡 the threshold from news reports, ❌ the formulas). No other figure
 * has a published line, so none ships with one; a court sets its own with
 * {@link metricTargetBandsWith}. The 2024 quality-indicator rules use bands (合理区间参考值) for
 * analysis and forbid ranking (不得通报排名, digest Appendix C): a band says where a figure should
 * sit, never who is first.
 *
 * @example
 * METRIC_TARGET_BANDS.withinLimitRate?.min // 0.9
 */
export const METRIC_TARGET_BANDS: Readonly<Partial<Record<BandedFigure, Readonly<MetricTargetBand>>>> = {
  withinLimitRate: { name: '有财产可供执行案件法定期限内结案率', min: 0.9, source: EVALUATION_2018, status: 'one-source' },
  terminationQualifiedRate: { name: '无财产可供执行案件终本合格率', min: 0.9, source: EVALUATION_2018, status: 'one-source' },
  complaintClosureRate: { name: '执行信访办结率', min: 0.9, source: EVALUATION_2018, status: 'one-source' },
}
