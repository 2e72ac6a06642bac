import type { Actor } from '../../auth/actor'
import type { PageQuery } from '../../../contract/common'
import { pageRequest } from '../../db/page'
import { partyKey } from './access'
import { currentAddress } from './currentAddress'
import type { DeliveryContext } from './context'
import { documentViews } from './view'

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

/**
 * 我的文书 a page at a time: my documents (addressed to me, or to the side I filed for as agent),
 * newest first; with each page the unread count of all of them and what I still have to confirm.
 */
export async function inbox(ctx: DeliveryContext, actor: Actor, q: PageQuery = {}) {
  const key = await partyKey(ctx, actor)
  // The filing agent receives the plaintiffs' documents of the cases they filed (isFilingAgent).
  const owner = { idKey: key, agentFilerId: actor.role === 'agent' ? actor.sub : null }
  const { rows: docs, next } = await ctx.delivery.inboxPage(owner, pageRequest(q))
  const numbers = new Map<string, string>()
  for (const d of docs) if (!numbers.has(d.case_id)) numbers.set(d.case_id, (await ctx.filings.byId(d.case_id))?.case_number ?? '')
  const documents = await documentViews(ctx, docs, numbers, true)
  return { body: { unread: await ctx.delivery.inboxUnread(owner), needsAddress: await addressesMissing(ctx, key), documents }, next }
}
