import { performance } from 'node:perf_hooks'
import { addDays, type HearingSlotInput, isWorkday, prepareBusyCalendar, suggestHearingSlots } from '../domain'
import { machine, writeSection } from './results'

/**
 * `suggestHearingSlots` at a province's size: one court's judges × rooms booked over a year
 * (~40 % of working half-days), 20 cases of that court asked within the same fortnight, each
 * suggestion timed two ways — with every booking passed in the input (the court walks its whole
 * calendar for each case) and with the calendar prepared once by `prepareBusyCalendar` (what the
 * server can keep per court between bookings). The preparation itself is timed too. Inputs come
 * from a seeded PRNG, so every run times the same work.
 *
 * `--check` exits non-zero when the prepared p95 at the largest size is over 5 ms.
 */
const SIZES = [
  { judges: 50, rooms: 10, days: 180 },
  { judges: 200, rooms: 40, days: 365 },
  { judges: 1000, rooms: 100, days: 365 },
]
const CASES = 20
const BUSY_SHARE = 0.4
const BUDGET_P95_MS = 5
const TODAY = '2026-03-02'

function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function court(size: (typeof SIZES)[number], random: () => number) {
  const workdays: string[] = []
  for (let i = 0; i < size.days; i++) {
    const date = addDays(TODAY, i)
    if (isWorkday(date).workday) workdays.push(date)
  }
  const list = (count: number, prefix: string) =>
    Array.from({ length: count }, (_, k) => ({
      id: `${prefix}${k + 1}`,
      busy: workdays.flatMap((date) => (['am', 'pm'] as const).filter(() => random() < BUSY_SHARE).map((half) => ({ date, half }))),
    }))
  return { judges: list(size.judges, 'j'), rooms: list(size.rooms, 'r').map((r, i) => (i % 3 === 2 ? { ...r, circuitPoint: true } : r)) }
}

function cases(random: () => number, judges: HearingSlotInput['judges'], rooms: HearingSlotInput['rooms'], withBusy: boolean): HearingSlotInput[] {
  return Array.from({ length: CASES }, (_, n) => {
    const today = addDays(TODAY, Math.floor(random() * 14))
    const own = n % judges.length
    // The case's own judge first, then the rest of the court.
    const ordered = [judges[own], ...judges.filter((_, j) => j !== own)]
    return {
      today,
      procedure: n % 2 === 0 ? 'ordinary' : 'simple',
      filedOn: addDays(today, -Math.floor(random() * 40)),
      parties: [{ id: 'p1', farm: { region: 'ergun', activities: ['wheat-harvest', 'haymaking'] }, nearRoomIds: ['r3'] }, { id: 'p2' }],
      judges: withBusy ? ordered : ordered.map((j) => ({ id: j.id, busy: [] })),
      rooms: withBusy ? rooms : rooms.map((r) => ({ ...r, busy: [] })),
    }
  })
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

function time(inputs: HearingSlotInput[], calls: number): number[] {
  for (let i = 0; i < Math.min(20, calls); i++) suggestHearingSlots(inputs[i % inputs.length])
  const samples: number[] = []
  for (let i = 0; i < calls; i++) {
    const t0 = performance.now()
    const r = suggestHearingSlots(inputs[i % inputs.length])
    samples.push(performance.now() - t0)
    if (r.slots.length === 0) throw new Error(`no slot for case ${i % inputs.length}`)
  }
  return samples.sort((a, b) => a - b)
}

function main() {
  const rows: string[] = []
  let largestPreparedP95 = 0
  const f = (x: number) => x.toFixed(2)
  for (const size of SIZES) {
    const random = prng(size.judges * 31 + size.rooms)
    const { judges, rooms } = court(size, random)
    const busy = judges.reduce((s, j) => s + j.busy.length, 0) + rooms.reduce((s, r) => s + r.busy.length, 0)
    const direct = cases(prng(7), judges, rooms, true)
    const t0 = performance.now()
    const calendar = prepareBusyCalendar({ from: TODAY, to: addDays(TODAY, size.days + 200), judges, rooms })
    const prepareMs = performance.now() - t0
    const prepared = cases(prng(7), judges, rooms, false).map((input) => ({ ...input, calendar }))
    // Both ways must suggest the same half-days, or the bench would time different work.
    prepared.forEach((input, i) => {
      if (JSON.stringify(suggestHearingSlots(input)) !== JSON.stringify(suggestHearingSlots(direct[i])))
        throw new Error(`case ${i}: prepared and direct differ`)
    })
    const calls = size.judges >= 1000 ? 200 : 1000
    const d = time(direct, calls)
    const p = time(prepared, calls)
    if (size === SIZES[SIZES.length - 1]) largestPreparedP95 = percentile(p, 95)
    const label = `${size.judges} × ${size.rooms} × ${size.days}`
    rows.push(
      `| ${label} | ${busy.toLocaleString('en-US')} | ${calls} | ${f(percentile(d, 50))} | ${f(percentile(d, 95))} | ${f(d[d.length - 1])} | ${f(prepareMs)} | ${f(percentile(p, 50))} | ${f(percentile(p, 95))} | ${f(p[p.length - 1])} |`,
    )
    console.log(`hearing ${label}: direct p95 ${f(percentile(d, 95))} ms; prepared once in ${f(prepareMs)} ms, then p95 ${f(percentile(p, 95))} ms`)
  }
  writeSection(
    'hearing suggestions at a province size',
    [
      `One court's judges × rooms × days booked at ~${BUSY_SHARE * 100}% of working half-days; ${CASES} cases of that court asked within a fortnight, two rural parties each. ` +
        `"direct": every booking passed in each input; "prepared": the court's calendar laid out once by \`prepareBusyCalendar\` (its time in the column "prepare ms") and passed as \`calendar\`. Measured on ${machine()}.`,
      '',
      '| judges × rooms × days | busy half-days | calls | direct p50 ms | direct p95 ms | direct max ms | prepare ms | prepared p50 ms | prepared p95 ms | prepared max ms |',
      '|---|---|---|---|---|---|---|---|---|---|',
      ...rows,
      '',
      `Goal: prepared p95 ≤ ${BUDGET_P95_MS} ms at the largest size — ${largestPreparedP95 <= BUDGET_P95_MS ? 'met' : '**not met**'}.`,
    ].join('\n'),
  )
  if (process.argv.includes('--check') && largestPreparedP95 > BUDGET_P95_MS) process.exitCode = 1
}

main()
