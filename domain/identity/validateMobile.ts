/**
 * Checks a mainland China mobile number: 11 digits, starting with 1 and a second digit 3–9.
 * No country code, spaces or dashes: the form strips those before asking. It checks the shape
 * only — whether the number is the person's is proved by WeChat's phone-number button.
 *
 * @param phone e.g. '13800138000'
 * @returns `{ ok: true }` or `{ ok: false, reason }` with a plain Chinese reason
 * @example
 * validateMobile('13800138000') // { ok: true }
 * validateMobile('12800138000') // { ok: false, reason: '手机号不对：第二位应该是3到9，请核对' }
 */
export function validateMobile(phone: string): { ok: boolean; reason?: string } {
  if (typeof phone !== 'string' || phone.length === 0) return { ok: false, reason: '请填写手机号' }
  if (!/^\d+$/.test(phone)) return { ok: false, reason: '手机号只能是数字，请核对' }
  if (phone.length !== 11) return { ok: false, reason: `手机号应该是11位，您填了${phone.length}位，请核对` }
  if (phone[0] !== '1') return { ok: false, reason: '手机号不对：应该以1开头，请核对' }
  if (!/^1[3-9]/.test(phone)) return { ok: false, reason: '手机号不对：第二位应该是3到9，请核对' }
  return { ok: true }
}
