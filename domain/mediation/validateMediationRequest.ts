import { validateMobile } from '../identity/validateMobile'
import { validateResidentId } from '../identity/validateResidentId'
import type { MediationStage } from './types'

export interface MediationRequestInput {
  stage: MediationStage
  dispute: string
  claim: string
  amountFen?: number
  /** the other side, for a request before filing (in a case it comes from the case) */
  respondent?: { name: string; mobile: string; idNumber?: string }
  consent: boolean
  service: { mobile: string; postalAddress: string; app: boolean; sms: boolean }
}

export interface MediationProblem {
  code: string
  field: string
  message: string
}

/**
 * What a mediation request must say, checked the same way on the phone and on the server.
 * Online mediation needs the party's consent (《人民法院在线调解规则》第四条); the request gives the
 * dispute in brief, a reachable phone and an address for electronic service (第八条). Before filing
 * the party names the other side with a mobile number the court can invite them on (第十五条); an
 * ID number is optional (a villager seldom knows it) but checked when given.
 *
 * @param input the request as entered
 * @param today 'YYYY-MM-DD', for the ID number's birth date
 * @returns every problem found; empty when the request is complete
 * @example
 * validateMediationRequest({ …, consent: false }, '2026-11-25')[0]
 * // { code: 'MEDIATION_CONSENT_REQUIRED', field: 'consent', message: '在线调解需要您的同意，请勾选“同意在线调解”' }
 */
export function validateMediationRequest(input: MediationRequestInput, today: string): MediationProblem[] {
  const problems: MediationProblem[] = []
  const add = (code: string, field: string, message: string) => problems.push({ code, field, message })
  if (input.consent !== true) add('MEDIATION_CONSENT_REQUIRED', 'consent', '在线调解需要您的同意，请勾选“同意在线调解”')
  if (input.dispute.trim().length < 10) add('MEDIATION_DISPUTE_TOO_SHORT', 'dispute', '请把纠纷的经过写清楚，至少10个字')
  if (input.claim.trim().length < 2) add('MEDIATION_CLAIM_REQUIRED', 'claim', '请写明您希望怎样解决，例如“对方付清小麦款”')
  if (input.amountFen !== undefined && (!Number.isSafeInteger(input.amountFen) || input.amountFen < 0)) {
    add('MEDIATION_AMOUNT_INVALID', 'amountFen', '金额不对，请填写不小于0的金额')
  }
  if (input.stage === 'pre-filing') {
    const r = input.respondent
    if (!r) add('MEDIATION_RESPONDENT_REQUIRED', 'respondent', '请填写对方当事人的姓名和手机号')
    else {
      if (!/^[\u4e00-\u9fa5·A-Za-z（）()]{2,60}$/.test(r.name.trim()))
        add('MEDIATION_RESPONDENT_NAME_INVALID', 'respondent.name', '请填写对方当事人的姓名或单位名称')
      const m = validateMobile(r.mobile.trim())
      if (!m.ok) add('MEDIATION_RESPONDENT_MOBILE_INVALID', 'respondent.mobile', `对方的手机号有误：${m.reason ?? '请核对'}`)
      else if (r.mobile.trim() === input.service.mobile.trim()) add('MEDIATION_RESPONDENT_IS_SELF', 'respondent.mobile', '对方的手机号和您自己的一样，请核对')
      if (r.idNumber && r.idNumber.trim()) {
        const id = validateResidentId(r.idNumber.trim().toUpperCase(), today)
        if (!id.ok) add('MEDIATION_RESPONDENT_ID_INVALID', 'respondent.idNumber', `对方的身份证号有误：${id.reason}`)
      }
    }
  }
  const sm = validateMobile(input.service.mobile.trim())
  if (!sm.ok) add('MEDIATION_SERVICE_MOBILE_INVALID', 'service.mobile', `接收通知的手机号有误：${sm.reason ?? '请核对'}`)
  if (!input.service.postalAddress.trim()) add('MEDIATION_SERVICE_ADDRESS_REQUIRED', 'service.postalAddress', '请填写收取法院文书的地址')
  if (!input.service.app && !input.service.sms) add('MEDIATION_SERVICE_CHANNEL_REQUIRED', 'service', '请至少选择一种接收通知的方式（小程序或短信）')
  return problems
}
