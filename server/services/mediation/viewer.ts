import { COURT_READERS, PARTY_ROLES, type Actor } from '../../auth/actor'
import { forbidden, notFound } from '../../errors'
import type { MediationPartyRow, MediationRow } from '../../repositories/mediation'
import type { MediationContext } from './context'
import { isThem, userOf } from './people'
import type { Viewer } from './types'

export async function loadMediation(ctx: MediationContext, id: string): Promise<MediationRow> {
  const m = await ctx.repo.byId(id)
  if (!m) throw notFound('MEDIATION_NOT_FOUND', '找不到这次调解')
  return m
}

/** The party the signed-in person is; links them to an unlinked party on first sight. */
async function partyViewer(ctx: MediationContext, actor: Actor, m: MediationRow, parties: MediationPartyRow[]): Promise<Viewer> {
  const u = await userOf(ctx, actor)
  const p = parties.find((x) => isThem(x, u))
  if (!p) throw forbidden('这不是您的调解，无法查看')
  // Of two accounts matching the same invitation at once, only the first is linked.
  if (p.user_id === null && (await ctx.repo.linkParty(m.id, p.role, u.id))) p.user_id = u.id
  if (p.user_id !== u.id) throw forbidden('这不是您的调解，无法查看')
  return { kind: 'party', role: p.role, userId: u.id }
}

/** Court staff of the mediation's own court (judges, clerks, administrators). */
export const isCourtStaffOf = (actor: Actor, m: MediationRow): boolean => COURT_READERS.includes(actor.role) && actor.courtId === m.court_id

/** Who the actor is in this mediation: a party, the mediator assigned to it, or staff of its court; refuses anyone else. */
export async function viewerOf(ctx: MediationContext, actor: Actor, m: MediationRow, parties: MediationPartyRow[]): Promise<Viewer> {
  if (PARTY_ROLES.includes(actor.role)) return partyViewer(ctx, actor, m, parties)
  if (m.mediator_id === actor.sub) return { kind: 'mediator', userId: actor.sub }
  if (isCourtStaffOf(actor, m)) return { kind: 'staff', userId: actor.sub }
  throw forbidden(actor.role === 'mediator' ? '这次调解没有分配给您' : '这次调解不属于本院，无法查看')
}

/** The mediation, its parties and who the actor is in it. */
export async function loadFor(ctx: MediationContext, actor: Actor, id: string) {
  const m = await loadMediation(ctx, id)
  const parties = await ctx.repo.parties(id)
  const viewer = await viewerOf(ctx, actor, m, parties)
  return { m, parties, viewer }
}
