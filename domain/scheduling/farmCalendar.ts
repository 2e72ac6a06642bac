import data from '../data/farm-calendars.json'
import { daysInMonth } from '../dates/calendarDay'
import { parseCalendarDay } from '../dates/parseCalendarDay'
import { DomainError } from '../errors'

/**
 * How sure the shipped window is, as its source says: `confirmed` (the whole window is reported),
 * `peak-confirmed` (the peak is reported, the edges are estimated), `estimated`, `zone-level` (a
 * broad agricultural zone, not the region itself), `unconfirmed`.
 */
export type FarmConfidence = 'confirmed' | 'peak-confirmed' | 'estimated' | 'zone-level' | 'unconfirmed'

/** Plain-Chinese labels for {@link FarmConfidence}, for the admin page and the legend. */
export const FARM_CONFIDENCE_LABELS: Readonly<Record<FarmConfidence, string>> = {
  confirmed: '已核实',
  'peak-confirmed': '高峰期已核实，起止日为估计',
  estimated: '估计',
  'zone-level': '按农区估计',
  unconfirmed: '未核实',
}

/**
 * One shipped default window: a farm activity of a region and the days it keeps people in the
 * fields every year, as month-day 'MM-DD' (never across New Year), with its source.
 */
export interface FarmCalendarRow {
  region: string
  regionName: string
  activity: string
  activityName: string
  /** The busy season as people call it, e.g. '麦收农忙期'. */
  season: string
  from: string
  to: string
  source: string
  confidence: FarmConfidence
}

/**
 * A court's adjustment of one window for one year (the harvest came early, the hay late …), set
 * on the admin page and stored by the server. The year is the year of `from`; `to` is in the same
 * year and not before `from`.
 */
export interface FarmWindowOverride {
  region: string
  activity: string
  from: string
  to: string
  /** Why it was moved, e.g. '今年雨水多，麦收推迟一周'. */
  note?: string
}

/** A window on real dates of one year: the default row, or the court's override for that year. */
export interface FarmWindow extends Omit<FarmCalendarRow, 'from' | 'to'> {
  from: string
  to: string
  /** True when the dates come from a court override rather than the shipped default. */
  overridden: boolean
  note?: string
}

const CONFIDENCES = new Set(Object.keys(FARM_CONFIDENCE_LABELS))
const MONTH_DAY = /^(\d{2})-(\d{2})$/

let compiled: { rows: FarmCalendarRow[]; byRegion: Map<string, Map<string, FarmCalendarRow>> } | undefined

const broken = (message: string, field: string) => new DomainError('FARM_CALENDAR_INVALID', message, field)

/** Day of year in a non-leap year of a 'MM-DD', or NaN when it is not a day every year has. */
function monthDayOrdinal(md: unknown): number {
  const m = typeof md === 'string' ? MONTH_DAY.exec(md) : null
  if (!m) return NaN
  const month = Number(m[1])
  const day = Number(m[2])
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2001, month)) return NaN
  return month * 100 + day
}

/**
 * Checks a farm calendar table and indexes it by region and activity. Internal; exported for the
 * data tests. Every row needs non-empty ids and names, 'MM-DD' edges that exist every year (no
 * 02-29) with `from` ≤ `to`, a source, a known confidence; one row per region and activity, and
 * one name per region.
 *
 * @param rows the rows of domain/data/farm-calendars.json
 * @throws DomainError 'FARM_CALENDAR_INVALID' naming the bad row
 * @example
 * compileFarmCalendar(data.windows).byRegion.get('ergun')?.get('haymaking')?.to // '09-30'
 */
