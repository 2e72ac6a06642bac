import { formatSlot } from '../../../domain/mediation/formatSlot'
import { mediationTimeLimit } from '../../../domain/mediation/mediationTimeLimit'
import type { Actor } from '../../auth/actor'
import { conflict } from '../../errors'
import type { MediationContext } from './context'
import { actorKindOf, gate } from './lifecycle'
import { notify, record } from './notify'
import { respond } from './view'
import { loadFor } from './viewer'

/** The mediator accepts the request and the proposed session (在线调解规则 art. 12); the time limit (art. 24) starts. */
export async function confirm(ctx: MediationContext, actor: Actor, id: string) {
  const { m, parties, viewer } = await loadFor(ctx, actor, id)
  const verdict = gate('confirm', m, actorKindOf(viewer))
  const booking = m.booking_id ? await ctx.repo.booking(m.booking_id) : undefined
  if (m.status === 'confirmed') return respond(ctx, actor, id)
  if (verdict !== 'allowed' || !booking) throw conflict('MEDIATION_NOTHING_TO_CONFIRM', '当事人还没有预约调解时间，暂时无法确认')
  const now = ctx.nowIso()
  await ctx.repo.updateBooking(booking.id, { mediator_ok: 1, updated_at: now })
  const all = booking.applicant_ok === 1 && booking.respondent_ok === 1
  await ctx.repo.transition(id, ['scheduling'], {
    status: all ? 'confirmed' : 'scheduling',
    mediator_confirmed_at: m.mediator_confirmed_at ?? now,
    limit_due: m.limit_due ?? mediationTimeLimit({ stage: m.stage, procedure: m.procedure, from: ctx.today() }).due,
    updated_at: now,
  })
  await record(ctx, actor.sub, m, 'confirmed', { startsAt: booking.starts_at })
  const label = formatSlot(booking.starts_at, booking.ends_at)
  const text = all ? `调解员已确认，调解时间：${label}` : `调解员已接受调解申请，时间为${label}，还需要双方当事人同意`
  await notify(ctx, m, parties, ['applicant', 'respondent'], 'confirmed', text)
  return respond(ctx, actor, id)
}
