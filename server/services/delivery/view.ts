import { deadlineAfterService } from '../../../domain/service/deadlineAfterService'
import { DOCUMENT_KINDS, type ServiceDocumentKind } from '../../../domain/service/documentKinds'
import type { ServiceDocumentRow, ServiceEventRow } from '../../repositories/delivery'
import { signedHeadOf } from './chain'
import { contentOf } from './content'
import type { DeliveryContext } from './context'
import { followUpOf, receiptTimes, servedOf } from './receipts'

/** A document as parties and staff see it: its receipts, its service date and the deadline that follows. */
export function documentView(
  ctx: DeliveryContext,
  doc: ServiceDocumentRow,
  events: ServiceEventRow[],
  caseNumber: string,
  opts: { withContent: boolean; canSign: boolean },
) {
  const content = contentOf(doc)
  const kind = doc.kind as ServiceDocumentKind
  const times = receiptTimes(events)
  const served = servedOf(ctx, events)
  return {
    id: doc.id,
    caseId: doc.case_id,
    caseNumber,
    kind,
    kindName: DOCUMENT_KINDS[kind].name,
    title: doc.title,
    method: doc.method,
    recipient: { idx: doc.party_idx, name: doc.recipient_name, side: doc.recipient_side },
    issuedAt: doc.issued_at,
    ...times,
    publicNotice: content.publicNotice,
    servedOn: served,
    deadline: served ? deadlineAfterService(kind, served.servedOn, { appealable: doc.appealable === 1 }) : null,
    ...followUpOf(ctx, doc, times),
    contentSha256: doc.content_sha256,
    content: opts.withContent ? content.rendered : null,
    hearing: content.hearing,
    file: content.file,
    canSign: opts.canSign && !times.signedAt,
    // The party's 送达凭证: the signed head after this document's latest receipt.
    receipt: signedHeadOf(events[events.length - 1]),
  }
}
export type DocumentView = ReturnType<typeof documentView>

/** Lists of documents, without their content, with the receipts of all of them read at once. */
export async function documentViews(ctx: DeliveryContext, docs: ServiceDocumentRow[], caseNumbers: Map<string, string>, canSign: boolean) {
  const events = await ctx.delivery.eventsOfDocuments(docs.map((d) => d.id))
  const byDoc = new Map<string, ServiceEventRow[]>()
  for (const e of events) byDoc.set(e.document_id ?? '', [...(byDoc.get(e.document_id ?? '') ?? []), e])
  return docs.map((d) => documentView(ctx, d, byDoc.get(d.id) ?? [], caseNumbers.get(d.case_id) ?? '', { withContent: false, canSign }))
}
