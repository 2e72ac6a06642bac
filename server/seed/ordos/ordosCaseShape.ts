import { type Closure, type Draft, OVER_MIN, WITHIN_MAX } from './ordosPlan'
import type { SeededRandom } from './seededRandom'

/** The days a case may last and stay on its side of the limit (and, for 终本, past three months). */
export function durationZone(closure: Closure, hasProperty: boolean, over: boolean, excludedDays: number): [number, number] {
  if (hasProperty) return over ? [OVER_MIN + excludedDays, 366] : [closure === 'performed' ? 1 : 10, WITHIN_MAX + excludedDays]
  switch (closure) {
    case 'terminated-this-round':
      return [100, 366]
    case 'terminated':
      return [10, 366]
    case 'withdrawn':
      return [2, 90]
    case 'not-enforced':
      return [10, 120]
    default:
      return [3, 60]
  }
}

export function drawDuration(rnd: SeededRandom, closure: Closure, hasProperty: boolean, over: boolean, excludedDays: number): number {
  if (hasProperty && over) return rnd.int(OVER_MIN + excludedDays, 330)
  if (closure === 'performed') {
    if (excludedDays > 0) return rnd.int(100, WITHIN_MAX + excludedDays)
    const x = rnd.next()
    return x < 0.35 ? rnd.int(3, 30) : x < 0.8 ? rnd.int(31, 120) : rnd.int(121, WITHIN_MAX)
  }
  if (closure === 'terminated-this-round') return rnd.int(100, 300)
  if (closure === 'terminated') return hasProperty ? rnd.int(30, WITHIN_MAX + excludedDays) : rnd.int(20, 300)
  return rnd.int(5, 50)
}

export function recoveryShare(rnd: SeededRandom, closure: Closure, hasProperty: boolean): number {
  switch (closure) {
    case 'performed':
      return 1
    case 'terminated-this-round':
      return rnd.chance(0.45) ? 0 : 0.01 + rnd.next() * 0.34
    case 'terminated':
      return hasProperty ? 0.2 + rnd.next() * 0.7 : rnd.chance(0.5) ? 0 : rnd.next() * 0.3
    case 'withdrawn':
      return rnd.chance(0.25) ? 0.3 + rnd.next() * 0.7 : 0
    default:
      return 0
  }
}

export function leadsFor(rnd: SeededRandom, closure: Closure, hasProperty: boolean): number {
  if (closure === 'performed') return rnd.int(1, 4)
  if (hasProperty) return rnd.int(1, 3)
  if (closure === 'terminated-this-round') return rnd.chance(0.3) ? 1 : 0
  return rnd.int(0, 2)
}

/**
 * Closes a case outside the figures' period, on a working day in [start, end], by a mode drawn
 * from a usual mix; a 终本 only once three months have passed since filing, else 执行完毕.
 */
export function closeLater(d: Draft, rnd: SeededRandom, start: number, end: number, workdayIn: (a: number, b: number) => number): void {
  const x = rnd.next()
  let closure: Closure = x < 0.45 ? 'performed' : x < 0.87 ? 'terminated-this-round' : x < 0.96 ? 'terminated' : x < 0.98 ? 'withdrawn' : 'rejected'
  let first = start
  if (closure === 'terminated-this-round') first = Math.max(start, d.filed + 100)
  if (first > end) {
    closure = 'performed'
    first = start
  }
  if (first > end) return
  d.closed = workdayIn(first, end)
  d.closure = closure
  d.hasProperty = closure === 'performed' || (closure === 'terminated' && rnd.chance(0.5))
  d.share = recoveryShare(rnd, closure, d.hasProperty)
  d.propertyLeads = leadsFor(rnd, closure, d.hasProperty)
}
