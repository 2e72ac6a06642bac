import { procedureProblems } from '../../../domain/filing/procedureProblems'
import type { FilingData } from '../../../domain/filing/types'

const WAGE = 10_885_600
type Data = Parameters<typeof procedureProblems>[0]
const party = (side: 'plaintiff' | 'defendant', abroad?: boolean): FilingData['parties'][number] => ({
  side,
  type: 'person',
  name: side === 'plaintiff' ? '张桂兰' : '王建国',
  idNumber: '150784197209150019',
  mobile: '',
  address: '三河回族乡',
  ...(abroad ? { abroad } : {}),
})
const filing = (change: Partial<Data> = {}): Data => ({
  kind: 'civil-first',
  procedure: 'small-claims',
  cause: '民间借贷纠纷',
  claims: [{ text: '还款', amountFen: 2_000_000 }],
  parties: [party('plaintiff'), party('defendant')],
  ...change,
})
const at = (problems: ReturnType<typeof procedureProblems>) => problems.map((p) => `${p.code}@${p.field}`)

describe('procedureProblems — small claims the law refuses', () => {
  it.each([
    { label: 'a 2万 loan: allowed', data: filing(), wage: WAGE, expected: [] },
    { label: '离婚纠纷: on the cause', data: filing({ cause: '离婚纠纷' }), wage: WAGE, expected: ['FILING_PROCEDURE_INELIGIBLE@cause'] },
    {
      label: 'the second party abroad: on that party',
      data: filing({ parties: [party('plaintiff'), party('defendant', true)] }),
      wage: WAGE,
      expected: ['FILING_PROCEDURE_INELIGIBLE@parties[1].abroad'],
    },
    {
      label: 'appraisal needed',
      data: filing({ smallClaims: { appraisal: true } }),
      wage: WAGE,
      expected: ['FILING_PROCEDURE_INELIGIBLE@smallClaims.appraisal'],
    },
    {
      label: 'whereabouts unknown',
      data: filing({ smallClaims: { whereaboutsUnknown: true } }),
      wage: WAGE,
      expected: ['FILING_PROCEDURE_INELIGIBLE@smallClaims.whereaboutsUnknown'],
    },
    {
      label: '10万 without agreement: on the agreement',
      data: filing({ claims: [{ text: '还款', amountFen: 10_000_000 }] }),
      wage: WAGE,
      expected: ['FILING_PROCEDURE_INELIGIBLE@smallClaims.agreed'],
    },
    {
      label: '10万 with agreement: allowed',
      data: filing({ claims: [{ text: '还款', amountFen: 10_000_000 }], smallClaims: { agreed: true } }),
      wage: WAGE,
      expected: [],
    },
    {
      label: '50万 even agreed: on the procedure',
      data: filing({ claims: [{ text: '还款', amountFen: 50_000_000 }], smallClaims: { agreed: true } }),
      wage: WAGE,
      expected: ['FILING_PROCEDURE_INELIGIBLE@procedure'],
    },
    {
      label: 'no wage figure: 50万 is not judged',
      data: filing({ claims: [{ text: '还款', amountFen: 50_000_000 }] }),
      wage: undefined,
      expected: [],
    },
    { label: 'no wage figure: a divorce still refused', data: filing({ cause: '离婚纠纷' }), wage: undefined, expected: ['FILING_PROCEDURE_INELIGIBLE@cause'] },
    { label: 'simple procedure asked: never refused here', data: filing({ procedure: 'simple', cause: '离婚纠纷' }), wage: WAGE, expected: [] },
    { label: 'no money asked: left to validateFiling', data: filing({ claims: [{ text: '赔礼道歉' }] }), wage: WAGE, expected: [] },
    {
      label: 'a negative amount: left to validateFiling',
      data: filing({ claims: [{ text: '还款', amountFen: -5 }] }),
      wage: WAGE,
      expected: [],
    },
  ])('$label', ({ data, wage, expected }) => {
    expect(at(procedureProblems(data, { averageWageFen: wage }))).toEqual(expected)
  })

  it('says why and what to do, in one message', () => {
    expect(procedureProblems(filing({ cause: '离婚纠纷' }), { averageWageFen: WAGE })[0].message).toBe(
      '离婚纠纷是人身关系案件，不适用小额诉讼程序。请改选简易程序或普通程序。',
    )
    expect(procedureProblems(filing({ claims: [{ text: '还款', amountFen: 10_000_000 }] }), { averageWageFen: WAGE })[0].message).toBe(
      '要求的金额10万元，超过本省（区、市）上年度就业人员年平均工资的一半（54,428元）、不超过年平均工资的2倍（217,712元），双方都同意的，可以适用小额诉讼程序。如果双方已经同意，请勾选“双方同意适用小额诉讼程序”；否则请改选简易程序或普通程序。',
    )
  })

  it('refuses small claims at a court above the basic level', () => {
    expect(at(procedureProblems(filing(), { averageWageFen: WAGE, basicCourt: false }))).toEqual(['FILING_PROCEDURE_INELIGIBLE@procedure'])
  })
})
