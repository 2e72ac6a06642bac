import { workingDayDeadline } from './workingDayDeadline'

/**
 * The last day for the court to assign a mediator to a request nobody chose one for:
 * “人民法院应当在收到当事人在线调解申请后三个工作日内指定调解组织或者调解员” —
 * 《人民法院在线调解规则》第十条第三款. Counted like {@link confirmationDeadline}.
 *
 * @param requestedOn 'YYYY-MM-DD', the day the court received the request
 * @returns `due`, `provisional`, `article`
 * @example assignmentDeadline('2026-11-25').due // '2026-11-30'
 */
export function assignmentDeadline(requestedOn: string): { due: string; provisional: boolean; article: string } {
  return { ...workingDayDeadline(requestedOn, 3), article: '《人民法院在线调解规则》第十条' }
}
