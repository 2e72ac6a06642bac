import { formatSlot } from '../../../domain/mediation/formatSlot'
import type { Actor } from '../../auth/actor'
import { conflict } from '../../errors'
import { consentIfNeeded } from './consent'
import type { MediationContext } from './context'
import { partyGate } from './lifecycle'
import { notify, record } from './notify'
import { partyIn } from './people'
import type { ConsentInput } from './types'
import { respond } from './view'
import { loadFor } from './viewer'

/** A party agrees to the proposed session; the respondent's first answer also gives consent and a service address. */
export async function accept(ctx: MediationContext, actor: Actor, id: string, input: ConsentInput) {
  const { m, parties, viewer } = await loadFor(ctx, actor, id)
  const { role, verdict } = partyGate('accept', m, viewer)
  const booking = m.booking_id ? await ctx.repo.booking(m.booking_id) : undefined
  if (verdict !== 'allowed' || !booking) throw conflict('MEDIATION_NOTHING_TO_ACCEPT', '现在没有等待您同意的调解时间')
  const me = partyIn(parties, role)
  await consentIfNeeded(ctx, m, me, input)
  const flags = { applicant_ok: booking.applicant_ok, respondent_ok: booking.respondent_ok, mediator_ok: booking.mediator_ok, [`${role}_ok`]: 1 }
  await ctx.repo.updateBooking(booking.id, { [`${role}_ok`]: 1, updated_at: ctx.nowIso() })
  // The session is fixed once the two parties and the mediator have all agreed to it.
  const all = flags.applicant_ok === 1 && flags.respondent_ok === 1 && flags.mediator_ok === 1
  if (all) await ctx.repo.transition(id, ['scheduling'], { status: 'confirmed', updated_at: ctx.nowIso() })
  else await ctx.repo.update(id, { updated_at: ctx.nowIso() })
  await record(ctx, actor.sub, m, 'accepted', { by: role, startsAt: booking.starts_at })
  const label = formatSlot(booking.starts_at, booking.ends_at)
  const others = (['applicant', 'respondent', 'mediator'] as const).filter((r) => r !== role)
  await notify(ctx, m, parties, others, all ? 'confirmed' : 'accepted', all ? `调解时间已确定：${label}` : `${me.name}同意了调解时间：${label}`)
  return respond(ctx, actor, id)
}
