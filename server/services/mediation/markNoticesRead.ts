import type { Actor } from '../../auth/actor'
import type { MediationContext } from './context'

/** Marks all of the actor's mediation messages read. */
export async function markNoticesRead(ctx: MediationContext, actor: Actor) {
  await ctx.repo.markNoticesRead(actor.sub, ctx.nowIso())
  return { ok: true as const }
}
