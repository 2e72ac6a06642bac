import type { Availability, DateOverride, SlotMinutes, WeeklyHours } from '../../../domain/mediation/types'
import type { Actor } from '../../auth/actor'
import { forbidden } from '../../errors'
import { MEDIATOR_ROLES, type MediationContext } from './context'

/** A mediator's published hours, where they sit, and their court. */
export interface Published {
  a: Availability
  venue: { kind: 'online' | 'room'; roomId: string | null }
  courtId: string
}

export async function availabilityOf(ctx: MediationContext, mediatorId: string): Promise<Published | null> {
  const row = await ctx.repo.availability(mediatorId)
  if (!row) return null
  return {
    a: {
      slotMinutes: row.slot_minutes as SlotMinutes,
      weekly: JSON.parse(row.weekly_json) as WeeklyHours[],
      overrides: JSON.parse(row.overrides_json) as DateOverride[],
    },
    venue: { kind: row.venue_kind, roomId: row.room_id },
    courtId: row.court_id,
  }
}

/** What a booking holds: the mediator's time, and the room's when the session is in one. */
export const resourcesOf = (mediatorId: string, roomId: string | null): string[] => [`mediator:${mediatorId}`, ...(roomId ? [`room:${roomId}`] : [])]

/** The court of a mediator or judge publishing hours; refuses anyone else. */
export function mediatorCourt(actor: Actor): string {
  if (!MEDIATOR_ROLES.includes(actor.role) || !actor.courtId) throw forbidden('只有调解员和法官可以设置可预约时间')
  return actor.courtId
}
