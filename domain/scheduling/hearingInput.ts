import { nextWorkday } from '../calendar/nextWorkday'
import { addDays } from '../dates/addDays'
import { calendarDayOf, dayNumberOf, daysInMonth, formatCalendarDay } from '../dates/calendarDay'
import { parseCalendarDay } from '../dates/parseCalendarDay'
import { DomainError } from '../errors'
import { dueDate } from '../periods/dueDate'
import { periodEnd } from '../periods/periodEnd'
import { trialLimitEnd } from '../periods/trialLimitEnd'
import { earliestHearingAfterNotice } from '../service/earliestHearingAfterNotice'
import { type BusyCalendar, bookingsLayout } from './prepareBusyCalendar'
import { describeFarmWindow, type FarmWindow, type FarmWindowOverride, farmWindowsChecked, validateFarmOverrides } from './farmCalendar'

/** Morning or afternoon session of a court day. */
export type HalfDay = 'am' | 'pm'

/** A half-day a judge or a room is already booked. */
export interface BusyHalfDay {
  date: string
  half: HalfDay
}

/** A party as scheduling sees them. */
export interface HearingParty {
  id: string
  /** Their farm profile: a region of the farm calendar and the activities they do there. */
  farm?: { region: string; activities: string[] }
  /** Days they declared they cannot come, inclusive ranges; these are never relaxed. */
  unavailable?: Array<{ from: string; to: string }>
  /** Optional: ids of circuit points (rooms) near where they live, for trip sharing. */
  nearRoomIds?: string[]
  /**
   * Optional: a defendant without domicile in China (在中华人民共和国领域内没有住所): the defence
   * period is 30 days (《民事诉讼法》第二百八十五条). Mark defendants only; marking any party
   * lengthens the case's defence period, never shortens it.
   */
  abroad?: boolean
}

/** A judge who may hear the case; the first one listed is the case's own judge (承办法官). */
export interface HearingJudge {
  id: string
  busy: BusyHalfDay[]
}

/** A courtroom, or a circuit point (巡回审判点) standing in for one. */
export interface HearingRoom {
  id: string
  busy: BusyHalfDay[]
  /** Optional: true for a circuit point in a village rather than a courtroom. */
  circuitPoint?: boolean
}

/** The input of {@link suggestHearingSlots}. */
export interface HearingSlotInput {
  today: string
  procedure: 'small-claims' | 'simple' | 'ordinary'
  filedOn: string
  complaintServedOn?: string
  summonsServedOn?: string
  parties: HearingParty[]
  judges: HearingJudge[]
  rooms: HearingRoom[]
  limit?: number
  /** Optional: the court's per-year farm window adjustments (see validateFarmOverrides). */
  farmOverrides?: FarmWindowOverride[]
  /**
   * Optional, small claims only: the defence period in days the court set with the defendant's
   * consent, at most 15 (《民诉法解释》第二百七十五条第二款); 0 when the parties said they need none
   * (第三款). Without it the statutory 15 days apply.
   */
  agreedDefenceDays?: number
  /**
   * Optional: the court's bookings prepared once with `prepareBusyCalendar`. The judges' and
   * rooms' busy half-days are then read from it by id (each must be in it), in addition to any
   * listed in their own `busy`.
   */
  calendar?: BusyCalendar
}

/** The longest defence period a small-claims court may set with the defendant's consent (《民诉法解释》第二百七十五条第二款). */
export const SMALL_CLAIMS_MAX_DEFENCE_DAYS = 15

export const PROCEDURE_LIMIT_NAMES = { 'small-claims': '小额诉讼程序两个月', simple: '简易程序三个月', ordinary: '普通程序六个月' } as const

/**
 * Everything {@link suggestHearingSlots} needs, checked and laid out on day numbers of a horizon:
 * index `i` is the day `start + i`. Busy flags are typed arrays so a 50 × 10 × 180 search reads
 * memory instead of hashing strings. Internal.
 */
