import fc from 'fast-check'
import { DomainError, smallClaimsProcedure } from '../../../domain'

// 内蒙古 2023 城镇非私营单位就业人员年平均工资 108,856元 (shipped, unconfirmed): half 54,428元, twice 217,712元.
const WAGE = 10_885_600
const HALF = 5_442_800
const TWICE = 21_771_200
const A165_1 = '《民事诉讼法》第一百六十五条第一款'
const A165_2 = '《民事诉讼法》第一百六十五条第二款'

describe('smallClaimsProcedure — 《民事诉讼法》第一百六十五、一百六十六条', () => {
  it.each([
    { label: '3万 loan: small claims by law', amountFen: 3_000_000, agreed: false, procedure: 'small-claims', mandatory: true, article: A165_1 },
    {
      label: 'exactly half the wage: still small claims (以下 includes it)',
      amountFen: HALF,
      agreed: false,
      procedure: 'small-claims',
      mandatory: true,
      article: A165_1,
    },
    {
      label: 'one fen over half, not agreed: simple or ordinary, parties may agree',
      amountFen: HALF + 1,
      agreed: false,
      procedure: 'simple-or-ordinary',
      mandatory: false,
      article: A165_2,
    },
    {
      label: 'one fen over half, agreed: small claims by agreement',
      amountFen: HALF + 1,
      agreed: true,
      procedure: 'small-claims',
      mandatory: false,
      article: A165_2,
    },
    { label: '10万, agreed: small claims by agreement', amountFen: 10_000_000, agreed: true, procedure: 'small-claims', mandatory: false, article: A165_2 },
    {
      label: 'exactly twice the wage, agreed: small claims (二倍以下)',
      amountFen: TWICE,
      agreed: true,
      procedure: 'small-claims',
      mandatory: false,
      article: A165_2,
    },
    {
      label: 'one fen over twice, agreed: never',
      amountFen: TWICE + 1,
      agreed: true,
      procedure: 'simple-or-ordinary',
      mandatory: true,
      article: '《民事诉讼法》第一百六十五条',
    },
    { label: '50万: never', amountFen: 50_000_000, agreed: false, procedure: 'simple-or-ordinary', mandatory: true, article: '《民事诉讼法》第一百六十五条' },
    {
      label: 'no money asked: not a money case',
      amountFen: 0,
      agreed: true,
      procedure: 'simple-or-ordinary',
      mandatory: true,
      article: '《民事诉讼法》第一百六十五条',
    },
  ] as const)('$label', ({ amountFen, agreed, procedure, mandatory, article }) => {
    expect(smallClaimsProcedure({ amountFen, averageWageFen: WAGE, agreed, cause: '民间借贷纠纷' })).toMatchObject({ procedure, mandatory, article })
  })

  it('says why in one sentence with the figures', () => {
    expect(smallClaimsProcedure({ amountFen: 3_000_000, averageWageFen: WAGE, cause: '民间借贷纠纷' }).reason).toBe(
      '要求的金额3万元，不超过本省（区、市）上年度就业人员年平均工资的一半（54,428元），依法适用小额诉讼程序，一审终审。',
    )
    expect(smallClaimsProcedure({ amountFen: 10_000_000, averageWageFen: WAGE, cause: '买卖合同纠纷' }).reason).toBe(
      '要求的金额10万元，超过本省（区、市）上年度就业人员年平均工资的一半（54,428元）、不超过年平均工资的2倍（217,712元），双方都同意的，可以适用小额诉讼程序。',
    )
    expect(smallClaimsProcedure({ amountFen: 10_000_000, averageWageFen: WAGE, agreed: true, cause: '买卖合同纠纷' }).reason).toBe(
      '要求的金额10万元，超过本省（区、市）上年度就业人员年平均工资的一半（54,428元）、不超过年平均工资的2倍（217,712元），双方约定适用小额诉讼程序，一审终审。',
    )
    expect(smallClaimsProcedure({ amountFen: 50_000_000, averageWageFen: WAGE, agreed: true, cause: '买卖合同纠纷' }).reason).toBe(
      '要求的金额50万元，超过年平均工资的2倍（217,712元），不适用小额诉讼程序。',
    )
  })

  it.each([
    { label: '离婚纠纷: 人身关系, (一)', input: { cause: '离婚纠纷' }, article: '第（一）项', reason: '离婚纠纷是人身关系案件，不适用小额诉讼程序。' },
    {
      label: '变更抚养关系纠纷: 人身关系, (一)',
      input: { cause: '变更抚养关系纠纷' },
      article: '第（一）项',
      reason: '变更抚养关系纠纷是人身关系案件，不适用小额诉讼程序。',
    },
    {
      label: '所有权确认纠纷: 财产确权, (一)',
      input: { cause: '所有权确认纠纷' },
      article: '第（一）项',
      reason: '所有权确认纠纷是财产确权案件，不适用小额诉讼程序。',
    },
    {
      label: 'a party abroad: 涉外, (二)',
      input: { cause: '买卖合同纠纷', abroad: true },
      article: '第（二）项',
      reason: '有当事人在境外（在中国境内没有住所），属于涉外案件，不适用小额诉讼程序。',
    },
    {
      label: 'appraisal needed, (三)',
      input: { cause: '买卖合同纠纷', appraisal: true },
      article: '第（三）项',
      reason: '案件需要评估、鉴定，或者对诉前评估、鉴定结果有异议，不适用小额诉讼程序。',
    },
    {
      label: 'whereabouts unknown, (四)',
      input: { cause: '民间借贷纠纷', whereaboutsUnknown: true },
      article: '第（四）项',
      reason: '有当事人下落不明，不适用小额诉讼程序。',
    },
    { label: 'a counterclaim, (五)', input: { cause: '民间借贷纠纷', counterclaim: true }, article: '第（五）项', reason: '有反诉，不适用小额诉讼程序。' },
    {
      label: 'the cause is checked first',
      input: { cause: '离婚纠纷', abroad: true },
      article: '第（一）项',
      reason: '离婚纠纷是人身关系案件，不适用小额诉讼程序。',
    },
  ])('never: $label', ({ input, article, reason }) => {
    expect(smallClaimsProcedure({ amountFen: 1_000_000, averageWageFen: WAGE, agreed: true, ...input })).toEqual({
      procedure: 'simple-or-ordinary',
      mandatory: true,
      article: `《民事诉讼法》第一百六十六条${article}`,
      reason,
    })
  })

  it.each([
    { label: '赡养费纠纷 (a money claim between relatives)', cause: '赡养费纠纷' },
    { label: 'a cause the list does not carry', cause: '网络侵权责任纠纷' },
    { label: 'no cause given', cause: '' },
  ])('allows $label', ({ cause }) => {
    expect(smallClaimsProcedure({ amountFen: 1_000_000, averageWageFen: WAGE, cause }).procedure).toBe('small-claims')
  })

  it('compares to the fen with an odd wage', () => {
    expect(smallClaimsProcedure({ amountFen: 5_442_800, averageWageFen: 10_885_601, cause: '' }).procedure).toBe('small-claims')
    expect(smallClaimsProcedure({ amountFen: 5_442_801, averageWageFen: 10_885_601, cause: '' }).procedure).toBe('simple-or-ordinary')
  })

  it.each([
    { label: 'negative amount', input: { amountFen: -1, averageWageFen: WAGE }, field: 'amountFen' },
    { label: 'fractional amount', input: { amountFen: 1.5, averageWageFen: WAGE }, field: 'amountFen' },
    { label: 'no wage', input: { amountFen: 100, averageWageFen: 0 }, field: 'averageWageFen' },
    { label: 'wage as text', input: { amountFen: 100, averageWageFen: '108856' }, field: 'averageWageFen' },
  ])('refuses $label', ({ input, field }) => {
    const call = () => smallClaimsProcedure({ cause: '', ...(input as { amountFen: number; averageWageFen: number }) })
    expect(call).toThrow(DomainError)
    expect(call).toThrow(expect.objectContaining({ code: 'SMALL_CLAIMS_AMOUNT_INVALID', field }))
  })

  it('follows the thresholds for any amount and wage', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e10 }), fc.integer({ min: 1, max: 1e9 }), fc.boolean(), (amountFen, averageWageFen, agreed) => {
        const r = smallClaimsProcedure({ amountFen, averageWageFen, agreed, cause: '民间借贷纠纷' })
        const expected = 2 * amountFen <= averageWageFen || (agreed && amountFen <= 2 * averageWageFen) ? 'small-claims' : 'simple-or-ordinary'
        expect(r.procedure).toBe(expected)
        expect(r.mandatory).toBe(2 * amountFen <= averageWageFen || amountFen > 2 * averageWageFen)
        expect(r.reason.split('。')).toEqual([expect.any(String), ''])
      }),
    )
  })
})
