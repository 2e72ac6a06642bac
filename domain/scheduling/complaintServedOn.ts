import { nextWorkday } from '../calendar/nextWorkday'
import { addDays } from '../dates/addDays'

/** 民事诉讼法第一百二十八条: the 起诉状副本 goes to the defendant within five days of filing. */
const COPY_DAYS = 5

/**
 * When the 起诉状副本 counts as served on the defendants, which starts the defence period
 * (民事诉讼法第一百二十八条) a hearing must wait out. With several defendants the last one served
 * counts: every defendant has the whole fifteen days.
 *
 * A defendant with a recorded service counts from their earliest copy served. For one not yet
 * served, the court assumes the latest day service may still come: filing + 5 days (the court
 * must send the copy within five days of filing), or — once that has passed — the next working
 * day after today, since nothing can be served earlier now. A case naming no defendant counts
 * filing + 5. The result is never before the filing day.
 *
 * @param input.filedOn 'YYYY-MM-DD', the day the case was filed (立案)
 * @param input.today 'YYYY-MM-DD'
 * @param input.defendants per defendant, the days copies were served on them ('YYYY-MM-DD', any order; empty when none yet)
 * @returns `servedOn`, and `assumed`: true when any defendant's day is assumed rather than recorded
 * @throws DomainError 'DATE_INVALID' for an impossible date
 * @example
 * complaintServedOn({ filedOn: '2026-11-25', today: '2026-11-25', defendants: [[]] })
 * // { servedOn: '2026-11-30', assumed: true }
 * complaintServedOn({ filedOn: '2026-11-02', today: '2026-11-25', defendants: [['2026-11-05', '2026-11-04'], ['2026-11-06']] })
 * // { servedOn: '2026-11-06', assumed: false }
 */
export function complaintServedOn(input: { filedOn: string; today: string; defendants: string[][] }): { servedOn: string; assumed: boolean } {
  const byLaw = addDays(input.filedOn, COPY_DAYS)
  if (input.defendants.length === 0) return { servedOn: byLaw, assumed: true }
  const stillToServe = [byLaw, nextWorkday(input.today)].sort()[1]
  const days = input.defendants.map((served) => [...served].sort()[0] ?? stillToServe)
  const latest = days.sort()[days.length - 1]
  return { servedOn: latest < input.filedOn ? input.filedOn : latest, assumed: input.defendants.some((served) => served.length === 0) }
}
