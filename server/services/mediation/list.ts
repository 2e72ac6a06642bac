import type { PageQuery } from '../../../contract/common'
import { PARTY_ROLES, type Actor } from '../../auth/actor'
import { pageRequest } from '../../db/page'
import type { MediationContext } from './context'
import { isThem, isVerified, userOf } from './people'
import { summaries } from './summaries'

/** A party's own mediations, including invitations not yet linked to their account (found by their verified ID number). */
async function forParty(ctx: MediationContext, actor: Actor, q: PageQuery) {
  const u = await userOf(ctx, actor)
  if (!isVerified(u) || !u.id_number) return { items: [], next: null }
  const { rows, next } = await ctx.repo.page({ party: { userId: u.id, idNumber: u.id_number.toUpperCase() } }, pageRequest(q))
  const items = await summaries(ctx, rows, (_m, parties) => {
    const p = parties.find((x) => isThem(x, u))
    return p ? { kind: 'party', role: p.role, userId: u.id } : null
  })
  return { items, next }
}

/** 我的调解 (parties), the mediations assigned to me (mediators), or the court's (staff), a page at a time, newest change first. */
export async function list(ctx: MediationContext, actor: Actor, q: PageQuery = {}) {
  if (PARTY_ROLES.includes(actor.role)) return forParty(ctx, actor, q)
  if (actor.role !== 'mediator' && !actor.courtId) return { items: [], next: null }
  const owner = actor.role === 'mediator' ? { mediatorId: actor.sub } : { courtId: actor.courtId ?? '' }
  const { rows, next } = await ctx.repo.page(owner, pageRequest(q))
  const items = await summaries(ctx, rows, (m) =>
    m.mediator_id === actor.sub ? { kind: 'mediator', userId: actor.sub } : { kind: 'staff', userId: actor.sub },
  )
  return { items, next }
}
