import * as domain from '../../../domain'
import {
  ASSET_CATEGORY_NAMES,
  CLOSURE_MODE_NAMES,
  CONTROL_MEASURE_NAMES,
  ENFORCEMENT_NODE_NAMES,
  ENFORCEMENT_RULES,
  ENFORCEMENT_STATE_NAMES,
  EXCLUDED_PERIOD_KINDS,
  PROPERTY_LEAD_KINDS,
  seizureExpiry,
} from '../../../domain'

describe('enforcement types and their Chinese names', () => {
  it('has the six closure modes of 《执行工作规定》第六十四条, in its order', () => {
    expect(Object.values(CLOSURE_MODE_NAMES)).toEqual(['执行完毕', '终结本次执行程序', '终结执行', '销案', '不予执行', '驳回申请'])
  })

  it('names every node of the issue’s timeline', () => {
    expect(Object.values(ENFORCEMENT_NODE_NAMES)).toEqual(
      expect.arrayContaining([
        '立案',
        '确定承办人',
        '执行通知与报告财产令',
        '网络查控',
        '财产线索核查',
        '冻结/查封/扣押/划拨',
        '评估/拍卖',
        '执行款到账',
        '执行款发放',
        '限制消费令',
        '纳入失信名单',
        '执行和解',
        '中止执行',
        '结案',
      ]),
    )
    expect(Object.values(ENFORCEMENT_STATE_NAMES)).toHaveLength(7)
    expect(Object.values(CONTROL_MEASURE_NAMES)).toEqual(['冻结', '查封', '扣押', '划拨'])
  })

  it.each(Object.entries(PROPERTY_LEAD_KINDS).map(([kind, info]) => ({ label: info.name, kind, info })))(
    'lead kind $label has a hint and a category whose term is known',
    ({ info }) => {
      expect(info.hint).toMatch(/。$/)
      expect(ASSET_CATEGORY_NAMES[info.asset]).toBeDefined()
      expect(seizureExpiry({ measure: 'seal', asset: info.asset, effectiveOn: '2026-03-10' }, ENFORCEMENT_RULES)).not.toBeNull()
    },
  )

  it('carries the lead kinds the issue lists', () => {
    expect(Object.keys(PROPERTY_LEAD_KINDS)).toEqual([
      'bank-account',
      'real-estate',
      'vehicle',
      'livestock',
      'land-contract-rights',
      'farm-machinery',
      'wages-income',
      'receivables',
      'shares',
    ])
    expect(PROPERTY_LEAD_KINDS.livestock.name).toContain('牲畜')
    expect(PROPERTY_LEAD_KINDS['land-contract-rights'].name).toBe('草原/土地承包经营权')
  })

  it.each(Object.entries(EXCLUDED_PERIOD_KINDS).map(([kind, info]) => ({ label: info.name, kind, info })))(
    'excluded period $label cites 《审限规定》第九条',
    ({ info }) => {
      expect(info.article).toMatch(/^《审限规定》第九条第（[七八九十一二]+）项/)
    },
  )
})

describe('domain public API: enforcement', () => {
  it.each(
    [
      'validateEnforcementRules',
      'enforcementRulesWith',
      'enforcementPeriodDue',
      'acceptanceDeadline',
      'handlerAssignmentDeadline',
      'executionNoticeDeadline',
      'handlerNoticeDeadline',
      'leadVerificationDeadline',
      'payoutDeadline',
      'seizureExpiry',
      'caseTimeLimit',
      'earliestTerminationDay',
      'terminationRecheckSchedule',
      'complaintDeadlines',
      'enforcementApplicationPeriod',
      'isAgriculturalEnforcement',
      'agriculturalCaseTarget',
      'compareEnforcementQueue',
      'enforcementCaseState',
      'checkTerminationOfCurrentProcedure',
      'enforcementNodeDeadlines',
      'enforcementRiskChecks',
    ].map((name) => ({ label: name, name })),
  )('exports $label', ({ name }) => {
    expect(typeof (domain as Record<string, unknown>)[name]).toBe('function')
  })

  it('keeps the mediation assignmentDeadline beside the enforcement one', () => {
    expect(domain.assignmentDeadline('2026-11-25').article).toBe('《人民法院在线调解规则》第十条')
  })
})
