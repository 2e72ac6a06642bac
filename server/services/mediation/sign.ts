import { formatChineseDate } from '../../../domain/dates/formatChineseDate'
import { agreementEffect } from '../../../domain/mediation/agreementEffect'
import { judicialConfirmationWindow } from '../../../domain/mediation/judicialConfirmationWindow'
import type { Actor } from '../../auth/actor'
import { conflict } from '../../errors'
import type { MediationPartyRow, MediationRow } from '../../repositories/mediation'
import type { MediationContext } from './context'
import { partyGate } from './lifecycle'
import { notify, record } from './notify'
import { isVerified, needRealName, partyIn, userOf } from './people'
import { respond } from './view'
import { loadFor } from './viewer'

/** The last signature: the agreement takes effect; before filing, the 30 days for 司法确认 start (民诉法 art. 205). */
async function settle(ctx: MediationContext, actorId: string, m: MediationRow, parties: MediationPartyRow[], effectiveAt: string, now: string) {
  const jcDue = m.stage === 'pre-filing' ? judicialConfirmationWindow({ effectiveOn: effectiveAt.slice(0, 10), today: ctx.today() }).due : null
  // Of two last signatures at once, one settles it and tells everyone.
  if (!(await ctx.repo.transition(m.id, ['signing'], { status: 'settled', agreement_effective_at: effectiveAt, jc_due: jcDue, updated_at: now }))) return
  await record(ctx, actorId, m, 'agreement-effective', { effectiveAt })
  const jc = jcDue ? `。如需法院确认协议效力，双方可在${formatChineseDate(jcDue)}前共同申请司法确认（《民事诉讼法》第二百零五条）` : ''
  await notify(ctx, m, parties, ['applicant', 'respondent', 'mediator'], 'effective', `双方已签名，调解协议已生效${jc}`)
}

/** A party e-signs the agreement; it takes effect when all have signed (art. 19). */
export async function sign(ctx: MediationContext, actor: Actor, id: string) {
  const { m, parties, viewer } = await loadFor(ctx, actor, id)
  const { role, verdict } = partyGate('sign', m, viewer)
  const u = await userOf(ctx, actor)
  if (!isVerified(u)) throw needRealName()
  if (m.status === 'settled') return respond(ctx, actor, id)
  if (verdict !== 'allowed') throw conflict('MEDIATION_NOTHING_TO_SIGN', '现在没有需要签名的调解协议')
  const now = ctx.nowIso()
  await ctx.repo.markSigned(id, role, now)
  await record(ctx, actor.sub, m, 'signed', { by: role })
  const after = await ctx.repo.parties(id)
  const effect = agreementEffect(after.map((p) => ({ name: p.name, signedAt: p.signed_at })))
  if (effect.effective && effect.effectiveAt) await settle(ctx, actor.sub, m, after, effect.effectiveAt, now)
  else {
    await ctx.repo.update(id, { updated_at: now })
    const other = role === 'applicant' ? 'respondent' : 'applicant'
    await notify(ctx, m, after, [other], 'signed', `${partyIn(parties, role).name}已在调解协议上签名，请您核对后签名`)
  }
  return respond(ctx, actor, id)
}
