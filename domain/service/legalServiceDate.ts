import { parseCalendarDay } from '../dates/parseCalendarDay'
import { dueDate } from '../periods/dueDate'

export type LegalServiceDate = { servedOn: string; deemed: boolean; provisional: boolean; article: string }

const E_SERVICE_ARTICLE = '《民事诉讼法》第九十条、《民诉法解释》第一百三十五条'

/**
 * The day a document counts as served.
 * - Electronic service (民事诉讼法第九十条第二款): the day the message reaches the recipient's
 *   system, which 《民诉法解释》第一百三十五条 fixes as the day the court's system shows it was sent
 *   successfully (unless the recipient proves a different arrival day). The earliest channel that
 *   reaches the recipient counts (在线诉讼规则 art. 31), so pass that channel's day.
 * - Public notice (第九十五条): deemed served when 30 days have passed since publication, counted
 *   by {@link dueDate} with rule 'public-notice' (a last day that is a day off rolls on, 第八十五条).
 *
 * @param input.method 'electronic' with `deliveredOn`, or 'public-notice' with `publishedOn`, both 'YYYY-MM-DD'
 * @returns `servedOn`, `deemed` (true for public notice), `provisional` (holiday table not yet published), `article`
 * @throws DomainError 'DATE_INVALID' for an impossible date
 * @example
 * legalServiceDate({ method: 'electronic', deliveredOn: '2026-09-18' }) // { servedOn: '2026-09-18', deemed: false, provisional: false, article: '《民事诉讼法》第九十条、…' }
 * legalServiceDate({ method: 'public-notice', publishedOn: '2026-11-25' }) // { servedOn: '2026-12-25', deemed: true, provisional: false, article: '《民事诉讼法》第九十五条' }
 */
export function legalServiceDate(input: { method: 'electronic'; deliveredOn: string } | { method: 'public-notice'; publishedOn: string }): LegalServiceDate {
  if (input.method === 'electronic') {
    parseCalendarDay(input.deliveredOn, 'deliveredOn')
    return { servedOn: input.deliveredOn, deemed: false, provisional: false, article: E_SERVICE_ARTICLE }
  }
  const { due, provisional, article } = dueDate({ rule: 'public-notice', from: input.publishedOn })
  return { servedOn: due, deemed: true, provisional, article }
}
