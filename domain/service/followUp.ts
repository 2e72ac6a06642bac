import { daysBetween } from '../dates/daysBetween'

/** Product rule: a delivered document nobody opened for this many days needs a phone call or paper service. */
export const UNREAD_FOLLOW_UP_DAYS = 3

/** 'served-on-paper': the court recorded a 直接、邮寄 or 留置送达 (the 送达回证 or the postal receipt stands for 签收). */
export type ServiceState = 'undelivered' | 'public-notice' | 'unread' | 'read' | 'signed' | 'served-on-paper'

export interface FollowUp {
  state: ServiceState
  /** days since delivery while unread, else null */
  daysUnread: number | null
  /** true when the clerk should follow up (phone call, postal service) */
  flagged: boolean
}

/**
 * Where one served document stands and whether staff should follow up. Delivery already has
 * legal effect (民事诉讼法第九十条), but parties who never look miss hearings, so the court calls
 * or posts a paper copy when a document stays unopened for {@link UNREAD_FOLLOW_UP_DAYS} days
 * (product rule; 在线诉讼规则 art. 32 allows reminders by SMS and other means). A document no
 * channel reached is flagged at once; one served by public notice is not (the notice runs). One the
 * court served on paper needs nothing more, unless the party also signed it in the app.
 *
 * @param input days as 'YYYY-MM-DD' or null when the event has not happened; `today` the day to judge on
 * @example followUp({ deliveredOn: '2026-11-25', openedOn: null, signedOn: null, today: '2026-11-28' }) // { state: 'unread', daysUnread: 3, flagged: true }
 * followUp({ deliveredOn: null, openedOn: null, signedOn: null, paperServedOn: '2026-11-26', today: '2026-11-28' }) // { state: 'served-on-paper', daysUnread: null, flagged: false }
 */
export function followUp(input: {
  deliveredOn: string | null
  openedOn: string | null
  signedOn: string | null
  publicNotice?: boolean
  /** the day a recorded paper service counts from */
  paperServedOn?: string | null
  today: string
}): FollowUp {
  if (input.signedOn) return { state: 'signed', daysUnread: null, flagged: false }
  if (input.paperServedOn) return { state: 'served-on-paper', daysUnread: null, flagged: false }
  if (input.openedOn) return { state: 'read', daysUnread: null, flagged: false }
  if (input.deliveredOn) {
    const days = Math.max(0, daysBetween(input.deliveredOn, input.today))
    return { state: 'unread', daysUnread: days, flagged: days >= UNREAD_FOLLOW_UP_DAYS }
  }
  if (input.publicNotice) return { state: 'public-notice', daysUnread: null, flagged: false }
  return { state: 'undelivered', daysUnread: null, flagged: true }
}
