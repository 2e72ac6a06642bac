import { DomainError } from '../errors'

const FEN_PER_YUAN = 100
const FEN_PER_WAN = 1_000_000 // 1万元
const FEN_PER_YI = 10_000_000_000 // 1亿元

const groupThousands = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')

/** `whole.frac` with up to two decimals, trailing zeros dropped: 1235 / 100 → '12.35', 1230 / 100 → '12.3'. */
const decimal = (hundredths: number) => {
  const whole = Math.floor(hundredths / 100)
  const frac = String(hundredths % 100)
    .padStart(2, '0')
    .replace(/0+$/, '')
  return frac ? `${whole}.${frac}` : String(whole)
}

/**
 * An amount of money (integer fen) the way people say it. Large round amounts use 万 or 亿
 * (only when that is exact to two decimals, so a fee is never shown rounded); everything else is
 * yuan with thousands separators, with 角分 only when there are any.
 *
 * @param fen integer number of fen (分); negative amounts get a leading '-'
 * @returns e.g. '12.35万元', '50元', '1,234.50元', '1.2亿元'
 * @throws DomainError 'MONEY_INVALID' when `fen` is not a whole number
 * @example
 * formatYuan(12_350_000) // '12.35万元'
 * formatYuan(5_000) // '50元'
 * formatYuan(123_450) // '1,234.50元'
 * formatYuan(12_345_678) // '123,456.78元' (not a round number of 百元, so no 万)
 */
export function formatYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) {
    throw new DomainError('MONEY_INVALID', '金额必须是整数（以分为单位）', 'fen')
  }
  if (fen < 0) return `-${formatYuan(-fen)}`
  if (fen >= FEN_PER_YI && fen % (FEN_PER_YI / 100) === 0) return `${decimal(fen / (FEN_PER_YI / 100))}亿元`
  if (fen >= FEN_PER_WAN && fen % (FEN_PER_WAN / 100) === 0) return `${decimal(fen / (FEN_PER_WAN / 100))}万元`
  const yuan = groupThousands(String(Math.floor(fen / FEN_PER_YUAN)))
  const rest = fen % FEN_PER_YUAN
  return rest === 0 ? `${yuan}元` : `${yuan}.${String(rest).padStart(2, '0')}元`
}
