import { workingDayDeadline } from './workingDayDeadline'

/**
 * The last day for the mediator (or judge) to confirm accepting a mediation request:
 * “调解组织或者调解员应当在收到……当事人在线调解申请后三个工作日内，确认接受” —
 * 《人民法院在线调解规则》第十二条. The day of receipt is not counted; weekends and days off
 * are skipped, a 调休 makeup workday counts.
 *
 * @param receivedOn 'YYYY-MM-DD', the day the request reached the mediator
 * @returns `due`, `provisional`, `article`
 * @example
 * confirmationDeadline('2026-09-30').due // '2026-10-10' (国庆 10-01…10-07 skipped; 10-10 is a 调休 Saturday)
 * confirmationDeadline('2026-11-27').due // '2026-12-02' (a Friday: the weekend is skipped)
 */
export function confirmationDeadline(receivedOn: string): { due: string; provisional: boolean; article: string } {
  return { ...workingDayDeadline(receivedOn, 3), article: '《人民法院在线调解规则》第十二条' }
}
