import { addDays } from '../../../domain/dates/addDays'
import { formatSlot } from '../../../domain/mediation/formatSlot'
import { generateSlots } from '../../../domain/mediation/generateSlots'
import type { SlotMinutes } from '../../../domain/mediation/types'
import type { Actor } from '../../auth/actor'
import { availabilityOf, mediatorCourt } from './availability'
import type { MediationContext } from './context'

/** A mediator's or judge's published hours, the court's rooms to hold sessions in, and the sessions of the next two weeks. */
export async function getAvailability(ctx: MediationContext, actor: Actor) {
  const courtId = mediatorCourt(actor)
  const saved = await availabilityOf(ctx, actor.sub)
  const rooms = (await ctx.courts.rooms(courtId)).map((r) => ({ id: r.id, name: r.name, kind: r.kind, address: r.address }))
  const a = saved?.a ?? { slotMinutes: 60 as SlotMinutes, weekly: [], overrides: [] }
  const from = addDays(ctx.today(), 1)
  return {
    saved: !!saved,
    slotMinutes: a.slotMinutes,
    weekly: a.weekly,
    overrides: a.overrides,
    venue: saved?.venue.kind === 'room' && saved.venue.roomId ? { kind: 'room' as const, roomId: saved.venue.roomId } : { kind: 'online' as const },
    rooms,
    preview: generateSlots(a, from, addDays(from, 13)).map((s) => ({ ...s, label: formatSlot(s.startsAt, s.endsAt) })),
  }
}
