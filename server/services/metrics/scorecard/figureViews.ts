import type { BandView, EnforcementCounts, FigureView } from '../../../../contract/metrics'
import { figureInBand } from '../../../../domain/metrics/figureInBand'
import type { BandedFigure, MetricTargetBand } from '../../../../domain/metrics/metricTargetBands'
import type { EnforcementMetrics } from '../../../../domain/metrics/types'

/** A court's bands by figure, after its own settings (metricTargetBandsWith). */
export type CourtBands = Partial<Record<BandedFigure, MetricTargetBand>>

/** A count as the report prints it: 24,951. */
export const countText = (n: number) => n.toLocaleString('en-US')

/** A rate as the screen shows it, two decimals of a percent; '—' when nothing was counted. */
export const percentText = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(2)}%`)

/** Money in the unit a report reads it in: 亿元 from one 亿, 万元 from one 万, else 元 (fen in, two decimals). */
export function moneyText(fen: number): string {
  if (fen >= 1e10) return `${(fen / 1e10).toFixed(2)}亿元`
  if (fen >= 1e6) return `${(fen / 1e6).toFixed(2)}万元`
  return `${(fen / 100).toFixed(2)}元`
}

/** The raw counts of the contract from the figures of enforcementFiguresSql (the subsets are shown apart). */
export function countsOf(m: EnforcementMetrics): EnforcementCounts {
  const { from: _from, to: _to, subsets: _subsets, ...counts } = m
  return counts
}

function bandText(b: MetricTargetBand): string {
  if (b.min !== undefined && b.max !== undefined) return `${percentText(b.min)}至${percentText(b.max)}`
  return b.min !== undefined ? `不低于${percentText(b.min)}` : `不高于${percentText(b.max ?? 1)}`
}

/** A band as shown, with the figure it is for. */
export function bandView(figure: BandedFigure, b: MetricTargetBand): BandView {
  return {
    figure,
    name: b.name,
    min: b.min ?? null,
    max: b.max ?? null,
    text: bandText(b),
    source: b.source,
    status: b.status,
    court: b.court === true,
  }
}

interface FigureSpec {
  figure: 'closureRate' | 'withinLimitRate' | 'terminationQualifiedRate' | 'complaintClosureRate' | 'performedAverageDays' | 'recoveryRate'
  name: string
  value: (m: EnforcementMetrics) => number | null
  numerator: (m: EnforcementMetrics) => number
  denominator: (m: EnforcementMetrics) => number
  detail: (m: EnforcementMetrics) => string
}

/** The 执行 figures in the order the 通报 lists them, each with what its numerator and denominator count. */
const SPECS: readonly FigureSpec[] = [
  {
    figure: 'closureRate',
    name: '执结率',
    value: (m) => m.closureRate,
    numerator: (m) => m.closed,
    denominator: (m) => m.accepted,
    detail: (m) => `结案${countText(m.closed)}件 / 受理${countText(m.accepted)}件`,
  },
  {
    figure: 'withinLimitRate',
    name: '有财产可供执行案件法定期限内结案率',
    value: (m) => m.withinLimitRate,
    numerator: (m) => m.withPropertyWithinLimit,
    denominator: (m) => m.withPropertyClosed,
    detail: (m) => `法定期限内结案${countText(m.withPropertyWithinLimit)}件 / 有财产结案${countText(m.withPropertyClosed)}件`,
  },
  {
    figure: 'terminationQualifiedRate',
    name: '无财产可供执行案件终本合格率',
    value: (m) => m.terminationQualifiedRate,
    numerator: (m) => m.terminationQualified,
    denominator: (m) => m.terminated,
    detail: (m) => `合格${countText(m.terminationQualified)}件 / 终本${countText(m.terminated)}件`,
  },
  {
    figure: 'complaintClosureRate',
    name: '执行信访办结率',
    value: (m) => m.complaintClosureRate,
    numerator: (m) => m.complaintsClosed,
    denominator: (m) => m.complaintsReceived,
    detail: (m) => `办结${countText(m.complaintsClosed)}件 / 收到${countText(m.complaintsReceived)}件`,
  },
  {
    figure: 'performedAverageDays',
    name: '执行完毕平均用时',
    value: (m) => m.performedAverageDays,
    numerator: (m) => m.performedTotalDays,
    denominator: (m) => m.performedClosed,
    detail: (m) => `合计${countText(m.performedTotalDays)}天 / 执行完毕${countText(m.performedClosed)}件`,
  },
  {
    figure: 'recoveryRate',
    name: '执行到位率',
    value: (m) => m.recoveryRate,
    numerator: (m) => m.recoveredFen,
    denominator: (m) => m.appliedFen,
    detail: (m) => `到位${moneyText(m.recoveredFen)} / 申请执行${moneyText(m.appliedFen)}`,
  },
]

function position(value: number | null, band: MetricTargetBand | undefined): Pick<FigureView, 'position' | 'positionText'> {
  if (value === null) return { position: 'no-data', positionText: '暂无数据' }
  // A figure without a band is not judged: shown as such, never as "within".
  if (!band) return { position: 'no-data', positionText: '未设目标区间' }
  const where = figureInBand(value, band)
  if (where === 'below') return { position: where, positionText: `低于目标区间（${bandText(band)}）` }
  if (where === 'above') return { position: where, positionText: `高于目标区间（${bandText(band)}）` }
  return { position: 'within', positionText: '在目标区间内' }
}

/**
 * The 执行 figures as the 执行指挥中心 shows them: value, numerator and denominator in words, and
 * where each rate sits against the court's band (执行完毕平均用时 is days and has no band).
 *
 * @param m the figures (enforcementFiguresSql)
 * @param bands the court's bands
 * @param explainable whether GET …/explain lists the cases behind these figures (not for one team)
 */
export function enforcementFigureViews(m: EnforcementMetrics, bands: CourtBands, explainable: boolean): FigureView[] {
  return SPECS.map((s) => {
    const value = s.value(m)
    const days = s.figure === 'performedAverageDays'
    const band = days ? undefined : bands[s.figure as BandedFigure]
    return {
      figure: s.figure,
      name: s.name,
      value,
      numerator: s.numerator(m),
      denominator: s.denominator(m),
      text: days ? (value === null ? '—' : `${value.toFixed(2)}天`) : percentText(value),
      detail: s.detail(m),
      unit: days ? ('days' as const) : ('rate' as const),
      band: band ? bandView(s.figure as BandedFigure, band) : null,
      ...position(value, band),
      explainable,
    }
  })
}
