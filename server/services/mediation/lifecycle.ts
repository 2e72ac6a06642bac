import { checkMediationAction, type MediationVerdict } from '../../../domain/mediation/checkMediationAction'
import type { MediationAction, MediationActorKind } from '../../../domain/mediation/mediationLifecycle'
import { forbidden } from '../../errors'
import type { MediationRow } from '../../repositories/mediation'
import type { PartyRole, Viewer } from './types'

/** The row of the lifecycle table a viewer acts under. */
export const actorKindOf = (v: Viewer): MediationActorKind => (v.kind === 'party' ? v.role : v.kind)

const NOT_YOURS: Record<MediationAction, string> = {
  confirm: '只有负责这次调解的调解员可以确认调解',
  decline: '只有负责这次调解的调解员可以不予接受',
  book: '只有当事人或调解员可以预约调解时间',
  accept: '只有调解的当事人可以同意调解时间',
  withdraw: '只有调解的当事人可以退出调解',
  sign: '只有调解的当事人可以在调解协议上签名',
  'apply-jc': '只有调解的当事人可以申请司法确认',
  'to-filing': '只有调解的当事人可以转为网上立案',
  'record-agreement': '只有负责这次调解的调解员可以记录调解结果',
  'record-no-agreement': '只有负责这次调解的调解员可以记录调解结果',
  'record-withdrawn': '只有负责这次调解的调解员可以记录调解结果',
  assign: '只有本院的法官、书记员或管理员可以指定调解员',
}

const notYours = (action: MediationAction, who: MediationActorKind) =>
  action === 'to-filing' && who === 'respondent' ? '只有调解申请人可以转为网上立案' : NOT_YOURS[action]

/**
 * Refuses (403) an action the lifecycle table does not give to this person; otherwise says whether
 * the stage and state allow it, for the use case to refuse with its own 409.
 */
export function gate(action: MediationAction, m: MediationRow, who: MediationActorKind): Exclude<MediationVerdict, 'not-by-you'> {
  const verdict = checkMediationAction(action, m, who)
  if (verdict === 'not-by-you') throw forbidden(notYours(action, who))
  return verdict
}

/** {@link gate} for an action of the parties, with the party's role. */
export function partyGate(action: MediationAction, m: MediationRow, v: Viewer): { role: PartyRole; verdict: Exclude<MediationVerdict, 'not-by-you'> } {
  const who = actorKindOf(v)
  const verdict = gate(action, m, who)
  if (who !== 'applicant' && who !== 'respondent') throw forbidden(notYours(action, who))
  return { role: who, verdict }
}
