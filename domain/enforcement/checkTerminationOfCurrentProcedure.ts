import { addDays } from '../dates/addDays'
import { addMonths } from '../dates/addMonths'
import { parseCalendarDay } from '../dates/parseCalendarDay'
import { earliestTerminationDay } from './earliestTerminationDay'
import type { TerminationFacts } from './facts'
import { fullChineseDate } from './fullChineseDate'
import type { EnforcementRules, RuleStatus } from './rules'
import { PROPERTY_LEAD_KINDS } from './types'

/** The condition of 《终本规定》第一条 an item belongs to (1–5), or the 约谈 of 第五条. */
export type TerminationConditionId = 1 | 2 | 3 | 4 | 5 | 'interview'

/** One thing missing before a 终本, named in plain Chinese. */
export interface TerminationGap {
  code:
    | 'TERMINATION_NOTICE_MISSING'
    | 'TERMINATION_REPORT_ORDER_MISSING'
    | 'TERMINATION_REPORT_NOT_CHECKED'
    | 'TERMINATION_REPORT_DEFAULT_UNSANCTIONED'
    | 'TERMINATION_RESTRICTION_MISSING'
    | 'TERMINATION_CREDIT_LISTING_UNDECIDED'
    | 'TERMINATION_LEADS_UNVERIFIED'
    | 'TERMINATION_ONLINE_SEARCH_MISSING'
    | 'TERMINATION_ONLINE_SEARCH_STALE'
    | 'TERMINATION_PROPERTY_UNRESOLVED'
    | 'TERMINATION_PROPERTY_DISPOSABLE'
    | 'TERMINATION_TOO_EARLY'
    | 'TERMINATION_DEBTOR_NOT_SOUGHT'
    | 'TERMINATION_OBSTRUCTION_UNSANCTIONED'
    | 'TERMINATION_INTERVIEW_MISSING'
  message: string
  article: string
  status: RuleStatus
  condition: TerminationConditionId
}

/** One condition as the applicant sees it: met or not. */
export interface TerminationCondition {
  id: TerminationConditionId
  name: string
  article: string
  met: boolean
}

const ART = '《终本规定》'
const CONDITIONS: readonly Omit<TerminationCondition, 'met'>[] = [
  { id: 1, name: '已经发出执行通知，并责令被执行人报告财产', article: `${ART}第一条第（一）项、第二条` },
  { id: 2, name: '已经发出限制消费令，符合条件的被执行人已纳入失信名单', article: `${ART}第一条第（二）项` },
  { id: 3, name: '已经穷尽财产调查措施，没有发现可供执行的财产，或者发现的财产不能处置', article: `${ART}第一条第（三）项` },
  { id: 4, name: '自立案之日起已经超过三个月', article: `${ART}第一条第（四）项` },
  { id: 5, name: '被执行人下落不明的已经依法查找，妨害执行的已经依法处罚', article: `${ART}第一条第（五）项` },
  { id: 'interview', name: '已经约谈申请执行人，听取了他的意见', article: `${ART}第五条` },
]

type Gap = TerminationGap
const gap = (code: Gap['code'], condition: TerminationConditionId, message: string, article: string, status: RuleStatus = 'confirmed'): Gap => ({
  code,
  message,
  article,
  status,
  condition,
})

function reportGaps(f: TerminationFacts, done: (d: string | undefined, field: string) => boolean): Gap[] {
  const out: Gap[] = []
  if (!done(f.noticeSentOn, 'noticeSentOn')) out.push(gap('TERMINATION_NOTICE_MISSING', 1, '还没有向被执行人发出执行通知', `${ART}第一条第（一）项`))
  if (!done(f.assetReportOrderSentOn, 'assetReportOrderSentOn')) {
    out.push(gap('TERMINATION_REPORT_ORDER_MISSING', 1, '还没有向被执行人发出报告财产令', `${ART}第二条第（一）项`))
  }
  const report = f.assetReport
  if (report === undefined || (report.outcome === 'reported' && !done(report.checkedOn, 'assetReport.checkedOn'))) {
    const message = report === undefined ? '还没有记录被执行人报告财产的情况和核查结果' : '被执行人报告的财产情况还没有核查'
    out.push(gap('TERMINATION_REPORT_NOT_CHECKED', 1, message, `${ART}第二条第（二）项`))
  } else if (report.outcome === 'defaulted' && !done(report.sanctionedOn, 'assetReport.sanctionedOn')) {
    out.push(
      gap('TERMINATION_REPORT_DEFAULT_UNSANCTIONED', 1, '被执行人逾期报告、拒绝报告或者虚假报告财产，还没有依法采取罚款、拘留等措施', `${ART}第二条第（三）项`),
    )
  }
  return out
}

