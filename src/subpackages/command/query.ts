import type { MetricsQuery } from '../../api/metrics'

/** The court and period chosen on the dashboard, carried to the pages it opens as a query string. */
export function toQueryString(q: MetricsQuery & Record<string, string | undefined>): string {
  return Object.entries(q)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&')
}

/** Back from a page's params: only the keys the metrics routes know. */
export function fromParams(p: Record<string, string | undefined>): MetricsQuery {
  const q: MetricsQuery = {}
  if (p.courtId) q.courtId = p.courtId
  if (p.scope === 'court' || p.scope === 'area' || p.scope === 'basic') q.scope = p.scope
  if (p.period === 'month' || p.period === 'year' || p.period === 'range') q.period = p.period
  if (p.from) q.from = p.from
  if (p.to) q.to = p.to
  return q
}

/** The mini-program's case page of the court's enforcement work. */
export const CASE_PAGE = '/subpackages/execution/pages/case/index'
export const COMMAND = '/subpackages/command/pages'
export const SUPERVISION_PAGE = '/subpackages/execution/pages/supervision/index'
