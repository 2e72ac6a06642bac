import fc from 'fast-check'
import {
  addDays,
  dueDate,
  farmCalendarRows,
  farmWindowsFor,
  type HearingSlotInput,
  isWorkday,
  nextWorkday,
  suggestHearingSlots,
  trialLimitEnd,
} from '../../../domain'
import { daysBetween } from '../../../domain/dates/daysBetween'

// Each hard rule is re-checked here straight from the calendar and period functions, never from
// the scheduler's own internals, over random courts, parties and calendars.

const REGIONS = (() => {
  const by = new Map<string, string[]>()
  for (const r of farmCalendarRows()) by.set(r.region, [...(by.get(r.region) ?? []), r.activity])
  return [...by].map(([region, activities]) => ({ region, activities }))
})()

const half = fc.constantFrom('am' as const, 'pm' as const)
// Dense calendars crowd the first two months so that whole days fill up.
const busyList = (today: string, dense: boolean) =>
  fc.array(
    fc.record({ off: fc.integer({ min: 0, max: dense ? 60 : 200 }), half }).map(({ off, half: h }) => ({ date: addDays(today, off), half: h })),
    { maxLength: dense ? 150 : 40 },
  )

// Ergun's harvest and haymaking cover most of August and September: cases filed in summer then
// often have no farm-free day left, which exercises the relaxed search.
const farm = fc.oneof(
  fc.constantFrom(...REGIONS).chain(({ region, activities }) => fc.subarray(activities, { minLength: 1 }).map((a) => ({ region, activities: a }))),
  fc.constant<{ region: string; activities: string[] }>({ region: 'ergun', activities: ['wheat-harvest', 'haymaking', 'potato-harvest'] }),
)
const SUMMERS = [daysBetween('2026-01-01', '2026-06-15'), daysBetween('2026-01-01', '2027-06-15')]

const caseInput = fc
  .record({
    filedOffset: fc.oneof(
      fc.integer({ min: 0, max: 720 }),
      fc.constantFrom(...SUMMERS).chain((d) => fc.integer({ min: d, max: d + 75 })),
    ),
    age: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 200 })),
    procedure: fc.constantFrom('small-claims' as const, 'simple' as const, 'ordinary' as const),
    complaintDelay: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
    summonsShift: fc.option(fc.integer({ min: -4, max: 6 }), { nil: undefined }),
    limit: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
    dense: fc.boolean(),
    // A defendant abroad outside small claims (art. 285); an agreed defence period inside (《民诉法解释》第二百七十五条).
    abroad: fc.boolean(),
    agreedDefenceDays: fc.option(fc.integer({ min: 0, max: 15 }), { nil: undefined }),
  })
  .chain(({ filedOffset, age, procedure, complaintDelay, summonsShift, limit, dense, abroad, agreedDefenceDays }) => {
    const filedOn = addDays('2026-01-01', filedOffset)
    const today = addDays(filedOn, age)
    const summons = summonsShift === undefined ? undefined : addDays(today, summonsShift)
    const roomIds = ['r1', 'r2', 'p1', 'p2']
    return fc
      .record({
        judges: fc.array(busyList(today, dense), { minLength: 1, maxLength: 5 }).map((lists) => lists.map((busy, i) => ({ id: `j${i}`, busy }))),
        rooms: fc
          .array(fc.record({ busy: busyList(today, dense), circuitPoint: fc.option(fc.boolean(), { nil: undefined }) }), { minLength: 1, maxLength: 4 })
          .map((list) => list.map((r, i) => ({ id: roomIds[i], busy: r.busy, ...(r.circuitPoint === undefined ? {} : { circuitPoint: r.circuitPoint }) }))),
        parties: fc
          .array(
            fc.record({
              farm: fc.option(farm, { nil: undefined }),
              unavailable: fc.option(
                fc.array(
                  fc
                    .record({ off: fc.integer({ min: -10, max: 200 }), len: fc.integer({ min: 0, max: 30 }) })
                    .map(({ off, len }) => ({ from: addDays(today, off), to: addDays(today, off + len) })),
                  { maxLength: 3 },
                ),
                { nil: undefined },
              ),
              nearRoomIds: fc.option(fc.subarray(roomIds), { nil: undefined }),
            }),
            { maxLength: 3 },
          )
          .map((list) =>
            list.map((p, i) => ({
              id: `p${i}`,
              ...(p.farm ? { farm: p.farm } : {}),
              ...(p.unavailable ? { unavailable: p.unavailable } : {}),
              ...(p.nearRoomIds ? { nearRoomIds: p.nearRoomIds } : {}),
              ...(abroad && procedure !== 'small-claims' && i === list.length - 1 ? { abroad: true } : {}),
            })),
          ),
      })
      .map((rest): HearingSlotInput => ({
        today,
        procedure,
        filedOn,
        ...(complaintDelay === undefined ? {} : { complaintServedOn: addDays(filedOn, complaintDelay) }),
        ...(summons === undefined || summons < filedOn ? {} : { summonsServedOn: summons }),
        ...(limit === undefined ? {} : { limit }),
        ...(agreedDefenceDays === undefined || procedure !== 'small-claims' ? {} : { agreedDefenceDays }),
        ...rest,
      }))
  })

