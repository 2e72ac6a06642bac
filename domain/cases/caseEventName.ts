/**
 * Every kind of event recorded in a case's history (the audit log of `filing:<id>`), in the words a
 * party or a judge uses. Keys are the audit action names the server records; they never reach the
 * screen themselves.
 */
const CASE_EVENT_NAMES: Readonly<Record<string, string>> = {
  'filing.submitted': '提交立案申请',
  'filing.resubmitted': '补正后重新提交',
  'filing.correction-requested': '法院要求补正',
  'filing.accepted': '法院登记立案',
  'filing.declined': '法院裁定不予受理',
  'filing.forwarded': '转交管辖法院',
  'service.issued': '法院送达文书',
  'service.signed': '签收送达文书',
  'service.address-confirmed': '确认送达地址',
  'service.address-changed': '变更送达地址',
  'service.served-direct': '法院直接送达文书',
  'service.served-postal': '法院邮寄送达文书',
  'service.served-left': '法院留置送达文书',
  'case.periods-agreed': '确定举证期限和答辩期间',
  'hearing.requested': '法院请当事人选择开庭时间',
  'hearing.answered': '当事人选择开庭时间',
  'hearing.busy-declared': '当事人告知不便到庭的日子',
  'hearing.scheduled': '法院安排开庭',
  'hearing.postponed': '开庭延期',
  'hearing.held': '已开庭',
}

/** What is shown for an event this table does not know yet: a plain word, never the raw code. */
export const UNKNOWN_CASE_EVENT = '案件动态'

/**
 * The Chinese name of one event in a case's history.
 *
 * @param action the audit action, e.g. 'service.issued'
 * @returns e.g. '法院送达文书'; {@link UNKNOWN_CASE_EVENT} for an action not in the table
 * @example caseEventName('hearing.requested') // '法院请当事人选择开庭时间'
 */
export function caseEventName(action: string): string {
  return Object.prototype.hasOwnProperty.call(CASE_EVENT_NAMES, action) ? CASE_EVENT_NAMES[action] : UNKNOWN_CASE_EVENT
}

/** Every action the table names, for tests that check each has words. */
export const NAMED_CASE_EVENTS: readonly string[] = Object.keys(CASE_EVENT_NAMES)
