import { addMonths } from '@domain/dates/addMonths'
import { daysInMonth } from '@domain/dates/daysInMonth'
import { weekdayOf } from '@domain/dates/weekdayOf'
import type { CalendarData, ExcludedStretch, FarmWindowView, HearingSlot } from '../../api/hearings'

export const WEEKDAY_NAMES = ['日', '一', '二', '三', '四', '五', '六']

const pad = (n: number) => String(n).padStart(2, '0')

/** 'YYYY-MM' moved by n months (the calendar pages month by month). */
export const shiftMonth = (month: string, n: number): string => addMonths(`${month}-01`, n).slice(0, 7)

export const monthTitle = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`

/** One shade per farm activity, in legend order; a day in two seasons shows both, split diagonally. */
export const FARM_SHADES = ['#f6d776', '#a5d6a7', '#ffcc80', '#ce93d8', '#90caf9']

export function farmBackground(shades: number[]): string | undefined {
  const colors = shades.map((i) => FARM_SHADES[i % FARM_SHADES.length])
  if (colors.length === 0) return undefined
  if (colors.length === 1) return colors[0]
  const step = 100 / colors.length
  return `linear-gradient(135deg, ${colors.map((c, i) => `${c} ${i * step}%, ${c} ${(i + 1) * step}%`).join(', ')})`
}

/** '麦收' from '麦收农忙期': two characters fit under a day number. */
export const shortSeason = (w: Pick<FarmWindowView, 'season'>) => w.season.replace(/农忙期$/, '').slice(0, 2)

export interface DayCell {
  date: string
  day: number
  /** today or before: nothing can be chosen */
  past: boolean
  /** a suggested half-day falls on it */
  slots: HearingSlot[]
  /** the first of the party's own farm windows covering it */
  farm: FarmWindowView | null
  /** legend indexes of every farm window covering it, for its shades */
  farmShades: number[]
  holiday: string | null
  /** no hearing can be held (weekend, holiday, after the trial limit, any excluded reason) */
  closed: boolean
  /** every reason, in words, for the explanation shown on tap */
  reasons: string[]
}

export interface CalendarInput {
  calendar: CalendarData
  slots: HearingSlot[]
  excluded: ExcludedStretch[]
}

/** The party's farm activities in calendar order: one legend entry and one shade each. */
export function farmLegend(calendar: CalendarData): FarmWindowView[] {
  const seen = new Map<string, FarmWindowView>()
  for (const w of calendar.farm) if (!seen.has(w.activity)) seen.set(w.activity, w)
  return [...seen.values()]
}

/** Everything the calendar knows about one day. */
export function dayInfo(date: string, input: CalendarInput): DayCell {
  const { calendar, slots, excluded } = input
  const within = (r: { from: string; to: string }) => r.from <= date && date <= r.to
  const reasons = new Set<string>()
  const past = date <= calendar.today
  if (past) reasons.add(date === calendar.today ? '今天不能开庭' : '这一天已经过去了')
  const holidayEntry = calendar.holidays.find(within)
  if (holidayEntry) reasons.add(`${holidayEntry.name}假期${holidayEntry.provisional ? '（预计）' : ''}`)
  const wd = weekdayOf(date)
  if (!holidayEntry && (wd === 0 || wd === 6)) reasons.add('周末')
  if (date > calendar.lastDay) reasons.add(calendar.limitReason)
  for (const e of excluded) if (within(e)) reasons.add(e.reason)
  const windows = calendar.farm.filter(within)
  for (const w of windows) reasons.add(w.label)
  for (const b of calendar.busy) if (within(b)) reasons.add(b.reason ? `您申报不便：${b.reason}` : '您申报不便')
  const legend = farmLegend(calendar)
  const daySlots = slots.filter((s) => s.date === date)
  return {
    date,
    day: Number(date.slice(8, 10)),
    past,
    slots: daySlots,
    farm: windows[0] ?? null,
    farmShades: [...new Set(windows.map((w) => legend.findIndex((x) => x.activity === w.activity)))],
    holiday: holidayEntry?.name ?? null,
    closed: daySlots.length === 0 && reasons.size > 0,
    reasons: [...reasons],
  }
}

/** The cells of a month grid, Sunday first: blanks before the 1st, then one cell per day. */
export function monthCells(month: string, input: CalendarInput): Array<DayCell | null> {
  const year = Number(month.slice(0, 4))
  const m = Number(month.slice(5, 7))
  const first = `${month}-01`
  const cells: Array<DayCell | null> = Array.from({ length: weekdayOf(first) }, () => null)
  for (let d = 1; d <= daysInMonth(year, m); d++) cells.push(dayInfo(`${month}-${pad(d)}`, input))
  return cells
}

/** The months the calendar can page through: from the month of `from` to the month of `to`. */
export function monthRange(calendar: CalendarData): { first: string; last: string } {
  return { first: calendar.from.slice(0, 7), last: calendar.to.slice(0, 7) }
}
