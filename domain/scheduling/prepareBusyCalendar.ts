import { dayNumberOf } from '../dates/calendarDay'
import { parseCalendarDay } from '../dates/parseCalendarDay'
import { DomainError } from '../errors'
import type { BusyHalfDay } from './hearingInput'

/**
 * A court's bookings laid out once by day: for every day of `from…to`, which half-days each judge
 * and each room is taken. Built by {@link prepareBusyCalendar}; read by `suggestHearingSlots`
 * through `HearingSlotInput.calendar`.
 */
export interface BusyCalendar {
  /** Day number of `from` (days since 1970-01-01). */
  readonly first: number
  readonly length: number
  readonly judgeIndex: ReadonlyMap<string, number>
  readonly roomIndex: ReadonlyMap<string, number>
  /** [(d * 2 + half) * J + j] = 1 when judge j is busy on day first + d. */
  readonly judgeBusy: Uint8Array
  /** [d * J + j] = busy half-days of judge j on day first + d. */
  readonly judgeLoad: Uint8Array
  readonly roomBusy: Uint8Array
  /** [d * R + r] = 1 when room r has any booking on day first + d. */
  readonly roomBooked: Uint8Array
}

const fail = (code: string, message: string, field: string) => new DomainError(code, message, field)

function indexOf(list: Array<{ id: string }>, field: string, what: string): Map<string, number> {
  if (!Array.isArray(list)) throw fail('HEARING_INPUT_INVALID', `${what}应为列表`, field)
  const index = new Map<string, number>()
  list.forEach((item, i) => {
    const id = item?.id
    if (typeof id !== 'string' || id === '') throw fail('HEARING_INPUT_INVALID', `第${i + 1}个${what}缺少编号`, `${field}[${i}].id`)
    if (index.has(id)) throw fail('HEARING_INPUT_INVALID', `${what}“${id}”重复出现`, `${field}[${i}].id`)
    index.set(id, i)
  })
  return index
}

/**
 * Lays busy half-days into day-major flags: `busy[(d * 2 + half) * width + j]` and a per-day count
 * (`perDay[d * width + j]`, half-days when `countHalves`, else 1 for any booking), for the `length`
 * days from day number `first`. Entries outside those days are checked and skipped. Internal to
 * the scheduler; one rule for both the prepared calendar and a case's own bookings.
 */
export function bookingsLayout(first: number, length: number) {
  // Busy lists are long (thousands of entries) but name few distinct dates: parse each date once.
  const dayCache = new Map<string, number>()
  const dayOffset = (date: string, field: string) => {
    let n = dayCache.get(date)
    if (n === undefined) {
      n = dayNumberOf(parseCalendarDay(date, field)) - first
      dayCache.set(date, n)
    }
    return n
  }
  return (list: Array<{ busy: BusyHalfDay[] }>, field: string, busy: Uint8Array, perDay: Uint8Array, countHalves: boolean) => {
    const width = list.length
    list.forEach((item, j) => {
      if (!Array.isArray(item.busy)) throw fail('HEARING_INPUT_INVALID', '已有安排应为列表', `${field}[${j}].busy`)
      const entries = item.busy
      for (let k = 0; k < entries.length; k++) {
        const entry = entries[k]
        const d = dayOffset(entry?.date as string, `${field}[${j}].busy[${k}].date`)
        const half = entry?.half === 'am' ? 0 : entry?.half === 'pm' ? 1 : -1
        if (half < 0) throw fail('HEARING_INPUT_INVALID', '半天应为上午（am）或下午（pm）', `${field}[${j}].busy[${k}].half`)
        if (d < 0 || d >= length) continue
        const slot = (d * 2 + half) * width + j
        if (busy[slot]) continue
        busy[slot] = 1
        perDay[d * width + j] = countHalves ? perDay[d * width + j] + 1 : 1
      }
    })
  }
}

/**
 * Lays a court's bookings out by day once, so that each hearing suggestion reads them instead of
 * walking every booking again.
 *
 * Rule: a court with 1,000 judges and 100 rooms booked over a year holds hundreds of thousands of
 * busy half-days; a suggestion looks at one case's horizon (at most about seven months) of them.
 * Walking the whole list for every suggestion is what makes a province-sized court slow, so the
 * caller prepares the calendar once (for example when the court's bookings change) and passes it
 * to `suggestHearingSlots` as `calendar`; the case's own judges and rooms are then read from it by
 * id. Bookings outside `from…to` are left out; days outside it count as free.
 *
 * @param input.from first day kept, 'YYYY-MM-DD'
 * @param input.to last day kept, 'YYYY-MM-DD' (at most three years after `from`)
 * @param input.judges every judge of the court with their busy half-days
 * @param input.rooms every courtroom and circuit point with their busy half-days
 * @throws DomainError 'DATE_INVALID' / 'DATE_OUT_OF_RANGE', 'HEARING_INPUT_INVALID' naming the field
 * @example
 * const calendar = prepareBusyCalendar({ from: '2026-07-20', to: '2027-07-19', judges: [{ id: 'j1', busy: [{ date: '2026-07-27', half: 'am' }] }], rooms: [{ id: 'r1', busy: [] }] })
 * suggestHearingSlots({ today: '2026-07-20', procedure: 'simple', filedOn: '2026-07-01', parties: [{ id: 'p1' }], judges: [{ id: 'j1', busy: [] }], rooms: [{ id: 'r1', busy: [] }], calendar }).slots[0]
 * // { date: '2026-07-27', half: 'pm', judgeId: 'j1', roomId: 'r1', provisional: false, notes: [] }
 */
export function prepareBusyCalendar(input: {
  from: string
  to: string
  judges: Array<{ id: string; busy: BusyHalfDay[] }>
  rooms: Array<{ id: string; busy: BusyHalfDay[] }>
}): BusyCalendar {
  const first = dayNumberOf(parseCalendarDay(input.from, 'from'))
  const last = dayNumberOf(parseCalendarDay(input.to, 'to'))
  if (last < first) throw fail('HEARING_INPUT_INVALID', '结束日期早于开始日期', 'to')
  if (last - first > 3 * 366) throw fail('HEARING_INPUT_INVALID', '日程最长整理三年', 'to')
  const length = last - first + 1
  const judgeIndex = indexOf(input.judges, 'judges', '法官')
  const roomIndex = indexOf(input.rooms, 'rooms', '法庭')
  const layout = bookingsLayout(first, length)
  const J = input.judges.length
  const R = input.rooms.length
  const judgeBusy = new Uint8Array(length * 2 * J)
  const judgeLoad = new Uint8Array(length * J)
  layout(input.judges, 'judges', judgeBusy, judgeLoad, true)
  const roomBusy = new Uint8Array(length * 2 * R)
  const roomBooked = new Uint8Array(length * R)
  layout(input.rooms, 'rooms', roomBusy, roomBooked, false)
  return { first, length, judgeIndex, roomIndex, judgeBusy, judgeLoad, roomBusy, roomBooked }
}
