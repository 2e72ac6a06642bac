import type { Actor } from '../../auth/actor'
import type { Clock } from '../../clock'
import { shanghaiIso } from '../../clock'
import type { Transact } from '../../db/query'
import { notFound } from '../../errors'
import type { AuditRepository } from '../../repositories/audit'
import type { FilesRepository } from '../../repositories/files'
import type { IdCardsRepository } from '../../repositories/idCards'
import type { UserRow, UsersRepository } from '../../repositories/users'
import type { IdentityVerifier } from './verifier'

export interface IdentityDeps {
  users: UsersRepository
  idCards: IdCardsRepository
  files: FilesRepository
  audit: AuditRepository
  transact: Transact
  clock: Clock
  verifier: IdentityVerifier
  /** a five-minute link to a photo for the asking clerk (fileLinks.create) */
  photoLink: (actor: Actor, fileId: string) => Promise<{ url: string; expiresAt: string }>
}

export function identityContext(deps: IdentityDeps) {
  return {
    ...deps,
    nowIso: () => shanghaiIso(deps.clock.now()),
    /**
     * The person under review, for staff of a court they relate to. Anyone else — an unknown id,
     * or a person of another court — gets the same 404, so the answer tells nothing about who exists.
     */
    async person(actor: Actor, userId: string): Promise<UserRow> {
      const u = await deps.users.byId(userId)
      const related = u && actor.courtId && (u.role === 'litigant' || u.role === 'agent') && (await deps.idCards.relatesToCourt(u.id, actor.courtId))
      if (!u || !related) throw notFound('IDENTITY_REVIEW_NOT_FOUND', '找不到这个人的实名信息，或者他与本院的案件无关')
      return u
    },
  }
}
export type IdentityContext = ReturnType<typeof identityContext>
