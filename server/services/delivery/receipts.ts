/** What a document's receipts say: the legal service date, when it was reached, opened and signed, and whether to follow up. */
import { followUp } from '../../../domain/service/followUp'
import { legalServiceDate, type LegalServiceDate } from '../../../domain/service/legalServiceDate'
import type { ServiceDocumentRow, ServiceEventRow } from '../../repositories/delivery'
import { detailOf, firstOf } from './chain'
import type { DeliveryContext } from './context'

/**
 * The legal service date: the day an electronic channel first reached the party (在线诉讼规则
 * art. 31), or the day a public notice runs out; a party who receives a publicly noticed document
 * before the notice runs out is served on receipt.
 */
export function servedOf(ctx: DeliveryContext, events: ServiceEventRow[]): LegalServiceDate | null {
  const delivered = firstOf(events, 'delivered')
  const published = firstOf(events, 'published')
  const electronic = delivered ? legalServiceDate({ method: 'electronic', deliveredOn: ctx.dayOf(delivered.at) }) : null
  const notice = published ? legalServiceDate({ method: 'public-notice', publishedOn: String(detailOf(published).publishedOn) }) : null
  if (electronic && notice) return electronic.servedOn <= notice.servedOn ? electronic : notice
  return electronic ?? notice
}

/** When each receipt first happened, and the channel that delivered. */
export function receiptTimes(events: ServiceEventRow[]) {
  const delivered = firstOf(events, 'delivered')
  return {
    deliveredAt: delivered?.at ?? null,
    deliveredChannel: delivered ? String(detailOf(delivered).channel ?? '') : null,
    openedAt: firstOf(events, 'opened')?.at ?? null,
    signedAt: firstOf(events, 'signed')?.at ?? null,
  }
}

/** Where the document stands today and whether the clerk should follow up (unread for days, or never reached). */
export function followUpOf(ctx: DeliveryContext, doc: ServiceDocumentRow, times: ReturnType<typeof receiptTimes>) {
  const day = (iso: string | null) => (iso ? ctx.dayOf(iso) : null)
  const state = followUp({
    deliveredOn: day(times.deliveredAt),
    openedOn: day(times.openedAt),
    signedOn: day(times.signedAt),
    publicNotice: doc.method === 'public-notice',
    today: ctx.today(),
  })
  return { state: state.state, flagged: state.flagged, daysUnread: state.daysUnread }
}
