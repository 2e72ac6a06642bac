import { parseCalendarDay } from '../dates/parseCalendarDay'
import { acceptanceDeadline } from './acceptanceDeadline'
import { agriculturalCaseTarget } from './agriculturalCaseTarget'
import { caseTimeLimit } from './caseTimeLimit'
import { enforcementPeriodDue } from './enforcementPeriodDue'
import { executionNoticeDeadline } from './executionNoticeDeadline'
import type { EnforcementCaseFacts } from './facts'
import { handlerAssignmentDeadline } from './handlerAssignmentDeadline'
import { handlerNoticeDeadline } from './handlerNoticeDeadline'
import { leadVerificationDeadline } from './leadVerificationDeadline'
import { payoutDeadline } from './payoutDeadline'
import type { EnforcementDeadline, EnforcementRules } from './rules'
import { seizureExpiry } from './seizureExpiry'
import { terminationRecheckSchedule } from './terminationRecheckSchedule'
import type { EnforcementNodeKind } from './types'

/** What a deadline is about: the case as a whole, or one lead, measure, receipt or re-check of it. */
export interface NodeTarget {
  kind: 'case' | 'lead' | 'control' | 'receipt' | 'recheck'
  /** the lead's, measure's or receipt's id; the re-check's number */
  id?: string
}

/** One node's deadline on one case, and whether it was met. */
export interface NodeDeadline extends EnforcementDeadline {
  node: EnforcementNodeKind
  target: NodeTarget
  /** the day the act was done, when it was */
  doneOn?: string
  /** done after the due day */
  late: boolean
  /** the case limit only: an excluded period runs today, the clock stands still */
  paused?: boolean
  /** the case limit only: days deducted for excluded periods */
  excludedDays?: number
  /** a freeze, seal or seizure only: the last day in force, and the day the warning starts */
  expiresOn?: string
  warnFrom?: string
}

function node(kind: EnforcementNodeKind, deadline: EnforcementDeadline, target: NodeTarget, doneOn: string | undefined): NodeDeadline {
  const out: NodeDeadline = { ...deadline, node: kind, target, late: doneOn !== undefined && doneOn > deadline.due }
  if (doneOn !== undefined) out.doneOn = doneOn
  return out
}

const earliest = (dates: readonly string[] | undefined): string | undefined => (dates && dates.length > 0 ? [...dates].sort()[0] : undefined)

function actNodes(f: EnforcementCaseFacts & { filedOn: string }, rules: EnforcementRules): NodeDeadline[] {
  const out: NodeDeadline[] = [node('handler-assignment', handlerAssignmentDeadline(f.filedOn, rules), { kind: 'case' }, f.handlerAssignedOn)]
  if (f.caseType === '执保') return out
  out.push(node('execution-notice', executionNoticeDeadline(f.receivedOn, rules), { kind: 'case' }, f.noticeSentOn))
  if (f.handlerAssignedOn !== undefined) out.push(node('execution-notice', handlerNoticeDeadline(f.handlerAssignedOn, rules), { kind: 'case' }, f.noticeSentOn))
  const search = enforcementPeriodDue('onlineSearch', f.filedOn, rules, 'filedOn')
  if (search !== null) out.push(node('online-search', search, { kind: 'case' }, earliest(f.onlineSearches)))
  return out
}

function leadNodes(f: EnforcementCaseFacts, rules: EnforcementRules): NodeDeadline[] {
  return (f.leads ?? []).map((l) => node('lead-verification', leadVerificationDeadline(l, rules), { kind: 'lead', id: l.id }, l.verifiedOn))
}

function controlNodes(f: EnforcementCaseFacts, rules: EnforcementRules): NodeDeadline[] {
  const out: NodeDeadline[] = []
  for (const c of f.controls ?? []) {
    const term = seizureExpiry(c, rules)
    if (term === null) continue
    out.push({ ...node('control', term.renewalDue, { kind: 'control', id: c.id }, c.endedOn), late: false, expiresOn: term.expiresOn, warnFrom: term.warnFrom })
  }
  return out
}

function moneyNodes(f: EnforcementCaseFacts, rules: EnforcementRules): NodeDeadline[] {
  const out: NodeDeadline[] = []
  for (const r of f.receipts ?? []) {
    const { deadline, target } = payoutDeadline(r.receivedOn, rules, !!f.agricultural)
    out.push(node('money-paid', deadline, { kind: 'receipt', id: r.id }, r.paidOn))
    if (target) out.push(node('money-paid', target, { kind: 'receipt', id: r.id }, r.paidOn))
  }
  return out
}

