import type { Actor } from '../../auth/actor'
import { AppError, conflict } from '../../errors'
import type { FilingsContext } from './context'

/**
 * Deletes a draft the filer gave up on. Only the filer may, and only while nothing was submitted:
 * a submitted filing is the court's record and stays. A draft a mediation started stays too, so
 * the mediation's 转立案 still leads somewhere.
 */
export async function deleteFilingDraft(ctx: FilingsContext, actor: Actor, id: string): Promise<void> {
  const f = await ctx.cases.loadVisible(actor, id)
  if (f.filer_id !== actor.sub) throw new AppError(403, 'FILING_NOT_FILER', '只有填写这份申请的人可以删除它', 'id')
  if (f.status !== 'draft') throw notDraft()
  await ctx.transact(async (q) => {
    if (await ctx.filings.linkedToMediation(id, q)) throw conflict('FILING_DRAFT_FROM_MEDIATION', '这份草稿是调解转立案生成的，不能删除，可以继续填写', 'id')
    if (!(await ctx.filings.deleteDraft(q, id))) throw notDraft()
  })
  await ctx.audit.record({ actorId: actor.sub, action: 'filing.draft-deleted', subject: `filing:${id}`, detail: { kind: f.kind }, at: ctx.nowIso() })
}

const notDraft = () => conflict('FILING_NOT_DRAFT', '这份申请已经提交，不能删除', 'id')
