import type { MetricPeriod } from './types'

/**
 * Whether a case counts as 受理 in a period: 旧存 — filed before `from` and not closed before
 * `from` — or 新收, filed within the period (结案率 = 结案数 ÷ (旧存 + 新收), digest §8 and
 * Appendix C). In one test: filed on or before `to`, and open or closed on or after `from`.
 *
 * @param c.filedOn 'YYYY-MM-DD'
 * @param c.closedOn 'YYYY-MM-DD' or absent
 * @param period both days included
 * @example
 * acceptedWithin({ filedOn: '2020-11-02' }, { from: '2021-01-01', to: '2021-10-31' }) // true (旧存)
 * acceptedWithin({ filedOn: '2020-11-02', closedOn: '2020-12-31' }, { from: '2021-01-01', to: '2021-10-31' }) // false
 */
export function acceptedWithin(c: { filedOn: string; closedOn?: string }, period: MetricPeriod): boolean {
  return c.filedOn <= period.to && (c.closedOn === undefined || c.closedOn >= period.from)
}
