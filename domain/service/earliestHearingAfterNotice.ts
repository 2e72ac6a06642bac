import { isWorkday } from '../calendar/isWorkday'
import { nextWorkday } from '../calendar/nextWorkday'
import { addDays } from '../dates/addDays'

/** 民事诉讼法第一百三十九条: “应当在开庭三日前通知当事人” — three whole days of notice. */
export const HEARING_NOTICE_DAYS = 3

/** The notice a 传票 served on one day gives: the days that must pass, and the first day the hearing may sit. */
export interface HearingNotice {
  /** The three clear days after the day of service, inclusive: no hearing on them. */
  clearDays: { from: string; to: string }
  /** The first working day after the clear days: the earliest day the hearing may sit. */
  earliestHearing: string
}

/**
 * The earliest day a hearing may sit when its 传票 is served on `servedOn`.
 *
 * 民事诉讼法第一百三十九条 has the court notify the parties “开庭三日前”. The article does not say
 * whether the day of service counts; 第八十五条 never counts the day a period starts, so the day of
 * service is not one of the three, and the hearing day is not either: three whole days lie between
 * them, and the earliest hearing is the day of service + 4. That day must be a working day (courts
 * sit on working days, see {@link isWorkday}); when it is a weekend or a holiday, the hearing moves
 * to the next working day. Calendar days count for the three days themselves, holidays included:
 * the article asks for time to prepare and travel, not for office days.
 *
 * Both the 传票 check ({@link validateHearing}) and the scheduler (suggestHearingSlots) use this
 * one rule, so a suggested half-day is never refused when the 传票 goes out.
 *
 * @param servedOn 'YYYY-MM-DD', the day the 传票 counts as served
 * @returns the clear days and the earliest hearing day, both 'YYYY-MM-DD'
 * @throws DomainError 'DATE_INVALID' for an impossible date, 'DATE_OUT_OF_RANGE' outside the calendar's years
 * @example
 * earliestHearingAfterNotice('2026-10-12') // Monday
 * // { clearDays: { from: '2026-10-13', to: '2026-10-15' }, earliestHearing: '2026-10-16' } (Friday)
 * earliestHearingAfterNotice('2026-11-25') // Wednesday; Sunday 11-29 is no court day
 * // { clearDays: { from: '2026-11-26', to: '2026-11-28' }, earliestHearing: '2026-11-30' }
 */
export function earliestHearingAfterNotice(servedOn: string): HearingNotice {
  const firstAfter = addDays(servedOn, HEARING_NOTICE_DAYS + 1)
  return {
    clearDays: { from: addDays(servedOn, 1), to: addDays(servedOn, HEARING_NOTICE_DAYS) },
    earliestHearing: isWorkday(firstAfter).workday ? firstAfter : nextWorkday(firstAfter),
  }
}
