const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/**
 * The GB 32100-2015 check character of the first 17 characters: 31 − (Σ value × weight mod 31),
 * where 31 becomes 0, mapped back through the code's alphabet. Exported for tests and sample data.
 *
 * @param first17 17 characters from `0-9 A-H J-N P-R T U W-Y`
 * @example
 * creditCodeCheckChar('91350100M000100Y4') // '3'
 */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]) * WEIGHTS[i]
  return CHARSET[(31 - (sum % 31)) % 31]
}

/**
 * Checks a unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from
 * `0123456789ABCDEFGHJKLMNPQRTUWXY` (no I, O, S, V, Z), positions 3–8 digits (登记管理机关行政区划码,
 * the registration authority's GB/T 2260 region code), and the last one the check character.
 * Lowercase letters are accepted as their capitals.
 *
 * @param code the code as typed
 * @returns `{ ok: true }` or `{ ok: false, reason }` with a plain Chinese reason
 * @example
 * validateCreditCode('91350100M000100Y43') // { ok: true }
 * validateCreditCode('91350100M000100Y44') // { ok: false, reason: '统一社会信用代码最后一位不对，请核对后重新输入' }
 */
export function validateCreditCode(code: string): { ok: boolean; reason?: string } {
  if (typeof code !== 'string' || code.length === 0) return { ok: false, reason: '请填写统一社会信用代码' }
  const upper = code.toUpperCase()
  if (upper.length !== 18) {
    return { ok: false, reason: `统一社会信用代码应该是18位，您填了${upper.length}位，请核对` }
  }
  for (const ch of upper) {
    if (/\s/.test(ch)) return { ok: false, reason: '统一社会信用代码里有空格，请删掉空格后重新输入' }
    if (!CHARSET.includes(ch)) {
      return { ok: false, reason: `统一社会信用代码里不会有“${ch}”，请核对（只有数字和大写字母，不用I、O、S、V、Z）` }
    }
  }
  if (!/^\d{6}$/.test(upper.slice(2, 8))) {
    return { ok: false, reason: '统一社会信用代码第3到8位应该是数字（登记机关所在地的代码），请核对' }
  }
  if (creditCodeCheckChar(upper.slice(0, 17)) !== upper[17]) {
    return { ok: false, reason: '统一社会信用代码最后一位不对，请核对后重新输入' }
  }
  return { ok: true }
}
