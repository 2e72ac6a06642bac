import type { Availability, SlotMinutes } from '../../../domain/mediation/types'
import { validateAvailability } from '../../../domain/mediation/validateAvailability'
import type { Actor } from '../../auth/actor'
import { badRequest } from '../../errors'
import { mediatorCourt } from './availability'
import { rejectAll, type MediationContext } from './context'
import { getAvailability } from './getAvailability'
import type { AvailabilityInput } from './types'

/** A room of the mediator's own court, when sessions are held in one. */
async function roomOf(ctx: MediationContext, courtId: string, venue: AvailabilityInput['venue']): Promise<string | null> {
  if (venue.kind !== 'room') return null
  const room = (await ctx.courts.rooms(courtId)).find((r) => r.id === venue.roomId)
  if (!room) throw badRequest('MEDIATION_ROOM_UNKNOWN', '请选择本院的调解室、法庭或巡回审判点', 'venue.roomId')
  return room.id
}

/** A mediator or judge publishes weekly hours, days off and extra days, and where sessions are held. */
export async function setAvailability(ctx: MediationContext, actor: Actor, input: AvailabilityInput) {
  const courtId = mediatorCourt(actor)
  const a: Availability = { slotMinutes: input.slotMinutes as SlotMinutes, weekly: input.weekly, overrides: input.overrides }
  const problems = validateAvailability(a)
  if (problems.length > 0) rejectAll(problems)
  const roomId = await roomOf(ctx, courtId, input.venue)
  await ctx.repo.saveAvailability({
    mediator_id: actor.sub,
    court_id: courtId,
    slot_minutes: a.slotMinutes,
    weekly_json: JSON.stringify(a.weekly),
    overrides_json: JSON.stringify([...a.overrides].sort((x, y) => (x.date < y.date ? -1 : 1))),
    venue_kind: input.venue.kind,
    room_id: roomId,
    updated_at: ctx.nowIso(),
  })
  const detail = { slotMinutes: a.slotMinutes, venue: input.venue.kind }
  await ctx.audit.record({ actorId: actor.sub, action: 'mediation.availability-set', subject: `mediator:${actor.sub}`, detail, at: ctx.nowIso() })
  return getAvailability(ctx, actor)
}
