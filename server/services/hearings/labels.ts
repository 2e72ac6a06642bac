import { formatChineseDate } from '../../../domain/dates/formatChineseDate'
import type { HalfDay } from '../../../domain/scheduling/hearingInput'

/** When each half-day session starts, as the 传票 states it. */
export const HALF_DAY_TIMES: Record<HalfDay, string> = { am: '09:00', pm: '14:30' }

const HALF_NAMES: Record<HalfDay, string> = { am: '上午', pm: '下午' }

/** '12月16日（星期三）上午', as people say it. */
export const halfDayLabel = (date: string, half: HalfDay) => `${formatChineseDate(date)}${HALF_NAMES[half]}`

/** The refusal when a case already has its hearing: one at a time, postpone first to move it. */
export const alreadyScheduled = (h: { date: string; half: HalfDay }) => `本案已定于${halfDayLabel(h.date, h.half)}开庭；如需改期，请先延期开庭`
