import { PARTY_ROLES, type Actor } from '../../auth/actor'
import { forbidden, notFound } from '../../errors'
import type { ServiceDocumentRow } from '../../repositories/delivery'
import type { FilingRow } from '../../repositories/filings'
import type { DeliveryContext } from './context'

/** Judges and clerks issue documents; an admin may follow up but not serve. */
export const ISSUERS: readonly string[] = ['judge', 'clerk']

/**
 * The verified ID number a party receives by (在线诉讼规则 art. 7: only a verified identity may
 * claim what is addressed to an ID number). Court staff receive nothing, whatever their profile says.
 */
export async function partyKey(ctx: DeliveryContext, actor: Actor): Promise<string | null> {
  return PARTY_ROLES.includes(actor.role) ? ctx.cases.identityKey(actor) : null
}

/** An accepted case with its number: e-service starts once a case is 立案. Anything else is unknown here. */
export async function loadCase(ctx: DeliveryContext, caseId: string): Promise<FilingRow> {
  const f = await ctx.cases.load(caseId, '找不到这个案件', 'SERVICE_CASE_NOT_FOUND')
  if (f.status !== 'accepted' || !f.case_number) throw notFound('SERVICE_CASE_NOT_FOUND', '找不到这个案件')
  return f
}

/** The agent who filed the case receives with the side they filed for, the plaintiff's. */
export async function isFilingAgent(ctx: DeliveryContext, actor: Actor, f: FilingRow): Promise<boolean> {
  return actor.role === 'agent' && (await ctx.cases.relation(actor, f)) === 'filer'
}

export type DocumentRelation = 'staff' | 'addressee' | 'agent'

/**
 * How the asking person stands to one document: staff of the court that issued it (who may read
 * it), its addressee by verified ID number, or the filing agent of the addressee's side (who may
 * also receive it). Anyone else may not see it, not even another party of the same case.
 */
export async function documentRelation(ctx: DeliveryContext, actor: Actor, doc: ServiceDocumentRow, f: FilingRow): Promise<DocumentRelation | null> {
  if (doc.court_id === actor.courtId && ctx.cases.isHearingCourt(actor, f)) return 'staff'
  const key = await partyKey(ctx, actor)
  if (key && key === doc.recipient_id_key) return 'addressee'
  if (doc.recipient_side === 'plaintiff' && (await isFilingAgent(ctx, actor, f))) return 'agent'
  return null
}

/** A document with its case, for someone who may see it. */
export async function loadDocument(ctx: DeliveryContext, actor: Actor, id: string) {
  const doc = await ctx.delivery.document(id)
  if (!doc) throw notFound('SERVICE_DOCUMENT_NOT_FOUND', '找不到这份文书')
  const f = await loadCase(ctx, doc.case_id)
  const rel = await documentRelation(ctx, actor, doc, f)
  if (!rel) throw forbidden('这份文书不是送达给您的，无法查看')
  return { doc, f, rel }
}

/** Only the addressee, or the agent receiving for them, records opening and 签收. */
export async function loadForReceipt(ctx: DeliveryContext, actor: Actor, id: string) {
  const loaded = await loadDocument(ctx, actor, id)
  if (loaded.rel === 'staff') throw forbidden('只有受送达人可以签收文书')
  return { ...loaded, rel: loaded.rel }
}

/** Staff of the court hearing the case: they follow up its service. */
export function requireStaff(ctx: DeliveryContext, actor: Actor, f: FilingRow) {
  if (!ctx.cases.isHearingCourt(actor, f)) throw forbidden('这个案件不属于本院，无法查看送达情况')
}
