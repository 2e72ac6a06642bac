import type { MetricTargetBand } from './metricTargetBands'

/**
 * Where a figure sits against its target band: 'below' the band's `min`, 'above' its `max`,
 * 'within' it (both lines included), or 'no-data' when the figure is null (nothing to count).
 * The comparison is on the unrounded fraction; the screen rounds only for display.
 *
 * @param value the rate, or null
 * @param band the band
 * @example
 * figureInBand(0.8949, { name: '有财产可供执行案件法定期限内结案率', min: 0.9, source: '…', status: 'one-source' }) // 'below'
 * figureInBand(null, band) // 'no-data'
 */
export function figureInBand(value: number | null, band: Pick<MetricTargetBand, 'min' | 'max'>): 'below' | 'within' | 'above' | 'no-data' {
  if (value === null) return 'no-data'
  if (band.min !== undefined && value < band.min) return 'below'
  if (band.max !== undefined && value > band.max) return 'above'
  return 'within'
}
