import fc from 'fast-check'
import { DomainError } from '../../../domain/errors'
import { formatYuan } from '../../../domain/money/formatYuan'
import { parseYuan } from '../../../domain/money/parseYuan'

describe('parseYuan', () => {
  it.each([
    { label: 'plain yuan', text: '86500', fen: 8_650_000 },
    { label: 'thousands separators', text: '86,500', fen: 8_650_000 },
    { label: 'Chinese comma and 元', text: '86，500元', fen: 8_650_000 },
    { label: '万 with decimals', text: '8.65万', fen: 8_650_000 },
    { label: '万 to the fen', text: '1.2345万', fen: 1_234_500 },
    { label: 'jiao', text: '1234.5', fen: 123_450 },
    { label: 'fen', text: '0.01', fen: 1 },
    { label: 'full-width digits', text: '１２３', fen: 12_300 },
    { label: 'zero', text: '0', fen: 0 },
    { label: '亿', text: '1.2亿', fen: 12_000_000_000 },
  ])('$label: $text → $fen', ({ text, fen }) => {
    expect(parseYuan(text)).toBe(fen)
  })

  it.each([
    { label: 'letters', text: '12a' },
    { label: 'negative', text: '-5' },
    { label: 'three decimals', text: '1.234' },
    { label: 'empty', text: '' },
    { label: 'below a fen in 万', text: '1.2345678万' },
  ])('refuses $label', ({ text }) => {
    expect(() => parseYuan(text, 'claims[0].amount')).toThrow(DomainError)
    try {
      parseYuan(text, 'claims[0].amount')
    } catch (e) {
      expect((e as DomainError).field).toBe('claims[0].amount')
      expect((e as DomainError).message).toMatch(/金额/)
    }
  })

  it('reads back what formatYuan writes, including round 万 and 亿 amounts', () => {
    const amounts = fc.oneof(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 10_000 }).map((n) => n * 1e6), fc.integer({ min: 0, max: 1000 }).map((n) => n * 1e8))
    fc.assert(
      fc.property(amounts, (fen) => {
        expect(parseYuan(formatYuan(fen))).toBe(fen)
      }),
    )
  })
})
