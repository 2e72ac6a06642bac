import type { PaperServiceMode } from '../../../domain/service/checkPaperService'
import { documentServedOn, type ServiceMethod } from '../../../domain/service/documentServedOn'
import type { LegalServiceDate } from '../../../domain/service/legalServiceDate'
import { shanghaiDay } from '../../clock'

/** A stored receipt as far as the service date needs it. */
type Receipt = { type: string; at: string; detail_json: string }

const dayOf = (iso: string) => shanghaiDay(new Date(iso))
const firstDay = (events: Receipt[], type: string) => {
  const e = events.find((x) => x.type === type)
  return e ? dayOf(e.at) : undefined
}

/**
 * The legal service date of one document from its stored receipts (see documentServedOn): every
 * `delivered` receipt is a channel that reached the party (the earliest counts); `opened` is the
 * read report and `signed` the party's act, which alone serve a document sent to an address the
 * party has not confirmed; `published` is a public notice, 60 days for a party abroad.
 *
 * Delivery records one `delivered` receipt, the first channel's (the inbox at issue, else the
 * first SMS or e-mail that arrives), so the earliest is the one recorded; several are read as the
 * rule says all the same.
 *
 * @param method how the document was sent
 * @param events its receipts, any order
 * @param abroad the addressee has no domicile in China
 */
export function serviceDateOf(method: ServiceMethod, events: Receipt[], abroad: boolean): LegalServiceDate | null {
  const published = events.find((e) => e.type === 'published')
  const publishedOn = published ? (JSON.parse(published.detail_json) as { publishedOn?: unknown }).publishedOn : undefined
  const paperEvent = events.find((e) => e.type === 'served-on-paper')
  const paper = paperEvent ? (JSON.parse(paperEvent.detail_json) as { servedOn: string; mode: PaperServiceMode }) : undefined
  return documentServedOn({
    method,
    deliveries: events
      .filter((e) => e.type === 'delivered')
      .map((e) => ({ channel: String((JSON.parse(e.detail_json) as { channel?: unknown }).channel ?? ''), deliveredOn: dayOf(e.at) })),
    readOn: firstDay(events, 'opened'),
    actedOn: firstDay(events, 'signed'),
    publishedOn: typeof publishedOn === 'string' ? publishedOn : undefined,
    abroad,
    ...(paper ? { paper: { servedOn: paper.servedOn, mode: paper.mode } } : {}),
  })
}
