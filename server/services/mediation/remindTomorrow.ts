import { addDays } from '../../../domain/dates/addDays'
import { formatSlot } from '../../../domain/mediation/formatSlot'
import type { Actor } from '../../auth/actor'
import { forbidden } from '../../errors'
import type { MediationContext } from './context'
import { notify } from './notify'
import { loadMediation } from './viewer'

/**
 * Day-before reminders (在线诉讼规则 art. 32) for every confirmed session tomorrow, of one court or
 * (the scheduler, courtId null) of all; each booking is reminded once, even with several processes:
 * `markReminded` sets the booking's reminded_at only where it is still empty.
 */
export async function remindSessions(ctx: MediationContext, courtId: string | null) {
  const tomorrow = addDays(ctx.today(), 1)
  let reminded = 0
  for (const b of await ctx.repo.sessionsOn(tomorrow)) {
    const m = await loadMediation(ctx, b.mediation_id)
    if (courtId && m.court_id !== courtId) continue
    if (!(await ctx.repo.markReminded(b.id, ctx.nowIso()))) continue
    const parties = await ctx.repo.parties(m.id)
    const online = b.venue_kind === 'online' ? '（线上视频，请提前打开小程序）' : ''
    await notify(ctx, m, parties, ['applicant', 'respondent', 'mediator'], 'reminder', `提醒：明天${formatSlot(b.starts_at, b.ends_at)}有您的调解${online}`)
    reminded++
  }
  return { day: tomorrow, reminded }
}

/** A court's staff asking for the day-before reminders now (the scheduler sends them on its own). */
export async function remindTomorrow(ctx: MediationContext, actor: Actor) {
  if (!actor.courtId) throw forbidden()
  return remindSessions(ctx, actor.courtId)
}
