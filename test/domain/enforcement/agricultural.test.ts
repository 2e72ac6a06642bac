import {
  agriculturalCaseTarget,
  compareEnforcementQueue,
  enforcementCaseState,
  ENFORCEMENT_RULES,
  enforcementRulesWith,
  isAgriculturalEnforcement,
  type EnforcementCaseFacts,
} from '../../../domain'

const R = ENFORCEMENT_RULES

describe('isAgriculturalEnforcement (涉农 green channel, the court’s lists)', () => {
  it.each([
    { label: 'a grassland contract cause', facts: { cause: '牧业承包合同纠纷' }, reasons: ['案由是牧业承包合同纠纷'] },
    { label: 'a land cause typed without 纠纷', facts: { cause: '土地承包经营权' }, reasons: ['案由是土地承包经营权纠纷'] },
    { label: 'a sale of cattle', facts: { cause: '买卖合同纠纷', subjects: ['被告支付购买肉牛12头的价款'] }, reasons: ['涉及“肉牛”'] },
    { label: 'herding wages', facts: { cause: '劳务合同纠纷', subjects: ['给原告放牧三个月的工钱'] }, reasons: ['涉及“放牧”'] },
    { label: 'migrant workers’ wages', facts: { cause: '追索劳动报酬纠纷', subjects: ['支付拖欠的农民工工资'] }, reasons: ['涉及“农民工”'] },
    { label: 'a tractor', facts: { cause: '买卖合同纠纷', subjects: ['返还拖拉机一台'] }, reasons: ['涉及“拖拉机”'] },
    {
      label: 'several reasons',
      facts: { cause: '农村土地承包合同纠纷', subjects: ['草场承包费', '收回草场'] },
      reasons: ['案由是农村土地承包合同纠纷', '涉及“草场”'],
    },
    { label: 'grain sold', facts: { subjects: ['卖玉米的粮款'] }, reasons: ['涉及“粮款”', '涉及“玉米”'] },
    { label: 'a plain loan', facts: { cause: '民间借贷纠纷', subjects: ['偿还借款5万元'] }, reasons: [] },
    { label: 'nothing known', facts: {}, reasons: [] },
  ])('$label', ({ facts, reasons }) => {
    expect(isAgriculturalEnforcement(facts, R)).toEqual({ agricultural: reasons.length > 0, reasons })
  })

  it('follows the court’s own lists', () => {
    const rules = enforcementRulesWith({ agriculturalKeywords: ['枸杞'], agriculturalCauses: ['林业承包合同纠纷'] })
    expect(isAgriculturalEnforcement({ subjects: ['枸杞收购款'] }, rules).agricultural).toBe(true)
    expect(isAgriculturalEnforcement({ subjects: ['牲畜款'] }, rules).agricultural).toBe(false)
    expect(isAgriculturalEnforcement({ cause: '牧业承包合同纠纷' }, rules).agricultural).toBe(false)
  })
})

describe('agriculturalCaseTarget', () => {
  it.each([
    { label: 'none unless the court sets one', rules: R, due: null },
    { label: '3 months set by the court', rules: enforcementRulesWith({ periods: { agriculturalCaseTarget: { length: 3 } } }), due: '2026-06-02' },
    {
      label: '60 days set by the court (rolled off 05-01)',
      rules: enforcementRulesWith({ periods: { agriculturalCaseTarget: { length: 60, unit: 'days' } } }),
      due: '2026-05-06',
    },
  ])('$label', ({ rules, due }) => {
    expect(agriculturalCaseTarget('2026-03-02', rules)?.due ?? null).toBe(due)
  })
})

describe('compareEnforcementQueue', () => {
  it.each([
    {
      label: '涉农 first, then the earliest due',
      items: [
        { id: 'a', due: '2026-03-01' },
        { id: 'b', due: '2026-04-01', agricultural: true },
        { id: 'c', due: '2026-02-01' },
      ],
      order: ['b', 'c', 'a'],
    },
    {
      label: 'no due day goes last, ties by id',
      items: [{ id: 'z' }, { id: 'b', due: '2026-03-01' }, { id: 'a', due: '2026-03-01' }, { id: 'y', agricultural: true }],
      order: ['y', 'a', 'b', 'z'],
    },
  ])('$label', ({ items, order }) => {
    expect([...items].sort(compareEnforcementQueue).map((i) => i.id)).toEqual(order)
  })
})

describe('enforcementCaseState', () => {
  const base: EnforcementCaseFacts = { caseId: 'c1', caseType: '执', receivedOn: '2026-03-02' }
  it.each([
    { label: 'an application', facts: base, state: 'applied' },
    { label: 'refused', facts: { ...base, refusedOn: '2026-03-06' }, state: 'refused' },
    { label: 'docketed', facts: { ...base, filedOn: '2026-03-05' }, state: 'filed' },
    { label: 'with its 承办人', facts: { ...base, filedOn: '2026-03-05', handlerAssignedOn: '2026-03-06' }, state: 'enforcing' },
    {
      label: 'suspended',
      facts: { ...base, filedOn: '2026-03-05', handlerAssignedOn: '2026-03-06', excludedPeriods: [{ kind: 'suspension', from: '2026-04-01' }] },
      state: 'suspended',
    },
    {
      label: 'resumed after a suspension',
      facts: {
        ...base,
        filedOn: '2026-03-05',
        handlerAssignedOn: '2026-03-06',
        excludedPeriods: [{ kind: 'suspension', from: '2026-04-01', to: '2026-05-01' }],
      },
      state: 'enforcing',
    },
    {
      label: 'deferred on a settlement',
      facts: { ...base, filedOn: '2026-03-05', handlerAssignedOn: '2026-03-06', excludedPeriods: [{ kind: 'deferral', from: '2026-04-01' }] },
      state: 'settlement',
    },
    { label: 'closed by 终本', facts: { ...base, filedOn: '2026-03-05', closedOn: '2026-07-01', closureMode: 'terminated-for-now' }, state: 'closed' },
  ] as { label: string; facts: EnforcementCaseFacts; state: string }[])('$label', ({ facts, state }) => {
    expect(enforcementCaseState(facts)).toBe(state)
  })
})
