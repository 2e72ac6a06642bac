import { filingProcedure } from '../../../domain/filing/filingProcedure'
import type { FilingData } from '../../../domain/filing/types'

const WAGE = 10_885_600
type Data = Parameters<typeof filingProcedure>[0]
const filing = (procedure: FilingData['procedure'], amountFen: number, change: Partial<Data> = {}): Data => ({
  kind: 'civil-first',
  procedure,
  cause: '民间借贷纠纷',
  claims: [{ text: '还款', amountFen }],
  parties: [],
  ...change,
})

describe('filingProcedure — the procedure fixed on submission', () => {
  it.each([
    { label: 'ordinary chosen, 2万: small claims by law', data: filing('ordinary', 2_000_000), procedure: 'small-claims', decided: 'small-claims' },
    { label: 'simple chosen, 2万: small claims by law', data: filing('simple', 2_000_000), procedure: 'small-claims', decided: 'small-claims' },
    { label: 'small claims chosen, 2万', data: filing('small-claims', 2_000_000), procedure: 'small-claims', decided: 'small-claims' },
    { label: 'simple chosen, 10万, not agreed: simple stands', data: filing('simple', 10_000_000), procedure: 'simple', decided: 'simple-or-ordinary' },
    {
      label: 'simple chosen, 10万, both agreed: small claims',
      data: filing('simple', 10_000_000, { smallClaims: { agreed: true } }),
      procedure: 'small-claims',
      decided: 'small-claims',
    },
    { label: 'ordinary chosen, 50万: ordinary stands', data: filing('ordinary', 50_000_000), procedure: 'ordinary', decided: 'simple-or-ordinary' },
    {
      label: 'small claims chosen for a divorce: falls back to simple',
      data: filing('small-claims', 2_000_000, { cause: '离婚纠纷' }),
      procedure: 'simple',
      decided: 'simple-or-ordinary',
    },
  ] as const)('$label', ({ data, procedure, decided }) => {
    const out = filingProcedure(data, { averageWageFen: WAGE })
    expect(out.procedure).toBe(procedure)
    expect(out.smallClaims?.procedure).toBe(decided)
  })

  it("without the court's wage figure the filer's choice stands, undecided", () => {
    expect(filingProcedure(filing('ordinary', 2_000_000), { averageWageFen: null })).toEqual({ procedure: 'ordinary', smallClaims: null })
  })

  it('an enforcement application has no small-claims decision', () => {
    expect(filingProcedure(filing('simple', 2_000_000, { kind: 'enforcement' }), { averageWageFen: WAGE })).toEqual({ procedure: 'simple', smallClaims: null })
  })

  it('a court above the basic level keeps the filer’s choice and says why', () => {
    const out = filingProcedure(filing('simple', 2_000_000), { averageWageFen: WAGE, basicCourt: false })
    expect(out.procedure).toBe('simple')
    expect(out.smallClaims?.reason).toContain('只在基层人民法院')
  })
})
