import type { TrendBand } from './chart/trendSpec'

/** A rate (fraction 0–1) as the screen shows it: '80.65%', and '—' when there was nothing to count. */
export function percent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '—'
  return `${(rate * 100).toFixed(2)}%`
}

/** A number of days with two decimals: '90.26天', '—' without data. */
export function daysText(days: number | null | undefined): string {
  if (days === null || days === undefined || !Number.isFinite(days)) return '—'
  return `${days.toFixed(2)}天`
}

/** A count with thousands separators, as the report prints it: '24,951件'. */
export const countText = (n: number): string => `${n.toLocaleString('en-US')}件`

/** Money the way the report says it: '42.99亿元' from a billion up, '8.65万元' from ten thousand up, otherwise yuan. */
export function moneyText(fen: number): string {
  const yuan = fen / 100
  if (Math.abs(yuan) >= 1e8) return `${(yuan / 1e8).toFixed(2)}亿元`
  if (Math.abs(yuan) >= 1e4) return `${(yuan / 1e4).toFixed(2)}万元`
  return `${yuan.toFixed(2)}元`
}

/** The band in words: '不低于90.00%', '80.00%至95.00%', '未设目标'. */
export function bandText(band: TrendBand | null | undefined): string {
  if (!band || (band.min === undefined && band.max === undefined)) return '未设目标'
  if (band.min !== undefined && band.max !== undefined) return `${percent(band.min)}至${percent(band.max)}`
  if (band.min !== undefined) return `不低于${percent(band.min)}`
  return `不高于${percent(band.max)}`
}

export type BandStatus = 'below' | 'within' | 'above' | 'no-data'

/** Whether a figure is in its band, in words (never by colour alone). */
export function bandStatusText(status: BandStatus | null | undefined, band?: TrendBand | null): string {
  if (!band || (band.min === undefined && band.max === undefined)) return '未设目标'
  switch (status) {
    case 'within':
      return '达到目标'
    case 'below':
      return '低于目标'
    case 'above':
      return '高于目标'
    default:
      return '暂无数据'
  }
}
