import type { PageQuery } from '../../../contract/common'
import type { Actor } from '../../auth/actor'
import { accept } from './accept'
import { applyJudicialConfirmation } from './applyJudicialConfirmation'
import { assign } from './assign'
import { book } from './book'
import { confirm } from './confirm'
import { mediationContext, type MediationDeps } from './context'
import { create } from './create'
import { decline } from './decline'
import { getAvailability } from './getAvailability'
import { identifyRespondent } from './identifyRespondent'
import { list } from './list'
import { markNoticesRead } from './markNoticesRead'
import { notices } from './notices'
import { outcome } from './outcome'
import { remindSessions, remindTomorrow } from './remindTomorrow'
import { setAvailability } from './setAvailability'
import { sign } from './sign'
import { slots } from './slots'
import { toFiling } from './toFiling'
import type { AvailabilityInput, BookInput, ConsentInput, CreateInput, OutcomeInput } from './types'
import { respond } from './view'
import { withdraw } from './withdraw'

export { BOOK_AHEAD_DAYS, type MediationDeps } from './context'
export type { AvailabilityInput, BookInput, ConsentInput, CreateInput, OutcomeInput, ServiceInput, Viewer } from './types'

/**
 * 在线调解: requests before filing or in a case, booking a session that holds the mediator's (and
 * room's) time under a database key, the other side's acceptance, the mediator's confirmation within
 * three working days (在线调解规则 art. 12), the outcome, e-signing (art. 19) and 司法确认 (民诉法 art. 205).
 * One use case per file; which action is allowed in which state, and by whom, is the lifecycle table
 * in domain/mediation/mediationLifecycle.ts.
 */
export function mediationService(deps: MediationDeps) {
  const ctx = mediationContext(deps)
  return {
    create: (actor: Actor, input: CreateInput) => create(ctx, actor, input),
    list: (actor: Actor, q?: PageQuery) => list(ctx, actor, q),
    get: (actor: Actor, id: string) => respond(ctx, actor, id),
    slots: (actor: Actor, id: string, input: { from?: string; days?: number }) => slots(ctx, actor, id, input),
    book: (actor: Actor, id: string, input: BookInput) => book(ctx, actor, id, input),
    accept: (actor: Actor, id: string, input: ConsentInput) => accept(ctx, actor, id, input),
    confirm: (actor: Actor, id: string) => confirm(ctx, actor, id),
    decline: (actor: Actor, id: string, reason: string) => decline(ctx, actor, id, reason),
    assign: (actor: Actor, id: string, mediatorId: string) => assign(ctx, actor, id, mediatorId),
    identifyRespondent: (actor: Actor, id: string, input: { idNumber: string }) => identifyRespondent(ctx, actor, id, input),
    outcome: (actor: Actor, id: string, input: OutcomeInput) => outcome(ctx, actor, id, input),
    withdraw: (actor: Actor, id: string, reason: string | undefined) => withdraw(ctx, actor, id, reason),
    sign: (actor: Actor, id: string) => sign(ctx, actor, id),
    applyJudicialConfirmation: (actor: Actor, id: string, declaration: boolean) => applyJudicialConfirmation(ctx, actor, id, declaration),
    toFiling: (actor: Actor, id: string) => toFiling(ctx, actor, id),
    notices: (actor: Actor) => notices(ctx, actor),
    markNoticesRead: (actor: Actor) => markNoticesRead(ctx, actor),
    remindTomorrow: (actor: Actor) => remindTomorrow(ctx, actor),
    /** The scheduler's day-before reminders, for every court. */
    remindAllTomorrow: () => remindSessions(ctx, null),
    getAvailability: (actor: Actor) => getAvailability(ctx, actor),
    setAvailability: (actor: Actor, input: AvailabilityInput) => setAvailability(ctx, actor, input),
  }
}
export type MediationService = ReturnType<typeof mediationService>