function closureNodes(f: EnforcementCaseFacts & { filedOn: string }, today: string, rules: EnforcementRules): NodeDeadline[] {
  if (f.caseType === '执保') return []
  const asOf = f.closedOn !== undefined && f.closedOn < today ? f.closedOn : today
  const limit = caseTimeLimit({ ...f, asOf }, rules)
  const { baseDue: _baseDue, paused, excludedDays, ...deadline } = limit
  const out: NodeDeadline[] = [{ ...node('closure', deadline, { kind: 'case' }, f.closedOn), paused, excludedDays }]
  const target = f.agricultural ? agriculturalCaseTarget(f.filedOn, rules) : null
  if (target !== null) out.push(node('closure', target, { kind: 'case' }, f.closedOn))
  return out
}

function recheckNodes(f: EnforcementCaseFacts, rules: EnforcementRules): NodeDeadline[] {
  if (f.closureMode !== 'terminated-for-now' || f.closedOn === undefined) return []
  const searches = [...(f.rechecks ?? [])].sort()
  let used = -1
  return terminationRecheckSchedule(f.closedOn, rules).map(({ index, after, ...deadline }) => {
    // Each six-month slot takes the first search after the previous slot's due day that no slot
    // has taken: a late search still does its slot (late), and cannot do two slots at once.
    const at = searches.findIndex((d, i) => i > used && d > after)
    if (at >= 0) used = at
    return node('termination-recheck', deadline, { kind: 'recheck', id: String(index) }, at >= 0 ? searches[at] : undefined)
  })
}

/**
 * Every node deadline of one enforcement case, for the timeline both sides see and for the risk
 * checks: 立案 (7 days, 《执行工作规定》第十六条), the 承办人 (7 days after 立案, 《执行期限规定》第二条),
 * the 执行通知书 with the 报告财产令 (10 days from receipt, 《民诉法解释》第四百八十条; 3 days from the
 * 承办人's receipt, 《执行期限规定》第四条), the first 网络查控 when the court sets that node, each
 * lead's verification (7 days, 3 when urgent, 《财产调查规定》第二条), each freeze/seal/seizure's
 * renewal (《民诉法解释》第四百八十五条), each receipt's payout (the court's period, 30 days by
 * default, 🟡), the case limit net of excluded periods (《审限规定》第五条、第九条), the 涉农 targets
 * the court sets, and after a 终本 the ten six-monthly re-checks (《终本规定》第九条).
 *
 * A 执保 case (preservation) has only 立案, the 承办人, its measures and money. A refused case has only
 * its 立案 node. Once a case is closed, acts it no longer needs drop out if not done (an unverified
 * lead of a case enforced in full); what remains is what still binds the court: measures not
 * released, money not paid out, leads received after closure, and the re-checks.
 *
 * @param facts the case as recorded
 * @param today 'YYYY-MM-DD', for excluded periods still running (the domain never reads the clock)
 * @param rules the court's enforcement rules
 * @returns the deadlines, each with `doneOn` and `late` when done
 * @throws DomainError 'DATE_INVALID' and the errors of the per-node functions
 * @example
 * enforcementNodeDeadlines({ caseId: 'c1', caseType: '执', receivedOn: '2026-03-02' }, '2026-03-03', ENFORCEMENT_RULES)
 * // [{ node: 'filing', rule: 'acceptance', due: '2026-03-09', late: false, target: { kind: 'case' }, … }]
 */
export function enforcementNodeDeadlines(facts: EnforcementCaseFacts, today: string, rules: EnforcementRules): NodeDeadline[] {
  parseCalendarDay(today, 'today')
  const filing = node('filing', acceptanceDeadline(facts.receivedOn, rules), { kind: 'case' }, facts.filedOn ?? facts.refusedOn)
  if (facts.filedOn === undefined) return [filing]
  const f = facts as EnforcementCaseFacts & { filedOn: string }
  const leads = f.caseType === '执保' ? [] : leadNodes(f, rules)
  const all = [
    filing,
    ...actNodes(f, rules),
    ...leads,
    ...controlNodes(f, rules),
    ...moneyNodes(f, rules),
    ...closureNodes(f, today, rules),
    ...recheckNodes(f, rules),
  ]
  const closedOn = f.closedOn
  if (closedOn === undefined || f.closureMode === undefined) return all
  return all.filter((n) => {
    if (n.doneOn !== undefined || n.node === 'termination-recheck' || n.node === 'control' || n.node === 'money-paid') return true
    if (n.node === 'lead-verification') return (f.leads ?? []).some((l) => l.id === n.target.id && l.submittedOn > closedOn)
    return false
  })
}
