import type { MetricClosure } from '../../../../domain/metrics/types'

/** A rate (fraction 0–1) as the report prints it: '80.65%', '—' when there was nothing to count. */
export function percent(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(2)}%`
}

/** Days with two decimals: '90.26天', '—' without data. */
export const daysText = (days: number | null): string => (days === null ? '—' : `${days.toFixed(2)}天`)

/** A count with thousands separators: '24,951件'. */
export const countText = (n: number): string => `${n.toLocaleString('en-US')}件`

/** Money the way the 通报 says it: '42.99亿元' from 100 million yuan up, '8.65万元' from ten thousand up, else yuan. */
export function moneyText(fen: number): string {
  const yuan = fen / 100
  if (Math.abs(yuan) >= 1e8) return `${(yuan / 1e8).toFixed(2)}亿元`
  if (Math.abs(yuan) >= 1e4) return `${(yuan / 1e4).toFixed(2)}万元`
  return `${yuan.toFixed(2)}元`
}

/** '2021年1月1日' from '2021-01-01'. */
export const dayText = (day: string): string => `${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`

/** '2021年1月1日至2021年10月31日'. */
export const periodText = (p: { from: string; to: string }): string => (p.from === p.to ? dayText(p.from) : `${dayText(p.from)}至${dayText(p.to)}`)

export const CLOSURE_NAMES: Readonly<Record<MetricClosure, string>> = {
  performed: '执行完毕',
  'terminated-this-round': '终结本次执行程序',
  terminated: '终结执行',
  withdrawn: '销案',
  'not-enforced': '不予执行',
  rejected: '驳回申请',
}
