import { parseCalendarDay } from '../dates/parseCalendarDay'
import { DomainError } from '../errors'
import { dueDate } from '../periods/dueDate'

/**
 * When a document counts as served. `deemed`: by public notice (公告期满视为送达). `presumed`: by the
 * recipient's system reporting it read, on an address the recipient had not confirmed — service
 * the recipient may still rebut (在线诉讼规则第三十一条第二款第（二）项).
 */
export type LegalServiceDate = { servedOn: string; deemed: boolean; provisional: boolean; article: string; presumed?: boolean }

/** One channel's completed delivery of a document: '小程序', '短信', '电子邮件' …, and the day. */
export interface ElectronicDelivery {
  channel: string
  deliveredOn: string
}

export type ServiceInput =
  | { method: 'electronic'; deliveredOn: string }
  | { method: 'electronic'; deliveries: ElectronicDelivery[] }
  | { method: 'electronic-unconfirmed'; readOn?: string; actedOn?: string }
  | { method: 'public-notice'; publishedOn: string; abroad?: boolean }

const E_SERVICE_ARTICLE = '《民事诉讼法》第九十条、《民诉法解释》第一百三十五条'
const EARLIEST_ARTICLE = `${E_SERVICE_ARTICLE}、《人民法院在线诉讼规则》第三十一条第四款`
const ONLINE_RULES = '《人民法院在线诉讼规则》第三十一条第二款'

/**
 * The day a document counts as served.
 * - Electronic service to an address the recipient provided or confirmed (民事诉讼法第九十条第二款;
 *   在线诉讼规则第三十一条第一款): the day the message reaches the recipient's system, which
 *   《民诉法解释》第一百三十五条 fixes as the day the court's system shows it was sent successfully
 *   (unless the recipient proves a different arrival day). Pass `deliveredOn`, or every channel's
 *   completed delivery of the same document in `deliveries`: the earliest counts (在线诉讼规则
 *   第三十一条第四款 “以最先完成的有效送达时间作为送达生效时间”).
 * - 'electronic-unconfirmed' — to an electronic address the recipient has not provided or
 *   confirmed, but that can be confirmed as theirs (在线诉讼规则第三十一条第二款): delivery alone
 *   serves nothing. Service completes on the day the recipient replies that they received it or
 *   acts on it (`actedOn`, 第（一）项), or is presumed on the day their system reports it read
 *   (`readOn`, 第（二）项; rebuttable: `presumed: true`). The earlier of the two counts; with
 *   neither, the document is not served yet and the answer is null.
 * - Public notice (第九十五条): deemed served when 30 days have passed since publication, counted
 *   by {@link dueDate} with rule 'public-notice' (a last day that is a day off rolls on, 第八十五条);
 *   60 days for a party without domicile in China (`abroad`, 第二百八十三条第二款).
 *
 * @param input.method 'electronic' with `deliveredOn` or `deliveries`; 'electronic-unconfirmed'
 *   with `readOn` and/or `actedOn`; 'public-notice' with `publishedOn` (and `abroad`); dates 'YYYY-MM-DD'
 * @returns `servedOn`, `deemed` (true for public notice), `provisional` (holiday table not yet
 *   published), `article`, and `presumed` for service by a read report; null for unconfirmed
 *   service not yet completed
 * @throws DomainError 'DATE_INVALID' for an impossible date; 'SERVICE_DELIVERY_REQUIRED' for an empty `deliveries`
 * @example
 * legalServiceDate({ method: 'electronic', deliveredOn: '2026-09-18' }) // { servedOn: '2026-09-18', deemed: false, provisional: false, article: '《民事诉讼法》第九十条、…' }
 * legalServiceDate({ method: 'electronic', deliveries: [{ channel: '短信', deliveredOn: '2026-09-19' }, { channel: '小程序', deliveredOn: '2026-09-18' }] }).servedOn // '2026-09-18'
 * legalServiceDate({ method: 'electronic-unconfirmed' }) // null
 * legalServiceDate({ method: 'public-notice', publishedOn: '2026-11-25' }) // { servedOn: '2026-12-25', deemed: true, provisional: false, article: '《民事诉讼法》第九十五条' }
 */
export function legalServiceDate(input: Extract<ServiceInput, { method: 'electronic-unconfirmed' }>): LegalServiceDate | null
export function legalServiceDate(input: Exclude<ServiceInput, { method: 'electronic-unconfirmed' }>): LegalServiceDate
export function legalServiceDate(input: ServiceInput): LegalServiceDate | null
export function legalServiceDate(input: ServiceInput): LegalServiceDate | null {
  switch (input.method) {
    case 'electronic': {
      if (!('deliveries' in input)) {
        parseCalendarDay(input.deliveredOn, 'deliveredOn')
        return { servedOn: input.deliveredOn, deemed: false, provisional: false, article: E_SERVICE_ARTICLE }
      }
      if (!Array.isArray(input.deliveries) || input.deliveries.length === 0) {
        throw new DomainError('SERVICE_DELIVERY_REQUIRED', '还没有送达成功的记录', 'deliveries')
      }
      input.deliveries.forEach((d, i) => parseCalendarDay(d?.deliveredOn, `deliveries[${i}].deliveredOn`))
      // Same fixed-width format, so string order is date order.
      const servedOn = input.deliveries.map((d) => d.deliveredOn).reduce((a, b) => (b < a ? b : a))
      return { servedOn, deemed: false, provisional: false, article: input.deliveries.length > 1 ? EARLIEST_ARTICLE : E_SERVICE_ARTICLE }
    }
    case 'electronic-unconfirmed': {
      if (input.actedOn !== undefined) parseCalendarDay(input.actedOn, 'actedOn')
      if (input.readOn !== undefined) parseCalendarDay(input.readOn, 'readOn')
      const acted = input.actedOn !== undefined && (input.readOn === undefined || input.actedOn <= input.readOn)
      if (acted) return { servedOn: input.actedOn as string, deemed: false, provisional: false, article: `${ONLINE_RULES}第（一）项` }
      if (input.readOn === undefined) return null
      return { servedOn: input.readOn, deemed: false, presumed: true, provisional: false, article: `${ONLINE_RULES}第（二）项` }
    }
    case 'public-notice': {
      const { due, provisional, article } = dueDate({ rule: input.abroad === true ? 'public-notice-abroad' : 'public-notice', from: input.publishedOn })
      return { servedOn: due, deemed: true, provisional, article }
    }
    default:
      throw new DomainError('SERVICE_METHOD_UNKNOWN', `不认识的送达方式：${String((input as { method: unknown }).method)}`, 'method')
  }
}
