import type { Actor } from '../../auth/actor'
import { AppError, notFound } from '../../errors'
import type { MediationPartyRow } from '../../repositories/mediation'
import type { UserRow } from '../../repositories/users'
import type { MediationContext } from './context'
import type { PartyRole, ServiceInput } from './types'

export async function userOf(ctx: MediationContext, actor: Actor): Promise<UserRow> {
  const u = await ctx.users.byId(actor.sub)
  if (!u) throw notFound('USER_NOT_FOUND', '找不到您的账号，请重新登录')
  return u
}

export const isVerified = (u: UserRow): boolean => u.real_name_status === 'verified' && !!u.real_name

export const needRealName = (): AppError => new AppError(403, 'REAL_NAME_REQUIRED', '请先在“我的”页面完成实名认证，再办理调解')

/**
 * A party is the signed-in person only by a verified resident ID number: linked to them while
 * their verified identity is still the one the party names, or — not yet linked — when the
 * invitation names their verified ID number. A name and a mobile number never bind anyone: a
 * number can change hands, and a name is shared by many.
 */
export function isThem(p: MediationPartyRow, u: UserRow): boolean {
  if (!isVerified(u) || !u.id_number) return false
  const key = u.id_number.toUpperCase()
  const named = !!p.id_number && p.id_number.toUpperCase() === key
  if (p.user_id !== null) return p.user_id === u.id && (named || !p.id_number)
  return named
}

/** The party of a role; every mediation has both. */
export const partyIn = (parties: MediationPartyRow[], role: PartyRole): MediationPartyRow => parties.find((p) => p.role === role)!

/** The service address a party left when they consented; null before. */
export const serviceOf = (p: MediationPartyRow): ServiceInput | null => (p.service_json ? (JSON.parse(p.service_json) as ServiceInput) : null)
