import { formatChineseDate } from '@domain/dates/formatChineseDate'

/** An instant from the server ('2026-12-01T09:30:00+08:00') as '12月1日（星期二） 09:30'; empty when there is none. */
export const sayInstant = (iso: string | null) => (iso ? `${formatChineseDate(iso.slice(0, 10))} ${iso.slice(11, 16)}` : '')
