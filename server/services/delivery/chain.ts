import { createHash } from 'node:crypto'
import { canonicalJson } from '../../../domain/service/canonicalJson'
import { chainLinkInput, GENESIS_HASH, type ServiceEvent, type ServiceEventType } from '../../../domain/service/chainLink'
import type { Q } from '../../db/query'
import type { DeliveryRepository, ServiceEventRow } from '../../repositories/delivery'
import type { DeliveryContext } from './context'

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

/** A receipt about one document of the case whose chain it joins. */
export type DocumentReceipt = Omit<ServiceEvent, 'seq' | 'caseId'>

export const firstOf = (events: ServiceEventRow[], type: ServiceEventType) => events.find((e) => e.type === type)

/** A stored receipt's detail, as recorded. */
export const detailOf = (row: ServiceEventRow) => JSON.parse(row.detail_json) as Record<string, unknown>

export const toEvent = (r: ServiceEventRow): ServiceEvent => ({
  caseId: r.case_id,
  seq: r.seq,
  documentId: r.document_id,
  type: r.type as ServiceEventType,
  at: r.at,
  actorId: r.actor_id,
  detail: detailOf(r),
})

/** Links one receipt to the end of its case's chain; the caller holds the case's lock in `q`. */
export async function appendEvent(repo: DeliveryRepository, q: Q, e: Omit<ServiceEvent, 'seq'>): Promise<ServiceEventRow> {
  const last = await repo.lastEvent(q, e.caseId)
  const event: ServiceEvent = { ...e, seq: (last?.seq ?? 0) + 1 }
  const prevHash = last?.hash ?? GENESIS_HASH
  const row: ServiceEventRow = {
    case_id: event.caseId,
    seq: event.seq,
    document_id: event.documentId,
    type: event.type,
    at: event.at,
    actor_id: event.actorId,
    detail_json: canonicalJson(event.detail),
    prev_hash: prevHash,
    hash: sha256Hex(chainLinkInput(prevHash, event)),
  }
  await repo.insertEvent(q, row)
  return row
}

/**
 * Appends receipts to one case's chain in a transaction of their own, serialised with other writers.
 * A document gets each kind of receipt once: a second tap, or the reader's automatic `opened`
 * racing the 签收 button, adds nothing.
 */
export async function appendOnce(ctx: DeliveryContext, caseId: string, receipts: DocumentReceipt[]) {
  const repo = ctx.delivery
  await ctx.transact(async (trx) => {
    await repo.lockCase(trx, caseId)
    for (const e of receipts) {
      if (e.documentId && (await repo.eventTypesOf(trx, e.documentId)).has(e.type)) continue
      await appendEvent(repo, trx, { ...e, caseId })
    }
  })
}

/** One document's receipts, oldest first. */
export async function receiptsOf(ctx: DeliveryContext, documentId: string) {
  return (await ctx.delivery.eventsOfDocuments([documentId])).filter((e) => e.document_id === documentId)
}
