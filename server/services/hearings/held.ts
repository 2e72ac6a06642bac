import type { Actor } from '../../auth/actor'
import { conflict } from '../../errors'
import { hearingToManage } from './access'
import type { HearingsContext } from './context'
import { hearingView } from './hearingView'
import { halfDayLabel } from './labels'

/** Marks a hearing as held, on or after its day. */
export async function held(ctx: HearingsContext, actor: Actor, hearingId: string) {
  const { h, c } = await hearingToManage(ctx, actor, hearingId)
  if (h.status !== 'scheduled') throw conflict('HEARING_NOT_SCHEDULED', h.status === 'postponed' ? '这次开庭已经延期了' : '这次开庭已经记为开过了')
  if (h.date > ctx.today()) throw conflict('HEARING_NOT_YET', `开庭日（${halfDayLabel(h.date, h.half)}）还没到`)
  const at = ctx.nowIso()
  if (!(await ctx.repo.transitionHearing(h.id, 'scheduled', { status: 'held', held_at: at, updated_at: at }))) {
    throw conflict('HEARING_NOT_SCHEDULED', '这次开庭的状态刚刚变了，请刷新')
  }
  await ctx.audit.record({ actorId: actor.sub, action: 'hearing.held', subject: `filing:${c.row.id}`, detail: { hearing: h.id }, at })
  return hearingView(ctx, (await ctx.repo.hearing(h.id))!)
}
