import type { PageQuery } from '../../../contract/common'
import type { Actor } from '../../auth/actor'
import { pageRequest } from '../../db/page'
import { FILING_DECIDERS } from '../../auth/actor'
import { conflict, forbidden } from '../../errors'
import type { FilingRow } from '../../repositories/filings'
import type { FilingsContext } from './context'
import type { CorrectionItem } from './views'

/** The court's review queue, a page at a time: newest first, the green channel (涉农) ahead of the rest when asked. */
export async function reviewQueue(ctx: FilingsContext, actor: Actor, opts: { agriculturalFirst: boolean } & PageQuery) {
  if (!actor.courtId) throw forbidden()
  const { rows, next } = await ctx.filings.queuePage(actor.courtId, pageRequest(opts, opts.agriculturalFirst), opts.agriculturalFirst)
  return { items: rows.map(ctx.summary), next }
}

/** A filing the asking judge or clerk may decide on: only the court it belongs to decides (跨域立案 once forwarded). */
export async function loadDecidable(ctx: FilingsContext, actor: Actor, id: string): Promise<FilingRow> {
  const f = await ctx.cases.loadVisible(actor, id)
  if (!ctx.cases.isHearingCourt(actor, f, FILING_DECIDERS)) throw forbidden('只有管辖法院的法官或书记员可以审查')
  return f
}

export const alreadyDecided = () => conflict('FILING_ALREADY_DECIDED', '这份申请已经处理过了，请刷新')

/** 跨域立案: the receiving court passes the filing on to the court it belongs to. */
export async function forwardFiling(ctx: FilingsContext, actor: Actor, id: string) {
  const f = await ctx.cases.loadVisible(actor, id)
  if (f.court_id !== actor.courtId || f.court_id === f.target_court_id) throw conflict('FILING_NOT_CROSS_REGION', '这不是跨域立案，不需要转交')
  if (f.forwarded_at) return ctx.view(f)
  await ctx.filings.update(id, { forwarded_at: ctx.nowIso(), updated_at: ctx.nowIso() })
  await ctx.audit.record({ actorId: actor.sub, action: 'filing.forwarded', subject: `filing:${id}`, detail: { to: f.target_court_id }, at: ctx.nowIso() })
  return ctx.view(await ctx.cases.load(id))
}

/** 一次性告知: every item to correct, listed at once (在线诉讼规则 art. 9). */
export async function requestCorrection(ctx: FilingsContext, actor: Actor, id: string, items: CorrectionItem[]) {
  await loadDecidable(ctx, actor, id)
  const now = ctx.nowIso()
  const ok = await ctx.filings.transition(id, 'submitted', {
    status: 'correction-requested',
    correction_json: JSON.stringify({ items, requestedAt: now }),
    updated_at: now,
  })
  if (!ok) throw alreadyDecided()
  await ctx.audit.record({ actorId: actor.sub, action: 'filing.correction-requested', subject: `filing:${id}`, detail: { items }, at: now })
  return ctx.view(await ctx.cases.load(id))
}

export async function declineFiling(ctx: FilingsContext, actor: Actor, id: string, reason: string) {
  await loadDecidable(ctx, actor, id)
  const now = ctx.nowIso()
  const patch = { status: 'declined' as const, decline_reason: reason.trim(), decided_at: now, decided_on: ctx.today(), updated_at: now }
  if (!(await ctx.filings.transition(id, 'submitted', patch))) throw alreadyDecided()
  await ctx.audit.record({ actorId: actor.sub, action: 'filing.declined', subject: `filing:${id}`, detail: { reason: reason.trim() }, at: now })
  return ctx.view(await ctx.cases.load(id))
}
