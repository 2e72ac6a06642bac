import type { FilingKind, Procedure } from '../../../domain'
import { claimedAmountFen, quoteFilingFee } from '../../../domain/filing/filingFee'

describe('quoteFilingFee', () => {
  it.each([
    { label: 'civil, 86,500 yuan, simple procedure: half of 1,962.50', kind: 'civil-first', amount: 8_650_000, procedure: 'simple', min: 98_125, max: 98_125 },
    { label: 'civil, 100,000 yuan, ordinary procedure', kind: 'civil-first', amount: 10_000_000, procedure: 'ordinary', min: 230_000, max: 230_000 },
    {
      label: 'civil, small claims pay half like simple procedure',
      kind: 'civil-first',
      amount: 10_000_000,
      procedure: 'small-claims',
      min: 115_000,
      max: 115_000,
    },
    { label: 'civil without money: other non-property, 50–100, halved', kind: 'civil-first', amount: 0, procedure: 'simple', min: 2_500, max: 5_000 },
    { label: 'enforcement of 500,000 yuan', kind: 'enforcement', amount: 50_000_000, procedure: 'ordinary', min: 740_000, max: 740_000 },
    { label: 'preservation of 100,000 yuan', kind: 'preservation', amount: 10_000_000, procedure: 'ordinary', min: 102_000, max: 102_000 },
    { label: '司法确认 is free (art. 8)', kind: 'judicial-confirmation', amount: 5_000_000, procedure: 'simple', min: 0, max: 0 },
  ] as const)('$label', ({ kind, amount, procedure, min, max }) => {
    const q = quoteFilingFee({ kind, procedure, claims: amount ? [{ text: '请求', amountFen: amount }] : [{ text: '请求' }] })
    expect([q.minFen, q.maxFen]).toEqual([min, max])
  })

  it('adds up every claim', () => {
    expect(claimedAmountFen({ claims: [{ text: 'a', amountFen: 100 }, { text: 'b' }, { text: 'c', amountFen: 250 }] })).toBe(350)
  })

  it.each([
    { label: '离婚 with 30万 to divide → 50–300 + 500 = 550–800元', cause: '离婚纠纷', amounts: [30_000_000], procedure: 'ordinary', min: 55_000, max: 80_000 },
    { label: '离婚 with 30万 in simple procedure → 275–400元', cause: '离婚纠纷', amounts: [30_000_000], procedure: 'simple', min: 27_500, max: 40_000 },
    {
      label: '离婚 with 20万 to divide → nothing extra, 50–300元',
      cause: '离婚纠纷',
      amounts: [15_000_000, 5_000_000],
      procedure: 'ordinary',
      min: 5_000,
      max: 30_000,
    },
    { label: '离婚 without property → 50–300元', cause: '离婚纠纷', amounts: [], procedure: 'ordinary', min: 5_000, max: 30_000 },
    {
      label: '名誉权 with 8万 damages → 100–500 + 300 = 400–800元',
      cause: '名誉权纠纷',
      amounts: [8_000_000],
      procedure: 'ordinary',
      min: 40_000,
      max: 80_000,
    },
    { label: '名誉权 with 20万 damages → 1100–1500元', cause: '名誉权纠纷', amounts: [20_000_000], procedure: 'ordinary', min: 110_000, max: 150_000 },
    { label: '名誉权 asking only an apology → 100–500元', cause: '名誉权纠纷', amounts: [], procedure: 'ordinary', min: 10_000, max: 50_000 },
    { label: '追索劳动报酬 5万 → 10元, not 1050', cause: '追索劳动报酬纠纷', amounts: [5_000_000], procedure: 'ordinary', min: 1_000, max: 1_000 },
    { label: '追索劳动报酬 5万 in simple procedure → 5元', cause: '追索劳动报酬纠纷', amounts: [5_000_000], procedure: 'simple', min: 500, max: 500 },
    { label: '劳动合同 50万 → still 10元', cause: '劳动合同纠纷', amounts: [50_000_000], procedure: 'ordinary', min: 1_000, max: 1_000 },
    { label: '劳务合同 5万 → a property case, 1050元', cause: '劳务合同纠纷', amounts: [5_000_000], procedure: 'ordinary', min: 105_000, max: 105_000 },
    { label: '劳务合同 5万 in small claims → 525元', cause: '劳务合同纠纷', amounts: [5_000_000], procedure: 'small-claims', min: 52_500, max: 52_500 },
    {
      label: '著作权 with 10万 → as property, 2300元',
      cause: '著作权权属、侵权纠纷',
      amounts: [10_000_000],
      procedure: 'ordinary',
      min: 230_000,
      max: 230_000,
    },
    { label: '著作权 without amount → 500–1000元', cause: '著作权权属、侵权纠纷', amounts: [], procedure: 'ordinary', min: 50_000, max: 100_000 },
    { label: '买卖合同 10万 → 2300元', cause: '买卖合同纠纷', amounts: [10_000_000], procedure: 'ordinary', min: 230_000, max: 230_000 },
    {
      label: '探望权 without amount → other non-property, 25–50元 in simple procedure',
      cause: '探望权纠纷',
      amounts: [],
      procedure: 'simple',
      min: 2_500,
      max: 5_000,
    },
    {
      label: 'personal injury 20万 → by amount, 4300元 (product rule)',
      cause: '生命权、身体权、健康权纠纷',
      amounts: [20_000_000],
      procedure: 'ordinary',
      min: 430_000,
      max: 430_000,
    },
    { label: 'an empty cause → by amount as before', cause: '  ', amounts: [10_000_000], procedure: 'ordinary', min: 230_000, max: 230_000 },
  ] as Array<{ label: string; cause: string; amounts: number[]; procedure: Procedure; min: number; max: number }>)(
    'by 案由: $label',
    ({ cause, amounts, procedure, min, max }) => {
      const claims = amounts.length > 0 ? amounts.map((amountFen) => ({ text: '请求', amountFen })) : [{ text: '请求' }]
      const q = quoteFilingFee({ kind: 'civil-first', cause, procedure, claims })
      expect([q.minFen, q.maxFen]).toEqual([min, max])
    },
  )

  it.each([
    { label: '追索劳动报酬: need not prepay (art 20(1))', kind: 'civil-first', cause: '追索劳动报酬纠纷', required: false },
    { label: '劳务合同: prepaid like any property case', kind: 'civil-first', cause: '劳务合同纠纷', required: true },
    { label: '劳动合同 other than wages: prepaid', kind: 'civil-first', cause: '劳动合同纠纷', required: true },
    { label: 'enforcement: paid after enforcement (art 20(2))', kind: 'enforcement', cause: undefined, required: false },
    { label: 'preservation: prepaid', kind: 'preservation', cause: undefined, required: true },
    { label: '司法确认: nothing to pay', kind: 'judicial-confirmation', cause: undefined, required: false },
  ] as Array<{ label: string; kind: FilingKind; cause?: string; required: boolean }>)('prepay: $label', ({ kind, cause, required }) => {
    expect(quoteFilingFee({ kind, cause, procedure: 'ordinary', claims: [{ text: '请求', amountFen: 5_000_000 }] }).prepay.required).toBe(required)
  })
})
