import data from '../data/holidays.json'
import { calendarDayOf, dayNumberOf, formatCalendarDay } from '../dates/calendarDay'
import type { CompiledYear, HolidayEntry, HolidayYear } from './holidayTable'

const festivalsFrom: number = data.festivalsFrom
const festivals: string[] = data.festivals
const cache = new Map<number, CompiledYear>()

/** Last year for which festival dates are known (the lunar table of the generator ends there). */
export const LAST_PROVISIONAL_YEAR = festivalsFrom + festivals.length - 1

const day = (year: number, mmdd: string) => ({ year, month: Number(mmdd.slice(0, 2)), day: Number(mmdd.slice(2)) })

/**
 * The holidays assumed for a year whose arrangement is not yet published, or undefined when the
 * festival dates of that year are not known (before the built-in data's first unpublished year or
 * after {@link LAST_PROVISIONAL_YEAR}).
 *
 * The rule: the usual festivals are days off, without guessing the 调休 swaps — 元旦 01-01;
 * 春节 from 除夕 through 正月初七 (eight days, as arranged since 2025); 清明节 on the 清明 solar-term
 * day; 劳动节 05-01 to 05-05; 端午节 (lunar 5/5); 中秋节 (lunar 8/15); 国庆节 10-01 to 10-07.
 * Weekends stay days off and there are no makeup workdays. Every answer built on this is
 * provisional.
 *
 * @param year e.g. 2027
 * @example
 * provisionalHolidaysFor(2027)?.holidays.find((h) => h.date === '2027-02-08') // { date: '2027-02-08', name: '春节' }
 */
export function provisionalHolidaysFor(year: number): HolidayYear | undefined {
  const spec = festivals[year - festivalsFrom]
  if (spec === undefined) return undefined
  const [springEve, qingming, duanwu, midAutumn] = spec.split(' ')
  const names = new Map<string, string>()
  const add = (first: { year: number; month: number; day: number }, days: number, name: string) => {
    const start = dayNumberOf(first)
    for (let n = start; n < start + days; n++) {
      const date = formatCalendarDay(calendarDayOf(n))
      const existing = names.get(date)
      names.set(date, existing && existing !== name ? `${existing}、${name}` : name)
    }
  }
  add(day(year, '0101'), 1, '元旦')
  add(day(year, springEve), 8, '春节')
  add(day(year, qingming), 1, '清明节')
  add(day(year, '0501'), 5, '劳动节')
  add(day(year, duanwu), 1, '端午节')
  add(day(year, midAutumn), 1, '中秋节')
  add(day(year, '1001'), 7, '国庆节')
  const holidays: HolidayEntry[] = [...names].map(([date, name]) => ({ date, name }))
  return { holidays: holidays.sort((a, b) => a.date.localeCompare(b.date)), makeupWorkdays: [] }
}

/**
 * {@link provisionalHolidaysFor}, indexed and cached. Internal to the calendar functions.
 *
 * @param year e.g. 2027
 * @example
 * provisionalYear(2027)?.holidays.get('2027-02-08') // '春节'
 */
export function provisionalYear(year: number): CompiledYear | undefined {
  let compiled = cache.get(year)
  if (!compiled) {
    const table = provisionalHolidaysFor(year)
    if (!table) return undefined
    compiled = { holidays: new Map(table.holidays.map((e) => [e.date, e.name])), makeupWorkdays: new Map() }
    cache.set(year, compiled)
  }
  return compiled
}
