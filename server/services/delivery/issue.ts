import type { Actor } from '../../auth/actor'
import type { ServiceDocumentRow } from '../../repositories/delivery'
import type { Q } from '../../db/query'
import { loadCase } from './access'
import { inChain, signedHeadOf, type Append } from './chain'
import { currentAddress } from './currentAddress'
import { composeDocument, documentRowSha256 } from './compose'
import type { DeliveryContext } from './context'
import type { IssueInput } from './issueRules'
import type { DeliveryPlan } from './plan'
import { prepareIssue, type Issuing } from './prepareIssue'
import { publishedReceipt } from './publicNotice'
import { remindAll } from './remind'
import { documentViews } from './view'

/** Each document with its `issued` receipt, `delivered` / `published` where they hold at once, and the history entry, in `trx`. */
async function store(ctx: DeliveryContext, it: Issuing, plans: DeliveryPlan[], append: Append, trx: Q) {
  const f = it.record.row
  {
    const docs: Array<{ doc: ServiceDocumentRow; plan: DeliveryPlan; receipt: string | null }> = []
    for (const plan of plans) {
      const doc = composeDocument(it, plan.party)
      await ctx.delivery.insertDocument(trx, doc)
      const base = { documentId: doc.id, at: it.issuedAt }
      const issued = {
        kind: it.input.kind,
        title: doc.title,
        recipient: plan.party.name,
        method: it.method,
        contentSha256: doc.content_sha256,
        rowSha256: documentRowSha256(doc),
      }
      let last = await append({ ...base, type: 'issued', actorId: it.actorId, detail: issued })
      if (plan.app) last = await append({ ...base, type: 'delivered', actorId: null, detail: { channel: 'app' } })
      if (it.publicNotice)
        last = await append(publishedReceipt(it.publicNotice, { ...base, actorId: it.actorId }, it.record.data.parties[plan.party.idx]?.abroad))
      // The 送达凭证编号 the reminders carry: the signed head right after this document's receipts.
      docs.push({ doc, plan, receipt: signedHeadOf(last)?.code ?? null })
    }
    const detail = { kind: it.input.kind, method: it.method, documents: docs.map((d) => d.doc.id), recipients: docs.map((d) => d.doc.recipient_name) }
    await ctx.audit.record({ actorId: it.actorId, action: 'service.issued', subject: `filing:${f.id}`, detail, at: it.issuedAt }, trx)
    return docs
  }
}

/**
 * Issues one document of a kind to each chosen party of a case. Checks everything first and
 * stores nothing if any recipient fails (no e-service consent → SERVICE_NO_CONSENT, serve on
 * paper). Each document, its `issued` receipt and — when the party's inbox can receive it — its
 * `delivered` receipt (the legal service date) are written in one transaction; SMS / e-mail /
 * subscribe-message reminders go out after. Hearing scheduling calls this for the 传票.
 */
export async function issue(ctx: DeliveryContext, actor: Actor, input: IssueInput) {
  return issueTogether(ctx, actor, [input])
}

/**
 * Several issuings on one case (e.g. the same document by different methods) checked first, then
 * stored in one transaction of the case's chain together with `also` — another area's own rows and
 * receipts (an enforcement node), so the record of the act and the service it caused commit or fail
 * as one. Reminders go out after.
 */
export async function issueTogether<T>(ctx: DeliveryContext, actor: Actor, inputs: IssueInput[], also?: (append: Append, q: Q) => Promise<T>) {
  const prepared: Array<Awaited<ReturnType<typeof prepareIssue>>> = []
  for (const input of inputs) prepared.push(await prepareIssue(ctx, actor, input))
  const f = prepared[0].issuing.record.row
  const { docs, extra } = await inChain(ctx, f.id, async (append, trx) => {
    const all: Awaited<ReturnType<typeof store>> = []
    for (const p of prepared) all.push(...(await store(ctx, p.issuing, p.plans, append, trx)))
    return { docs: all, extra: also ? await also(append, trx) : undefined }
  })
  await remindAll(
    ctx,
    docs.map(({ doc, plan, receipt }) => ({ doc, channels: plan.channels, address: plan.address, delivered: plan.app, receipt })),
    f,
  )
  const views = await documentViews(
    ctx,
    docs.map((d) => d.doc),
    new Map([[f.id, f.case_number!]]),
    false,
  )
  return { documents: views, extra }
}

/**
 * Serves `recipients` electronically each the way they can be: to the address a party confirmed
 * (with its consent), else to the in-app account verified under the party's own ID number
 * (在线诉讼规则第三十一条第二款). A party with neither is refused by name before anything is stored.
 */
export async function byConfirmedOrAccount(ctx: DeliveryContext, input: IssueInput): Promise<IssueInput[]> {
  const f = await loadCase(ctx, input.caseId)
  const parties = await ctx.delivery.parties(f.id)
  const confirmed: number[] = []
  const unconfirmed: number[] = []
  for (const idx of input.recipients) {
    const p = parties.find((x) => x.idx === idx)
    ;(p && (await currentAddress(ctx, f, p)) ? confirmed : unconfirmed).push(idx)
  }
  return [
    ...(confirmed.length > 0 ? [{ ...input, recipients: confirmed, method: 'electronic' as const }] : []),
    ...(unconfirmed.length > 0 ? [{ ...input, recipients: unconfirmed, method: 'electronic-unconfirmed' as const }] : []),
  ]
}
