import { DomainError } from '../errors'

/**
 * An amount typed in yuan, as integer fen. Accepts what people type on a phone — '86500',
 * '86,500', '8.65万', '1.2亿', '1234.5', full-width digits — and refuses anything that is not a
 * non-negative amount with at most two decimals, rather than guessing.
 *
 * @param text the input as typed
 * @param field the input's name, carried in the error
 * @returns integer fen
 * @throws DomainError 'MONEY_INPUT_INVALID' with a plain Chinese message
 * @example
 * parseYuan('8.65万') // 8_650_000
 * parseYuan('1,234.5') // 123_450
 */
export function parseYuan(text: string, field = 'amount'): number {
  const normalised = text
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[，,\s]/g, '')
    .replace(/元$/, '')
  const m = /^(\d+)(?:\.(\d{1,10}))?(万|亿)?$/.exec(normalised)
  if (!m) throw new DomainError('MONEY_INPUT_INVALID', '金额请只填数字，例如 86500 或 8.65万', field)
  const [, whole, frac = '', unit] = m
  // fen per unit, and so how many decimals still name a whole fen
  const fracDigits = unit === '亿' ? 10 : unit === '万' ? 6 : 2
  if (frac.length > fracDigits) throw new DomainError('MONEY_INPUT_INVALID', '金额最多到分（小数点后两位）', field)
  const fen = Number(whole) * 10 ** fracDigits + Number(frac.padEnd(fracDigits, '0'))
  if (!Number.isSafeInteger(fen)) throw new DomainError('MONEY_INPUT_INVALID', '金额太大了，请核对', field)
  return fen
}
