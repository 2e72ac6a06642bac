import { daysBetween } from '../dates/daysBetween'
import { parseCalendarDay } from '../dates/parseCalendarDay'
import { checkTerminationOfCurrentProcedure } from './checkTerminationOfCurrentProcedure'
import { complaintDeadlines } from './complaintDeadlines'
import { enforcementNodeDeadlines, type NodeDeadline, type NodeTarget } from './enforcementNodeDeadlines'
import type { EnforcementCaseFacts } from './facts'
import { fullChineseDate } from './fullChineseDate'
import type { EnforcementPeriodKey, EnforcementRules, RuleStatus } from './rules'
import type { EnforcementNodeKind } from './types'

/** One risk point on the 督办 list of the 执行指挥中心 and in the team's tasks. */
export interface EnforcementRisk {
  code: string
  /** short, e.g. '财产线索超期未核查' */
  title: string
  /** one plain sentence with the day it was due */
  message: string
  article: string
  status: RuleStatus
  caseId: string
  caseNumber?: string
  node: EnforcementNodeKind | 'complaint'
  /** what on the case it is about (a lead, a measure, a receipt, a re-check, a complaint) */
  target: NodeTarget | { kind: 'complaint'; id: string }
  due: string
  /** 'overdue' past the due day; 'warning' for a term about to run out */
  severity: 'overdue' | 'warning'
  /** calendar days past `due` (0 for a warning) */
  daysOverdue: number
  /** calendar days until `due` (0 once overdue) */
  daysLeft: number
}

const TITLES: Partial<Record<EnforcementPeriodKey, [string, string]>> = {
  acceptance: ['ACCEPTANCE_OVERDUE', '立案审查超期'],
  handlerAssignment: ['HANDLER_ASSIGNMENT_OVERDUE', '超期未确定承办人'],
  executionNotice: ['EXECUTION_NOTICE_OVERDUE', '超期未发执行通知书和报告财产令'],
  handlerNotice: ['HANDLER_NOTICE_OVERDUE', '承办人超期未发执行通知书'],
  onlineSearch: ['ONLINE_SEARCH_OVERDUE', '超期未启动网络查控'],
  leadVerification: ['LEAD_UNVERIFIED', '财产线索超期未核查'],
  leadVerificationUrgent: ['LEAD_UNVERIFIED', '紧急财产线索超期未核查'],
  payout: ['PAYOUT_OVERDUE', '执行款超期未发放'],
  agriculturalPayout: ['AGRICULTURAL_PAYOUT_TARGET_MISSED', '涉农案件执行款超过本院发放目标'],
  caseLimit: ['CASE_LIMIT_EXCEEDED', '超过执行期限未结案'],
  caseLimitNonLitigation: ['CASE_LIMIT_EXCEEDED', '超过执行期限未结案'],
  agriculturalCaseTarget: ['AGRICULTURAL_TARGET_MISSED', '涉农案件超过本院结案目标'],
  recheckInterval: ['RECHECK_OVERDUE', '终本后财产复查超期'],
}

// Acts that wait while enforcement itself is suspended or deferred; terms and money do not.
const PAUSED_ACTS = new Set<EnforcementNodeKind>(['handler-assignment', 'execution-notice', 'online-search', 'lead-verification'])

/** Where a risk is: its due day and rule, and the item of the case it is about. */
type Point = Pick<EnforcementRisk, 'due' | 'article' | 'status' | 'node' | 'target'>
/** What is wrong there. */
type Finding = Pick<EnforcementRisk, 'code' | 'title' | 'message' | 'severity'>

function risk(f: EnforcementCaseFacts, today: string, at: Point, finding: Finding): EnforcementRisk {
  const late = daysBetween(at.due, today)
  const out: EnforcementRisk = {
    ...finding,
    article: at.article,
    status: at.status,
    caseId: f.caseId,
    node: at.node,
    target: at.target,
    due: at.due,
    daysOverdue: Math.max(0, late),
    daysLeft: Math.max(0, -late),
  }
  if (f.caseNumber !== undefined) out.caseNumber = f.caseNumber
  return out
}

function controlRisk(f: EnforcementCaseFacts, today: string, n: NodeDeadline): EnforcementRisk | null {
  if (n.doneOn !== undefined || n.warnFrom === undefined || n.expiresOn === undefined || today < n.warnFrom) return null
  const expires = fullChineseDate(n.expiresOn)
  const by = fullChineseDate(n.due)
  if (today > n.expiresOn) {
    return risk(f, today, n, {
      code: 'SEIZURE_LAPSED',
      title: '查封冻结已到期失效',
      message: `${expires}到期，没有办理续行，措施已经失效`,
      severity: 'overdue',
    })
  }
  if (today > n.due) {
    return risk(f, today, n, {
      code: 'SEIZURE_RENEWAL_OVERDUE',
      title: '查封冻结续行超期',
      message: `${expires}到期，续行手续最晚应当在${by}办好`,
      severity: 'overdue',
    })
  }
  return risk(f, today, n, { code: 'SEIZURE_EXPIRING', title: '查封冻结即将到期', message: `${expires}到期，请最晚在${by}办理续行`, severity: 'warning' })
}

