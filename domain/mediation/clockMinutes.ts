import { DomainError } from '../errors'

/**
 * Minutes since midnight of a clock time written 'HH:MM' (24-hour; '24:00' is the end of the day).
 *
 * @param time e.g. '09:30'
 * @param field the input to blame in the error
 * @returns 0–1440
 * @throws DomainError 'TIME_INVALID' for anything else
 * @example clockMinutes('09:30') // 570
 */
export function clockMinutes(time: string, field = 'time'): number {
  const m = typeof time === 'string' ? /^([01]\d|2[0-4]):([0-5]\d)$/.exec(time) : null
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : NaN
  if (!m || minutes > 24 * 60) throw new DomainError('TIME_INVALID', `时间格式不对：${String(time)}，请按“09:30”这样填写`, field)
  return minutes
}

/**
 * The clock time 'HH:MM' of a number of minutes since midnight.
 *
 * @param minutes 0–1440
 * @returns e.g. '09:30'
 * @example formatClockMinutes(570) // '09:30'
 */
export function formatClockMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}
