import data from '../../../domain/data/enforcement-rules.json'
import { DomainError, ENFORCEMENT_RULES, enforcementRulesWith, PERIOD_UNITS, validateEnforcementRules, type EnforcementPeriodKey } from '../../../domain'

const clone = (): any => JSON.parse(JSON.stringify(data))
const keys = Object.keys(PERIOD_UNITS) as EnforcementPeriodKey[]

function codeOf(fn: () => unknown): { code: string; field?: string } {
  try {
    fn()
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, field: e.field }
    throw e
  }
  throw new Error('did not throw')
}

describe('ENFORCEMENT_RULES (domain/data/enforcement-rules.json)', () => {
  it.each(keys.map((key) => ({ label: key, key })))('$label has a name, an article, a source and a status', ({ key }) => {
    const p = ENFORCEMENT_RULES.periods[key]
    expect(p.name).not.toBe('')
    expect(p.article).not.toBe('')
    expect(p.source).not.toBe('')
    expect(['confirmed', 'one-source', 'unconfirmed']).toContain(p.status)
  })

  it.each([
    { label: '立案 7 days, 执行工作规定 16', key: 'acceptance', length: 7, unit: 'days', article: '《执行工作规定》第十六条' },
    { label: '承办人 7 days, 若干期限规定 2', key: 'handlerAssignment', length: 7, unit: 'days', article: '《执行期限规定》第二条' },
    { label: '执行通知 10 days, 民诉法解释 480', key: 'executionNotice', length: 10, unit: 'days', article: '《民诉法解释》第四百八十条' },
    { label: '承办人执行通知 3 days, 若干期限规定 4', key: 'handlerNotice', length: 3, unit: 'days', article: '《执行期限规定》第四条' },
    { label: '线索核查 7 days, 财产调查规定 2', key: 'leadVerification', length: 7, unit: 'days', article: '《财产调查规定》第二条' },
    { label: '紧急线索 3 days', key: 'leadVerificationUrgent', length: 3, unit: 'days', article: '《财产调查规定》第二条' },
    { label: '执行期限 6 months, 审限规定 5', key: 'caseLimit', length: 6, unit: 'months', article: '《审限规定》第五条' },
    { label: '非诉执行 3 months', key: 'caseLimitNonLitigation', length: 3, unit: 'months', article: '《审限规定》第五条' },
    { label: '终本 after 3 months, 终本规定 1(4)', key: 'earliestTermination', length: 3, unit: 'months', article: '《终本规定》第一条第（四）项' },
    { label: '复查 every 6 months, 终本规定 9', key: 'recheckInterval', length: 6, unit: 'months', article: '《终本规定》第九条' },
    { label: '复查 for 5 years', key: 'recheckSpan', length: 5, unit: 'years', article: '《终本规定》第九条' },
    { label: '存款 1 year, 解释 485', key: 'termDeposit', length: 1, unit: 'years', article: '《民诉法解释》第四百八十五条' },
    { label: '动产 2 years', key: 'termMovable', length: 2, unit: 'years', article: '《民诉法解释》第四百八十五条' },
    { label: '不动产 3 years', key: 'termImmovable', length: 3, unit: 'years', article: '《民诉法解释》第四百八十五条' },
    { label: '其他财产权 3 years', key: 'termPropertyRight', length: 3, unit: 'years', article: '《民诉法解释》第四百八十五条' },
  ] as const)('statutory: $label', ({ key, length, unit, article }) => {
    expect(ENFORCEMENT_RULES.periods[key]).toMatchObject({ length, unit, status: 'confirmed' })
    expect(ENFORCEMENT_RULES.periods[key].article).toContain(article)
  })

  it.each([
    { label: 'payout 30 days 🟡 (执行款物规定, text not retrieved)', key: 'payout', length: 30, unit: 'days', status: 'one-source' },
    { label: 'complaint registration 5 working days 🟡', key: 'complaintRegistration', length: 5, unit: 'workdays', status: 'one-source' },
    { label: 'complaint answer 30 days (227号) 🟡', key: 'complaintAnswer', length: 30, unit: 'days', status: 'one-source' },
    { label: 'complaint answer 30 working days (322号) 🟡', key: 'complaintAnswerWorkdays', length: 30, unit: 'workdays', status: 'one-source' },
    { label: 'superior screening 15 working days 🟡', key: 'complaintScreening', length: 15, unit: 'workdays', status: 'one-source' },
    { label: '5-day 网络查控 node ❌ (evaluation report only)', key: 'onlineSearch', length: 5, unit: 'days', status: 'unconfirmed' },
    { label: 'seizure warning 30 days ❌ (no rule)', key: 'seizureWarning', length: 30, unit: 'days', status: 'unconfirmed' },
    { label: '终本 search within 3 months ❌ (practice)', key: 'terminationSearchWindow', length: 3, unit: 'months', status: 'unconfirmed' },
    { label: '涉农 case target ❌, unset', key: 'agriculturalCaseTarget', length: null, unit: 'months', status: 'unconfirmed' },
    { label: '涉农 payout target ❌, unset', key: 'agriculturalPayout', length: null, unit: 'days', status: 'unconfirmed' },
  ] as const)('court setting: $label', ({ key, length, unit, status }) => {
    expect(ENFORCEMENT_RULES.periods[key]).toMatchObject({ length, unit, status })
  })

  it('keeps the 约谈 rule and the 涉农 lists as settings, not confirmed law', () => {
    expect(ENFORCEMENT_RULES.terminationInterview).toMatchObject({ value: true, status: 'one-source', article: '《终本规定》第五条' })
    expect(ENFORCEMENT_RULES.agriculturalCauses.status).toBe('unconfirmed')
    expect(ENFORCEMENT_RULES.agriculturalCauses.value).toContain('牧业承包合同纠纷')
    expect(ENFORCEMENT_RULES.agriculturalKeywords.value).toEqual(expect.arrayContaining(['牲畜', '农机', '草原', '粮食', '农民工']))
  })

  it('names the full title of every short document name used in an article', () => {
    const used = new Set(keys.flatMap((k) => [...ENFORCEMENT_RULES.periods[k].article.matchAll(/《([^》]+)》/g)].map((m) => m[1])))
    const known = new Set(Object.keys(ENFORCEMENT_RULES.documents))
    expect([...used].filter((d) => !known.has(d))).toEqual([])
  })
})

