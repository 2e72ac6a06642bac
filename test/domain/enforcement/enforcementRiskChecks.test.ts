import fc from 'fast-check'
import {
  addDays,
  daysBetween,
  ENFORCEMENT_RULES,
  enforcementRiskChecks,
  enforcementRulesWith,
  type EnforcementCaseFacts,
  type EnforcementRisk,
} from '../../../domain'
import { worked } from './fixtures'

const R = ENFORCEMENT_RULES
const brief = (r: EnforcementRisk) => [r.code, r.target.id ?? '', r.due, r.severity, r.daysOverdue, r.daysLeft]

describe('enforcementRiskChecks (督办 list)', () => {
  it('flags an application not decided within 7 days', () => {
    expect(enforcementRiskChecks({ caseId: 'a', caseType: '执', receivedOn: '2026-03-02' }, '2026-03-12', R)).toEqual([
      {
        code: 'ACCEPTANCE_OVERDUE',
        title: '立案审查超期',
        message: '立案审查的期限到2026年3月9日，已超期3日',
        article: '《执行工作规定》第十六条；《审限规定》第六条',
        status: 'confirmed',
        caseId: 'a',
        node: 'filing',
        target: { kind: 'case' },
        due: '2026-03-09',
        severity: 'overdue',
        daysOverdue: 3,
        daysLeft: 0,
      },
    ])
  })

  it.each([
    { label: 'on its due day nothing is late', facts: { caseId: 'a', caseType: '执', receivedOn: '2026-03-02' }, today: '2026-03-09', risks: [] },
    {
      label: 'docketed without 承办人, notice or search',
      facts: { caseId: 'a', caseType: '执', receivedOn: '2026-03-02', filedOn: '2026-03-05' },
      today: '2026-03-16',
      risks: [
        ['ONLINE_SEARCH_OVERDUE', '', '2026-03-10', 'overdue', 6, 0],
        ['HANDLER_ASSIGNMENT_OVERDUE', '', '2026-03-12', 'overdue', 4, 0],
        ['EXECUTION_NOTICE_OVERDUE', '', '2026-03-12', 'overdue', 4, 0],
      ],
    },
    {
      label: 'a case worked on time but one urgent lead',
      facts: worked,
      today: '2026-04-15',
      risks: [['LEAD_UNVERIFIED', 'l2', '2026-03-23', 'overdue', 23, 0]],
    },
    {
      label: 'then the money held too long',
      facts: worked,
      today: '2026-05-10',
      risks: [
        ['LEAD_UNVERIFIED', 'l2', '2026-03-23', 'overdue', 48, 0],
        ['PAYOUT_OVERDUE', 'r2', '2026-05-06', 'overdue', 4, 0],
      ],
    },
    {
      label: 'past six months, and the freeze about to run out',
      facts: { ...worked, leads: [], receipts: [] },
      today: '2027-02-20',
      risks: [
        ['CASE_LIMIT_EXCEEDED', '', '2026-09-05', 'overdue', 168, 0],
        ['SEIZURE_EXPIRING', 'k1', '2027-03-15', 'warning', 0, 23],
      ],
    },
    {
      label: 'the freeze lapsed',
      facts: { ...worked, leads: [], receipts: [], closedOn: '2026-08-01', closureMode: 'performed' },
      today: '2027-03-16',
      risks: [['SEIZURE_LAPSED', 'k1', '2027-03-15', 'overdue', 1, 0]],
    },
    {
      label: 'a freeze ending on 10-01 whose renewal day 09-30 has passed',
      facts: {
        ...worked,
        leads: [],
        receipts: [],
        closedOn: '2026-08-01',
        closureMode: 'performed',
        controls: [{ id: 'k9', measure: 'freeze', asset: 'deposit', effectiveOn: '2025-10-02' }],
      },
      today: '2026-10-01',
      risks: [['SEIZURE_RENEWAL_OVERDUE', 'k9', '2026-09-30', 'overdue', 1, 0]],
    },
    {
      label: 'a released or renewed freeze is not flagged',
      facts: {
        ...worked,
        leads: [],
        receipts: [],
        closedOn: '2026-08-01',
        closureMode: 'performed',
        controls: [
          { id: 'k9', measure: 'freeze', asset: 'deposit', effectiveOn: '2025-10-02', endedOn: '2026-08-01' },
          { id: 'k8', measure: 'freeze', asset: 'deposit', effectiveOn: '2025-10-02', renewals: [{ effectiveOn: '2026-09-20' }] },
        ],
      },
      today: '2026-10-01',
      risks: [],
    },
    {
      label: 'a suspension holds the acts, not the money',
      facts: {
        caseId: 'a',
        caseType: '执',
        receivedOn: '2026-03-02',
        filedOn: '2026-03-05',
        excludedPeriods: [{ kind: 'suspension', from: '2026-03-06' }],
        receipts: [{ id: 'r', receivedOn: '2026-03-06', amountFen: 1 }],
      },
      today: '2026-04-20',
      risks: [['PAYOUT_OVERDUE', 'r', '2026-04-07', 'overdue', 13, 0]],
    },
    {
      label: 'a missed re-check after 终本',
      facts: { ...worked, leads: [], receipts: [], controls: [], closedOn: '2026-07-01', closureMode: 'terminated-for-now', ...completeChecklist() },
      today: '2027-01-05',
      risks: [['RECHECK_OVERDUE', '1', '2027-01-01', 'overdue', 4, 0]],
    },
  ] as { label: string; facts: EnforcementCaseFacts; today: string; risks: unknown[] }[])('$label', ({ facts, today, risks }) => {
    expect(enforcementRiskChecks(facts, today, R).map(brief)).toEqual(risks)
  })

  it('flags a 终本 closed without its checklist, naming what is missing', () => {
    const facts: EnforcementCaseFacts = {
      ...worked,
      leads: [],
      receipts: [],
      controls: [],
      closedOn: '2026-07-01',
      closureMode: 'terminated-for-now',
      rechecks: ['2026-12-01'],
    }
    const [risk, ...rest] = enforcementRiskChecks(facts, '2026-07-03', R)
    expect(rest).toEqual([])
    expect(risk).toMatchObject({
      code: 'TERMINATION_CHECKLIST_INCOMPLETE',
      title: '终本不合格',
      due: '2026-07-01',
      daysOverdue: 2,
      article: '《终本规定》第一条',
    })
    expect(risk.message).toBe(
      '以终本结案，但缺少：还没有记录被执行人报告财产的情况和核查结果；还没有向被执行人发出限制消费令；还没有把符合条件的被执行人纳入失信名单，也没有写明不纳入的理由；' +
        '最近一次网络查控是2026年3月9日，终本前3个月内应当再查一次；还没有记录财产调查的结论：没有发现可供执行的财产，或者发现的财产不能处置；' +
        '还没有约谈申请执行人：终本前要告诉他案件的执行情况、采取的调查措施、查到的财产、终本的依据和后果，并听取他的意见',
    )
  })

  it('flags the 涉农 target the court set, marked as the court’s rule', () => {
    const rules = enforcementRulesWith({ periods: { agriculturalCaseTarget: { length: 3 } } })
    const risks = enforcementRiskChecks({ ...worked, leads: [], receipts: [], agricultural: true }, '2026-06-10', rules)
    expect(risks).toEqual([
      expect.objectContaining({ code: 'AGRICULTURAL_TARGET_MISSED', due: '2026-06-05', daysOverdue: 5, status: 'unconfirmed', article: '本院涉农绿色通道' }),
    ])
  })

  it.each([
    {
      label: 'a complaint not registered in 5 working days',
      complaint: { id: 'x1', receivedOn: '2026-11-02' },
      today: '2026-11-10',
      code: 'COMPLAINT_REGISTRATION_OVERDUE',
      due: '2026-11-09',
      message: '执行信访的登记期限到2026年11月9日，还没有登记并确定承办人',
    },
    {
      label: 'a complaint not answered by the stricter period, the other one named',
      complaint: { id: 'x1', receivedOn: '2026-11-02', registeredOn: '2026-11-03' },
      today: '2026-12-03',
      code: 'COMPLAINT_ANSWER_OVERDUE',
      due: '2026-12-02',
      message: '执行信访的办结期限到2026年12月2日（另一口径到2026年12月14日），还没有办结并答复',
    },
  ])('$label', ({ complaint, today, code, due, message }) => {
    const facts: EnforcementCaseFacts = {
      ...worked,
      leads: [],
      receipts: [],
      closedOn: '2026-08-01',
      closureMode: 'performed',
      controls: [],
      complaints: [complaint],
    }
    expect(enforcementRiskChecks(facts, today, R)).toEqual([
      expect.objectContaining({ code, due, message, node: 'complaint', target: { kind: 'complaint', id: 'x1' }, caseNumber: '（2026）内0784执12号' }),
    ])
  })

  it('a case done on time and closed has nothing on the list, however long after', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 0, max: 3000 }), (start, later) => {
        const d = (n: number) => addDays(addDays('2010-01-01', start), n)
        const facts: EnforcementCaseFacts = {
          caseId: 'x',
          caseType: '执',
          receivedOn: d(0),
          filedOn: d(1),
          handlerAssignedOn: d(1),
          noticeSentOn: d(1),
          onlineSearches: [d(1)],
          leads: [{ id: 'l', kind: 'wages-income', submittedOn: d(2), verifiedOn: d(2) }],
          controls: [{ id: 'k', measure: 'freeze', asset: 'deposit', effectiveOn: d(2), endedOn: d(20) }],
          receipts: [{ id: 'r', receivedOn: d(10), amountFen: 100, paidOn: d(12) }],
          closedOn: d(20),
          closureMode: 'performed',
        }
        expect(enforcementRiskChecks(facts, d(20 + later), R)).toEqual([])
      }),
    )
  })

  it('every item cites its article, is overdue only past its due day, and counts the days exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 900 }), (n) => {
        const today = addDays('2026-03-02', n)
        for (const r of enforcementRiskChecks({ ...worked, complaints: [{ id: 'x', receivedOn: '2026-04-01' }] }, today, R)) {
          expect(r.article).not.toBe('')
          expect(r.caseId).toBe('c1')
          const late = daysBetween(r.due, today)
          if (r.severity === 'overdue') expect(r.daysOverdue).toBe(late)
          else expect(r.daysLeft + late).toBe(0)
          expect(r.severity === 'overdue' ? late >= 0 : late <= 0).toBe(true)
        }
      }),
    )
  })
})

function completeChecklist(): Partial<EnforcementCaseFacts> {
  return {
    assetReport: { outcome: 'reported', checkedOn: '2026-03-20' },
    consumptionRestrictionOn: '2026-03-20',
    creditListing: { listedOn: '2026-03-20' },
    onlineSearches: ['2026-06-01'],
    propertyOutcome: 'none-found',
    applicantInterviewOn: '2026-06-25',
  }
}
