import { smallClaimsOf } from '../../../domain/filing/smallClaimsOf'
import type { FilingData } from '../../../domain/filing/types'

// 内蒙古 2023 城镇非私营单位就业人员年平均工资 108,856元 (shipped, unconfirmed): half 54,428元.
const WAGE = 10_885_600
type Data = Pick<FilingData, 'kind' | 'claims' | 'cause' | 'parties' | 'smallClaims'>
const person = (abroad?: boolean): FilingData['parties'][number] => ({
  side: 'defendant',
  type: 'person',
  name: '王建国',
  idNumber: '150784197209150019',
  mobile: '',
  address: '三河回族乡',
  ...(abroad === undefined ? {} : { abroad }),
})
const filing = (change: Partial<Data> = {}): Data => ({
  kind: 'civil-first',
  cause: '买卖合同纠纷',
  claims: [
    { text: '货款', amountFen: 3_000_000 },
    { text: '利息', amountFen: 200_000 },
  ],
  parties: [person()],
  ...change,
})

describe('smallClaimsOf — a filing under 《民事诉讼法》第一百六十五、一百六十六条', () => {
  it.each([
    { label: '3.2万 of claims together: small claims by law', data: filing(), procedure: 'small-claims', article: '《民事诉讼法》第一百六十五条第一款' },
    {
      label: '10万, both agree (smallClaims.agreed)',
      data: filing({ claims: [{ text: '货款', amountFen: 10_000_000 }], smallClaims: { agreed: true } }),
      procedure: 'small-claims',
      article: '《民事诉讼法》第一百六十五条第二款',
    },
    {
      label: '10万, no agreement stated',
      data: filing({ claims: [{ text: '货款', amountFen: 10_000_000 }] }),
      procedure: 'simple-or-ordinary',
      article: '《民事诉讼法》第一百六十五条第二款',
    },
    { label: '离婚纠纷', data: filing({ cause: '离婚纠纷' }), procedure: 'simple-or-ordinary', article: '《民事诉讼法》第一百六十六条第（一）项' },
    {
      label: 'one party of several abroad',
      data: filing({ parties: [person(false), person(true)] }),
      procedure: 'simple-or-ordinary',
      article: '《民事诉讼法》第一百六十六条第（二）项',
    },
    {
      label: 'appraisal stated',
      data: filing({ smallClaims: { appraisal: true } }),
      procedure: 'simple-or-ordinary',
      article: '《民事诉讼法》第一百六十六条第（三）项',
    },
    {
      label: 'whereabouts unknown stated',
      data: filing({ smallClaims: { whereaboutsUnknown: true } }),
      procedure: 'simple-or-ordinary',
      article: '《民事诉讼法》第一百六十六条第（四）项',
    },
    {
      label: 'no cause given (an old draft): by amount',
      data: filing({ cause: undefined }),
      procedure: 'small-claims',
      article: '《民事诉讼法》第一百六十五条第一款',
    },
  ] as const)('$label', ({ data, procedure, article }) => {
    expect(smallClaimsOf(data, WAGE)).toMatchObject({ procedure, article })
  })

  it.each([
    { label: 'enforcement', kind: 'enforcement' },
    { label: 'preservation', kind: 'preservation' },
    { label: 'judicial confirmation', kind: 'judicial-confirmation' },
  ] as const)('null for $label: no lawsuit', ({ kind }) => {
    expect(smallClaimsOf(filing({ kind }), WAGE)).toBeNull()
  })

  it('an intermediate court never tries small claims (基层人民法院和它派出的法庭)', () => {
    expect(smallClaimsOf(filing(), WAGE, { basicCourt: false })).toEqual({
      procedure: 'simple-or-ordinary',
      mandatory: true,
      article: '《民事诉讼法》第一百六十五条第一款',
      reason: '小额诉讼程序只在基层人民法院和它派出的法庭适用，本案由中级以上人民法院管辖，不适用小额诉讼程序。',
    })
  })
})
