import type { Actor } from '../../auth/actor'
import type { MediationContext } from './context'

/** The actor's in-app mediation messages, newest first, with how many are unread. */
export async function notices(ctx: MediationContext, actor: Actor) {
  const rows = await ctx.repo.noticesFor(actor.sub)
  return {
    unread: rows.filter((n) => !n.read_at).length,
    items: rows.map((n) => ({ id: n.id, mediationId: n.mediation_id, kind: n.kind, text: n.text, at: n.created_at, read: !!n.read_at })),
  }
}
