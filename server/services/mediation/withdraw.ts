import { MEDIATION_LIFECYCLE } from '../../../domain/mediation/mediationLifecycle'
import type { Actor } from '../../auth/actor'
import { conflict } from '../../errors'
import { endBooking } from './bookingParts'
import type { MediationContext } from './context'
import { partyGate } from './lifecycle'
import { notify, record } from './notify'
import { partyIn } from './people'
import { respond } from './view'
import { loadFor } from './viewer'

/** A party leaves: the applicant withdraws (art. 25(2)); the respondent declines to mediate (arts. 15, 25(4)). */
export async function withdraw(ctx: MediationContext, actor: Actor, id: string, reason: string | undefined) {
  const { m, parties, viewer } = await loadFor(ctx, actor, id)
  const { role, verdict } = partyGate('withdraw', m, viewer)
  if (verdict !== 'allowed') throw conflict('MEDIATION_OUTCOME_NOT_NOW', '这次调解已经有结果了，不能再退出')
  const applicant = role === 'applicant'
  const now = ctx.nowIso()
  await ctx.transact(async (trx) => {
    await endBooking(ctx, m.booking_id, 'released', trx)
    const patch = { status: applicant ? 'withdrawn' : 'failed', outcome: applicant ? 'withdrawn' : 'refused', outcome_note: reason?.trim() || null } as const
    const ok = await ctx.repo.transition(id, MEDIATION_LIFECYCLE.withdraw.in, { ...patch, outcome_at: now, updated_at: now }, trx)
    if (!ok) throw conflict('MEDIATION_OUTCOME_NOT_NOW', '这次调解已经有结果了，不能再退出')
  })
  const me = partyIn(parties, role)
  await record(ctx, actor.sub, m, applicant ? 'withdrawn' : 'refused', { reason: reason?.trim() ?? '' })
  const text = applicant ? `${me.name}撤回了调解申请` : `${me.name}不同意调解，调解程序终结`
  await notify(ctx, m, parties, [applicant ? 'respondent' : 'applicant', 'mediator'], 'ended', text)
  return respond(ctx, actor, id)
}
