import { addDays } from '../dates/addDays'
import { parseCalendarDay } from '../dates/parseCalendarDay'
import { DomainError } from '../errors'
import type { ExcludedPeriod } from './facts'

/**
 * The excluded periods of a case as disjoint day ranges `[start, end)` — `end` is the first day
 * the clock runs again — sorted, overlaps merged (a suspension during an auction is not deducted
 * twice), and cut to the days after `filedOn` (the limit counts from the day after 立案). A
 * period still running counts through `asOf`; one that starts after `asOf` has not begun. Internal
 * to {@link caseTimeLimit}.
 *
 * @param periods the recorded periods
 * @param filedOn 'YYYY-MM-DD', the day of 立案
 * @param asOf 'YYYY-MM-DD', today for an open case
 * @returns ranges and whether one of them is still running on `asOf`
 * @throws DomainError 'EXCLUDED_PERIOD_INVALID' (ends before it starts), 'DATE_INVALID'
 * @example
 * excludedIntervals([{ kind: 'suspension', from: '2026-05-01', to: '2026-05-11' }], '2026-03-02', '2026-06-01')
 * // { ranges: [{ start: '2026-05-01', end: '2026-05-11' }], running: false }
 */
export function excludedIntervals(
  periods: readonly ExcludedPeriod[],
  filedOn: string,
  asOf: string,
): { ranges: { start: string; end: string }[]; running: boolean } {
  const firstCounted = addDays(filedOn, 1)
  let running = false
  const raw: { start: string; end: string }[] = []
  periods.forEach((p, i) => {
    parseCalendarDay(p.from, `excludedPeriods[${i}].from`)
    if (p.to !== undefined) {
      parseCalendarDay(p.to, `excludedPeriods[${i}].to`)
      if (p.to < p.from) throw new DomainError('EXCLUDED_PERIOD_INVALID', '不计入执行期限的期间，结束日不能早于开始日', `excludedPeriods[${i}].to`)
    } else if (p.from > asOf) {
      return
    } else {
      running = true
    }
    const start = p.from < firstCounted ? firstCounted : p.from
    const end = p.to ?? addDays(asOf, 1)
    if (end > start) raw.push({ start, end })
  })
  raw.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
  const ranges: { start: string; end: string }[] = []
  for (const r of raw) {
    const last = ranges[ranges.length - 1]
    if (last !== undefined && r.start <= last.end) {
      if (r.end > last.end) last.end = r.end
    } else {
      ranges.push({ ...r })
    }
  }
  return { ranges, running }
}
