import { DomainError } from '../errors'

/** 1万亿元: far above any claim a township court sees; anything larger is a typing slip. */
const MAX_FEN = 1e14
const UNITS: Record<string, { places: number; tooPrecise: string }> = {
  '': { places: 2, tooPrecise: '金额最多填到分，小数点后最多两位' },
  万: { places: 6, tooPrecise: '以“万”填写时，小数点后最多六位' },
  亿: { places: 10, tooPrecise: '以“亿”填写时，小数点后最多十位' },
}

/**
 * An amount typed in yuan, as integer fen. Accepts what people type on a phone — '86500',
 * '86,500', '8.65万', '1.2亿', full-width digits, a trailing 元 or a trailing point while still
 * typing — and refuses anything that is not a non-negative amount to the fen, rather than guessing.
 * The arithmetic is on the digits, so '0.29' is exactly 29 fen.
 *
 * @param text the input as typed
 * @param field the input's name, carried in the error
 * @returns integer fen
 * @throws DomainError 'MONEY_INPUT_INVALID' with a plain Chinese message saying what to fix
 * @example
 * parseYuan('8.65万') // 8_650_000
 * parseYuan('1,234.5') // 123_450
 */
export function parseYuan(text: string, field = 'amount'): number {
  const fail = (message: string): never => {
    throw new DomainError('MONEY_INPUT_INVALID', message, field)
  }
  const s = text
    .trim()
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[，,\s]/g, '')
    .replace(/元$/, '')
  if (/^[-－]/.test(s)) fail('金额不能是负数，请填要求的金额')
  const m = /^(\d+)(?:\.(\d*))?(万|亿)?$/.exec(s)
  if (!m) return fail('金额只能填数字，例如 100000 或 10万')
  const [, whole, frac = '', unitName = ''] = m
  const unit = UNITS[unitName]
  if (frac.length > unit.places) fail(unit.tooPrecise)
  const fen = Number(whole) * 10 ** unit.places + Number(frac.padEnd(unit.places, '0'))
  if (!Number.isSafeInteger(fen) || fen > MAX_FEN) fail('金额太大了，请核对')
  return fen
}
