/** One month of a figure's trend: a rate as a fraction 0–1, or a number of days; null when there is nothing to count. */
export interface TrendPoint {
  /** 'YYYY-MM' */
  month: string
  value: number | null
}

/** A target band: rates as fractions 0–1 (the court's band), either end open. */
export interface TrendBand {
  min?: number
  max?: number
}

export type TrendUnit = 'rate' | 'days'

/** What the chart draws: values already in the unit on screen (percent for rates), the y range and the band's rectangle. */
export interface TrendSpec {
  data: Array<{ month: string; label: string; value: number | null }>
  yMin: number
  yMax: number
  /** The band as two opposite corners in data coordinates (F2's RectGuide records), or null without a band. */
  bandRecords: [{ label: string; value: number }, { label: string; value: number }] | null
}

/** '2021-03' → '3月'; January also names the year, so a trend across a new year still reads. */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-')
  const n = Number(m)
  return n === 1 ? `${y.slice(2)}年1月` : `${n}月`
}

const round2 = (x: number) => Math.round(x * 100) / 100

/**
 * Turns a trend into what the chart draws. Rates become percentages on a 0–100 axis (a court's
 * figures move within a few points, but a cut axis would exaggerate them); days get an axis
 * from 0 to a little above the largest month. The band covers every month from its lower end
 * (0 when open) to its upper end (100 when open).
 */
export function trendSpec(points: readonly TrendPoint[], unit: TrendUnit, band?: TrendBand | null): TrendSpec {
  const scale = unit === 'rate' ? 100 : 1
  const data = points.map((p) => ({ month: p.month, label: monthLabel(p.month), value: p.value === null ? null : round2(p.value * scale) }))
  const largest = data.reduce((m, d) => (d.value !== null && d.value > m ? d.value : m), 0)
  const yMax = unit === 'rate' ? 100 : Math.max(10, Math.ceil((largest * 1.2) / 10) * 10)
  const hasBand = unit === 'rate' && band && (band.min !== undefined || band.max !== undefined) && data.length > 0
  const bandRecords: TrendSpec['bandRecords'] = hasBand
    ? [
        { label: data[0].label, value: round2((band.min ?? 0) * 100) },
        { label: data[data.length - 1].label, value: round2((band.max ?? 1) * 100) },
      ]
    : null
  return { data, yMin: 0, yMax, bandRecords }
}
