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
    { label: 'a trailing point while typing', text: '12.', fen: 1_200 },
    { label: '亿', text: '1.2亿', fen: 12_000_000_000 },
  ])('$label: $text → $fen', ({ text, fen }) => {
    expect(parseYuan(text)).toBe(fen)
  })

  it.each([
    { label: 'letters', text: '12a', message: '金额只能填数字，例如 100000 或 10万' },
    { label: 'negative', text: '-5', message: '金额不能是负数，请填要求的金额' },
    { label: 'three decimals', text: '1.234', message: '金额最多填到分，小数点后最多两位' },
    { label: 'empty', text: '', message: '金额只能填数字，例如 100000 或 10万' },
    { label: 'below a fen in 万', text: '1.2345678万', message: '以“万”填写时，小数点后最多六位' },
    { label: 'a slip of many zeros', text: '99999999999999999', message: '金额太大了，请核对' },
  ])('refuses $label', ({ text, message }) => {
    expect(() => parseYuan(text, 'claims[0].amount')).toThrow(new DomainError('MONEY_INPUT_INVALID', message, 'claims[0].amount'))
  })

  it('reads back what formatYuan writes, including round 万 and 亿 amounts', () => {
    const amounts = fc.oneof(
      fc.integer({ min: 0, max: 1e12 }),
      fc.integer({ min: 0, max: 10_000 }).map((n) => n * 1e6),
      fc.integer({ min: 0, max: 1000 }).map((n) => n * 1e8),
    )
    fc.assert(
      fc.property(amounts, (fen) => {
        expect(parseYuan(formatYuan(fen))).toBe(fen)
      }),
    )
  })
})
