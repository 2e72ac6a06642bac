import type { DeadlineView, EligibleCase, EnforcementCaseView } from '../../../../src/api/enforcement'

export const deadline = (due: string, text: string, daysLeft: number, o: Partial<DeadlineView> = {}): DeadlineView => ({
  due,
  text,
  article: '《财产调查规定》第二条',
  status: 'confirmed',
  provisional: false,
  daysLeft,
  overdue: daysLeft < 0,
  ...o,
})

export const period = {
  limited: true,
  due: '2028-03-10',
  text: '申请执行期限到2028年3月10日',
  article: '《民事诉讼法》第二百五十条',
  late: false,
  warning: null,
  provisional: true,
}
export const fee = { text: '执行申请费执行后交纳，由被执行人负担', article: '《诉讼费用交纳办法》第二十条、第三十八条' }

export function eligible(o: Partial<EligibleCase> = {}): EligibleCase {
  return {
    sourceCaseId: 'f-1',
    caseNumber: '（2026）内0784民初15号',
    cause: '买卖合同纠纷',
    courtId: 'c-ergun',
    courtName: '额尔古纳市人民法院',
    documentKind: 'judgment',
    documentKindName: '民事判决书',
    effectiveReason: '判决书已于2026年9月18日送达，上诉期已过',
    effectiveOn: '2026-10-04',
    performanceDueOn: '2026-03-10',
    applicants: [{ name: '张桂兰', type: 'person', accountId: 'd-zhang-guilan' }],
    respondents: [{ name: '王建国', type: 'person', accountId: null }],
    amountFen: 8_650_000,
    requests: '王建国支付小麦款86500元',
    agricultural: true,
    agriculturalReasons: ['涉及“小麦”'],
    period,
    fee,
    existingEnforcementId: null,
    ...o,
  }
}

export function enforcementCase(o: Partial<EnforcementCaseView> = {}): EnforcementCaseView {
  return {
    id: 'e-1',
    caseNumber: '（2026）内0784执12号',
    caseType: '执',
    caseTypeName: '首次执行',
    state: 'enforcing',
    stateName: '执行中',
    courtId: 'c-ergun',
    courtName: '额尔古纳市人民法院',
    agricultural: true,
    agriculturalReasons: ['涉及“小麦”'],
    source: {
      kind: 'judgment',
      kindName: '民事判决书',
      sourceCaseId: 'f-1',
      documentNumber: '（2026）内0784民初15号',
      issuer: '额尔古纳市人民法院',
      effectiveOn: '2026-10-04',
      performanceDueOn: '2026-03-10',
      files: [],
    },
    applicants: [{ name: '张桂兰', type: 'person', accountId: 'd-zhang-guilan' }],
    respondents: [{ name: '王建国', type: 'person', accountId: null }],
    amountFen: 8_650_000,
    requests: '王建国支付小麦款86500元',
    appliedOn: '2026-11-20',
    period,
    fee,
    team: null,
    handler: null,
    viewer: { side: 'applicant', canAddLeads: true, canComplain: true, canResume: false, canRecord: false },
    timeline: [],
    leads: [],
    controls: [],
    ledger: { account: null, receivedFen: 0, paidFen: 0, heldFen: 0, entries: [], receipts: [] },
    termination: null,
    complaints: [],
    closure: null,
    refusal: null,
    resumedFrom: null,
    resumedAs: [],
    version: 1,
    ...o,
  }
}
