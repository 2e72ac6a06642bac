import { checkMediationAction } from './checkMediationAction'
import { MEDIATION_LIFECYCLE, type MediationAction, type MediationActorKind, type MediationStatus } from './mediationLifecycle'
import type { MediationStage } from './types'

/**
 * The actions someone may take on a mediation in its present state and stage, by
 * {@link MEDIATION_LIFECYCLE} (《人民法院在线调解规则》), in the order the app lists them. The caller
 * narrows them further by the facts of the record (a party who has signed no longer signs).
 *
 * @param state the mediation's `status` and `stage`
 * @param who the applicant, the respondent, the assigned mediator, or court staff
 * @returns the allowed actions, possibly none
 * @example
 * allowedMediationActions({ status: 'confirmed', stage: 'pre-filing' }, 'mediator')
 * // ['book', 'record-agreement', 'record-no-agreement', 'record-withdrawn']
 */
export function allowedMediationActions(state: { status: MediationStatus; stage: MediationStage }, who: MediationActorKind): MediationAction[] {
  return (Object.keys(MEDIATION_LIFECYCLE) as MediationAction[]).filter((action) => checkMediationAction(action, state, who) === 'allowed')
}
