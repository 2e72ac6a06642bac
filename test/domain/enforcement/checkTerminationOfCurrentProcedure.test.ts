import fc from 'fast-check'
import {
  addDays,
  addMonths,
  checkTerminationOfCurrentProcedure,
  ENFORCEMENT_RULES,
  enforcementRulesWith,
  type TerminationFacts,
  type TerminationGap,
} from '../../../domain'

const R = ENFORCEMENT_RULES
const CLOSING = '2026-04-25'
const complete: TerminationFacts = {
  filedOn: '2026-01-10',
  noticeSentOn: '2026-01-15',
  assetReportOrderSentOn: '2026-01-15',
  assetReport: { outcome: 'reported', checkedOn: '2026-02-01' },
  consumptionRestrictionOn: '2026-02-10',
  creditListing: { listedOn: '2026-02-10' },
  leads: [{ id: 'l1', kind: 'livestock', submittedOn: '2026-01-20', verifiedOn: '2026-01-25' }],
  onlineSearches: ['2026-01-12', '2026-04-01'],
  propertyOutcome: 'none-found',
  debtorMissing: { soughtOn: '2026-03-01' },
  obstruction: { sanctionedOn: '2026-03-05' },
  applicantInterviewOn: '2026-04-20',
}
const codes = (f: TerminationFacts, on = CLOSING, rules = R) => checkTerminationOfCurrentProcedure(f, on, rules).missing.map((m) => m.code)

