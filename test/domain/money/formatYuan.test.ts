import fc from 'fast-check'
import { formatYuan } from '../../../domain'

describe('formatYuan', () => {
  it.each([
    { label: '12.35万元', fen: 12_350_000, want: '12.35万元' },
    { label: 'whole yuan', fen: 5_000, want: '50元' },
    { label: 'thousands with fen', fen: 123_450, want: '1,234.50元' },
    { label: 'exactly 1万', fen: 1_000_000, want: '1万元' },
    { label: '万 with one decimal', fen: 12_300_000, want: '12.3万元' },
    { label: '2000万', fen: 2_000_000_000, want: '2000万元' },
    { label: '1亿', fen: 10_000_000_000, want: '1亿元' },
    { label: '1.2亿', fen: 12_000_000_000, want: '1.2亿元' },
    { label: 'not a round 百元: no 万, no rounding', fen: 12_345_678, want: '123,456.78元' },
    { label: 'under 1万 stays yuan', fen: 999_900, want: '9,999元' },
    { label: 'zero', fen: 0, want: '0元' },
    { label: 'one fen', fen: 1, want: '0.01元' },
    { label: 'ten fen', fen: 10, want: '0.10元' },
    { label: 'negative (a reduction line)', fen: -115_000, want: '-1,150元' },
  ])('$label', ({ fen, want }) => {
    expect(formatYuan(fen)).toBe(want)
  })

  it.each([
    { label: 'fraction of a fen', fen: 1.5 },
    { label: 'NaN', fen: NaN },
    { label: 'unsafe integer', fen: 2 ** 60 },
  ])('rejects $label', ({ fen }) => {
    expect(() => formatYuan(fen)).toThrow(expect.objectContaining({ code: 'MONEY_INVALID' }))
  })

  it('never loses a fen: the text reads back to the same amount', () => {
    const readBack = (s: string) => {
      const m = /^(-?)([\d,.]+)(亿|万)?元$/.exec(s)
      if (!m) throw new Error(s)
      const unit = m[3] === '亿' ? 10_000_000_000 : m[3] === '万' ? 1_000_000 : 100
      return (m[1] ? -1 : 1) * Math.round(Number(m[2].replace(/,/g, '')) * unit)
    }
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (fen) => {
        expect(readBack(formatYuan(fen))).toBe(fen)
      }),
    )
  })
})
