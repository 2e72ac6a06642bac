import type { BandedFigure, EnforcementCounts, FigureView, MetricsSubject, SubsetView } from '../../../../contract/metrics'
import type { EnforcementMetrics, EnforcementSubset, MetricPeriod } from '../../../../domain/metrics/types'
import type { MetricsScope } from '../metricsScope'
import { type Bands, bandView, position } from './bands'
import { countText, daysText, moneyText, percent, periodText } from './words'

/** What a reply is about, in words: '鄂尔多斯市两级法院，2021年1月1日至2021年10月31日'. */
export function subjectOf(s: MetricsScope, period: MetricPeriod): MetricsSubject {
  const city = s.court.name.replace(/中级人民法院$/, '')
  const subjectText = s.scope === 'area' ? `${city}两级法院` : s.scope === 'basic' ? `${s.court.name}辖区基层法院` : s.court.name
  return { court: s.court, scope: s.scope, courts: s.courts, from: period.from, to: period.to, periodText: periodText(period), subjectText }
}

/** The counts of the contract from the domain's figures (the subsets go apart). */
export function countsOf(m: EnforcementMetrics): EnforcementCounts {
  const { from: _f, to: _t, subsets: _s, ...counts } = m
  return counts
}

interface Spec {
  name: string
  value: number | null
  numerator: number
  denominator: number
  detail: string
  unit: 'rate' | 'days'
  band?: BandedFigure
}

/** One figure as the dashboard shows it, against its band when it has one. */
export function figureView(figure: string, spec: Spec, bands: Bands, explainable: boolean): FigureView {
  const band = spec.band ? bands[spec.band] : undefined
  const where =
    spec.unit === 'days' ? { position: 'no-data' as const, positionText: spec.value === null ? '暂无数据' : '未设目标区间' } : position(spec.value, band)
  return {
    figure,
    name: spec.name,
    value: spec.value,
    numerator: spec.numerator,
    denominator: spec.denominator,
    text: spec.unit === 'days' ? daysText(spec.value) : percent(spec.value),
    detail: spec.detail,
    unit: spec.unit,
    band: band && spec.band ? bandView(spec.band, band) : null,
    ...where,
    explainable,
  }
}

/** The six 执行 figures in the order the 通报 lists them. */
export function enforcementFigureViews(m: EnforcementMetrics, bands: Bands): FigureView[] {
  const specs: Array<[string, Spec]> = [
    [
      'closureRate',
      {
        name: '执结率',
        value: m.closureRate,
        numerator: m.closed,
        denominator: m.accepted,
        detail: `结案${countText(m.closed)} / 受理${countText(m.accepted)}`,
        unit: 'rate',
        band: 'closureRate',
      },
    ],
    [
      'withinLimitRate',
      {
        name: '有财产可供执行案件法定期限内结案率',
        value: m.withinLimitRate,
        numerator: m.withPropertyWithinLimit,
        denominator: m.withPropertyClosed,
        detail: `期限内结案${countText(m.withPropertyWithinLimit)} / 有财产案件结案${countText(m.withPropertyClosed)}`,
        unit: 'rate',
        band: 'withinLimitRate',
      },
    ],
    [
      'terminationQualifiedRate',
      {
        name: '无财产可供执行案件终本合格率',
        value: m.terminationQualifiedRate,
        numerator: m.terminationQualified,
        denominator: m.terminated,
        detail: `合格${countText(m.terminationQualified)} / 终本结案${countText(m.terminated)}`,
        unit: 'rate',
        band: 'terminationQualifiedRate',
      },
    ],
    [
      'complaintClosureRate',
      {
        name: '执行信访办结率',
        value: m.complaintClosureRate,
        numerator: m.complaintsClosed,
        denominator: m.complaintsReceived,
        detail: `办结${countText(m.complaintsClosed)} / 收到${countText(m.complaintsReceived)}`,
        unit: 'rate',
        band: 'complaintClosureRate',
      },
    ],
    [
      'performedAverageDays',
      {
        name: '执行完毕平均用时',
        value: m.performedAverageDays,
        numerator: m.performedTotalDays,
        denominator: m.performedClosed,
        detail: `共${m.performedTotalDays.toLocaleString('en-US')}天 / 执行完毕${countText(m.performedClosed)}`,
        unit: 'days',
      },
    ],
    [
      'recoveryRate',
      {
        name: '执行到位率',
        value: m.recoveryRate,
        numerator: m.recoveredFen,
        denominator: m.appliedFen,
        detail: `到位${moneyText(m.recoveredFen)} / 申请执行${moneyText(m.appliedFen)}`,
        unit: 'rate',
        band: 'recoveryRate',
      },
    ],
  ]
  return specs.map(([figure, spec]) => figureView(figure, spec, bands, true))
}

const SUBSET_NAMES: Readonly<Record<EnforcementSubset, string>> = { agricultural: '涉农', enterprise: '涉企', governmentDebtor: '涉党政机关' }

/** 涉农, 涉企, 涉党政机关: '受理5,953件，结案3,087件，执行到位42.99亿元'. */
export function subsetViews(m: EnforcementMetrics): SubsetView[] {
  return (Object.keys(SUBSET_NAMES) as EnforcementSubset[]).map((subset) => {
    const s = m.subsets[subset]
    const applied = s.appliedFen > 0 ? `申请执行${moneyText(s.appliedFen)}，` : ''
    return {
      subset,
      name: SUBSET_NAMES[subset],
      ...s,
      text: `受理${countText(s.accepted)}，结案${countText(s.closed)}，${applied}执行到位${moneyText(s.recoveredFen)}`,
    }
  })
}
