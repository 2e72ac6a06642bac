import { createHash } from 'node:crypto'
import { canonicalJson } from '../../../domain/service/canonicalJson'
import { chainLinkInput, GENESIS_HASH, type ServiceEvent, type ServiceEventType } from '../../../domain/service/chainLink'
import { headStatement } from '../../../domain/service/headStatement'
import { receiptCode } from '../../../domain/service/receiptCode'
import type { Q } from '../../db/query'
import type { ServiceEventRow } from '../../repositories/delivery'
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

/** The signed head a receipt made, as a party's receipt carries it (送达凭证); null for a receipt stored unsigned. */
export function signedHeadOf(row: ServiceEventRow | undefined) {
  if (!row?.signature || !row.key_id || !row.signed_at) return null
  return {
    seq: row.seq,
    hash: row.hash,
    keyId: row.key_id,
    signature: row.signature,
    signedAt: row.signed_at,
    code: receiptCode(row.seq, row.hash, row.signature),
  }
}

/**
 * Links one receipt to the end of its case's chain, signs the head it makes with the court's key
 * and stores that as the case's head, all in `q`; the caller holds the case's lock in `q`.
 */
async function appendEvent(ctx: DeliveryContext, q: Q, e: Omit<ServiceEvent, 'seq'>): Promise<ServiceEventRow> {
  const repo = ctx.delivery
  const last = await repo.lastEvent(q, e.caseId)
  const event: ServiceEvent = { ...e, seq: (last?.seq ?? 0) + 1 }
  const prevHash = last?.hash ?? GENESIS_HASH
  const hash = sha256Hex(chainLinkInput(prevHash, event))
  const signedAt = ctx.nowIso()
  const { keyId, signature } = ctx.keys.sign(headStatement({ caseId: event.caseId, seq: event.seq, hash, signedAt }))
  const row: ServiceEventRow = {
    case_id: event.caseId,
    seq: event.seq,
    document_id: event.documentId,
    type: event.type,
    at: event.at,
    actor_id: event.actorId,
    detail_json: canonicalJson(event.detail),
    prev_hash: prevHash,
    hash,
    key_id: keyId,
    signature,
    signed_at: signedAt,
  }
  await repo.insertEvent(q, row)
  await repo.saveHead(q, { case_id: row.case_id, seq: row.seq, hash, key_id: keyId, signature, signed_at: signedAt })
  return row
}

/** Appends a receipt inside {@link inChain}'s transaction. */
export type Append = (e: DocumentReceipt) => Promise<ServiceEventRow>

/**
 * Runs `work` in one transaction holding the case's lock. Each receipt it appends is signed and
 * becomes the case's stored head in that transaction; once it has committed (never before, so
 * the checkpoint names no head that was rolled back) the heads are written to the checkpoint.
 * A crash between the two leaves the newest heads in the database and in the parties' receipts
 * only, which the proof accepts: they are signed.
 */
export async function inChain<T>(ctx: DeliveryContext, caseId: string, work: (append: Append, q: Q) => Promise<T>): Promise<T> {
  const appended: ServiceEventRow[] = []
  const out = await ctx.transact(async (trx) => {
    await ctx.delivery.lockCase(trx, caseId)
    const append: Append = async (e) => {
      const row = await appendEvent(ctx, trx, { ...e, caseId })
      appended.push(row)
      return row
    }
    return work(append, trx)
  })
  await ctx.checkpoint.record(
    appended.map((r) => ({ caseId: r.case_id, seq: r.seq, hash: r.hash, documentId: r.document_id, type: r.type, signedAt: r.signed_at! })),
  )
  return out
}

/**
 * Appends receipts to one case's chain in a transaction of their own, serialised with other writers.
 * A document gets each kind of receipt once: a second tap, or the reader's automatic `opened`
 * racing the 签收 button, adds nothing.
 */
export async function appendOnce(ctx: DeliveryContext, caseId: string, receipts: DocumentReceipt[]) {
  await inChain(ctx, caseId, async (append, q) => {
    for (const e of receipts) {
      if (e.documentId && (await ctx.delivery.eventTypesOf(q, e.documentId)).has(e.type)) continue
      await append(e)
    }
  })
}

/** One document's receipts, oldest first. */
export async function receiptsOf(ctx: DeliveryContext, documentId: string) {
  return (await ctx.delivery.eventsOfDocuments([documentId])).filter((e) => e.document_id === documentId)
}
