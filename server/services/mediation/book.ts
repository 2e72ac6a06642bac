import { formatSlot } from '../../../domain/mediation/formatSlot'
import type { Q } from '../../db/query'
import { MEDIATION_LIFECYCLE } from '../../../domain/mediation/mediationLifecycle'
import { slotCells } from '../../../domain/mediation/slotCells'
import type { Actor } from '../../auth/actor'
import { isUniqueViolation } from '../../db/errors'
import { conflict } from '../../errors'
import type { MediationBookingRow, MediationPartyRow, MediationRow } from '../../repositories/mediation'
import { resourcesOf } from './availability'
import { endBooking, isSameSession, mediatorFor, newBooking, pickSlot, publishedMediator, schedulingPatch } from './bookingParts'
import { consentIfNeeded } from './consent'
import type { MediationContext } from './context'
import { actorKindOf, gate } from './lifecycle'
import { notify, record } from './notify'
import { partyIn } from './people'
import type { BookInput } from './types'
import { respond } from './view'
import { loadFor, loadMediation } from './viewer'

/**
 * Stores the booking and its holds in one transaction under a primary key: of two people taking the
 * same time at once, one commits and the other gets MEDIATION_SLOT_TAKEN. False when the one who
 * won was this same person's earlier tap.
 */
async function reserve(
  ctx: MediationContext,
  m: MediationRow,
  b: MediationBookingRow,
  current: MediationBookingRow | undefined,
  history: (q: Q) => Promise<unknown>,
): Promise<boolean> {
  const cells = slotCells(b.starts_at, b.minutes)
  try {
    await ctx.transact(async (trx) => {
      if (!(await ctx.repo.transition(m.id, MEDIATION_LIFECYCLE.book.in, schedulingPatch(ctx, m, b), trx)))
        throw conflict('MEDIATION_NOT_SCHEDULABLE', '这次调解的状态刚刚变了，请刷新后再试')
      if (current?.status === 'active') await endBooking(ctx, current.id, 'superseded', trx)
      await ctx.repo.insertBooking(trx, b)
      await ctx.repo.hold(
        trx,
        b.id,
        resourcesOf(b.mediator_id, b.room_id).flatMap((resource) => cells.map((cell) => ({ resource, cell }))),
      )
      await history(trx)
    })
    return true
  } catch (err) {
    if (!isUniqueViolation(err)) throw err
    const now = await loadMediation(ctx, m.id)
    const mine = now.booking_id ? await ctx.repo.booking(now.booking_id) : undefined
    if (isSameSession(mine, b.starts_at, b.mediator_id)) return false
    throw conflict('MEDIATION_SLOT_TAKEN', '这个时间刚刚被别人约走了，请换一个时间', 'startsAt')
  }
}

/** Books a session, or proposes another one; the others are asked to agree to it. */
export async function book(ctx: MediationContext, actor: Actor, id: string, input: BookInput) {
  const { m, parties, viewer } = await loadFor(ctx, actor, id)
  if (gate('book', m, actorKindOf(viewer)) !== 'allowed') throw conflict('MEDIATION_NOT_SCHEDULABLE', '这次调解已经结束，不能再预约时间')
  const role = viewer.kind === 'party' ? viewer.role : 'mediator'
  const mediatorId = mediatorFor(m, viewer, input.mediatorId)
  const { a, mediator } = await publishedMediator(ctx, m, mediatorId)
  const slot = pickSlot(ctx, a, input.startsAt)
  // Consent is stored only once the rest of the request is known to be good.
  if (viewer.kind === 'party') await consentIfNeeded(ctx, m, partyIn(parties, viewer.role), input)
  const current = m.booking_id ? await ctx.repo.booking(m.booking_id) : undefined
  if (isSameSession(current, slot.startsAt, mediatorId)) return respond(ctx, actor, id)
  const b = newBooking(ctx, m, { userId: actor.sub, role }, mediatorId, a, slot)
  // A second tap of the same person on the same session lost only to their own first tap.
  const entry = { startsAt: slot.startsAt, mediator: mediator.display_name, by: role }
  if (!(await reserve(ctx, m, b, current, (q) => record(ctx, actor.sub, m, current ? 'rescheduled' : 'booked', entry, q)))) return respond(ctx, actor, id)
  const after = await loadMediation(ctx, id)
  await announce(
    ctx,
    after,
    parties,
    b,
    current ? 'rescheduled' : 'invited',
    viewer.kind === 'party' ? partyIn(parties, viewer.role).name : mediator.display_name,
  )
  return respond(ctx, actor, id)
}

async function announce(
  ctx: MediationContext,
  m: MediationRow,
  parties: MediationPartyRow[],
  b: MediationBookingRow,
  kind: 'rescheduled' | 'invited',
  who: string,
) {
  const label = formatSlot(b.starts_at, b.ends_at)
  const others = (['applicant', 'respondent', 'mediator'] as const).filter((r) => r !== b.proposer_role)
  const what = kind === 'rescheduled' ? '提议改到' : '预约了调解时间：'
  const where = b.venue_kind === 'online' ? '线上视频调解' : '现场调解'
  await notify(ctx, m, parties, others, kind, `${who}${what}${label}（${where}），请打开“移动微法院”小程序，在“我的调解”中同意或另约时间`)
}
