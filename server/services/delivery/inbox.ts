import type { Actor } from '../../auth/actor'
import type { ServiceDocumentRow } from '../../repositories/delivery'
import { isFilingAgent, partyKey } from './access'
import { currentAddress } from './currentAddress'
import type { DeliveryContext } from './context'
import { documentViews } from './view'

/** What an agent receives for the side they filed for: the plaintiffs' documents of the accepted cases they filed. */
async function receivedAsAgent(ctx: DeliveryContext, actor: Actor, key: string | null) {
  const out: ServiceDocumentRow[] = []
  if (actor.role !== 'agent') return out
  for (const f of await ctx.filings.visibleToParty(actor.sub, null)) {
    if (f.status !== 'accepted' || !(await isFilingAgent(ctx, actor, f))) continue
    out.push(...(await ctx.delivery.documentsOfCase(f.id)).filter((d) => d.recipient_side === 'plaintiff' && d.recipient_id_key !== key))
  }
  return out
}

const newestFirst = (a: ServiceDocumentRow, b: ServiceDocumentRow) =>
  a.issued_at < b.issued_at ? 1 : a.issued_at > b.issued_at ? -1 : a.id.localeCompare(b.id)

/** The cases naming me where I have not yet given a 送达地址确认书 (the inbox asks for it first). */
async function addressesMissing(ctx: DeliveryContext, key: string | null) {
  const out: Array<{ caseId: string; caseNumber: string; partyName: string }> = []
  if (!key) return out
  for (const c of await ctx.delivery.casesNaming(key)) {
    for (const p of (await ctx.delivery.parties(c.id)).filter((x) => x.id_key === key)) {
      if (!(await currentAddress(ctx, c, p))) out.push({ caseId: c.id, caseNumber: c.case_number ?? '', partyName: p.name })
    }
  }
  return out
}

/** My documents (addressed to me, or to the side I filed for as agent), newest first, and what I still have to confirm. */
export async function inbox(ctx: DeliveryContext, actor: Actor) {
  const key = await partyKey(ctx, actor)
  const mine = await ctx.delivery.documentsFor(key ? [key] : [])
  const docs = [...mine, ...(await receivedAsAgent(ctx, actor, key))].sort(newestFirst)
  const numbers = new Map<string, string>()
  for (const d of docs) if (!numbers.has(d.case_id)) numbers.set(d.case_id, (await ctx.filings.byId(d.case_id))?.case_number ?? '')
  const list = await documentViews(ctx, docs, numbers, true)
  return { unread: list.filter((d) => !d.openedAt).length, needsAddress: await addressesMissing(ctx, key), documents: list }
}