export function compileFarmCalendar(rows: readonly unknown[]): { rows: FarmCalendarRow[]; byRegion: Map<string, Map<string, FarmCalendarRow>> } {
  if (!Array.isArray(rows)) throw broken('农忙日历格式不对：应为列表', 'windows')
  const byRegion = new Map<string, Map<string, FarmCalendarRow>>()
  const names = new Map<string, string>()
  const checked = rows.map((raw, i) => {
    const at = `windows[${i}]`
    const r = (raw ?? {}) as Partial<Record<keyof FarmCalendarRow, unknown>>
    for (const key of ['region', 'regionName', 'activity', 'activityName', 'season', 'source'] as const) {
      if (typeof r[key] !== 'string' || (r[key] as string).trim() === '') throw broken(`农忙日历第${i + 1}行缺少${key}`, `${at}.${key}`)
    }
    const from = monthDayOrdinal(r.from)
    const to = monthDayOrdinal(r.to)
    if (Number.isNaN(from)) throw broken(`农忙日历第${i + 1}行的开始日“${String(r.from)}”不对（应为“08-10”这样的月-日）`, `${at}.from`)
    if (Number.isNaN(to)) throw broken(`农忙日历第${i + 1}行的结束日“${String(r.to)}”不对（应为“09-10”这样的月-日）`, `${at}.to`)
    if (from > to) throw broken(`农忙日历第${i + 1}行的开始日晚于结束日`, `${at}.to`)
    if (typeof r.confidence !== 'string' || !CONFIDENCES.has(r.confidence))
      throw broken(`农忙日历第${i + 1}行的可信度“${String(r.confidence)}”不对`, `${at}.confidence`)
    const row = r as FarmCalendarRow
    const known = names.get(row.region)
    if (known !== undefined && known !== row.regionName) throw broken(`地区 ${row.region} 有两个名称：${known}、${row.regionName}`, `${at}.regionName`)
    names.set(row.region, row.regionName)
    const activities = byRegion.get(row.region) ?? new Map<string, FarmCalendarRow>()
    if (activities.has(row.activity)) throw broken(`农忙日历中 ${row.region} / ${row.activity} 出现了两次`, `${at}.activity`)
    const copy: FarmCalendarRow = {
      region: row.region,
      regionName: row.regionName,
      activity: row.activity,
      activityName: row.activityName,
      season: row.season,
      from: row.from,
      to: row.to,
      source: row.source,
      confidence: row.confidence,
    }
    activities.set(row.activity, copy)
    byRegion.set(row.region, activities)
    return copy
  })
  return { rows: checked, byRegion }
}

function calendar() {
  // Checked on first use, not at import: a phone that never schedules a hearing pays nothing.
  compiled ??= compileFarmCalendar(data.windows)
  return compiled
}

/**
 * The shipped default farm-busy windows (farm-calendars.md), one row per region and activity,
 * with each row's source and confidence — for the 农忙 profile pickers and the admin page.
 * Returns copies; changing them changes nothing.
 *
 * @example
 * farmCalendarRows().filter((r) => r.region === 'ergun').map((r) => r.activityName)
 * // ['小麦、油菜播种', '小麦收割', '油菜收割', '土豆收获', '打草']
 */
export function farmCalendarRows(): FarmCalendarRow[] {
  return calendar().rows.map((r) => ({ ...r }))
}

function regionRows(region: unknown, field: string): Map<string, FarmCalendarRow> {
  const activities = typeof region === 'string' ? calendar().byRegion.get(region) : undefined
  if (!activities) throw new DomainError('FARM_REGION_UNKNOWN', `不认识的农事地区“${String(region)}”，请从列表中选择`, field)
  return activities
}

function rowFor(region: unknown, activity: unknown, regionField: string, activityField: string): FarmCalendarRow {
  const activities = regionRows(region, regionField)
  const row = typeof activity === 'string' ? activities.get(activity) : undefined
  if (!row) {
    const regionName = activities.values().next().value?.regionName ?? String(region)
    throw new DomainError('FARM_ACTIVITY_UNKNOWN', `${regionName}没有“${String(activity)}”这项农事，请从列表中选择`, activityField)
  }
  return row
}

const overrideKey = (region: string, activity: string, year: number) => `${region}|${activity}|${year}`

/**
 * Checks a court's per-year window adjustments before the server stores them (and before they are
 * used): the region and activity exist, `from` and `to` are real days of the same year with
 * `from` ≤ `to`, and no window is adjusted twice for the same year.
 *
 * @param overrides e.g. `[{ region: 'ergun', activity: 'wheat-harvest', from: '2027-08-16', to: '2027-09-15' }]`
 * @param field the input to blame (default 'overrides')
 * @returns the overrides keyed by region, activity and year (internal use)
 * @throws DomainError 'FARM_OVERRIDE_INVALID', 'FARM_REGION_UNKNOWN', 'FARM_ACTIVITY_UNKNOWN', 'DATE_INVALID'
 * @example
 * validateFarmOverrides([{ region: 'ergun', activity: 'haymaking', from: '2027-09-01', to: '2027-08-20' }])
 * // throws DomainError('FARM_OVERRIDE_INVALID', '调整后的农忙期开始日晚于结束日', 'overrides[0].to')
 */
