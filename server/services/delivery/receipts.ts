/** What a document's receipts say: the legal service date, when it was reached, opened and signed, and whether to follow up. */
import { followUp } from '../../../domain/service/followUp'
import type { ServiceDocumentRow, ServiceEventRow } from '../../repositories/delivery'
import { detailOf, firstOf } from './chain'
import type { DeliveryContext } from './context'
import { paperServiceOf } from './paperService'

/** When each receipt first happened, and the channel that delivered. */
export function receiptTimes(events: ServiceEventRow[]) {
  const delivered = firstOf(events, 'delivered')
  return {
    deliveredAt: delivered?.at ?? null,
    deliveredChannel: delivered ? String(detailOf(delivered).channel ?? '') : null,
    openedAt: firstOf(events, 'opened')?.at ?? null,
    signedAt: firstOf(events, 'signed')?.at ?? null,
    paperService: paperServiceOf(events),
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
    paperServedOn: times.paperService?.servedOn ?? null,
    today: ctx.today(),
  })
  return { state: state.state, flagged: state.flagged, daysUnread: state.daysUnread }
}
