import { DomainError } from '../errors'
import { type BandedFigure, METRIC_TARGET_BANDS, type MetricTargetBand } from './metricTargetBands'

const NAMES: Readonly<Record<BandedFigure, string>> = {
  closureRate: '执结率',
  withinLimitRate: '有财产可供执行案件法定期限内结案率',
  terminationQualifiedRate: '无财产可供执行案件终本合格率',
  complaintClosureRate: '执行信访办结率',
  recoveryRate: '执行到位率',
  trialClosureRate: '结案率',
  trialWithinLimitRate: '审限内结案率',
  reviewOnTimeRate: '立案审查按期率',
  mediationSuccessRate: '诉前调解成功率',
}

/**
 * The court's target bands: the defaults of {@link METRIC_TARGET_BANDS} with the court's own
 * lines put over them (marked `court: true`, source '本院设定'). `null` removes a band. Each band
 * needs a `min` or a `max`, fractions from 0 to 1 with `min` ≤ `max`.
 *
 * @param overrides the court's bands by figure
 * @returns every figure that has a band
 * @throws DomainError 'METRIC_BAND_INVALID' naming the figure
 * @example
 * metricTargetBandsWith({ closureRate: { min: 0.8 } }).closureRate
 * // { name: '执结率', min: 0.8, source: '本院设定', status: 'unconfirmed', court: true }
 */
export function metricTargetBandsWith(
  overrides: Partial<Record<BandedFigure, { min?: number; max?: number } | null>>,
): Partial<Record<BandedFigure, MetricTargetBand>> {
  const bands: Partial<Record<BandedFigure, MetricTargetBand>> = { ...METRIC_TARGET_BANDS }
  for (const [key, band] of Object.entries(overrides) as [string, { min?: number; max?: number } | null | undefined][]) {
    if (!Object.prototype.hasOwnProperty.call(NAMES, key)) throw new DomainError('METRIC_BAND_INVALID', `没有这一项指标：${key}`, key)
    const figure = key as BandedFigure
    if (band === null) {
      delete bands[figure]
      continue
    }
    if (band === undefined) continue
    const ok = (v: number | undefined) => v === undefined || (typeof v === 'number' && v >= 0 && v <= 1)
    if ((band.min === undefined && band.max === undefined) || !ok(band.min) || !ok(band.max) || (band.min ?? 0) > (band.max ?? 1)) {
      throw new DomainError('METRIC_BAND_INVALID', `${NAMES[figure]}的目标区间应在0%到100%之间，下限不高于上限`, figure)
    }
    bands[figure] = {
      name: NAMES[figure],
      ...(band.min === undefined ? {} : { min: band.min }),
      ...(band.max === undefined ? {} : { max: band.max }),
      source: '本院设定',
      status: 'unconfirmed',
      court: true,
    }
  }
  return bands
}
