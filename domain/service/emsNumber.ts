/** S10 check-digit weights of the UPU's item numbers (EMS, registered post). */
const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7]

/**
 * Whether a text is an EMS tracking number (邮件号) as printed on the waybill: 13 characters,
 * either the UPU S10 form — two letters, eight digits, a check digit, two letters (e.g.
 * `EE123456785CN`; the check digit is 11 − Σ(digit × 8,6,4,2,3,5,9,7) mod 11, 10 → 0, 11 → 5) —
 * or China Post's domestic 13-digit number. Spaces a clerk copied from the waybill are ignored and
 * letters are taken in either case. A number that fails the check digit is a typing mistake.
 * Product rule (the 2004 邮寄送达规定 asks for the 邮件号 on the 送达回证 but fixes no format).
 *
 * @param text what the clerk typed
 * @returns the number in its printed form (upper case, no spaces), or null when it cannot be one
 * @example emsNumber('ee 123456785 cn') // 'EE123456785CN'
 * emsNumber('EE123456789CN') // null (check digit)
 * emsNumber('1012345678901') // '1012345678901'
 */
export function emsNumber(text: string): string | null {
  const n = text.replace(/\s+/g, '').toUpperCase()
  if (/^\d{13}$/.test(n)) return n
  const m = /^([A-Z]{2})(\d{8})(\d)([A-Z]{2})$/.exec(n)
  if (!m) return null
  const sum = [...m[2]].reduce((s, d, i) => s + Number(d) * S10_WEIGHTS[i], 0)
  const check = 11 - (sum % 11)
  const expected = check === 10 ? 0 : check === 11 ? 5 : check
  return Number(m[3]) === expected ? n : null
}
