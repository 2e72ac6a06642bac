import { PAPER_SERVICE_MODES, type PaperServiceMode } from './checkPaperService'
import { legalServiceDate, type ElectronicDelivery, type LegalServiceDate } from './legalServiceDate'

/**
 * How a document was sent: to a confirmed electronic address, to one the party has not confirmed,
 * by public notice, or on paper (直接、邮寄或留置送达, recorded once done).
 */
export type ServiceMethod = 'electronic' | 'electronic-unconfirmed' | 'public-notice' | 'paper'

/** What a document's receipts say, as calendar days 'YYYY-MM-DD'. */
export interface DocumentReceipts {
  method: ServiceMethod
  /** every channel's completed delivery (reached the party's system) */
  deliveries: ElectronicDelivery[]
  /** the party's system reported it read (opened in the inbox) */
  readOn?: string
  /** the party replied they received it, or acted on it (签收) */
  actedOn?: string
  /** a public notice's publication day */
  publishedOn?: string
  /** the party has no domicile in China: public notice runs 60 days (《民事诉讼法》第二百八十三条) */
  abroad?: boolean
  /** the court served it on paper as well (or only): the day that counts by the record, and how */
  paper?: { servedOn: string; mode: PaperServiceMode }
}

/** Of two service dates the earlier: the document reached the party on the first (在线诉讼规则第三十一条第四款 by analogy). */
const earlier = (a: LegalServiceDate | null, b: LegalServiceDate | null) => (a && b ? (b.servedOn < a.servedOn ? b : a) : (a ?? b))

/**
 * The legal service date of one document from its receipts, by {@link legalServiceDate}:
 * - to an electronic address the party provided or confirmed: the earliest channel's delivery
 *   (在线诉讼规则第三十一条第一、四款); none yet → not served (null);
 * - to an address the party has not provided or confirmed ('electronic-unconfirmed', 第三十一条
 *   第二款): delivery alone serves nothing; the party's reply or act (签收) serves, their system's
 *   read report presumes service; neither yet → null;
 * - by public notice: deemed served when the notice has run 30 days, 60 for a party abroad
 *   (《民事诉讼法》第九十五条、第二百八十三条第二款); a party an electronic channel reached before
 *   that day is served on that earlier day, as the notice's purpose — that they learn of the
 *   document — is then met;
 * - on paper ('paper'): as the party's in-app act or read report would serve an unconfirmed address,
 *   until the court records the service;
 * - whatever the method, a recorded paper service (`paper`) serves on its day — the 送达回证's
 *   (第八十七条、第八十八条), the postal receipt's (第九十一条), or the day left at the home
 *   (第八十九条, deemed) — unless an earlier service already stands.
 *
 * @param r the document's method and receipts
 * @returns the service date, or null when the document is not served yet
 * @throws DomainError 'DATE_INVALID' for a bad day
 * @example
 * documentServedOn({ method: 'electronic-unconfirmed', deliveries: [{ channel: 'app', deliveredOn: '2026-11-25' }] }) // null
 * documentServedOn({ method: 'public-notice', deliveries: [], publishedOn: '2026-11-02', abroad: true })?.servedOn // '2027-01-04'
 * documentServedOn({ method: 'paper', deliveries: [], paper: { servedOn: '2026-11-23', mode: 'postal' } })?.article // '《民事诉讼法》第九十一条'
 */
export function documentServedOn(r: DocumentReceipts): LegalServiceDate | null {
  if (!r.paper) return withoutPaper(r)
  const mode = PAPER_SERVICE_MODES[r.paper.mode]
  return earlier(withoutPaper(r), { servedOn: r.paper.servedOn, deemed: mode.deemed, provisional: false, article: mode.article })
}

function withoutPaper(r: DocumentReceipts): LegalServiceDate | null {
  const electronic = r.deliveries.length > 0 ? legalServiceDate({ method: 'electronic', deliveries: r.deliveries }) : null
  switch (r.method) {
    case 'electronic':
      return electronic
    case 'electronic-unconfirmed':
    case 'paper':
      return legalServiceDate({ method: 'electronic-unconfirmed', readOn: r.readOn, actedOn: r.actedOn })
    case 'public-notice': {
      if (r.publishedOn === undefined) return electronic
      const notice = legalServiceDate({ method: 'public-notice', publishedOn: r.publishedOn, abroad: r.abroad === true })
      return electronic && electronic.servedOn <= notice.servedOn ? electronic : notice
    }
  }
}
