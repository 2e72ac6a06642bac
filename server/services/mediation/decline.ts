import { MEDIATION_LIFECYCLE } from '../../../domain/mediation/mediationLifecycle'
import type { Actor } from '../../auth/actor'
import { conflict } from '../../errors'
import { endBooking } from './bookingParts'
import type { MediationContext } from './context'
import { actorKindOf, gate } from './lifecycle'
import { notify, record } from './notify'
import { view } from './view'
import { loadFor, loadMediation } from './viewer'

/** The mediator declines with a reason (art. 12); the parties may choose another or the court assigns one. */
export async function decline(ctx: MediationContext, actor: Actor, id: string, reason: string) {
  const { m, parties, viewer } = await loadFor(ctx, actor, id)
  const verdict = gate('decline', m, actorKindOf(viewer))
  if (m.mediator_confirmed_at) throw conflict('MEDIATION_ALREADY_ACCEPTED', '您已经接受了这次调解；如需结束，请记录调解结果')
  if (verdict !== 'allowed') throw conflict('MEDIATION_NOT_OPEN', '这次调解现在不能不予接受')
  const now = ctx.nowIso()
  await ctx.transact(async (trx) => {
    await endBooking(ctx, m.booking_id, 'released', trx)
    const unassigned = { mediator_id: null, booking_id: null, received_on: null, chosen_by: null }
    const ok = await ctx.repo.transition(
      id,
      MEDIATION_LIFECYCLE.decline.in,
      { status: 'declined', decline_reason: reason.trim(), ...unassigned, updated_at: now },
      trx,
    )
    if (!ok) throw conflict('MEDIATION_NOT_OPEN', '这次调解的状态刚刚变了，请刷新后再试')
  })
  await record(ctx, actor.sub, m, 'declined', { reason: reason.trim() })
  const text = `调解员不予接受这次调解，理由：${reason.trim()}。您可以另选调解员的时间，或等待法院指定调解员`
  await notify(ctx, m, parties, ['applicant', 'respondent'], 'declined', text)
  // No longer theirs to open again; this last answer shows what they did.
  return view(ctx, await loadMediation(ctx, id), parties, viewer)
}