describe('validateEnforcementRules', () => {
  it.each([
    { label: 'not an object', edit: () => 'x', field: 'rules' },
    { label: 'no source', edit: (r: any) => ({ ...r, source: '' }), field: 'source' },
    { label: 'a period missing', edit: (r: any) => (delete r.periods.payout, r), field: 'periods.payout' },
    { label: 'an unknown period', edit: (r: any) => ((r.periods.extra = r.periods.payout), r), field: 'periods.extra' },
    { label: 'a unit the period may not take', edit: (r: any) => ((r.periods.caseLimit.unit = 'days'), r), field: 'periods.caseLimit.unit' },
    { label: 'null length of a required period', edit: (r: any) => ((r.periods.payout.length = null), r), field: 'periods.payout.length' },
    { label: 'zero length', edit: (r: any) => ((r.periods.payout.length = 0), r), field: 'periods.payout.length' },
    { label: 'fractional length', edit: (r: any) => ((r.periods.payout.length = 2.5), r), field: 'periods.payout.length' },
    { label: 'no article', edit: (r: any) => ((r.periods.payout.article = ' '), r), field: 'periods.payout.article' },
    { label: 'an unknown status', edit: (r: any) => ((r.periods.payout.status = 'sure'), r), field: 'periods.payout.status' },
    { label: '约谈 not a yes/no', edit: (r: any) => ((r.terminationInterview.value = 'yes'), r), field: 'terminationInterview.value' },
    { label: 'an empty keyword', edit: (r: any) => ((r.agriculturalKeywords.value = ['牛羊', '']), r), field: 'agriculturalKeywords.value' },
  ])('refuses $label', ({ edit, field }) => {
    expect(codeOf(() => validateEnforcementRules(edit(clone())))).toEqual({ code: 'ENFORCEMENT_RULES_INVALID', field })
  })

  it('accepts null for an optional period', () => {
    const r = clone()
    r.periods.onlineSearch.length = null
    expect(validateEnforcementRules(r).periods.onlineSearch.length).toBeNull()
  })
})