function nodeRisks(f: EnforcementCaseFacts, today: string, rules: EnforcementRules): EnforcementRisk[] {
  const paused = (f.excludedPeriods ?? []).some(
    (p) => (p.kind === 'suspension' || p.kind === 'deferral' || p.kind === 'superior-deferral') && p.from <= today && (p.to === undefined || p.to > today),
  )
  const out: EnforcementRisk[] = []
  for (const n of enforcementNodeDeadlines(f, today, rules)) {
    if (n.node === 'control') {
      const r = controlRisk(f, today, n)
      if (r) out.push(r)
      continue
    }
    if (n.doneOn !== undefined || today <= n.due || (paused && PAUSED_ACTS.has(n.node))) continue
    const [code, title] = TITLES[n.rule] ?? ['NODE_OVERDUE', `${n.name}超期`]
    const message = `${n.name}的期限到${fullChineseDate(n.due)}，已超期${daysBetween(n.due, today)}日`
    out.push(risk(f, today, n, { code, title, message, severity: 'overdue' }))
  }
  return out
}

function terminationRisk(f: EnforcementCaseFacts, today: string, rules: EnforcementRules): EnforcementRisk[] {
  if (f.closureMode !== 'terminated-for-now' || f.closedOn === undefined || f.filedOn === undefined) return []
  const check = checkTerminationOfCurrentProcedure({ ...f, filedOn: f.filedOn }, f.closedOn, rules)
  if (check.ok) return []
  const at: Point = { due: f.closedOn, article: '《终本规定》第一条', status: 'confirmed', node: 'closure', target: { kind: 'case' } }
  const message = `以终本结案，但缺少：${check.missing.map((m) => m.message).join('；')}`
  return [risk(f, today, at, { code: 'TERMINATION_CHECKLIST_INCOMPLETE', title: '终本不合格', message, severity: 'overdue' })]
}

function complaintRisks(f: EnforcementCaseFacts, today: string, rules: EnforcementRules): EnforcementRisk[] {
  const out: EnforcementRisk[] = []
  for (const c of f.complaints ?? []) {
    const d = complaintDeadlines(c, rules)
    const target = { kind: 'complaint' as const, id: c.id }
    if (c.registeredOn === undefined && today > d.registration.due) {
      const at: Point = { ...d.registration, node: 'complaint', target }
      const message = `执行信访的登记期限到${fullChineseDate(d.registration.due)}，还没有登记并确定承办人`
      out.push(risk(f, today, at, { code: 'COMPLAINT_REGISTRATION_OVERDUE', title: '执行信访超期未登记', message, severity: 'overdue' }))
    }
    if (c.answeredOn === undefined && today > d.stricter.due) {
      const other = d.answers.find((a) => a.due !== d.stricter.due)
      const also = other === undefined ? '' : `（另一口径到${fullChineseDate(other.due)}）`
      const at: Point = { ...d.stricter, node: 'complaint', target }
      const message = `执行信访的办结期限到${fullChineseDate(d.stricter.due)}${also}，还没有办结并答复`
      out.push(risk(f, today, at, { code: 'COMPLAINT_ANSWER_OVERDUE', title: '执行信访超期未办结', message, severity: 'overdue' }))
    }
  }
  return out
}

/**
 * The risk points of one enforcement case on `today`, for the 执行指挥中心's 督办 list and the team's
 * tasks: every node deadline of {@link enforcementNodeDeadlines} that has passed undone (立案 7 days,
 * 承办人 7 days, 执行通知 10 / 3 days, the 网络查控 node the court sets, a lead unverified after 7 / 3
 * days, money held longer than the payout period, the case past its limit net of excluded periods,
 * the 涉农 targets, a missed re-check after 终本); a freeze, seal or seizure about to run out without
 * renewal (from `seizureWarning` days before, a warning; past the renewal day or lapsed, overdue);
 * a case closed by 终本 whose checklist (《终本规定》第一条、第五条) is incomplete; and an enforcement
 * complaint not registered or not answered in time (the stricter of the two answer periods).
 *
 * While enforcement is suspended or deferred today (中止, 暂缓), the acts it waits for (承办人, notice,
 * searches, lead checks) are not flagged; terms and money still are. Each item has its article and
 * status (a 🟡/❌ rule is marked so the list can say "本院设定"), the case and the item within it, the
 * due day and the calendar days overdue. Sorted: overdue first, the longest overdue first.
 *
 * @param facts the case as recorded
 * @param today 'YYYY-MM-DD'
 * @param rules the court's enforcement rules
 * @returns the risk items, empty when nothing is due
 * @throws DomainError 'DATE_INVALID' and the errors of the per-node functions
 * @example
 * enforcementRiskChecks({ caseId: 'c1', caseType: '执', receivedOn: '2026-03-02' }, '2026-03-12', ENFORCEMENT_RULES)
 * // [{ code: 'ACCEPTANCE_OVERDUE', title: '立案审查超期', due: '2026-03-09', daysOverdue: 3, article: '《执行工作规定》第十六条；《审限规定》第六条', … }]
 */
export function enforcementRiskChecks(facts: EnforcementCaseFacts, today: string, rules: EnforcementRules): EnforcementRisk[] {
  parseCalendarDay(today, 'today')
  const all = [...nodeRisks(facts, today, rules), ...terminationRisk(facts, today, rules), ...complaintRisks(facts, today, rules)]
  return all.sort((a, b) => {
    if (a.severity !== b.severity) return a.severity === 'overdue' ? -1 : 1
    if (a.daysOverdue !== b.daysOverdue) return b.daysOverdue - a.daysOverdue
    return a.due < b.due ? -1 : a.due > b.due ? 1 : 0
  })
}
