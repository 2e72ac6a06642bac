import type { Actor } from '../../auth/actor'
import { COURT_READERS } from '../../auth/actor'
import { identityContext, type IdentityDeps } from './context'
import { rejectPerson, reviewOf, reviewQueue, verifyPerson } from './review'
import { submitIdCard, type IdCardInput } from './submitIdCard'

export type { IdentityDeps } from './context'
export { manualReview, type IdentityVerifier, type IdentityCandidate, type VerifierOutcome } from './verifier'

/**
 * 实名核验: the party's ID card photos and a related court's review of them. Only a verified
 * identity is bound to a case, a mediation or a signature (the case kernel reads the status).
 */
export function identityService(deps: IdentityDeps) {
  const ctx = identityContext(deps)
  return {
    submitIdCard: (actor: Actor, input: IdCardInput) => submitIdCard(ctx, actor, input),
    queue: (actor: Actor, q: { cursor?: string; limit?: number }) => reviewQueue(ctx, actor, q),
    review: (actor: Actor, userId: string) => reviewOf(ctx, actor, userId),
    verify: (actor: Actor, userId: string) => verifyPerson(ctx, actor, userId),
    reject: (actor: Actor, userId: string, input: { reason: string }) => rejectPerson(ctx, actor, userId, input),
    /** Court staff read the ID card photos of the people their court may review. */
    canReadFile: async (actor: Actor, file: { id: string }) =>
      !!actor.courtId && COURT_READERS.includes(actor.role) && deps.idCards.photoOfCourtPerson(file.id, actor.courtId),
  }
}
export type IdentityService = ReturnType<typeof identityService>
