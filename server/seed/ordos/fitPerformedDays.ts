import { type Draft, FROM, PERFORMED_TOTAL_DAYS, TO } from './ordosPlan'
import type { SeededRandom } from './seededRandom'

/**
 * Moves the closing days of the 执行完毕 cases, a few working days at a time, until their
 * durations sum to {@link PERFORMED_TOTAL_DAYS}; each case stays inside the period and its zone.
 */
export function fitPerformedDays(cases: Draft[], rnd: SeededRandom, isWd: (n: number) => boolean): void {
  let diff = PERFORMED_TOTAL_DAYS
  for (const c of cases) diff -= (c.closed as number) - c.filed
  const order = rnd.shuffle([...cases])
  for (let pass = 0; pass < 200 && diff !== 0; pass++) {
    for (const c of order) {
      if (diff === 0) break
      const sign = diff > 0 ? 1 : -1
      const zone = c.zone as [number, number]
      for (let t = Math.min(Math.abs(diff), 7); t >= 1; t--) {
        const closed = (c.closed as number) + sign * t
        const d = closed - c.filed
        if (closed < FROM || closed > TO || !isWd(closed) || d < zone[0] || d > zone[1]) continue
        c.closed = closed
        diff -= sign * t
        break
      }
    }
  }
  if (diff !== 0) throw new Error(`cannot fit the 执行完毕 days: ${diff} left`)
}
