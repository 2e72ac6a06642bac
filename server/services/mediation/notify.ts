import { orderedId } from '../../db/ids'
import type { Q } from '../../db/query'
import type { MediationNoticeRow, MediationPartyRow, MediationRow } from '../../repositories/mediation'
import type { MediationContext } from './context'
import { serviceOf } from './people'
import type { PartyRole } from './types'

type Notice = Omit<MediationNoticeRow, 'id' | 'channel' | 'recipient_id' | 'mobile' | 'sent_at'>

const inbox = (base: Notice, recipient: string, at: string): MediationNoticeRow => ({
  ...base,
  id: orderedId('n'),
  channel: 'inbox',
  recipient_id: recipient,
  mobile: null,
  sent_at: at,
})

/** A party's notices: in the app once they have an account, and an SMS when they asked for one (or have never signed in). */
async function toParty(ctx: MediationContext, m: MediationRow, p: MediationPartyRow, base: Notice, at: string): Promise<MediationNoticeRow[]> {
  const rows = p.user_id ? [inbox(base, p.user_id, at)] : []
  const service = serviceOf(p)
  const mobile = service?.mobile ?? p.mobile
  // The other side gets an SMS before they have ever signed in; afterwards only if they asked for SMS.
  if (!mobile || (service && !service.sms)) return rows
  const sent = await ctx.notifier.send({
    channel: 'sms',
    to: mobile,
    courtId: m.court_id,
    template: `mediation-${base.kind}`,
    text: base.text,
    data: { mediation: m.number },
  })
  return [...rows, { ...base, id: orderedId('n'), channel: 'sms', recipient_id: p.user_id, mobile, sent_at: sent.ok ? sent.at : null }]
}

/** In-app messages to everyone concerned, and an SMS to each party who asked for one (or has never signed in). */
export async function notify(
  ctx: MediationContext,
  m: MediationRow,
  parties: MediationPartyRow[],
  to: ReadonlyArray<PartyRole | 'mediator'>,
  kind: string,
  body: string,
): Promise<void> {
  const at = ctx.nowIso()
  const base: Notice = { mediation_id: m.id, kind, text: `【${m.number}】${body}`, created_at: at, read_at: null }
  const rows: MediationNoticeRow[] = []
  for (const who of to) {
    if (who === 'mediator') {
      if (m.mediator_id) rows.push(inbox(base, m.mediator_id, at))
      continue
    }
    const p = parties.find((x) => x.role === who)
    if (p) rows.push(...(await toParty(ctx, m, p, base, at)))
  }
  await ctx.repo.insertNotices(rows)
}

/** One line in the mediation's history (the audit log), shown on its page; pass the change's transaction as `q`. */
export const record = (ctx: MediationContext, actorId: string, m: Pick<MediationRow, 'id'>, action: string, detail: Record<string, unknown> = {}, q?: Q) =>
  ctx.audit.record({ actorId, action: `mediation.${action}`, subject: `mediation:${m.id}`, detail, at: ctx.nowIso() }, q)
