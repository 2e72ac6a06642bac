import { validateCreditCode } from '../identity/validateCreditCode'
import { validateMobile } from '../identity/validateMobile'
import { validateResidentId } from '../identity/validateResidentId'
import { partyIdProblems } from './partyIdProblems'
import { partySideName as sideName } from './partySideName'
import { procedureProblems } from './procedureProblems'
import type { FilingData, FilingProblem } from './types'

/**
 * Everything a filing must have before the court can review it, checked the same way on the
 * phone (instant feedback) and on the server (which never trusts the phone). A civil complaint
 * needs a plaintiff, a defendant, concrete claims and facts (民事诉讼法 arts. 122, 124); parties
 * are identified by a valid resident ID or credit code (在线诉讼规则 art. 7), the other side's person
 * by name and address when the ID number is not known ({@link partyIdProblems}, 民事诉讼法 art. 124); the filer gives a
 * service address and may consent to electronic service (arts. 4, 29); a 涉农 filing names its
 * farm region for scheduling. Small claims need a money claim (民事诉讼法 art. 165) and a case the
 * law lets them try ({@link procedureProblems}: not 离婚纠纷 or another 人身关系 cause, no party
 * abroad, no appraisal …; within the average-wage limits when the wage is known).
 *
 * @param data the filing as entered
 * @param today YYYY-MM-DD, for birth dates in the future
 * @param opts.averageWageFen the province's previous-year average annual wage (the server passes the court's figure)
 * @param opts.basicCourt false when the court the case belongs to is not a basic court
 * @returns every problem found, each with a stable code, the field path and a Chinese message; empty when ready
 * @example validateFiling(draft, '2026-11-25')[0] // { code: 'FILING_PARTY_ID_INVALID', field: 'parties[1].idNumber', message: '被告的身份证号…' }
 */