export function validateFarmOverrides(overrides: readonly FarmWindowOverride[], field = 'overrides'): Map<string, FarmWindowOverride> {
  if (!Array.isArray(overrides)) throw new DomainError('FARM_OVERRIDE_INVALID', '农忙期调整的格式不对：应为列表', field)
  const byKey = new Map<string, FarmWindowOverride>()
  overrides.forEach((o, i) => {
    const at = `${field}[${i}]`
    if (!o || typeof o !== 'object') throw new DomainError('FARM_OVERRIDE_INVALID', `第${i + 1}项农忙期调整格式不对`, at)
    const row = rowFor(o.region, o.activity, `${at}.region`, `${at}.activity`)
    const from = parseCalendarDay(o.from, `${at}.from`)
    const to = parseCalendarDay(o.to, `${at}.to`)
    if (to.year !== from.year) throw new DomainError('FARM_OVERRIDE_INVALID', '调整后的农忙期不能跨年，请分年填写', `${at}.to`)
    if (o.to < o.from) throw new DomainError('FARM_OVERRIDE_INVALID', '调整后的农忙期开始日晚于结束日', `${at}.to`)
    if (o.note !== undefined && typeof o.note !== 'string') throw new DomainError('FARM_OVERRIDE_INVALID', '调整说明应为文字', `${at}.note`)
    const key = overrideKey(row.region, row.activity, from.year)
    if (byKey.has(key)) {
      throw new DomainError('FARM_OVERRIDE_INVALID', `${from.year}年${row.regionName}的“${row.activityName}”调整了两次，请只保留一项`, at)
    }
    byKey.set(key, { region: row.region, activity: row.activity, from: o.from, to: o.to, ...(o.note ? { note: o.note } : {}) })
  })
  return byKey
}

/**
 * The farm-busy windows of a farmer's or herder's activities in one year, on real dates: the
 * court's override for that year where there is one, else the shipped default. Sorted by start,
 * then as listed in the data. No statute requires avoiding them: it is court practice (农忙法庭;
 * postponing during harvest with the parties' consent), so hearing scheduling treats them as soft
 * — any date must still meet 《民事诉讼法》第一百三十九条 notice and the trial time limits.
 *
 * @param region a region id of the farm calendar, e.g. 'ergun'
 * @param activities activity ids of that region, e.g. ['wheat-harvest', 'haymaking']; repeats are ignored
 * @param year e.g. 2027
 * @param overrides the court's adjustments (see {@link validateFarmOverrides}); only those of `year` apply
 * @returns one {@link FarmWindow} per activity
 * @throws DomainError 'FARM_REGION_UNKNOWN', 'FARM_ACTIVITY_UNKNOWN', 'FARM_YEAR_INVALID', 'FARM_OVERRIDE_INVALID'
 * @example
 * farmWindowsFor('ergun', ['haymaking', 'wheat-harvest'], 2027).map((w) => [w.activityName, w.from, w.to])
 * // [['小麦收割', '2027-08-10', '2027-09-10'], ['打草', '2027-08-15', '2027-09-30']]
 */
export function farmWindowsFor(region: string, activities: readonly string[], year: number, overrides?: readonly FarmWindowOverride[]): FarmWindow[] {
  const checked = overrides === undefined ? undefined : validateFarmOverrides(overrides)
  return farmWindowsChecked(region, activities, year, checked, 'region', 'activities')
}

/** {@link farmWindowsFor} with overrides already validated and the fields to blame given. Internal. */
export function farmWindowsChecked(
  region: string,
  activities: readonly string[],
  year: number,
  overrides: ReadonlyMap<string, FarmWindowOverride> | undefined,
  regionField: string,
  activitiesField: string,
): FarmWindow[] {
  if (!Number.isSafeInteger(year) || year < 1 || year > 9999) throw new DomainError('FARM_YEAR_INVALID', `年份“${String(year)}”不对`, 'year')
  if (!Array.isArray(activities)) throw new DomainError('FARM_ACTIVITY_UNKNOWN', '农事应为列表', activitiesField)
  regionRows(region, regionField)
  const yyyy = String(year).padStart(4, '0')
  const seen = new Set<string>()
  const windows: FarmWindow[] = []
  activities.forEach((activity, i) => {
    const row = rowFor(region, activity, regionField, `${activitiesField}[${i}]`)
    if (seen.has(row.activity)) return
    seen.add(row.activity)
    const own = overrides?.get(overrideKey(row.region, row.activity, year))
    const { from: _from, to: _to, ...rest } = row
    windows.push(
      own
        ? { ...rest, from: own.from, to: own.to, overridden: true, ...(own.note ? { note: own.note } : {}) }
        : { ...rest, from: `${yyyy}-${row.from}`, to: `${yyyy}-${row.to}`, overridden: false },
    )
  })
  return windows.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
}

const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`

/**
 * A window as the calendar legend and the hearing suggestions say it: season, then region,
 * activity and dates in brackets.
 *
 * @param w a window from {@link farmWindowsFor}
 * @example
 * describeFarmWindow(farmWindowsFor('ergun', ['wheat-harvest'], 2027)[0])
 * // '麦收农忙期（额尔古纳，小麦收割，8月10日至9月10日）'
 */
export function describeFarmWindow(w: Pick<FarmWindow, 'season' | 'regionName' | 'activityName' | 'from' | 'to'>): string {
  return `${w.season}（${w.regionName}，${w.activityName}，${monthDay(w.from)}至${monthDay(w.to)}）`
}
