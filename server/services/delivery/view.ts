import { deadlineAfterService } from '../../../domain/service/deadlineAfterService'
import { DOCUMENT_KINDS, type ServiceDocumentKind } from '../../../domain/service/documentKinds'
import type { Procedure } from '../../../domain/filing/types'
import type { AgreedPeriods } from '../../../domain/service/renderDocument'
import type { ServiceDocumentRow, ServiceEventRow } from '../../repositories/delivery'
import { signedHeadOf } from './chain'
import type { FilingRow } from '../../repositories/filings'
import { contentOf } from './content'
import type { DeliveryContext } from './context'
import { followUpOf, receiptTimes } from './receipts'
import { serviceDateOf } from './serviceDate'

/** What of its case a document's dates depend on: the procedure, and which parties live abroad. */
export interface DocumentCase {
  caseNumber: string
  procedure: Procedure | null
  abroad: (partyIdx: number) => boolean
  /** small claims: the defence days the judge recorded as agreed (《民诉法解释》第二百七十五条) */
  agreedDefenceDays?: number
}

/** The case facts of a filing row for {@link documentView}. */
export function documentCaseOf(ctx: DeliveryContext, f: FilingRow): DocumentCase {
  const { data } = ctx.cases.record(f)
  const agreed = f.agreed_periods_json ? (JSON.parse(f.agreed_periods_json) as AgreedPeriods) : {}
  return { caseNumber: f.case_number ?? '', procedure: f.procedure, abroad: (idx) => data.parties[idx]?.abroad === true, agreedDefenceDays: agreed.defenceDays }
}

/**
 * A document as parties and staff see it: its receipts, its legal service date (earliest channel;
 * read or signed for an unconfirmed address; 30 or, abroad, 60 days of public notice) and the period
 * that follows (none for a small-claims judgment or ruling, 30 days for a party abroad).
 */
export function documentView(
  ctx: DeliveryContext,
  doc: ServiceDocumentRow,
  events: ServiceEventRow[],
  c: DocumentCase,
  opts: { withContent: boolean; canSign: boolean },
) {
  const content = contentOf(doc)
  const kind = doc.kind as ServiceDocumentKind
  const times = receiptTimes(events)
  const abroad = c.abroad(doc.party_idx)
  const served = serviceDateOf(doc.method, events, abroad)
  const procedure = c.procedure ?? undefined
  return {
    id: doc.id,
    caseId: doc.case_id,
    caseNumber: c.caseNumber,
    kind,
    kindName: DOCUMENT_KINDS[kind].name,
    title: doc.title,
    method: doc.method,
    recipient: { idx: doc.party_idx, name: doc.recipient_name, side: doc.recipient_side },
    issuedAt: doc.issued_at,
    ...times,
    publicNotice: content.publicNotice,
    servedOn: served ? { ...served, presumed: served.presumed === true } : null,
    deadline: served
      ? deadlineAfterService(kind, served.servedOn, { appealable: doc.appealable === 1, procedure, abroad, agreedDefenceDays: c.agreedDefenceDays })
      : null,
    finalJudgment: procedure === 'small-claims' && (kind === 'judgment' || kind === 'ruling'),
    abroad,
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
  const cases = new Map<string, DocumentCase>()
  for (const id of new Set(docs.map((d) => d.case_id))) {
    const f = await ctx.filings.byId(id)
    const c = f ? documentCaseOf(ctx, f) : { caseNumber: '', procedure: null, abroad: () => false }
    cases.set(id, { ...c, caseNumber: caseNumbers.get(id) ?? c.caseNumber })
  }
  return docs.map((d) => documentView(ctx, d, byDoc.get(d.id) ?? [], cases.get(d.case_id)!, { withContent: false, canSign }))
}