/** The rules, checked one by one from the domain's calendar and period functions. */
function oracle(input: HearingSlotInput) {
  const limitEnd = trialLimitEnd(input)
  const served = input.complaintServedOn ?? addDays(input.filedOn, 5)
  const agreed = input.agreedDefenceDays
  const agreedEnd = agreed === undefined ? '' : addDays(served, agreed)
  const defenceDue =
    agreed === undefined
      ? dueDate({ rule: input.parties.some((p) => p.abroad) ? 'defence-abroad' : 'defence', from: served }).due
      : agreed === 0
        ? addDays(served, -1)
        : isWorkday(agreedEnd).workday
          ? agreedEnd
          : nextWorkday(agreedEnd)
  const summons = input.summonsServedOn ?? nextWorkday(input.today)
  const busy = (list: Array<{ id: string; busy: Array<{ date: string; half: string }> }>) =>
    new Map(list.map((x) => [x.id, new Set(x.busy.map((b) => `${b.date}|${b.half}`))]))
  const judgeBusy = busy(input.judges)
  const roomBusy = busy(input.rooms)
  const windowCache = new Map<number, Array<{ from: string; to: string; activityName: string }>>()
  const windowsOn = (date: string) => {
    const year = Number(date.slice(0, 4))
    let list = windowCache.get(year)
    if (!list) {
      list = input.parties.flatMap((p) => (p.farm ? farmWindowsFor(p.farm.region, p.farm.activities, year) : []))
      windowCache.set(year, list)
    }
    return list.filter((w) => w.from <= date && date <= w.to)
  }
  const dayRule = (date: string) =>
    date > input.today &&
    isWorkday(date).workday &&
    daysBetween(summons, date) >= 4 &&
    date > defenceDue &&
    date <= limitEnd &&
    !input.parties.some((p) => (p.unavailable ?? []).some((u) => u.from <= date && date <= u.to))
  const judgeFree = (id: string, date: string, h: string) => !judgeBusy.get(id)!.has(`${date}|${h}`)
  const roomFree = (id: string, date: string, h: string) => !roomBusy.get(id)!.has(`${date}|${h}`)
  const open = (date: string, h: string) =>
    dayRule(date) && input.judges.some((j) => judgeFree(j.id, date, h)) && input.rooms.some((r) => roomFree(r.id, date, h))
  const all: Array<{ date: string; half: string; farmFree: boolean }> = []
  for (let d = addDays(input.today, 1); d <= limitEnd; d = addDays(d, 1)) {
    for (const h of ['am', 'pm']) if (open(d, h)) all.push({ date: d, half: h, farmFree: windowsOn(d).length === 0 })
  }
  return { limitEnd, all, dayRule, judgeFree, roomFree, windowsOn }
}

describe('suggestHearingSlots — properties', () => {
  it('never breaks a hard rule; avoids farm windows whenever any slot can; returns the earliest, unique, at most `limit`', () => {
    fc.assert(
      fc.property(caseInput, (input) => {
        const { slots } = suggestHearingSlots(input)
        const o = oracle(input)
        const limit = input.limit ?? 5
        expect(slots.length).toBeLessThanOrEqual(limit)
        expect(new Set(slots.map((s) => `${s.date}|${s.half}`)).size).toBe(slots.length)
        for (const s of slots) {
          expect(o.dayRule(s.date)).toBe(true)
          expect(o.judgeFree(s.judgeId, s.date, s.half)).toBe(true)
          expect(o.roomFree(s.roomId, s.date, s.half)).toBe(true)
          expect(s.provisional).toBe(isWorkday(s.date).provisional)
        }
        const strict = o.all.filter((x) => x.farmFree)
        const pool = strict.length > 0 ? strict : o.all
        expect(slots).toHaveLength(Math.min(limit, pool.length))
        if (strict.length > 0) {
          for (const s of slots) expect(o.windowsOn(s.date)).toEqual([])
          // Earlier is the first ranking key: every open half-day before the last suggested day is suggested.
          const last = slots[slots.length - 1].date
          const chosen = new Set(slots.map((s) => `${s.date}|${s.half}`))
          for (const x of strict) if (x.date < last) expect(chosen.has(`${x.date}|${x.half}`)).toBe(true)
        } else {
          for (const s of slots) {
            for (const w of o.windowsOn(s.date)) expect(s.notes.some((n) => n.includes(w.activityName))).toBe(true)
          }
        }
      }),
      { numRuns: 150 },
    )
  })

  it('explains every closed day up to the trial limit, and never excludes a suggested day', () => {
    fc.assert(
      fc.property(caseInput, (input) => {
        const { slots, excluded } = suggestHearingSlots(input)
        const o = oracle(input)
        for (const e of excluded) {
          expect(e.from <= e.to).toBe(true)
          expect(e.from > input.today).toBe(true)
          expect(e.reason).not.toBe('')
        }
        const reasonsOn = (date: string) => excluded.filter((e) => e.from <= date && date <= e.to).map((e) => e.reason)
        const relaxed = slots.some((s) => o.windowsOn(s.date).length > 0)
        for (const s of slots) {
          const reasons = reasonsOn(s.date)
          if (relaxed) expect(reasons.every((r) => /农忙期|休牧期/.test(r))).toBe(true)
          else expect(reasons).toEqual([])
        }
        const openDays = new Set(o.all.filter((x) => x.farmFree).map((x) => x.date))
        const stop = o.limitEnd > input.today ? addDays(o.limitEnd, 1) : addDays(input.today, 1)
        for (let d = addDays(input.today, 1); d <= stop; d = addDays(d, 1)) {
          if (!openDays.has(d)) expect([d, reasonsOn(d)]).toEqual([d, expect.arrayContaining([expect.any(String)])])
        }
      }),
      { numRuns: 100 },
    )
  })

  it('is deterministic and leaves its input alone', () => {
    fc.assert(
      fc.property(caseInput, (input) => {
        const copy = structuredClone(input)
        const first = suggestHearingSlots(input)
        expect(input).toEqual(copy)
        expect(suggestHearingSlots(copy)).toEqual(first)
      }),
      { numRuns: 30 },
    )
  })
})
