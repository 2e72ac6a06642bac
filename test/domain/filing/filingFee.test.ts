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
})