function sanctionGaps(f: TerminationFacts, done: (d: string | undefined, field: string) => boolean): Gap[] {
  const out: Gap[] = []
  if (!done(f.consumptionRestrictionOn, 'consumptionRestrictionOn')) {
    out.push(gap('TERMINATION_RESTRICTION_MISSING', 2, '还没有向被执行人发出限制消费令', `${ART}第一条第（二）项`))
  }
  const listing = f.creditListing
  const decided = listing !== undefined && ('listedOn' in listing ? done(listing.listedOn, 'creditListing.listedOn') : listing.notEligibleReason.trim() !== '')
  if (!decided) {
    out.push(gap('TERMINATION_CREDIT_LISTING_UNDECIDED', 2, '还没有把符合条件的被执行人纳入失信名单，也没有写明不纳入的理由', `${ART}第一条第（二）项`))
  }
  return out
}

function investigationGaps(f: TerminationFacts, closingOn: string, rules: EnforcementRules, done: (d: string | undefined, field: string) => boolean): Gap[] {
  const out: Gap[] = []
  const open = (f.leads ?? []).filter((l, i) => done(l.submittedOn, `leads[${i}].submittedOn`) && !done(l.verifiedOn, `leads[${i}].verifiedOn`))
  if (open.length > 0) {
    const kinds = [...new Set(open.map((l) => PROPERTY_LEAD_KINDS[l.kind]?.name ?? '其他'))].join('、')
    out.push(gap('TERMINATION_LEADS_UNVERIFIED', 3, `还有${open.length}条财产线索没有核查（${kinds}）`, `${ART}第一条第（三）项`))
  }
  const searches = (f.onlineSearches ?? []).filter((d, i) => done(d, `onlineSearches[${i}]`)).sort()
  const window = rules.periods.terminationSearchWindow
  if (searches.length === 0) {
    out.push(gap('TERMINATION_ONLINE_SEARCH_MISSING', 3, '还没有通过网络执行查控系统查询被执行人的财产', `${ART}第一条第（三）项`))
  } else if (window.length !== null) {
    const latest = searches[searches.length - 1]
    const since = window.unit === 'months' ? addMonths(closingOn, -window.length) : addDays(closingOn, -window.length)
    if (latest < since) {
      const span = window.unit === 'months' ? `${window.length}个月` : `${window.length}日`
      out.push(
        gap('TERMINATION_ONLINE_SEARCH_STALE', 3, `最近一次网络查控是${fullChineseDate(latest)}，终本前${span}内应当再查一次`, window.article, window.status),
      )
    }
  }
  if (f.propertyOutcome === undefined) {
    out.push(gap('TERMINATION_PROPERTY_UNRESOLVED', 3, '还没有记录财产调查的结论：没有发现可供执行的财产，或者发现的财产不能处置', `${ART}第一条第（三）项`))
  } else if (f.propertyOutcome === 'disposable') {
    out.push(gap('TERMINATION_PROPERTY_DISPOSABLE', 3, '已经发现可以处置的财产，应当先处置，不能终结本次执行程序', `${ART}第一条第（三）项`))
  }
  return out
}

