import type { Actor } from '../../auth/actor'
import { conflict, forbidden, notFound } from '../../errors'
import type { HearingRequestRow, HearingRow } from '../../repositories/hearings'
import type { CaseRecord } from '../cases/caseKernel'
import type { HearingsContext } from './context'
import { alreadyScheduled } from './labels'

/** Who sets, moves and closes hearings: the judges and clerks of the court hearing the case. */
const SCHEDULERS: readonly string[] = ['judge', 'clerk']

export type PartyRow = Awaited<ReturnType<HearingsContext['repo']['parties']>>[number]

/** An accepted case (it has a number, a procedure and a filing day), read through the case kernel. */
export async function loadCase(ctx: HearingsContext, caseId: string): Promise<CaseRecord> {
  const f = await ctx.repo.acceptedCase(caseId)
  if (!f || !f.case_number || !f.procedure || !f.decided_on) throw notFound('HEARING_CASE_NOT_FOUND', '找不到这个案件')
  return ctx.cases.record(f)
}

export function requireReader(ctx: HearingsContext, actor: Actor, c: CaseRecord): void {
  if (!ctx.cases.isHearingCourt(actor, c.row)) throw forbidden('这个案件不属于本院，无法查看开庭安排')
}

export function requireScheduler(ctx: HearingsContext, actor: Actor, c: CaseRecord): void {
  if (!ctx.cases.isHearingCourt(actor, c.row, SCHEDULERS)) throw forbidden('只有本案所在法院的法官或书记员可以安排开庭')
}

/** A case has one hearing set at a time: a second needs the first postponed. */
export async function refuseSecondHearing(ctx: HearingsContext, caseId: string): Promise<void> {
  const current = (await ctx.repo.hearingsOfCase(caseId)).find((h) => h.status === 'scheduled')
  if (current) throw conflict('HEARING_ALREADY_SCHEDULED', alreadyScheduled(current))
}

/** A scheduling request, for a party of its case (`refusal` says what they were refused). */
export async function requestForParty(ctx: HearingsContext, actor: Actor, requestId: string, refusal: string) {
  const r = await ctx.repo.request(requestId)
  if (!r) throw notFound('HEARING_REQUEST_NOT_FOUND', '找不到这次开庭日期征询')
  const c = await loadCase(ctx, r.case_id)
  const party = await ctx.cases.partyOf(actor, c.row, await ctx.repo.parties(c.row.id))
  if (!party) throw forbidden(refusal)
  return { r, c, party }
}

/** A request a party may still answer: theirs, and still open. */
export async function answerable(ctx: HearingsContext, actor: Actor, requestId: string): Promise<{ r: HearingRequestRow; c: CaseRecord; party: PartyRow }> {
  const found = await requestForParty(ctx, actor, requestId, '这不是您的案件，无法选择开庭日期')
  const { status } = found.r
  if (status !== 'open') throw conflict('HEARING_REQUEST_CLOSED', status === 'scheduled' ? '法官已经定好开庭时间了，请查看传票' : '这次征询已经结束了')
  return found
}

/** A hearing, for the judge or clerk who may move it on. */
export async function hearingToManage(ctx: HearingsContext, actor: Actor, hearingId: string): Promise<{ h: HearingRow; c: CaseRecord }> {
  const h = await ctx.repo.hearing(hearingId)
  if (!h) throw notFound('HEARING_NOT_FOUND', '找不到这次开庭')
  const c = await loadCase(ctx, h.case_id)
  requireScheduler(ctx, actor, c)
  return { h, c }
}
