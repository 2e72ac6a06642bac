import { isWorkday } from '../../../domain/calendar/isWorkday'
import { calendarDayOf, formatCalendarDay } from '../../../domain/dates/calendarDay'
import { ORDOS_COURTS, type OrdosCourt } from './ordosCourts'
import { clamp, type Draft, FIRST, FROM, type Kind, MONTH_WEIGHTS, SPAN_END, SPAN_START, TO } from './ordosPlan'
import { type SeededRandom, seededRandom } from './seededRandom'

/** What the generator's steps share: the seeded randomness, the working days, and the makers of a draft case. */
export interface OrdosContext {
  rnd: SeededRandom
  isWd: (n: number) => boolean
  /** a working day of the period, months weighted */
  closingDay: () => number
  /** a working day in [start, end] */
  workdayIn: (start: number, end: number) => number
  /** the kinds of a quota, shuffled */
  kinds: (plan: { total: number; enterprise: number; government: number }) => Kind[]
  draft: (kind: Kind, filed: number) => Draft
  /** a filing day `d` days before a closing day, both working days, `d` within [lo, hi]; null if none */
  filingBefore: (closed: number, d: number, lo: number, hi: number) => number | null
}

/**
 * The shared state of one generation: a PRNG from `seed` and the working days of the published
 * holiday table, looked up once (the generator asks hundreds of thousands of times).
 *
 * @param seed PRNG seed
 * @example
 * ordosContext(2021).isWd(dayNumberOf({ year: 2021, month: 10, day: 1 })) // false (国庆)
 */
export function ordosContext(seed: number): OrdosContext {
  const rnd = seededRandom(seed)
  const workday = new Uint8Array(SPAN_END - SPAN_START + 1)
  for (let n = SPAN_START; n <= SPAN_END; n++) workday[n - SPAN_START] = isWorkday(formatCalendarDay(calendarDayOf(n))).workday ? 1 : 0
  const isWd = (n: number) => n >= SPAN_START && n <= SPAN_END && workday[n - SPAN_START] === 1

  const closingDays: number[] = []
  const closingWeights: number[] = []
  let weightSum = 0
  for (let n = FROM; n <= TO; n++) {
    if (!isWd(n)) continue
    weightSum += MONTH_WEIGHTS[calendarDayOf(n).month - 1] as number
    closingDays.push(n)
    closingWeights.push(weightSum)
  }
  const closingDay = () => {
    const x = rnd.next() * weightSum
    let lo = 0
    let hi = closingWeights.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((closingWeights[mid] as number) > x) hi = mid
      else lo = mid + 1
    }
    return closingDays[lo] as number
  }
  const workdayIn = (start: number, end: number) => {
    for (let i = 0; i < 100; i++) {
      const n = rnd.int(start, end)
      if (isWd(n)) return n
    }
    throw new Error(`no working day between ${start} and ${end}`)
  }
  const courtShares: number[] = []
  let shareSum = 0
  for (const c of ORDOS_COURTS) courtShares.push((shareSum += c.share))
  const court = () => {
    const x = rnd.next() * shareSum
    const i = courtShares.findIndex((s) => s > x)
    return ORDOS_COURTS[i < 0 ? ORDOS_COURTS.length - 1 : i] as OrdosCourt
  }
  const kinds = (plan: { total: number; enterprise: number; government: number }): Kind[] =>
    rnd.shuffle([
      ...Array<Kind>(plan.enterprise).fill('enterprise'),
      ...Array<Kind>(plan.government).fill('government'),
      ...Array<Kind>(plan.total - plan.enterprise - plan.government).fill('other'),
    ])
  const appliedFor = (kind: Kind) => {
    const yuan = kind === 'other' ? clamp(rnd.logNormal(50_000, 1.1), 1_000, 30_000_000) : clamp(rnd.logNormal(500_000, 1.6), 5_000, 600_000_000)
    return Math.round(yuan) * 100
  }
  const draft = (kind: Kind, filed: number): Draft => ({
    filed,
    kind,
    hasProperty: false,
    excludedDays: 0,
    appliedFen: kind === 'government' ? 0 : appliedFor(kind),
    recoveredFen: 0,
    agricultural: kind === 'other' && rnd.chance(0.08),
    propertyLeads: 0,
    court: court(),
    share: 0,
  })

  const filingBefore = (closed: number, d: number, lo: number, hi: number): number | null => {
    const top = Math.min(hi, closed - FIRST)
    if (top < lo) return null
    const want = clamp(d, lo, top)
    for (let k = 0; k <= 12; k++) {
      if (want + k <= top && isWd(closed - want - k)) return closed - want - k
      if (want - k >= lo && isWd(closed - want + k)) return closed - want + k
    }
    return null
  }

  return { rnd, isWd, closingDay, workdayIn, kinds, draft, filingBefore }
}
