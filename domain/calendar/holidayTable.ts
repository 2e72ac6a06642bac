import data from '../data/holidays.json'
import { DomainError } from '../errors'
import { calendarDayOf, dayNumberOf, formatCalendarDay } from '../dates/calendarDay'
import { parseCalendarDay } from '../dates/parseCalendarDay'
import { weekdayOf } from '../dates/weekdayOf'

/** One day of a holiday arrangement: the date and the festival it belongs to, e.g. '国庆节'. */
export interface HolidayEntry {
  date: string
  name: string
}

/**
 * One year of the State Council's arrangement (国务院办公厅关于部分节假日安排的通知): the days off
 * (weekend days inside a holiday block included) and the 调休 makeup workdays — Saturdays or
 * Sundays declared working days, named after the holiday they pay for.
 */
export interface HolidayYear {
  holidays: HolidayEntry[]
  makeupWorkdays: HolidayEntry[]
}

/** Holiday arrangements keyed by four-digit year, e.g. `{ '2027': { holidays: […], makeupWorkdays: […] } }`. */
export type HolidayTable = Record<string, HolidayYear>

/** A year's arrangement indexed for lookups. */
export interface CompiledYear {
  holidays: ReadonlyMap<string, string>
  makeupWorkdays: ReadonlyMap<string, string>
}

interface EncodedYear {
  holidays: string
  makeupWorkdays: string
}

const defaults: Record<string, EncodedYear> = data.published
const defaultCache = new Map<number, CompiledYear>()
const installed = new Map<number, { table: HolidayYear; compiled: CompiledYear }>()

/** Expands 'name:MMDD-MMDD MMDD;name:…' (the compact form build-holidays.ts writes). */
function decode(year: number, encoded: string): HolidayEntry[] {
  const entries: HolidayEntry[] = []
  if (!encoded) return entries
  for (const group of encoded.split(';')) {
    const [name, specs] = group.split(':')
    for (const spec of specs.split(' ')) {
      const [from, to = from] = spec.split('-')
      const start = dayNumberOf({ year, month: Number(from.slice(0, 2)), day: Number(from.slice(2)) })
      const end = dayNumberOf({ year, month: Number(to.slice(0, 2)), day: Number(to.slice(2)) })
      for (let n = start; n <= end; n++) entries.push({ date: formatCalendarDay(calendarDayOf(n)), name })
    }
  }
  return entries.sort((a, b) => a.date.localeCompare(b.date))
}

function compile(table: HolidayYear): CompiledYear {
  return {
    holidays: new Map(table.holidays.map((e) => [e.date, e.name])),
    makeupWorkdays: new Map(table.makeupWorkdays.map((e) => [e.date, e.name])),
  }
}

function defaultYear(year: number): HolidayYear | undefined {
  const encoded = defaults[String(year)]
  return encoded && { holidays: decode(year, encoded.holidays), makeupWorkdays: decode(year, encoded.makeupWorkdays) }
}

/**
 * The published arrangement for `year`, indexed, or undefined when none is known (then the
 * caller falls back to the provisional festival rule). Internal to the calendar functions;
 * built-in years are decoded on first use so start-up on a phone stays cheap.
 *
 * @param year e.g. 2026
 * @example
 * publishedYear(2026)?.makeupWorkdays.has('2026-10-10') // true
 */
export function publishedYear(year: number): CompiledYear | undefined {
  const own = installed.get(year)
  if (own) return own.compiled
  let cached = defaultCache.get(year)
  if (!cached) {
    const table = defaultYear(year)
    if (!table) return undefined
    cached = compile(table)
    defaultCache.set(year, cached)
  }
  return cached
}

const invalid = (message: string, field: string) => new DomainError('HOLIDAY_TABLE_INVALID', message, field)

function checkEntries(year: number, list: unknown, field: string): HolidayEntry[] {
  if (!Array.isArray(list)) throw invalid(`${year}年的节假日表格式不对：${field} 应为列表`, field)
  return list.map((entry: unknown, i) => {
    const at = `${field}[${i}]`
    const e = entry as Partial<HolidayEntry> | null
    if (!e || typeof e.name !== 'string' || e.name.trim() === '') throw invalid(`${year}年的节假日表第${i + 1}项缺少名称`, at)
    if (typeof e.date !== 'string') throw invalid(`${year}年的节假日表第${i + 1}项缺少日期`, at)
    const parsed = parseCalendarDay(e.date, `${at}.date`)
    if (parsed.year !== year) throw invalid(`${e.date} 不在${year}年内`, `${at}.date`)
    return { date: e.date, name: e.name.trim() }
  })
}

