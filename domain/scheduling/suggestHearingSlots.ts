import { isWorkday } from '../calendar/isWorkday'
import { HEARING_NOTICE_DAYS } from '../service/earliestHearingAfterNotice'
import { type CompiledHearingInput, compileHearingInput, type HalfDay, type HearingSlotInput } from './hearingInput'

/** One suggested hearing: a half-day with a free judge and a free room or circuit point. */
export interface HearingSlot {
  date: string
  half: HalfDay
  judgeId: string
  roomId: string
  /** The day is a working day only by the provisional holiday rule (year not yet published). */
  provisional: boolean
  /** Plain-Chinese remarks, e.g. the farm window a slot falls in when none was free of them. */
  notes: string[]
}

/** A run of consecutive days no hearing can take for one reason, e.g. '国庆节假期'. */
export interface ExcludedStretch {
  from: string
  to: string
  reason: string
}

type Day = ReturnType<typeof isWorkday>

interface Option {
  i: number
  h: number
  judge: number
  room: number
  roomRank: number
  hits: number
}

const HALVES: readonly HalfDay[] = ['am', 'pm']

const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`

/** The own judge (listed first) if free; else the free judge with the fewest bookings that day, then list order. */
function bestJudge(c: CompiledHearingInput, i: number, h: number): number {
  const J = c.judgeIds.length
  const base = (i * 2 + h) * J
  if (!c.judgeBusy[base]) return 0
  let best = -1
  let bestLoad = 3
  for (let j = 1; j < J; j++) {
    if (c.judgeBusy[base + j]) continue
    const load = c.judgeLoad[i * J + j]
    if (load < bestLoad) {
      best = j
      bestLoad = load
    }
  }
  return best
}

/**
 * Rank of a free room that half-day: 0 a circuit point near a party that already has a hearing
 * that day (one trip serves several cases), 1 a courtroom or another circuit point near a party,
 * 2 a circuit point near no party.
 */
function roomRankOf(c: CompiledHearingInput, i: number, r: number): number {
  const kind = c.roomKind[r]
  return kind === 0 ? (c.roomBooked[i * c.roomIds.length + r] ? 0 : 1) : kind
}

function bestRoom(c: CompiledHearingInput, i: number, h: number): { room: number; rank: number } | undefined {
  const R = c.roomIds.length
  const base = (i * 2 + h) * R
  let best: { room: number; rank: number } | undefined
  for (let r = 0; r < R; r++) {
    if (c.roomBusy[base + r]) continue
    const rank = roomRankOf(c, i, r)
    if (!best || rank < best.rank) best = { room: r, rank }
    if (rank === 0) break
  }
  return best
}

function compareOptions(c: CompiledHearingInput, a: Option, b: Option): number {
  const J = c.judgeIds.length
  return (
    a.hits - b.hits ||
    a.i - b.i ||
    (c.rural ? a.h - b.h : 0) ||
    (a.judge === 0 ? 0 : 1) - (b.judge === 0 ? 0 : 1) ||
    c.judgeLoad[a.i * J + a.judge] - c.judgeLoad[b.i * J + b.judge] ||
    a.judge - b.judge ||
    a.roomRank - b.roomRank ||
    a.room - b.room ||
    a.h - b.h
  )
}

/**
 * Half-days meeting every hard rule, best first. With `relaxed` false, days in a farm window are
 * skipped and the scan stops once `limit` half-days are found (days are the first sort key);
 * with `relaxed` true they are allowed and ranked by how many windows they fall in first.
 */
function search(c: CompiledHearingInput, days: Day[], relaxed: boolean): Option[] {
  const found: Option[] = []
  for (let n = c.earliest; n <= c.latest; n++) {
    const i = n - c.start
    if (!days[i].workday || c.unavailable[i]) continue
    const hits = c.farmHits[i]?.length ?? 0
    if (hits > 0 && !relaxed) continue
    const today: Option[] = []
    for (let h = 0; h < 2; h++) {
      const judge = bestJudge(c, i, h)
      if (judge < 0) continue
      const room = bestRoom(c, i, h)
      if (room) today.push({ i, h, judge, room: room.room, roomRank: room.rank, hits })
    }
    found.push(...today.sort((a, b) => compareOptions(c, a, b)))
    if (!relaxed && found.length >= c.limit) break
  }
  return (relaxed ? found.sort((a, b) => compareOptions(c, a, b)) : found).slice(0, c.limit)
}

function isFull(c: CompiledHearingInput, i: number): boolean {
  const J = c.judgeIds.length
  const R = c.roomIds.length
  for (let h = 0; h < 2; h++) {
    let judgeFree = false
    for (let j = 0, base = (i * 2 + h) * J; j < J && !judgeFree; j++) judgeFree = !c.judgeBusy[base + j]
    if (!judgeFree) continue
    for (let r = 0, base = (i * 2 + h) * R; r < R; r++) if (!c.roomBusy[base + r]) return false
  }
  return true
}

/** Every excluded day of the horizon under each of its reasons, merged into runs. */
function explain(c: CompiledHearingInput, days: Day[]): ExcludedStretch[] {
  const runs = new Map<string, Array<[number, number]>>()
  const add = (reason: string, i: number) => {
    let list = runs.get(reason)
    if (!list) runs.set(reason, (list = []))
    const last = list[list.length - 1]
    if (last && last[1] === i - 1) last[1] = i
    else list.push([i, i])
  }
  const limitReason = `超出审限（${c.procedureName}）`
  const noticeReason = `送达传票后需留出${HEARING_NOTICE_DAYS}日`
  const defenceReason = `${c.defenceWaived ? '起诉状副本送达前' : '答辩期内'}（至${monthDay(c.defenceDue)}）`
  for (let i = 0; i < c.length; i++) {
    const n = c.start + i
    const day = days[i]
    if (n > c.latest) add(limitReason, i)
    if (n < c.noticeFirst) add(noticeReason, i)
    if (n <= c.defenceDueDay) add(defenceReason, i)
    if (!day.workday) add(day.holiday === undefined ? '周末' : `${day.holiday}假期${day.provisional ? '（预计）' : ''}`, i)
    if (c.unavailable[i]) add('当事人申报不便', i)
    for (const w of c.farmHits[i] ?? []) add(c.windows[w].reason, i)
    if (day.workday && n <= c.latest && isFull(c, i)) add('法官或法庭已排满', i)
  }
  const stretches: Array<{ from: number; seq: number; stretch: ExcludedStretch }> = []
  for (const [reason, list] of runs) {
    for (const [from, to] of list) stretches.push({ from, seq: stretches.length, stretch: { from: c.dates[from], to: c.dates[to], reason } })
  }
  return stretches.sort((a, b) => a.from - b.from || a.seq - b.seq).map((s) => s.stretch)
}

/**
 * Suggests half-days for a hearing that every party can attend, inside every legal limit, and
 * explains each day it leaves out.
 *
 * Hard rules, never relaxed:
 * - a working day by {@link isWorkday} (《民事诉讼法》第八十五条 product rule); days that are
 *   working days only by the provisional festival rule come back `provisional: true`;
 * - notice (第一百三十九条, “开庭三日前通知”): no earlier than `earliestHearingAfterNotice`
 *   of the day the summons is served — three whole days between, so served + 4 days at the
 *   earliest, on a working day — the same rule the 传票 itself is checked by;
 * - strictly after the defence period (第一百二十八条; `dueDate('defence', complaintServedOn)`), so
 *   the defendant has all fifteen days — thirty when a party is marked `abroad` (a defendant
 *   without domicile in China, 第二百八十五条, rule 'defence-abroad'); in small claims, the days the
 *   court set with the defendant's consent instead (`agreedDefenceDays`, at most 15, 0 when the
 *   parties need none: 《民诉法解释》第二百七十五条);
 * - on or before the trial time limit (`trialLimitEnd`: 第一百五十二、一百六十四、一百六十八条);
 * - after today; the judge and the room both free that half-day; outside every party's declared
 *   `unavailable` range.
 *
 * Farm windows (court practice, not statute): no slot inside a window of any party's listed
 * activities (farm-calendars data, with the court's `farmOverrides`). Only when no half-day
 * satisfies everything do the windows give way — the legal rules never do — and then each slot
 * carries a note naming the farm activity it falls in, and half-days in fewer windows rank first.
 *
 * Ranking, each key breaking the previous one's ties: (relaxed only: fewer farm windows), earlier
 * date; mornings first when any party farms (they travel from the village and work the
 * afternoon); the case's own judge (the first listed) first; the judge with fewer bookings that
 * day; judge list order; then the room: a circuit point near a party (`nearRoomIds`) already
 * holding a hearing that day first (one trip, several cases of the same area — 第一百三十八条
 * 巡回审理), circuit points near no party last, otherwise room list order; finally morning before
 * afternoon. Each half-day is suggested once, with its best judge and room: the party picks a
 * time, not a room.
 *
 * `excluded` covers every day from tomorrow to the end of the month in which the trial limit has
 * passed (so a month calendar can explain each greyed day, the first day over the limit
 * included), one merged run per reason; a day may carry several reasons. Reasons: '周末', '国庆节假期' (…'（预计）' in unpublished years), '送达传票后需留出3日',
 * '答辩期内（至11月20日）' ('起诉状副本送达前（至…）' when no defence period was agreed), '超出审限（简易程序三个月）', '当事人申报不便', '法官或法庭已排满', and
 * farm windows as '麦收农忙期（额尔古纳，小麦收割，8月10日至9月10日）'.
 *
 * Defaults: `complaintServedOn` is filing + 5 days (the latest 第一百二十八条 allows);
 * `summonsServedOn` is the next working day after today (e-service); `limit` 5.
 *
 * @param input see {@link HearingSlotInput}; rooms may mark `circuitPoint`, parties may list `nearRoomIds`,
 *   and `farmOverrides` carries the court's per-year farm windows
 * @returns `slots` (at most `limit`, best first, unique per date and half) and `excluded`
 * @throws DomainError for bad input: 'DATE_INVALID' / 'DATE_OUT_OF_RANGE', 'PROCEDURE_UNKNOWN',
 *   'HEARING_LIMIT_INVALID', 'HEARING_FILED_AFTER_TODAY', 'HEARING_SERVED_BEFORE_FILING',
 *   'HEARING_UNAVAILABLE_INVALID', 'HEARING_INPUT_INVALID', 'HEARING_AGREED_PERIOD_INVALID', 'HEARING_NO_JUDGE', 'HEARING_NO_ROOM',
 *   'FARM_REGION_UNKNOWN', 'FARM_ACTIVITY_UNKNOWN', 'FARM_OVERRIDE_INVALID'
 * @example
 * suggestHearingSlots({
 *   today: '2026-07-20', procedure: 'simple', filedOn: '2026-07-01',
 *   parties: [{ id: 'p1', farm: { region: 'ergun', activities: ['wheat-harvest', 'haymaking'] } }],
 *   judges: [{ id: 'j1', busy: [] }], rooms: [{ id: 'r1', busy: [] }],
 * }).slots[0]
 * // { date: '2026-07-27', half: 'am', judgeId: 'j1', roomId: 'r1', provisional: false, notes: [] }
 */
export function suggestHearingSlots(input: HearingSlotInput): { slots: HearingSlot[]; excluded: ExcludedStretch[] } {
  const c = compileHearingInput(input)
  const days = c.dates.map((date) => isWorkday(date))
  let options = search(c, days, false)
  const relaxed = options.length === 0
  if (relaxed) options = search(c, days, true)
  const slots = options.map((o): HearingSlot => {
    const notes: string[] = []
    if (relaxed) for (const w of c.farmHits[o.i] ?? []) notes.push(`正值${c.windows[w].reason}，审限内已没有避开农忙的日期`)
    if (o.roomRank === 0) notes.push('巡回审判：当天已有其他案件在此开庭，可一同前往')
    return {
      date: c.dates[o.i],
      half: HALVES[o.h],
      judgeId: c.judgeIds[o.judge],
      roomId: c.roomIds[o.room],
      provisional: days[o.i].provisional,
      notes,
    }
  })
  return { slots, excluded: explain(c, days) }
}
