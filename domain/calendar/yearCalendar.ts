import { DomainError } from '../errors'
import type { CompiledYear } from './holidayTable'
import { publishedHolidayYears, publishedYear } from './holidayTable'
import { LAST_PROVISIONAL_YEAR, provisionalYear } from './provisionalHolidays'

/**
 * The holiday arrangement that governs `year`: the published one when known, else the provisional
 * festival rule. Internal to the calendar functions.
 *
 * @param year e.g. 2027
 * @param field the input to blame in the error (default 'date')
 * @throws DomainError 'DATE_OUT_OF_RANGE' for a year with neither (before 2004, after 2100)
 * @example
 * yearCalendar(2027).provisional // true with the built-in data
 */
export function yearCalendar(year: number, field = 'date'): { days: CompiledYear; provisional: boolean } {
  const published = publishedYear(year)
  if (published) return { days: published, provisional: false }
  const provisional = provisionalYear(year)
  if (provisional) return { days: provisional, provisional: true }
  const first = publishedHolidayYears()[0]
  const last = Math.max(LAST_PROVISIONAL_YEAR, ...publishedHolidayYears())
  throw new DomainError('DATE_OUT_OF_RANGE', `只能计算${first}年至${last}年之间的工作日，${year}年不在其中`, field)
}
