import type { PageQuery } from '../../../contract/common'
import { COURT_READERS, type Actor } from '../../auth/actor'
import { pageRequest } from '../../db/page'
import { forbidden } from '../../errors'
import type { DeliveryContext } from './context'
import { documentViews } from './view'

/**
 * The follow-up list, a page at a time: the accepted cases of the actor's court, newest 立案
 * first, what was served, and what is unread or needs a call.
 */
export async function casesOfCourt(ctx: DeliveryContext, actor: Actor, q: PageQuery = {}) {
  if (!actor.courtId || !COURT_READERS.includes(actor.role)) throw forbidden()
  const { rows: cases, next } = await ctx.filings.acceptedPage(actor.courtId, pageRequest(q))
  const docs = await ctx.delivery.documentsOfCases(cases.map((c) => c.id))
  const numbers = new Map(cases.map((c) => [c.id, c.case_number ?? '']))
  const all = await documentViews(ctx, docs, numbers, false)
  const items = cases.map((c) => {
    const { data } = ctx.cases.record(c)
    const mine = all.filter((v) => v.caseId === c.id)
    return {
      caseId: c.id,
      caseNumber: c.case_number ?? '',
      plaintiffs: data.parties.filter((p) => p.side === 'plaintiff').map((p) => p.name),
      defendants: data.parties.filter((p) => p.side === 'defendant').map((p) => p.name),
      judgeId: c.judge_id,
      documents: mine.length,
      unread: mine.filter((v) => v.state === 'unread').length,
      flagged: mine.filter((v) => v.flagged).length,
    }
  })
  return { items, next }
}
