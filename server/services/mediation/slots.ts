import { addDays } from '../../../domain/dates/addDays'
import { formatSlot } from '../../../domain/mediation/formatSlot'
import { generateSlots } from '../../../domain/mediation/generateSlots'
import { MEDIATION_LIFECYCLE } from '../../../domain/mediation/mediationLifecycle'
import { slotCells } from '../../../domain/mediation/slotCells'
import type { Actor } from '../../auth/actor'
import { conflict } from '../../errors'
import type { MediationAvailabilityRow, MediationBookingRow, MediationRow } from '../../repositories/mediation'
import { availabilityOf, resourcesOf, type Published } from './availability'
import { BOOK_AHEAD_DAYS, MEDIATOR_ROLES, type MediationContext } from './context'
import { loadFor } from './viewer'

/** The sessions of a mediator that nobody else holds; the session this mediation already holds counts as free. */
async function freeSlots(ctx: MediationContext, mediatorId: string, a: Published, range: { from: string; to: string }, ours?: MediationBookingRow) {
  const { from, to } = range
  const slots = from > to ? [] : generateSlots(a.a, from, to)
  const held = await ctx.repo.heldCells(resourcesOf(mediatorId, a.venue.kind === 'room' ? a.venue.roomId : null), `${from}T00:00`, `${to}T23:59`)
  const mine = !!ours && ours.status === 'active' && ours.mediator_id === mediatorId
  const ourCells = new Set(mine ? slotCells(ours.starts_at, ours.minutes) : [])
  const taken = new Set(held.map((h) => h.cell).filter((c) => !ourCells.has(c)))
  return slots
    .map((s) => ({ ...s, label: formatSlot(s.startsAt, s.endsAt), current: !!ours && ours.starts_at === s.startsAt && ours.mediator_id === mediatorId }))
    .filter((s) => s.current || slotCells(s.startsAt, s.minutes).every((c) => !taken.has(c)))
}

/** One mediator's group of free sessions; none for someone no longer a mediator or judge of the court. */
async function group(ctx: MediationContext, m: MediationRow, row: MediationAvailabilityRow, range: { from: string; to: string }, ours?: MediationBookingRow) {
  const a = await availabilityOf(ctx, row.mediator_id)
  if (!a) return null
  const mediator = await ctx.users.byId(row.mediator_id)
  if (!mediator || !MEDIATOR_ROLES.includes(mediator.role) || mediator.court_id !== m.court_id) return null
  const room = a.venue.roomId ? (await ctx.courts.rooms(m.court_id)).find((r) => r.id === a.venue.roomId) : undefined
  return {
    mediator: { id: row.mediator_id, name: mediator.display_name },
    venue: { kind: a.venue.kind, roomName: room?.name ?? null, address: room?.address ?? null },
    slots: await freeSlots(ctx, row.mediator_id, a, range, ours),
  }
}

/** The sessions the parties can pick from: the assigned mediator's, or every mediator's of the court while none is assigned (art. 10). */
export async function slots(ctx: MediationContext, actor: Actor, id: string, input: { from?: string; days?: number }) {
  const { m } = await loadFor(ctx, actor, id)
  if (!MEDIATION_LIFECYCLE.book.in.includes(m.status)) throw conflict('MEDIATION_NOT_SCHEDULABLE', '这次调解已经结束，不能再预约时间')
  const earliest = addDays(ctx.today(), 1)
  const from = input.from && input.from > earliest ? input.from : earliest
  const to = [addDays(from, (input.days ?? 14) - 1), addDays(ctx.today(), BOOK_AHEAD_DAYS)].sort()[0]
  const all = await ctx.repo.availabilityOfCourt(m.court_id)
  const candidates = m.mediator_id ? all.filter((a) => a.mediator_id === m.mediator_id) : all
  const ours = m.booking_id ? await ctx.repo.booking(m.booking_id) : undefined
  const groups = []
  for (const row of candidates) {
    const g = await group(ctx, m, row, { from, to }, ours)
    if (g) groups.push(g)
  }
  return { from, to, groups }
}