describe('checkTerminationOfCurrentProcedure (《终本规定》第一条、第二条、第五条)', () => {
  it('allows a 终本 with every condition recorded', () => {
    const r = checkTerminationOfCurrentProcedure(complete, CLOSING, R)
    expect(r).toMatchObject({ ok: true, missing: [], earliestOn: '2026-04-11' })
    expect(r.conditions.map((c) => [c.id, c.met])).toEqual([
      [1, true],
      [2, true],
      [3, true],
      [4, true],
      [5, true],
      ['interview', true],
    ])
  })

  it.each([
    {
      label: '(一) no 执行通知',
      facts: { ...complete, noticeSentOn: undefined },
      code: 'TERMINATION_NOTICE_MISSING',
      message: '还没有向被执行人发出执行通知',
      article: '《终本规定》第一条第（一）项',
    },
    {
      label: '第二条(一) no 报告财产令',
      facts: { ...complete, assetReportOrderSentOn: undefined },
      code: 'TERMINATION_REPORT_ORDER_MISSING',
      message: '还没有向被执行人发出报告财产令',
      article: '《终本规定》第二条第（一）项',
    },
    {
      label: '第二条(二) report not checked',
      facts: { ...complete, assetReport: { outcome: 'reported' } },
      code: 'TERMINATION_REPORT_NOT_CHECKED',
      message: '被执行人报告的财产情况还没有核查',
      article: '《终本规定》第二条第（二）项',
    },
    {
      label: '第二条(二) nothing recorded about the report',
      facts: { ...complete, assetReport: undefined },
      code: 'TERMINATION_REPORT_NOT_CHECKED',
      message: '还没有记录被执行人报告财产的情况和核查结果',
      article: '《终本规定》第二条第（二）项',
    },
    {
      label: '第二条(三) a refused report not punished',
      facts: { ...complete, assetReport: { outcome: 'defaulted' } },
      code: 'TERMINATION_REPORT_DEFAULT_UNSANCTIONED',
      message: '被执行人逾期报告、拒绝报告或者虚假报告财产，还没有依法采取罚款、拘留等措施',
      article: '《终本规定》第二条第（三）项',
    },
    {
      label: '(二) no 限制消费令',
      facts: { ...complete, consumptionRestrictionOn: undefined },
      code: 'TERMINATION_RESTRICTION_MISSING',
      message: '还没有向被执行人发出限制消费令',
      article: '《终本规定》第一条第（二）项',
    },
    {
      label: '(二) 失信 neither decided nor excused',
      facts: { ...complete, creditListing: { notEligibleReason: ' ' } },
      code: 'TERMINATION_CREDIT_LISTING_UNDECIDED',
      message: '还没有把符合条件的被执行人纳入失信名单，也没有写明不纳入的理由',
      article: '《终本规定》第一条第（二）项',
    },
    {
      label: '(三) two leads unverified, named by kind',
      facts: {
        ...complete,
        leads: [
          { id: 'a', kind: 'livestock', submittedOn: '2026-02-01' },
          { id: 'b', kind: 'vehicle', submittedOn: '2026-02-02' },
        ],
      },
      code: 'TERMINATION_LEADS_UNVERIFIED',
      message: '还有2条财产线索没有核查（牲畜（牛、羊、马等）、车辆）',
      article: '《终本规定》第一条第（三）项',
    },
    {
      label: '(三) no 网络查控',
      facts: { ...complete, onlineSearches: [] },
      code: 'TERMINATION_ONLINE_SEARCH_MISSING',
      message: '还没有通过网络执行查控系统查询被执行人的财产',
      article: '《终本规定》第一条第（三）项',
    },
    {
      label: '(三) the last search is older than the court’s 3-month window ❌',
      facts: { ...complete, onlineSearches: ['2026-01-12'] },
      code: 'TERMINATION_ONLINE_SEARCH_STALE',
      message: '最近一次网络查控是2026年1月12日，终本前3个月内应当再查一次',
      article: '法院合规核查实务规则',
      status: 'unconfirmed',
    },
    {
      label: '(三) no conclusion of the investigation',
      facts: { ...complete, propertyOutcome: undefined },
      code: 'TERMINATION_PROPERTY_UNRESOLVED',
      message: '还没有记录财产调查的结论：没有发现可供执行的财产，或者发现的财产不能处置',
      article: '《终本规定》第一条第（三）项',
    },
    {
      label: '(三) property that can be disposed of',
      facts: { ...complete, propertyOutcome: 'disposable' },
      code: 'TERMINATION_PROPERTY_DISPOSABLE',
      message: '已经发现可以处置的财产，应当先处置，不能终结本次执行程序',
      article: '《终本规定》第一条第（三）项',
    },
    {
      label: '(五) a missing debtor not sought',
      facts: { ...complete, debtorMissing: {} },
      code: 'TERMINATION_DEBTOR_NOT_SOUGHT',
      message: '被执行人下落不明，还没有依法查找',
      article: '《终本规定》第一条第（五）项',
    },
    {
      label: '(五) obstruction not punished',
      facts: { ...complete, obstruction: {} },
      code: 'TERMINATION_OBSTRUCTION_UNSANCTIONED',
      message: '有人妨害执行，还没有依法采取罚款、拘留等强制措施',
      article: '《终本规定》第一条第（五）项',
    },
    {
      label: '第五条 the applicant not heard 🟡',
      facts: { ...complete, applicantInterviewOn: undefined },
      code: 'TERMINATION_INTERVIEW_MISSING',
      message: '还没有约谈申请执行人：终本前要告诉他案件的执行情况、采取的调查措施、查到的财产、终本的依据和后果，并听取他的意见',
      article: '《终本规定》第五条',
      status: 'one-source',
    },
  ] as { label: string; facts: TerminationFacts; code: TerminationGap['code']; message: string; article: string; status?: string }[])(
    'names exactly the missing item: $label',
    ({ facts, code, message, article, status = 'confirmed' }) => {
      const r = checkTerminationOfCurrentProcedure(facts, CLOSING, R)
      expect(r.ok).toBe(false)
      expect(r.missing).toEqual([expect.objectContaining({ code, message, article, status })])
      expect(r.conditions.filter((c) => !c.met).map((c) => c.id)).toEqual([r.missing[0].condition])
    },
  )

  it('(四) refuses before three months have passed, naming the first allowed day', () => {
    const facts = { ...complete, onlineSearches: ['2026-04-01'], applicantInterviewOn: '2026-04-09' }
    expect(checkTerminationOfCurrentProcedure(facts, '2026-04-10', R).missing).toEqual([
      {
        code: 'TERMINATION_TOO_EARLY',
        message: '立案还不满三个月，最早可以在2026年4月11日终结本次执行程序',
        article: '《终本规定》第一条第（四）项',
        status: 'confirmed',
        condition: 4,
      },
    ])
    expect(codes(facts, '2026-04-11')).toEqual([])
  })

  it.each([
    { label: 'a defaulting debtor who was punished', facts: { ...complete, assetReport: { outcome: 'defaulted', sanctionedOn: '2026-02-20' } } },
    {
      label: 'a debtor not eligible for 失信, with the reason',
      facts: { ...complete, creditListing: { notEligibleReason: '已提供充分有效担保（《失信规定》第三条）' } },
    },
    { label: 'assets found that cannot be disposed of', facts: { ...complete, propertyOutcome: 'cannot-dispose' } },
    { label: 'no missing debtor, no obstruction recorded', facts: { ...complete, debtorMissing: undefined, obstruction: undefined } },
    {
      label: 'a lead received after the closing day',
      facts: { ...complete, leads: [...(complete.leads ?? []), { id: 'l2', kind: 'vehicle', submittedOn: '2026-04-26' }] },
    },
  ] as { label: string; facts: TerminationFacts }[])('allows $label', ({ facts }) => {
    expect(codes(facts)).toEqual([])
  })

  it('does not count what is dated after the closing day', () => {
    expect(codes({ ...complete, noticeSentOn: '2026-04-26', applicantInterviewOn: '2026-04-26' })).toEqual([
      'TERMINATION_NOTICE_MISSING',
      'TERMINATION_INTERVIEW_MISSING',
    ])
  })

  it('follows the court’s settings: no 约谈 required, no search window', () => {
    const rules = enforcementRulesWith({ terminationInterview: false, periods: { terminationSearchWindow: { length: null } } })
    const r = checkTerminationOfCurrentProcedure({ ...complete, applicantInterviewOn: undefined, onlineSearches: ['2025-12-01', '2026-01-12'] }, CLOSING, rules)
    expect(r.ok).toBe(true)
    expect(r.conditions.map((c) => c.id)).toEqual([1, 2, 3, 4, 5])
  })

  it('lists every gap of an empty case in the order of the conditions', () => {
    expect(codes({ filedOn: '2026-01-10' }, '2026-03-01')).toEqual([
      'TERMINATION_NOTICE_MISSING',
      'TERMINATION_REPORT_ORDER_MISSING',
      'TERMINATION_REPORT_NOT_CHECKED',
      'TERMINATION_RESTRICTION_MISSING',
      'TERMINATION_CREDIT_LISTING_UNDECIDED',
      'TERMINATION_ONLINE_SEARCH_MISSING',
      'TERMINATION_PROPERTY_UNRESOLVED',
      'TERMINATION_TOO_EARLY',
      'TERMINATION_INTERVIEW_MISSING',
    ])
  })

  it.each([
    { label: 'a bad closing day', facts: complete, on: '2026-04-31', field: 'closingOn' },
    { label: 'a bad notice day', facts: { ...complete, noticeSentOn: '15/01/2026' }, on: CLOSING, field: 'noticeSentOn' },
    {
      label: 'a bad lead day',
      facts: { ...complete, leads: [{ id: 'x', kind: 'vehicle', submittedOn: '2026-02-01', verifiedOn: 'soon' }] },
      on: CLOSING,
      field: 'leads[0].verifiedOn',
    },
  ] as { label: string; facts: TerminationFacts; on: string; field: string }[])('refuses $label', ({ facts, on, field }) => {
    expect(() => checkTerminationOfCurrentProcedure(facts, on, R)).toThrow(expect.objectContaining({ code: 'DATE_INVALID', field }))
  })

  // Each way of taking one fact away, and the one item it must name.
  const removals: Record<string, [(f: TerminationFacts) => TerminationFacts, TerminationGap['code']]> = {
    notice: [(f) => ({ ...f, noticeSentOn: undefined }), 'TERMINATION_NOTICE_MISSING'],
    order: [(f) => ({ ...f, assetReportOrderSentOn: undefined }), 'TERMINATION_REPORT_ORDER_MISSING'],
    check: [(f) => ({ ...f, assetReport: { outcome: 'reported' } }), 'TERMINATION_REPORT_NOT_CHECKED'],
    restriction: [(f) => ({ ...f, consumptionRestrictionOn: undefined }), 'TERMINATION_RESTRICTION_MISSING'],
    credit: [(f) => ({ ...f, creditListing: undefined }), 'TERMINATION_CREDIT_LISTING_UNDECIDED'],
    lead: [(f) => ({ ...f, leads: (f.leads ?? []).map(({ verifiedOn: _v, ...l }) => l) }), 'TERMINATION_LEADS_UNVERIFIED'],
    search: [(f) => ({ ...f, onlineSearches: [] }), 'TERMINATION_ONLINE_SEARCH_MISSING'],
    outcome: [(f) => ({ ...f, propertyOutcome: undefined }), 'TERMINATION_PROPERTY_UNRESOLVED'],
    sought: [(f) => ({ ...f, debtorMissing: {} }), 'TERMINATION_DEBTOR_NOT_SOUGHT'],
    sanction: [(f) => ({ ...f, obstruction: {} }), 'TERMINATION_OBSTRUCTION_UNSANCTIONED'],
    interview: [(f) => ({ ...f, applicantInterviewOn: undefined }), 'TERMINATION_INTERVIEW_MISSING'],
  }

  // A complete case: every act between 立案 and 85 days later (before the three months end), the
  // last search late enough for the window, closing on a day from the earliest allowed to 60 days on.
  const completeCase = fc
    .record({
      filed: fc.integer({ min: 0, max: 25000 }),
      acts: fc.array(fc.integer({ min: 0, max: 85 }), { minLength: 9, maxLength: 9 }),
      lastSearch: fc.integer({ min: 70, max: 85 }),
      late: fc.integer({ min: 0, max: 60 }),
    })
    .map(({ filed, acts, lastSearch, late }) => {
      const filedOn = addDays('2010-01-01', filed)
      const d = (n: number) => addDays(filedOn, n)
      const facts: TerminationFacts = {
        filedOn,
        noticeSentOn: d(acts[0]),
        assetReportOrderSentOn: d(acts[0]),
        assetReport: { outcome: 'reported', checkedOn: d(acts[1]) },
        consumptionRestrictionOn: d(acts[2]),
        creditListing: { listedOn: d(acts[3]) },
        leads: [{ id: 'l', kind: 'bank-account', submittedOn: d(Math.min(acts[4], acts[5])), verifiedOn: d(Math.max(acts[4], acts[5])) }],
        onlineSearches: [d(acts[6]), d(lastSearch)],
        propertyOutcome: 'none-found',
        debtorMissing: { soughtOn: d(acts[7]) },
        obstruction: { sanctionedOn: d(acts[8]) },
        applicantInterviewOn: d(85),
      }
      return { facts, closingOn: addDays(addDays(addMonths(filedOn, 3), 1), late) }
    })

  it('allows every complete case; taking any set of facts away names exactly those items', () => {
    fc.assert(
      fc.property(completeCase, fc.subarray(Object.keys(removals)), ({ facts, closingOn }, taken) => {
        expect(codes(facts, closingOn)).toEqual([])
        const reduced = taken.reduce((f, k) => removals[k][0](f), facts)
        expect(codes(reduced, closingOn).sort()).toEqual(taken.map((k) => removals[k][1]).sort())
      }),
    )
  })

  it('a complete case closed one day before the three months have passed misses exactly (四)', () => {
    fc.assert(
      fc.property(completeCase, ({ facts }) => {
        expect(codes(facts, addMonths(facts.filedOn, 3))).toEqual(['TERMINATION_TOO_EARLY'])
      }),
    )
  })
})
