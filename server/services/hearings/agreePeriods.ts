import type { Procedure } from '../../../domain/filing/types'
import type { AgreedPeriods } from '../../../domain/service/renderDocument'
import { checkAgreedPeriods } from '../../../domain/smallClaims/checkAgreedPeriods'
import type { Actor } from '../../auth/actor'
import { loadCase, requireScheduler } from './access'
import { caseView } from './caseView'
import type { HearingsContext } from './context'

/**
 * Records the shorter periods a small-claims court set with the parties (《民诉法解释》第二百七十五条):
 * an evidence period of 1–7 days, a defence period of 0–15 days the defendant consented to. They are
 * recorded on the case, where every later step reads them: the 举证通知书 and 应诉通知书 state them,
 * the scheduler waits out the agreed defence period instead of 15 days, and e-service counts the
 * defence deadline from them. An empty record clears an earlier one.
 */
export async function agreePeriods(ctx: HearingsContext, actor: Actor, caseId: string, input: AgreedPeriods) {
  const c = await loadCase(ctx, caseId)
  requireScheduler(ctx, actor, c)
  const periods = checkAgreedPeriods(c.row.procedure as Procedure, input)
  const at = ctx.nowIso()
  await ctx.repo.saveAgreedPeriods(caseId, Object.keys(periods).length > 0 ? JSON.stringify(periods) : null, at)
  await ctx.audit.record({ actorId: actor.sub, action: 'case.periods-agreed', subject: `filing:${caseId}`, detail: periods, at })
  return caseView(ctx, await loadCase(ctx, caseId))
}
