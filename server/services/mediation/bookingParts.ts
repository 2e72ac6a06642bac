import { randomUUID } from 'node:crypto'
import { addDays } from '../../../domain/dates/addDays'
import { generateSlots } from '../../../domain/mediation/generateSlots'
import { mediationTimeLimit } from '../../../domain/mediation/mediationTimeLimit'
import type { Slot } from '../../../domain/mediation/types'
import type { Q } from '../../db/query'
import { badRequest } from '../../errors'
import type { MediationBookingRow, MediationRow } from '../../repositories/mediation'
import type { UserRow } from '../../repositories/users'
import { availabilityOf, type Published } from './availability'
import { BOOK_AHEAD_DAYS, MEDIATOR_ROLES, type MediationContext } from './context'
import type { Viewer } from './types'

export type Proposer = MediationBookingRow['proposer_role']

/** Whose time is booked: the mediator proposing it, the assigned one, or — while none is — the one the party picked. */
export function mediatorFor(m: MediationRow, viewer: Viewer, wanted: string | undefined): string {
  if (viewer.kind === 'mediator') return viewer.userId
  if (m.mediator_id) {
    if (wanted && wanted !== m.mediator_id) throw badRequest('MEDIATION_MEDIATOR_FIXED', '这次调解的调解员已经确定，请在他（她）的时间里选择', 'mediatorId')
    return m.mediator_id
  }
  if (!wanted) throw badRequest('MEDIATION_MEDIATOR_REQUIRED', '请选择一位调解员的时间', 'mediatorId')
  return wanted
}

/** A mediator or judge of the mediation's court who has published hours. */
export async function publishedMediator(ctx: MediationContext, m: MediationRow, mediatorId: string): Promise<{ a: Published; mediator: UserRow }> {
  const a = await availabilityOf(ctx, mediatorId)
  const mediator = await ctx.users.byId(mediatorId)
  if (!a || a.courtId !== m.court_id || !mediator || !MEDIATOR_ROLES.includes(mediator.role)) {
    throw badRequest('MEDIATION_MEDIATOR_INVALID', '这位调解员没有公布可预约的时间，请重新选择', 'mediatorId')
  }
  return { a, mediator }
}

/** One of the mediator's published sessions, from tomorrow to BOOK_AHEAD_DAYS ahead. */
export function pickSlot(ctx: MediationContext, a: Published, startsAt: string): Slot {
  const date = typeof startsAt === 'string' ? startsAt.slice(0, 10) : ''
  const bookable = /^\d{4}-\d{2}-\d{2}$/.test(date) && date > ctx.today() && date <= addDays(ctx.today(), BOOK_AHEAD_DAYS)
  const slot = bookable ? generateSlots(a.a, date, date).find((s) => s.startsAt === startsAt) : undefined
  if (!slot)
    throw badRequest('MEDIATION_SLOT_UNKNOWN', `这个时间不在可预约的时间里（只能约明天到${BOOK_AHEAD_DAYS}天内调解员公布的时间），请重新选择`, 'startsAt')
  return slot
}

/** Whether a booking is the active one for this very session: a repeated tap books nothing new. */
export const isSameSession = (b: MediationBookingRow | undefined, startsAt: string, mediatorId: string): boolean =>
  !!b && b.status === 'active' && b.starts_at === startsAt && b.mediator_id === mediatorId

/** A new proposal: the proposer has agreed to it, the others have not yet. */
export function newBooking(
  ctx: MediationContext,
  m: MediationRow,
  by: { userId: string; role: Proposer },
  mediatorId: string,
  a: Published,
  slot: Slot,
): MediationBookingRow {
  const now = ctx.nowIso()
  const id = `b-${randomUUID()}`
  return {
    id,
    mediation_id: m.id,
    mediator_id: mediatorId,
    starts_at: slot.startsAt,
    ends_at: slot.endsAt,
    minutes: slot.minutes,
    venue_kind: a.venue.kind,
    room_id: a.venue.kind === 'room' ? a.venue.roomId : null,
    video_url: a.venue.kind === 'online' ? ctx.videoUrlTemplate.replace('{room}', id) : null,
    proposed_by: by.userId,
    proposer_role: by.role,
    applicant_ok: by.role === 'applicant' ? 1 : 0,
    respondent_ok: by.role === 'respondent' ? 1 : 0,
    mediator_ok: by.role === 'mediator' ? 1 : 0,
    status: 'active',
    reminded_at: null,
    created_at: now,
    updated_at: now,
  }
}

/** The mediation once a session is proposed: a new mediator receives it today; a mediator proposing has accepted it (art. 12). */
export function schedulingPatch(ctx: MediationContext, m: MediationRow, b: MediationBookingRow) {
  const newMediator = m.mediator_id !== b.mediator_id
  const byMediator = b.proposer_role === 'mediator'
  return {
    status: 'scheduling' as const,
    booking_id: b.id,
    mediator_id: b.mediator_id,
    chosen_by: newMediator ? ('party' as const) : m.chosen_by,
    received_on: newMediator ? ctx.today() : m.received_on,
    decline_reason: newMediator ? null : m.decline_reason,
    mediator_confirmed_at: byMediator && !m.mediator_confirmed_at ? b.created_at : m.mediator_confirmed_at,
    limit_due: byMediator && !m.limit_due ? mediationTimeLimit({ stage: m.stage, procedure: m.procedure, from: ctx.today() }).due : m.limit_due,
    updated_at: b.created_at,
  }
}

/** Ends a booking (superseded by another, or released at the end) and frees the time it held. */
export async function endBooking(ctx: MediationContext, bookingId: string | null, status: 'superseded' | 'released', q: Q): Promise<void> {
  if (!bookingId) return
  await ctx.repo.release(q, bookingId)
  await ctx.repo.updateBooking(bookingId, { status, updated_at: ctx.nowIso() }, q)
}