/**
 * Installs holiday arrangements supplied at run time — typically the server handing the client a
 * newly published year (the State Council publishes year Y's arrangement late in Y−1), so a new
 * year needs no mini-program release. Each year given replaces that year entirely (built-in or
 * previously installed); other years are untouched. Everything is checked before anything is
 * installed, so a bad table changes nothing.
 *
 * Checks: keys are four-digit years; every date is a real day inside its year; names are
 * non-empty; a makeup workday is a Saturday or Sunday (that is what 调休 means) and not also a
 * holiday.
 *
 * @param table e.g. `{ '2027': { holidays: [{ date: '2027-10-01', name: '国庆节' }], makeupWorkdays: [] } }`
 * @throws DomainError 'HOLIDAY_TABLE_INVALID' (or 'DATE_INVALID' for a malformed date) naming the bad field
 * @example
 * installHolidayTable(await api.get('/api/v1/calendar/holidays'))
 * isWorkday('2027-10-08') // now answers from the installed 2027 table, provisional: false
 */
export function installHolidayTable(table: HolidayTable): void {
  if (!table || typeof table !== 'object') throw invalid('节假日表格式不对', 'table')
  const staged: Array<[number, HolidayYear]> = []
  for (const [key, value] of Object.entries(table)) {
    if (!/^\d{4}$/.test(key) || key === '0000') throw invalid(`节假日表的年份“${key}”不对`, key)
    const year = Number(key)
    if (!value || typeof value !== 'object') throw invalid(`${year}年的节假日表格式不对`, key)
    const holidays = checkEntries(year, value.holidays, `${key}.holidays`)
    const makeupWorkdays = checkEntries(year, value.makeupWorkdays, `${key}.makeupWorkdays`)
    const off = new Set(holidays.map((h) => h.date))
    makeupWorkdays.forEach((m, i) => {
      const at = `${key}.makeupWorkdays[${i}].date`
      const wd = weekdayOf(m.date)
      if (wd !== 0 && wd !== 6) throw invalid(`${m.date} 不是周末，不能作为调休上班日`, at)
      if (off.has(m.date)) throw invalid(`${m.date} 不能既放假又上班`, at)
    })
    const byDate = (a: HolidayEntry, b: HolidayEntry) => a.date.localeCompare(b.date)
    staged.push([year, { holidays: holidays.sort(byDate), makeupWorkdays: makeupWorkdays.sort(byDate) }])
  }
  for (const [year, t] of staged) installed.set(year, { table: t, compiled: compile(t) })
}

/**
 * Drops every table installed with {@link installHolidayTable}, back to the built-in data
 * (published years 2004–2026 from the State Council notices).
 *
 * @example
 * resetHolidayTable()
 */
export function resetHolidayTable(): void {
  installed.clear()
}

/**
 * The published (built-in or installed) holiday arrangement of a year, or undefined when the
 * State Council's arrangement for it is not known here — dates in such a year are provisional.
 * Returns a copy; changing it changes nothing.
 *
 * @param year e.g. 2026
 * @example
 * holidayTableFor(2026)?.makeupWorkdays[0] // { date: '2026-01-04', name: '元旦' }
 * holidayTableFor(2027) // undefined until a 2027 table is installed
 */
export function holidayTableFor(year: number): HolidayYear | undefined {
  const table = installed.get(year)?.table ?? defaultYear(year)
  return table && { holidays: table.holidays.map((e) => ({ ...e })), makeupWorkdays: table.makeupWorkdays.map((e) => ({ ...e })) }
}

/**
 * Years whose holiday arrangement is published (built in or installed), ascending.
 *
 * @example
 * publishedHolidayYears().at(-1) // 2026 with the built-in data
 */
export function publishedHolidayYears(): number[] {
  const years = new Set([...Object.keys(defaults).map(Number), ...installed.keys()])
  return [...years].sort((a, b) => a - b)
}