export interface CompiledHearingInput {
  limit: number
  rural: boolean
  procedureName: string
  /** Horizon: from the day after today to the end of the month of the day after the trial limit (or of tomorrow). */
  start: number
  length: number
  dates: string[]
  /** First day every hard date rule allows (notice, defence, after today) and the last (trial limit). */
  earliest: number
  latest: number
  summonsServedOn: string
  defenceDue: string
  /** Small claims with no defence period agreed: `defenceDue` is the day before the complaint is served. */
  defenceWaived: boolean
  /** The day after the three clear days of notice (第一百三十九条); days before it are explained by the notice. */
  noticeFirst: number
  defenceDueDay: number
  unavailable: Uint8Array
  /** Per day, indexes into `windows` of the farm windows covering it. */
  farmHits: Array<number[] | undefined>
  windows: Array<{ window: FarmWindow; reason: string }>
  judgeIds: string[]
  roomIds: string[]
  /** [(i * 2 + half) * J + j] = 1 when judge j is busy on horizon day i, half 0 = am, 1 = pm. */
  judgeBusy: Uint8Array
  /** [i * J + j] = busy half-days of judge j on horizon day i. */
  judgeLoad: Uint8Array
  roomBusy: Uint8Array
  /** [i * R + r] = 1 when room r has any booking on horizon day i. */
  roomBooked: Uint8Array
  /** Per room: 0 circuit point near a party, 1 courtroom, 2 circuit point near no party. */
  roomKind: Uint8Array
}

const fail = (code: string, message: string, field: string) => new DomainError(code, message, field)

/** Re-raises a DomainError from a helper against the caller's field name. */
function blame<T>(field: string, f: () => T): T {
  try {
    return f()
  } catch (e) {
    if (e instanceof DomainError) throw new DomainError(e.code, e.message, field)
    throw e
  }
}

const dayOf = (date: string, field: string) => dayNumberOf(parseCalendarDay(date, field))

function monthEnd(n: number): number {
  const { year, month } = calendarDayOf(n)
  return dayNumberOf({ year, month, day: daysInMonth(year, month) })
}

function checkIds(list: unknown, field: string, what: string): void {
  if (!Array.isArray(list)) throw fail('HEARING_INPUT_INVALID', `${what}应为列表`, field)
  const seen = new Set<string>()
  list.forEach((item: unknown, i) => {
    const id = (item as { id?: unknown } | null)?.id
    if (typeof id !== 'string' || id === '') throw fail('HEARING_INPUT_INVALID', `第${i + 1}个${what}缺少编号`, `${field}[${i}].id`)
    if (seen.has(id)) throw fail('HEARING_INPUT_INVALID', `${what}“${id}”重复出现`, `${field}[${i}].id`)
    seen.add(id)
  })
}

/**
 * The defence period the hearing must wait out: the statutory 15 days (第一百二十八条), 30 for a
 * defendant abroad (第二百八十五条), or in small claims the days agreed (《民诉法解释》第二百七十五条),
 * counted like any period (第八十五条; a court-set period rolls over days off too). With 0 agreed
 * days there is nothing to wait for once the complaint is served (第三款 allows a hearing at once):
 * `due` is the day before its service.
 */
function defencePeriod(input: HearingSlotInput, complaintServedOn: string): { due: string; waived?: true } {
  const parties: unknown[] = Array.isArray(input.parties) ? input.parties : []
  const abroadAt = parties.findIndex((p) => (p as HearingParty | null)?.abroad === true)
  if (abroadAt >= 0 && input.procedure === 'small-claims') {
    throw fail('HEARING_INPUT_INVALID', '有当事人在境外的是涉外案件，不适用小额诉讼程序', `parties[${abroadAt}].abroad`)
  }
  if (input.agreedDefenceDays === undefined) {
    return blame('complaintServedOn', () => dueDate({ rule: abroadAt >= 0 ? 'defence-abroad' : 'defence', from: complaintServedOn }))
  }
  const days = input.agreedDefenceDays
  if (input.procedure !== 'small-claims') {
    throw fail('HEARING_AGREED_PERIOD_INVALID', '只有小额诉讼案件可以约定缩短答辩期间', 'agreedDefenceDays')
  }
  if (!Number.isSafeInteger(days) || days < 0 || days > SMALL_CLAIMS_MAX_DEFENCE_DAYS) {
    throw fail('HEARING_AGREED_PERIOD_INVALID', `约定的答辩期间应为0至${SMALL_CLAIMS_MAX_DEFENCE_DAYS}日`, 'agreedDefenceDays')
  }
  if (days === 0) return { due: addDays(complaintServedOn, -1), waived: true }
  return blame('complaintServedOn', () => periodEnd({ from: complaintServedOn, days }))
}

/**
 * Checks the input and lays it out for the search. Internal to {@link suggestHearingSlots}.
 *
 * @throws DomainError for any bad input, naming the field
 */
