import { PARTY_ROLES, type Actor } from '../../auth/actor'
import type { MediationContext } from './context'
import { isThem, isVerified, userOf } from './people'
import { summaries } from './summaries'

/** A party's own mediations, including invitations not yet linked to their account (found by their verified ID number). */
async function forParty(ctx: MediationContext, actor: Actor) {
  const u = await userOf(ctx, actor)
  if (!isVerified(u) || !u.id_number) return []
  const rows = await ctx.repo.forParty(u.id, u.id_number.toUpperCase())
  return summaries(ctx, rows, (_m, parties) => {
    const p = parties.find((x) => isThem(x, u))
    return p ? { kind: 'party', role: p.role, userId: u.id } : null
  })
}

/** 我的调解 (parties), the mediations assigned to me (mediators), or the court's (staff). */
export async function list(ctx: MediationContext, actor: Actor) {
  if (PARTY_ROLES.includes(actor.role)) return forParty(ctx, actor)
  const rows = actor.role === 'mediator' ? await ctx.repo.forMediator(actor.sub) : actor.courtId ? await ctx.repo.forCourt(actor.courtId) : []
  return summaries(ctx, rows, (m) => (m.mediator_id === actor.sub ? { kind: 'mediator', userId: actor.sub } : { kind: 'staff', userId: actor.sub }))
}
