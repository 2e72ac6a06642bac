import type { Actor } from '../../auth/actor'
import { loadForReceipt } from './access'
import { appendOnce, firstOf, receiptsOf, type DocumentReceipt } from './chain'
import type { DeliveryContext } from './context'
import { readDocument } from './read'

/** The addressee (or their agent) opened it: recorded once; if no channel had reached them yet, this is delivery too. */
export async function openDocument(ctx: DeliveryContext, actor: Actor, id: string) {
  const { doc, rel } = await loadForReceipt(ctx, actor, id)
  const events = await receiptsOf(ctx, doc.id)
  const at = ctx.nowIso()
  const add: DocumentReceipt[] = []
  if (!firstOf(events, 'delivered')) add.push({ documentId: doc.id, type: 'delivered', at, actorId: actor.sub, detail: { channel: 'app', on: 'opened' } })
  if (!firstOf(events, 'opened')) add.push({ documentId: doc.id, type: 'opened', at, actorId: actor.sub, detail: { by: rel } })
  if (add.length > 0) await appendOnce(ctx, doc.case_id, add)
  return readDocument(ctx, actor, id)
}

/** 签收: the party confirms receipt (在线诉讼规则 art. 33); signing opens it first. Signing twice changes nothing. */
export async function signDocument(ctx: DeliveryContext, actor: Actor, id: string) {
  const { doc, rel } = await loadForReceipt(ctx, actor, id)
  await openDocument(ctx, actor, id)
  if (!firstOf(await receiptsOf(ctx, doc.id), 'signed'))
    await appendOnce(ctx, doc.case_id, [{ documentId: doc.id, type: 'signed', at: ctx.nowIso(), actorId: actor.sub, detail: { by: rel } }])
  await ctx.audit.record({ actorId: actor.sub, action: 'service.signed', subject: `filing:${doc.case_id}`, detail: { document: doc.id }, at: ctx.nowIso() })
  return readDocument(ctx, actor, id)
}