export function validateFiling(data: FilingData, today: string, opts: { averageWageFen?: number; basicCourt?: boolean } = {}): FilingProblem[] {
  const problems: FilingProblem[] = []
  const add = (code: string, field: string, message: string) => problems.push({ code, field, message })

  if (!data.courtId) add('FILING_COURT_REQUIRED', 'courtId', '请选择受理法院')
  if (!data.targetCourtId) add('FILING_COURT_REQUIRED', 'targetCourtId', '请选择管辖法院')

  const plaintiffs = data.parties.filter((p) => p.side === 'plaintiff').length
  const defendants = data.parties.filter((p) => p.side === 'defendant').length
  if (data.kind === 'judicial-confirmation') {
    if (plaintiffs < 2) add('FILING_PARTIES_MISSING', 'parties', '申请司法确认需要调解协议的双方当事人共同申请，请添加全部申请人')
  } else {
    if (plaintiffs < 1) add('FILING_PARTIES_MISSING', 'parties', `请至少添加一位${sideName(data.kind, 'plaintiff')}`)
    if (defendants < 1) add('FILING_PARTIES_MISSING', 'parties', `请至少添加一位${sideName(data.kind, 'defendant')}`)
  }

  data.parties.forEach((p, i) => {
    const who = sideName(data.kind, p.side)
    const at = `parties[${i}]`
    if (!/^[\u4e00-\u9fa5·A-Za-z（）()]{2,60}$/.test(p.name.trim())) add('FILING_PARTY_NAME_INVALID', `${at}.name`, `请填写${who}的姓名或名称`)
    if (p.type === 'person') {
      problems.push(...partyIdProblems(data.kind, p, at, today))
    } else {
      const cc = validateCreditCode(p.creditCode.trim().toUpperCase())
      if (!cc.ok) add('FILING_PARTY_CREDIT_CODE_INVALID', `${at}.creditCode`, `${who}的统一社会信用代码有误：${cc.reason ?? '请核对'}`)
      if (!p.representative.trim()) add('FILING_PARTY_REPRESENTATIVE_REQUIRED', `${at}.representative`, `请填写${who}的法定代表人`)
    }
    // The other side's mobile is often unknown to a villager; only the filer's own side must give one.
    if (p.mobile.trim() || p.side === 'plaintiff') {
      const m = validateMobile(p.mobile.trim())
      if (!m.ok) add('FILING_PARTY_MOBILE_INVALID', `${at}.mobile`, `${who}的手机号有误：${m.reason ?? '请核对'}`)
    }
    const addressAsked = problems.some((x) => x.field === `${at}.address`)
    if (!p.address.trim() && !addressAsked) add('FILING_PARTY_ADDRESS_REQUIRED', `${at}.address`, `请填写${who}的住址`)
  })

  if (data.agent) {
    const a = data.agent
    if (!a.name.trim()) add('FILING_AGENT_NAME_REQUIRED', 'agent.name', '请填写代理人姓名')
    const id = validateResidentId(a.idNumber.trim().toUpperCase(), today)
    if (!id.ok) add('FILING_AGENT_ID_INVALID', 'agent.idNumber', `代理人的身份证号有误：${id.reason}`)
    if (a.kind === 'lawyer' && !/^\d{17}$/.test(a.licenceNo?.trim() ?? ''))
      add('FILING_AGENT_LICENCE_INVALID', 'agent.licenceNo', '律师执业证号是17位数字，请核对')
    if (a.powerOfAttorneyFileIds.length === 0) add('FILING_AGENT_POA_REQUIRED', 'agent.powerOfAttorneyFileIds', '请上传授权委托书')
  }

  if (data.claims.length === 0) add('FILING_CLAIMS_REQUIRED', 'claims', '请至少写一项请求')
  data.claims.forEach((c, i) => {
    if (c.text.trim().length < 2) add('FILING_CLAIM_TEXT_REQUIRED', `claims[${i}].text`, `请写清第${i + 1}项请求的内容`)
    if (c.amountFen !== undefined && (!Number.isInteger(c.amountFen) || c.amountFen < 0)) {
      add('FILING_CLAIM_AMOUNT_INVALID', `claims[${i}].amountFen`, `第${i + 1}项请求的金额不对，请填写不小于0的金额`)
    }
  })
  if (data.facts.trim().length < 10) add('FILING_FACTS_TOO_SHORT', 'facts', '请把事实与理由写清楚，至少10个字')

  const hasMoney = data.claims.some((c) => (c.amountFen ?? 0) > 0)
  if (data.procedure === 'small-claims' && (data.kind !== 'civil-first' || !hasMoney)) {
    add('FILING_PROCEDURE_INELIGIBLE', 'procedure', '小额诉讼只适用于请求给付金钱的民事案件，请改选简易程序或普通程序')
  }
  problems.push(...procedureProblems(data, opts))
  if ((data.kind === 'enforcement' || data.kind === 'preservation') && !hasMoney) {
    add('FILING_AMOUNT_REQUIRED', 'claims', data.kind === 'enforcement' ? '请填写申请执行的金额' : '请填写申请保全的金额')
  }

  if (data.agricultural) {
    if (!data.farm?.region) add('FILING_FARM_REGION_REQUIRED', 'farm.region', '涉农案件请选择您所在的农牧区')
    else if (data.farm.activities.length === 0) add('FILING_FARM_ACTIVITIES_REQUIRED', 'farm.activities', '请选择您家的农忙活计（如小麦收割、打草）')
  }

  data.evidence.forEach((e, i) => {
    if (!e.name.trim()) add('FILING_EVIDENCE_NAME_REQUIRED', `evidence[${i}].name`, `请填写第${i + 1}份证据的名称`)
    if (!e.proves.trim()) add('FILING_EVIDENCE_PROVES_REQUIRED', `evidence[${i}].proves`, `请写明第${i + 1}份证据要证明什么`)
  })

  if (data.feeRelief && data.feeRelief.reason.trim().length < 10) {
    add('FILING_FEE_RELIEF_REASON_REQUIRED', 'feeRelief.reason', '申请缓交、减交或免交诉讼费，请写明理由（至少10个字）')
  }

  const s = data.service
  const sm = validateMobile(s.mobile.trim())
  if (!sm.ok) add('FILING_SERVICE_MOBILE_INVALID', 'service.mobile', `送达手机号有误：${sm.reason ?? '请核对'}`)
  if (!s.postalAddress.trim()) add('FILING_SERVICE_ADDRESS_REQUIRED', 'service.postalAddress', '请填写收取法院文书的邮寄地址')
  if (s.email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(s.email.trim())) add('FILING_SERVICE_EMAIL_INVALID', 'service.email', '电子邮箱格式不对')
  if (s.consentElectronic && !s.app && !s.sms && !s.email) {
    add('FILING_SERVICE_CHANNEL_REQUIRED', 'service', '同意电子送达时，请至少选择一种接收方式（小程序、短信或邮箱）')
  }
  if (!data.declaration) add('FILING_DECLARATION_REQUIRED', 'declaration', '请阅读并勾选承诺：所填内容真实')
  return problems
}
