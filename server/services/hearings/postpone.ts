import { postponementReason } from '../../../domain/scheduling/postponementReason'
import type { Actor } from '../../auth/actor'
import { conflict } from '../../errors'
import { hearingToManage } from './access'
import type { HearingsContext } from './context'
import { hearingView } from './hearingView'
import { halfDayLabel } from './labels'
import { tellParties } from './tellParties'

/** 延期开庭 (民事诉讼法第一百四十九条): frees the half-day, records the reason, tells the parties. */
export async function postpone(ctx: HearingsContext, actor: Actor, hearingId: string, reason: string) {
  const { h, c } = await hearingToManage(ctx, actor, hearingId)
  const text = postponementReason(reason)
  if (h.status !== 'scheduled') throw conflict('HEARING_NOT_SCHEDULED', h.status === 'postponed' ? '这次开庭已经延期了' : '这次开庭已经开过了，不能延期')
  const at = ctx.nowIso()
  const patch = { status: 'postponed' as const, postpone_reason: text, postponed_by: actor.sub, postponed_at: at, updated_at: at }
  if (!(await ctx.repo.transitionHearing(h.id, 'scheduled', patch))) throw conflict('HEARING_NOT_SCHEDULED', '这次开庭的状态刚刚变了，请刷新')
  await ctx.audit.record({ actorId: actor.sub, action: 'hearing.postponed', subject: `filing:${c.row.id}`, detail: { hearing: h.id, reason: text }, at })
  const venue = (await ctx.courts.rooms(h.court_id)).find((v) => v.id === h.room_id)
  const was = `${halfDayLabel(h.date, h.half)}在${venue?.name ?? '法院'}`
  await tellParties(
    ctx,
    c.row,
    'hearing-postponed',
    (name) => `${name}您好：${c.row.case_number}案件原定于${was}开庭，现延期审理，理由：${text}。新的开庭时间确定后，法院会另行送达传票。`,
  )
  return hearingView(ctx, (await ctx.repo.hearing(h.id))!)
}
