import { DomainError } from '../../domain/errors'
import {
  holidayTableFor,
  installHolidayTable,
  publishedHolidayYears,
  resetHolidayTable,
  type HolidayEntry,
  type HolidayTable,
  type HolidayYear,
} from '../../domain/calendar/holidayTable'
import type { Clock } from '../clock'
import { shanghaiIso } from '../clock'
import { AppError, badRequest, forbidden } from '../errors'
import type { AuditRepository } from '../repositories/audit'
import type { HolidayRow, HolidaysRepository } from '../repositories/holidays'
import type { Actor } from '../auth/actor'

export interface HolidayYearInput {
  holidays: HolidayEntry[]
  makeupWorkdays: HolidayEntry[]
  /** Where the arrangement comes from, e.g. the State Council notice's number. */
  source: string
}

export interface LoadedYear {
  year: number
  source: string
  updatedBy: string
  updatedAt: string
}

const parse = (row: HolidayRow): HolidayYear => JSON.parse(row.table_json) as HolidayYear
const loadedOf = (row: HolidayRow): LoadedYear => ({ year: row.year, source: row.source, updatedBy: row.updated_by, updatedAt: row.updated_at })

/** The first year after the earliest published one that has no published arrangement. */
function provisionalFromOf(years: Iterable<number>): number {
  const set = new Set(years)
  let y = Math.min(...set)
  while (set.has(y)) y++
  return y
}

/** Rejects a date listed twice in one list; the domain check would silently keep one of them. */
function checkNoRepeats(list: HolidayEntry[], field: 'holidays' | 'makeupWorkdays'): void {
  const seen = new Set<string>()
  list.forEach((e, i) => {
    if (seen.has(e.date)) {
      const what = field === 'holidays' ? '放假日期' : '调休上班日期'
      throw badRequest('HOLIDAY_TABLE_INVALID', `${e.date} 在${what}中填了两次，请删去一个`, `${field}[${i}].date`)
    }
    seen.add(e.date)
  })
}

/**
 * The holiday table in force: the built-in published years (2004–2026 from chinese-days) with the
 * years an admin loaded on top. Served to the mini-program so a newly published year needs no
 * client release, and installed into the domain so the server's own due dates follow it.
 */
export function calendarService(deps: { holidays: HolidaysRepository; audit: AuditRepository; clock: Clock }) {
  const { holidays, audit, clock } = deps

  /** Makes this process's calendar exactly the built-in table plus the stored years. */
  async function installStored(): Promise<{ installed: number[]; skipped: number[] }> {
    const rows = await holidays.all()
    resetHolidayTable()
    const installed: number[] = []
    const skipped: number[] = []
    for (const row of rows) {
      try {
        installHolidayTable({ [String(row.year)]: parse(row) })
        installed.push(row.year)
      } catch {
        // A row that no longer passes the checks must not stop the server; the caller logs it.
        skipped.push(row.year)
      }
    }
    return { installed, skipped }
  }

  return {
    installStored,

    /** Public. `since` limits the table to that year and later (the client has the older years built in). */
    async table(since?: number): Promise<{ table: HolidayTable; provisionalFrom: number; loaded: LoadedYear[] }> {
      const rows = await holidays.all()
      const merged = new Map<number, HolidayYear>()
      for (const y of publishedHolidayYears()) merged.set(y, holidayTableFor(y) as HolidayYear)
      // The database wins over this process's memory: another server process may have loaded a year since start-up.
      for (const row of rows) merged.set(row.year, parse(row))
      const table: HolidayTable = {}
      for (const [year, t] of [...merged].sort((a, b) => a[0] - b[0])) if (since === undefined || year >= since) table[String(year)] = t
      return { table, provisionalFrom: provisionalFromOf(merged.keys()), loaded: rows.map(loadedOf) }
    },

    /**
     * Admin: loads (or replaces) one year's arrangement. Checked by the domain's rules (dates inside
     * the year, names given, makeup workdays on a weekend and never also a day off) before anything
     * changes; then installed for this process, stored, and audited.
     */
    async load(actor: Actor, year: number, input: HolidayYearInput) {
      if (actor.role !== 'admin') throw forbidden()
      checkNoRepeats(input.holidays, 'holidays')
      checkNoRepeats(input.makeupWorkdays, 'makeupWorkdays')
      const key = String(year)
      const previous = await holidays.byYear(year)
      try {
        installHolidayTable({ [key]: { holidays: input.holidays, makeupWorkdays: input.makeupWorkdays } })
      } catch (err) {
        if (!(err instanceof DomainError)) throw err
        const field = err.field?.startsWith(`${key}.`) ? err.field.slice(key.length + 1) : err.field
        throw new AppError(400, err.code, err.message, field)
      }
      const normalized = holidayTableFor(year) as HolidayYear
      const now = shanghaiIso(clock.now())
      const row: HolidayRow = { year, table_json: JSON.stringify(normalized), source: input.source.trim(), updated_by: actor.sub, updated_at: now }
      try {
        await holidays.save(row)
      } catch (err) {
        // Keep memory and database in step: undo the install by rebuilding from what is stored.
        await installStored().catch(() => undefined)
        throw err
      }
      await audit.record({
        actorId: actor.sub,
        action: previous ? 'calendar.holidays.replaced' : 'calendar.holidays.loaded',
        subject: `holiday-year:${year}`,
        detail: { source: row.source, holidays: normalized.holidays.length, makeupWorkdays: normalized.makeupWorkdays.length },
        at: now,
      })
      return { ...normalized, ...loadedOf(row), replaced: previous !== undefined, provisionalFrom: provisionalFromOf(publishedHolidayYears()) }
    },
  }
}
export type CalendarService = ReturnType<typeof calendarService>
