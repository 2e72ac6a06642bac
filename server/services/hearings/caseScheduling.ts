import type { Actor } from '../../auth/actor'
import { loadCase, requireReader } from './access'
import { caseView } from './caseView'
import type { HearingsContext } from './context'

/** Staff: one case's scheduling: parties' farm seasons and busy dates, suggestions, the parties' answers, hearings. */
export async function caseScheduling(ctx: HearingsContext, actor: Actor, caseId: string) {
  const c = await loadCase(ctx, caseId)
  requireReader(ctx, actor, c)
  return caseView(ctx, c)
}