export function compileHearingInput(input: HearingSlotInput): CompiledHearingInput {
  if (!input || typeof input !== 'object') throw fail('HEARING_INPUT_INVALID', '排期请求格式不对', 'input')
  const limit = input.limit ?? 5
  if (!Number.isSafeInteger(limit) || limit < 1) throw fail('HEARING_LIMIT_INVALID', '建议的开庭时间个数应为正整数', 'limit')

  const today = dayOf(input.today, 'today')
  const filed = dayOf(input.filedOn, 'filedOn')
  if (filed > today) throw fail('HEARING_FILED_AFTER_TODAY', '立案日期不能晚于今天，请核对', 'filedOn')
  const limitEnd = trialLimitEnd({ procedure: input.procedure, filedOn: input.filedOn })
  const procedureName = PROCEDURE_LIMIT_NAMES[input.procedure]

  const complaintServedOn = input.complaintServedOn ?? addDays(input.filedOn, 5)
  if (dayOf(complaintServedOn, 'complaintServedOn') < filed) {
    throw fail('HEARING_SERVED_BEFORE_FILING', '起诉状副本送达日期不能早于立案日期', 'complaintServedOn')
  }
  const defence = defencePeriod(input, complaintServedOn)
  const summonsServedOn = input.summonsServedOn ?? blame('today', () => nextWorkday(input.today))
  if (dayOf(summonsServedOn, 'summonsServedOn') < filed) {
    throw fail('HEARING_SERVED_BEFORE_FILING', '传票送达日期不能早于立案日期', 'summonsServedOn')
  }

  const start = today + 1
  const latest = dayOf(limitEnd, 'filedOn')
  const end = monthEnd(Math.max(latest + 1, start))
  const length = end - start + 1
  const dates: string[] = new Array(length)
  for (let i = 0; i < length; i++) dates[i] = formatCalendarDay(calendarDayOf(start + i))
  const notice = blame('summonsServedOn', () => earliestHearingAfterNotice(summonsServedOn))
  // The clear days are what the notice reason explains; a day off after them is explained as a day off.
  const noticeFirst = dayOf(notice.clearDays.to, 'summonsServedOn') + 1
  const defenceDueDay = dayOf(defence.due, 'complaintServedOn')
  const earliest = Math.max(start, dayOf(notice.earliestHearing, 'summonsServedOn'), defenceDueDay + 1)

  checkIds(input.parties, 'parties', '当事人')
  checkIds(input.judges, 'judges', '法官')
  checkIds(input.rooms, 'rooms', '法庭')
  if (input.judges.length === 0) throw fail('HEARING_NO_JUDGE', '没有可以安排开庭的法官', 'judges')
  if (input.rooms.length === 0) throw fail('HEARING_NO_ROOM', '没有可以使用的法庭或巡回审判点', 'rooms')
  const overrides = input.farmOverrides === undefined ? undefined : validateFarmOverrides(input.farmOverrides, 'farmOverrides')

  const { unavailable, farmHits, windows, near, rural } = layoutParties(input, start, end, overrides)
  const { judgeBusy, judgeLoad, roomBusy, roomBooked } = layoutBusy(input, start, length, latest)
  const roomKind = new Uint8Array(input.rooms.length)
  input.rooms.forEach((room, r) => {
    roomKind[r] = room.circuitPoint === true ? (near.has(room.id) ? 0 : 2) : 1
  })

  return {
    limit,
    rural,
    procedureName,
    start,
    length,
    dates,
    earliest,
    latest,
    summonsServedOn,
    defenceDue: defence.due,
    defenceWaived: defence.waived === true,
    noticeFirst,
    defenceDueDay,
    unavailable,
    farmHits,
    windows,
    judgeIds: input.judges.map((j) => j.id),
    roomIds: input.rooms.map((r) => r.id),
    judgeBusy,
    judgeLoad,
    roomBusy,
    roomBooked,
    roomKind,
  }
}

