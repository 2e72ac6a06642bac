import { daysInMonth } from '../dates/calendarDay'
import { parseCalendarDay } from '../dates/parseCalendarDay'

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'
/**
 * The province-level codes an address code starts with (GB/T 2260): 11–15 华北, 21–23 东北,
 * 31–37 华东, 41–46 中南, 50–54 西南, 61–65 西北, and 81 / 82 / 83 for the residence permits of
 * Hong Kong, Macao and Taiwan residents (港澳台居民居住证).
 */
const PROVINCE_CODES = new Set([
  ...[11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65],
  ...[81, 82, 83],
])
/** No one living was born before this year; an earlier year is a typing slip. */
const FIRST_BIRTH_YEAR = 1900

/**
 * The GB 11643-1999 check character of the first 17 digits: Σ digit × weight mod 11, mapped
 * through `1 0 X 9 8 7 6 5 4 3 2`. Exported for tests and for generating sample data.
 *
 * @param first17 17 digits
 * @example
 * residentIdCheckChar('11010519491231002') // 'X'
 */
export function residentIdCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK_CHARS[sum % 11]
}

/**
 * Checks a mainland resident identity number (居民身份证号码, GB 11643-1999): 18 characters —
 * 6-digit address code, 8-digit birth date, 3-digit sequence (odd 17th digit = male, even =
 * female), check character (digit or X) — with the check character matching, the address code
 * starting with a province-level code (11–15, 21–23, 31–37, 41–46, 50–54, 61–65; 81/82/83 on the
 * residence permits of Hong Kong, Macao and Taiwan residents), and the birth date a real day from
 * 1900 on and not after `today`. Counties abolished or renamed since are accepted: a number keeps
 * the address code of the place and time it was issued when the county is later merged or
 * renamed, so only the province-level part is checked. Old 15-digit numbers are refused (ID cards carrying them expired
 * long ago). A lowercase x is accepted for the check character, since phone keyboards produce it.
 *
 * The domain never reads the clock: pass `today` ('YYYY-MM-DD', Asia/Shanghai) to reject birth
 * dates in the future; without it that one check is skipped.
 *
 * Reasons are plain Chinese for the person typing the number.
 *
 * @param id the number as typed
 * @param today optional 'YYYY-MM-DD' for the future-birth-date check
 * @returns `{ ok: true, birthDate: 'YYYY-MM-DD', sex }` or `{ ok: false, reason }`
 * @example
 * validateResidentId('11010519491231002X') // { ok: true, birthDate: '1949-12-31', sex: 'female' }
 * validateResidentId('110105194912310021') // { ok: false, reason: '身份证号最后一位不对，请核对后重新输入' }
 */
export function validateResidentId(id: string, today?: string): { ok: true; birthDate: string; sex: 'male' | 'female' } | { ok: false; reason: string } {
  const fail = (reason: string) => ({ ok: false as const, reason })
  if (typeof id !== 'string' || id.length === 0) return fail('请填写身份证号')
  if (/^\d{15}$/.test(id)) return fail('这是老的15位身份证号，请填写现在用的18位身份证号')
  if (id.length !== 18) return fail(`身份证号应该是18位，您填了${id.length}位，请核对`)
  if (!/^\d{17}[\dXx]$/.test(id)) return fail('身份证号只能是数字，只有最后一位可以是X')
  if (!PROVINCE_CODES.has(Number(id.slice(0, 2)))) return fail('身份证号前两位不是省份代码，请核对')
  const y = Number(id.slice(6, 10))
  const m = Number(id.slice(10, 12))
  const d = Number(id.slice(12, 14))
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
    return fail('身份证号里的出生日期（第7到14位）不对，请核对')
  }
  if (y < FIRST_BIRTH_YEAR) return fail('身份证号里的出生年份早于1900年，请核对第7到10位')
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`
  if (today !== undefined) {
    parseCalendarDay(today, 'today')
    // Same fixed-width format, so string order is date order.
    if (birthDate > today) return fail('身份证号里的出生日期比今天还晚，请核对')
  }
  if (residentIdCheckChar(id.slice(0, 17)) !== id[17].toUpperCase()) {
    return fail('身份证号最后一位不对，请核对后重新输入')
  }
  return { ok: true, birthDate, sex: Number(id[16]) % 2 === 1 ? 'male' : 'female' }
}
