import type { EnforcementCaseFacts } from './facts'
import type { EnforcementCaseState } from './types'

/**
 * Where a case stands, read from what is recorded: closed (结案 by a mode of 《执行工作规定》第六十四条),
 * refused (裁定不予受理, 第十六条), suspended (an open 中止 period, 《民事诉讼法》第二百六十七条), in
 * settlement (an open 暂缓 after 和解 or a guarantee, 第二百四十一条、第二百四十二条), being enforced
 * (a 承办人 is assigned), docketed, or still an application. The state follows from the facts, so
 * it can never disagree with the timeline.
 *
 * @param facts the case as recorded
 * @returns the state
 * @example
 * enforcementCaseState({ caseId: 'c1', caseType: '执', receivedOn: '2026-03-02' }) // 'applied'
 * enforcementCaseState({ caseId: 'c1', caseType: '执', receivedOn: '2026-03-02', filedOn: '2026-03-05', handlerAssignedOn: '2026-03-06' }) // 'enforcing'
 */
export function enforcementCaseState(
  facts: Pick<EnforcementCaseFacts, 'refusedOn' | 'filedOn' | 'handlerAssignedOn' | 'closedOn' | 'closureMode' | 'excludedPeriods'>,
): EnforcementCaseState {
  if (facts.closedOn !== undefined && facts.closureMode !== undefined) return 'closed'
  if (facts.refusedOn !== undefined) return 'refused'
  if (facts.filedOn === undefined) return 'applied'
  const open = (facts.excludedPeriods ?? []).filter((p) => p.to === undefined)
  if (open.some((p) => p.kind === 'suspension' || p.kind === 'superior-deferral')) return 'suspended'
  if (open.some((p) => p.kind === 'deferral')) return 'settlement'
  return facts.handlerAssignedOn === undefined ? 'filed' : 'enforcing'
}
