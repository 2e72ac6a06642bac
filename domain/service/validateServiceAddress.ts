import type { FilingProblem, ServiceAddressConfirmation } from '../filing/types'
import { validateMobile } from '../identity/validateMobile'

const STEPS = ['filing', 'notices', 'summons', 'judgment'] as const
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/

/**
 * Checks a party's 送达地址确认书 before it is stored. A postal address is always required (the
 * court falls back to paper service there, and 《民诉法解释》第一百三十七条 carries it into later
 * stages); a mobile number when SMS is chosen; a well-formed e-mail when one is given; and when the
 * party consents to e-service (在线诉讼规则 art. 29), at least one electronic channel and one step
 * (art. 4: consent is per step).
 *
 * @param a the form as filled in
 * @returns every problem at once (empty when fine), each with a code, the field, and a Chinese message
 * @example validateServiceAddress({ app: false, sms: false, mobile: '', postalAddress: '额尔古纳市三河回族乡', consentElectronic: true, consentSteps: ['summons'] })
 * // [{ code: 'SERVICE_ADDRESS_NO_CHANNEL', field: 'app', message: '同意电子送达的，请至少选择一种接收方式（本小程序、短信或电子邮箱）' }]
 */
export function validateServiceAddress(a: ServiceAddressConfirmation): FilingProblem[] {
  const problems: FilingProblem[] = []
  const add = (code: string, field: string, message: string) => problems.push({ code, field, message })
  if (a.postalAddress.trim().length < 5)
    add('SERVICE_ADDRESS_POSTAL_REQUIRED', 'postalAddress', '请填写能收到邮件的详细地址（到村、门牌号），法院需要时会邮寄纸质文书')
  if (a.sms || a.mobile.trim()) {
    const m = validateMobile(a.mobile.trim())
    if (!m.ok) add('SERVICE_ADDRESS_MOBILE_INVALID', 'mobile', m.reason ?? '手机号不对，请核对')
  }
  const email = a.email?.trim() ?? ''
  if (email && !EMAIL.test(email)) add('SERVICE_ADDRESS_EMAIL_INVALID', 'email', '电子邮箱格式不对，请核对，例如 zhang@example.com')
  if (a.consentSteps.some((s) => !STEPS.includes(s)) || new Set(a.consentSteps).size !== a.consentSteps.length) {
    add('SERVICE_ADDRESS_STEP_INVALID', 'consentSteps', '同意电子送达的事项有误，请重新选择')
  }
  if (a.consentElectronic) {
    if (!a.app && !a.sms && !email) add('SERVICE_ADDRESS_NO_CHANNEL', 'app', '同意电子送达的，请至少选择一种接收方式（本小程序、短信或电子邮箱）')
    if (a.consentSteps.length === 0) add('SERVICE_ADDRESS_NO_STEP', 'consentSteps', '同意电子送达的，请至少选择一类文书')
  }
  return problems
}
