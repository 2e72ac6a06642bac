import { MEDIATION_LIFECYCLE, type MediationAction, type MediationActorKind, type MediationStatus } from './mediationLifecycle'
import type { MediationStage } from './types'

/** Why an action may not be taken, or 'allowed'. */
export type MediationVerdict = 'allowed' | 'not-by-you' | 'not-in-stage' | 'not-now'

/**
 * Whether someone may take an action on a mediation now, by its row of {@link MEDIATION_LIFECYCLE}:
 * first who they are, then the stage (诉前 / 诉中), then the state. The reasons are kept apart so a
 * use case can tell a person “this is not yours to do” (403) from “not at this point” (409).
 *
 * @param action what is asked
 * @param state the mediation's `status` and `stage`
 * @param who the applicant, the respondent, the assigned mediator, or court staff
 * @returns 'allowed', 'not-by-you', 'not-in-stage' or 'not-now'
 * @example
 * checkMediationAction('sign', { status: 'signing', stage: 'pre-filing' }, 'mediator') // 'not-by-you'
 * checkMediationAction('apply-jc', { status: 'settled', stage: 'in-case' }, 'applicant') // 'not-in-stage'
 */
export function checkMediationAction(
  action: MediationAction,
  state: { status: MediationStatus; stage: MediationStage },
  who: MediationActorKind,
): MediationVerdict {
  const step = MEDIATION_LIFECYCLE[action]
  if (!step.by.includes(who)) return 'not-by-you'
  if (step.stage && step.stage !== state.stage) return 'not-in-stage'
  return step.in.includes(state.status) ? 'allowed' : 'not-now'
}
