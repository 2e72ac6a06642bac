import { formatCaseNumber } from '../../../domain/cases/caseNumber'
import { caseTypeCodeFor } from '../../../domain/filing/caseTypeCode'
import type { Procedure } from '../../../domain/filing/types'
import type { Actor } from '../../auth/actor'
import { badRequest, notFound } from '../../errors'
import type { FilingsContext } from './context'
import { alreadyDecided, loadDecidable } from './review'
import { storedSmallClaims } from './views'

/** 登记立案: assigns the next case number of the court, type and year, and a judge. */
export async function acceptFiling(ctx: FilingsContext, actor: Actor, id: string, input: { procedure: Procedure; judgeId: string }) {
  const f = await loadDecidable(ctx, actor, id)
  const judge = await ctx.users.byId(input.judgeId)
  if (!judge || judge.role !== 'judge' || judge.court_id !== actor.courtId) throw badRequest('FILING_JUDGE_INVALID', '请选择本院的一位法官', 'judgeId')
  const court = await ctx.courts.byId(f.target_court_id)
  if (!court) throw notFound('COURT_NOT_FOUND', '找不到管辖法院')
  if (input.procedure === 'small-claims' && f.kind !== 'civil-first')
    throw badRequest('FILING_PROCEDURE_INELIGIBLE', '只有民事案件可以适用小额诉讼程序', 'procedure')
  // The law's "no" (第一百六十六条, over twice the wage …) binds the court too; its "yes" does not
  // stop a judge who finds the case unsuitable (第一百六十六条第（六）项).
  const decided = storedSmallClaims(f)
  if (input.procedure === 'small-claims' && decided?.procedure === 'simple-or-ordinary' && decided.mandatory)
    throw badRequest('FILING_PROCEDURE_INELIGIBLE', decided.reason, 'procedure')
  const day = ctx.today()
  const year = Number(day.slice(0, 4))
  const typeCode = caseTypeCodeFor(f.kind)
  const now = ctx.nowIso()
  await ctx.transact(async (trx) => {
    const seq = await ctx.filings.nextCaseSeq(trx, court.id, typeCode, year)
    const number = formatCaseNumber({ year, courtCode: court.code, typeCode, seq })
    const patch = {
      status: 'accepted' as const,
      case_number: number,
      procedure: input.procedure,
      judge_id: judge.id,
      decided_at: now,
      decided_on: day,
      updated_at: now,
    }
    // Rolling back returns the number, so no gaps appear when two clerks press at once.
    if (!(await ctx.filings.transition(id, 'submitted', patch, trx))) throw alreadyDecided()
    const detail = { caseNumber: number, procedure: input.procedure, judge: judge.display_name }
    await ctx.audit.record({ actorId: actor.sub, action: 'filing.accepted', subject: `filing:${id}`, detail, at: now }, trx)
    return number
  })
  return ctx.view(await ctx.cases.load(id))
}