/** Per day of the horizon: whether a party declared it unavailable, and which farm windows cover it. */
function layoutParties(input: HearingSlotInput, start: number, end: number, overrides: ReturnType<typeof validateFarmOverrides> | undefined) {
  const length = end - start + 1
  const unavailable = new Uint8Array(length)
  const farmHits: Array<number[] | undefined> = new Array(length)
  const windows: CompiledHearingInput['windows'] = []
  const windowIndex = new Map<string, number>()
  const near = new Set<string>()
  let rural = false
  const firstYear = calendarDayOf(start).year
  const lastYear = calendarDayOf(end).year
  input.parties.forEach((party, p) => {
    const at = `parties[${p}]`
    if (party.unavailable !== undefined) {
      if (!Array.isArray(party.unavailable)) throw fail('HEARING_INPUT_INVALID', '不便日期应为列表', `${at}.unavailable`)
      party.unavailable.forEach((range, k) => {
        const from = dayOf(range?.from as string, `${at}.unavailable[${k}].from`)
        const to = dayOf(range?.to as string, `${at}.unavailable[${k}].to`)
        if (to < from) throw fail('HEARING_UNAVAILABLE_INVALID', '不便日期的开始日晚于结束日，请核对', `${at}.unavailable[${k}].to`)
        for (let n = Math.max(from, start); n <= Math.min(to, end); n++) unavailable[n - start] = 1
      })
    }
    if (party.nearRoomIds !== undefined) {
      if (!Array.isArray(party.nearRoomIds)) throw fail('HEARING_INPUT_INVALID', '附近的巡回审判点应为列表', `${at}.nearRoomIds`)
      for (const id of party.nearRoomIds) near.add(id)
    }
    if (party.farm === undefined) return
    if (!party.farm || typeof party.farm !== 'object') throw fail('HEARING_INPUT_INVALID', '农忙信息格式不对', `${at}.farm`)
    rural = true
    for (let year = firstYear; year <= lastYear; year++) {
      for (const window of farmWindowsChecked(party.farm.region, party.farm.activities, year, overrides, `${at}.farm.region`, `${at}.farm.activities`)) {
        const reason = describeFarmWindow(window)
        // Two parties may share a window; the same window of another year is another window.
        const key = `${reason}|${window.from}`
        if (windowIndex.has(key)) continue
        const w = windows.length
        windowIndex.set(key, w)
        windows.push({ window, reason })
        for (let n = Math.max(dayOf(window.from, 'farmOverrides'), start); n <= Math.min(dayOf(window.to, 'farmOverrides'), end); n++) {
          ;(farmHits[n - start] ??= []).push(w)
        }
      }
    }
  })

  return { unavailable, farmHits, windows, near, rural }
}

/** Per half-day of the horizon: which judges and rooms are taken, and how loaded each judge's day is. */
function layoutBusy(input: HearingSlotInput, start: number, length: number, latest: number) {
  const layout = bookingsLayout(start, length)
  const J = input.judges.length
  const R = input.rooms.length
  const judgeBusy = new Uint8Array(length * 2 * J)
  const judgeLoad = new Uint8Array(length * J)
  const roomBusy = new Uint8Array(length * 2 * R)
  const roomBooked = new Uint8Array(length * R)
  if (input.calendar !== undefined) {
    const cal = input.calendar
    const judgeCols = columnsIn(cal, cal.judgeIndex, input.judges, 'judges', '法官')
    const roomCols = columnsIn(cal, cal.roomIndex, input.rooms, 'rooms', '法庭')
    // Neither the search nor the "fully booked" explanation looks past the trial limit.
    const used = Math.max(0, Math.min(length, latest - start + 1))
    copyFromCalendar(cal, start, used, judgeCols, cal.judgeIndex.size, cal.judgeBusy, cal.judgeLoad, judgeBusy, judgeLoad)
    copyFromCalendar(cal, start, used, roomCols, cal.roomIndex.size, cal.roomBusy, cal.roomBooked, roomBusy, roomBooked)
  }
  layout(input.judges, 'judges', judgeBusy, judgeLoad, true)
  layout(input.rooms, 'rooms', roomBusy, roomBooked, false)
  return { judgeBusy, judgeLoad, roomBusy, roomBooked }
}

/** The calendar column of each judge or room of the case, in the case's order. */
function columnsIn(cal: BusyCalendar, index: ReadonlyMap<string, number>, list: Array<{ id: string }>, field: string, what: string): Int32Array {
  if (!cal || !(cal.judgeBusy instanceof Uint8Array)) throw fail('HEARING_INPUT_INVALID', '预先整理的日程格式不对', 'calendar')
  const cols = new Int32Array(list.length)
  list.forEach((item, j) => {
    const col = index.get(item.id)
    if (col === undefined) throw fail('HEARING_INPUT_INVALID', `${what}“${item.id}”不在预先整理的日程中`, `${field}[${j}].id`)
    cols[j] = col
  })
  return cols
}

/** Copies the horizon's days of the calendar into the case's layout; days outside the calendar stay free. */
function copyFromCalendar(
  cal: BusyCalendar,
  start: number,
  length: number,
  cols: Int32Array,
  width: number,
  calBusy: Uint8Array,
  calPerDay: Uint8Array,
  busy: Uint8Array,
  perDay: Uint8Array,
) {
  const W = cols.length
  const from = Math.max(0, cal.first - start)
  const to = Math.min(length, cal.first + cal.length - start)
  for (let i = from; i < to; i++) {
    const d = start + i - cal.first
    for (let h = 0; h < 2; h++) {
      const src = (d * 2 + h) * width
      const dst = (i * 2 + h) * W
      for (let j = 0; j < W; j++) busy[dst + j] = calBusy[src + cols[j]]
    }
    const src = d * width
    const dst = i * W
    for (let j = 0; j < W; j++) perDay[dst + j] = calPerDay[src + cols[j]]
  }
}