describe('enforcementRulesWith', () => {
  it.each([
    { label: 'payout in 10 working days', overrides: { periods: { payout: { length: 10, unit: 'workdays' } } }, key: 'payout', length: 10, unit: 'workdays' },
    { label: 'seizure warning 15 days', overrides: { periods: { seizureWarning: { length: 15 } } }, key: 'seizureWarning', length: 15, unit: 'days' },
    {
      label: '涉农 target 3 months',
      overrides: { periods: { agriculturalCaseTarget: { length: 3 } } },
      key: 'agriculturalCaseTarget',
      length: 3,
      unit: 'months',
    },
    { label: 'no 5-day search node', overrides: { periods: { onlineSearch: { length: null } } }, key: 'onlineSearch', length: null, unit: 'days' },
  ] as const)('changes a court setting: $label', ({ overrides, key, length, unit }) => {
    const rules = enforcementRulesWith(overrides)
    expect(rules.periods[key]).toMatchObject({ length, unit, court: true })
    expect(rules.periods[key].article).toBe(ENFORCEMENT_RULES.periods[key].article)
    expect(ENFORCEMENT_RULES.periods[key].court).toBeUndefined()
  })

  it.each(keys.filter((k) => ENFORCEMENT_RULES.periods[k].status === 'confirmed').map((key) => ({ label: key, key })))(
    'refuses to change the statutory $label',
    ({ key }) => {
      const p = ENFORCEMENT_RULES.periods[key]
      expect(codeOf(() => enforcementRulesWith({ periods: { [key]: { length: (p.length as number) + 1 } } }))).toEqual({
        code: 'ENFORCEMENT_RULE_STATUTORY',
        field: `periods.${key}`,
      })
    },
  )

  it('lets a statutory period be restated unchanged', () => {
    expect(enforcementRulesWith({ periods: { leadVerification: { length: 7, unit: 'days' } } }).periods.leadVerification.court).toBeUndefined()
  })

  it.each([
    { label: 'an unknown period', overrides: { periods: { soon: { length: 3 } } }, code: 'ENFORCEMENT_RULES_INVALID', field: 'periods.soon' },
    { label: 'a negative payout', overrides: { periods: { payout: { length: -1 } } }, code: 'ENFORCEMENT_RULES_INVALID', field: 'periods.payout.length' },
    {
      label: 'payout in months',
      overrides: { periods: { payout: { length: 1, unit: 'months' } } },
      code: 'ENFORCEMENT_RULES_INVALID',
      field: 'periods.payout.unit',
    },
  ])('refuses $label', ({ overrides, code, field }) => {
    expect(codeOf(() => enforcementRulesWith(overrides as never))).toEqual({ code, field })
  })

  it('changes the 约谈 rule and the 涉农 lists', () => {
    const rules = enforcementRulesWith({ terminationInterview: false, agriculturalKeywords: ['枸杞'], agriculturalCauses: ['农业承包合同纠纷'] })
    expect(rules.terminationInterview).toMatchObject({ value: false, court: true })
    expect(rules.agriculturalKeywords.value).toEqual(['枸杞'])
    expect(rules.agriculturalCauses.value).toEqual(['农业承包合同纠纷'])
  })
})