function personGaps(f: TerminationFacts, rules: EnforcementRules, done: (d: string | undefined, field: string) => boolean): Gap[] {
  const out: Gap[] = []
  if (f.debtorMissing !== undefined && !done(f.debtorMissing.soughtOn, 'debtorMissing.soughtOn')) {
    out.push(gap('TERMINATION_DEBTOR_NOT_SOUGHT', 5, '被执行人下落不明，还没有依法查找', `${ART}第一条第（五）项`))
  }
  if (f.obstruction !== undefined && !done(f.obstruction.sanctionedOn, 'obstruction.sanctionedOn')) {
    out.push(gap('TERMINATION_OBSTRUCTION_UNSANCTIONED', 5, '有人妨害执行，还没有依法采取罚款、拘留等强制措施', `${ART}第一条第（五）项`))
  }
  const interview = rules.terminationInterview
  if (interview.value && !done(f.applicantInterviewOn, 'applicantInterviewOn')) {
    out.push(
      gap(
        'TERMINATION_INTERVIEW_MISSING',
        'interview',
        '还没有约谈申请执行人：终本前要告诉他案件的执行情况、采取的调查措施、查到的财产、终本的依据和后果，并听取他的意见',
        interview.article,
        interview.status,
      ),
    )
  }
  return out
}

/**
 * The 终本 checklist: may the case be closed by 终结本次执行程序 on `closingOn`? “人民法院终结本次执行
 * 程序，应当同时符合下列条件” — 《终本规定》第一条: (一) 执行通知 sent and the debtor ordered to report
 * his property, which 第二条 spells out as the 报告财产令 sent, the report checked, and a late,
 * refused or false report punished; (二) a 限制消费令 issued and a debtor who qualifies put on the
 * 失信 list (or the reason he does not qualify recorded, 《失信规定》第三条、第四条); (三) the
 * investigation exhausted — every lead verified, a 网络查控 search run — and nothing found, or what
 * was found cannot be disposed of; (四) more than three months since 立案; (五) a missing debtor
 * sought and obstruction punished. Before it the applicant must be heard (约谈, 第五条, 🟡: the
 * court's `terminationInterview` setting), and where the court sets `terminationSearchWindow` the
 * last search must fall within it (a 合规核查 practice rule, ❌).
 *
 * Only what is recorded on or before `closingOn` counts: a notice dated later was not sent yet.
 * Each missing item is named once, with its code, a plain Chinese message, its article and the
 * condition it belongs to; `conditions` says for each of the five (and the 约谈) whether it is met,
 * which is what the applicant is shown with the ruling.
 *
 * @param facts what is recorded on the case
 * @param closingOn 'YYYY-MM-DD', the intended day of the 终本 ruling
 * @param rules the court's enforcement rules
 * @returns `ok`, the `missing` items (empty when ok), `conditions`, and `earliestOn` (the first day condition 4 allows)
 * @throws DomainError 'DATE_INVALID' naming the bad date's field
 * @example
 * checkTerminationOfCurrentProcedure({ filedOn: '2026-01-10' }, '2026-03-01', ENFORCEMENT_RULES).missing.map((m) => m.code)
 * // ['TERMINATION_NOTICE_MISSING', 'TERMINATION_REPORT_ORDER_MISSING', …, 'TERMINATION_TOO_EARLY', 'TERMINATION_INTERVIEW_MISSING']
 */
export function checkTerminationOfCurrentProcedure(
  facts: TerminationFacts,
  closingOn: string,
  rules: EnforcementRules,
): { ok: boolean; missing: TerminationGap[]; conditions: TerminationCondition[]; earliestOn: string } {
  parseCalendarDay(closingOn, 'closingOn')
  // Recorded and on or before the closing day; a malformed date is refused, not read as "not yet".
  const done = (d: string | undefined, field: string): boolean => {
    if (d === undefined) return false
    parseCalendarDay(d, field)
    return d <= closingOn
  }
  const earliest = earliestTerminationDay(facts.filedOn, rules)
  const tooEarly: Gap[] =
    closingOn < earliest.day
      ? [gap('TERMINATION_TOO_EARLY', 4, `立案还不满三个月，最早可以在${fullChineseDate(earliest.day)}终结本次执行程序`, earliest.article, earliest.status)]
      : []
  const interviewGaps = personGaps(facts, rules, done)
  const missing = [...reportGaps(facts, done), ...sanctionGaps(facts, done), ...investigationGaps(facts, closingOn, rules, done), ...tooEarly, ...interviewGaps]
  const conditions = CONDITIONS.filter((c) => c.id !== 'interview' || rules.terminationInterview.value).map((c) => ({
    ...c,
    met: !missing.some((m) => m.condition === c.id),
  }))
  return { ok: missing.length === 0, missing, conditions, earliestOn: earliest.day }
}
