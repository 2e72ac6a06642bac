import { validateMediationRequest, type MediationRequestInput } from '../../../domain'

const good: MediationRequestInput = {
  stage: 'pre-filing',
  dispute: '2025年9月我卖给王建国小麦20吨，他一直没有付款。',
  claim: '王建国支付小麦款86500元',
  amountFen: 8_650_000,
  respondent: { name: '王建国', mobile: '13847005678' },
  consent: true,
  service: { mobile: '13904701234', postalAddress: '额尔古纳市拉布大林街道团结村', app: true, sms: true },
}

describe('validateMediationRequest (在线调解规则 arts. 4, 8)', () => {
  it('accepts a complete request', () => {
    expect(validateMediationRequest(good, '2026-11-25')).toEqual([])
  })

  it.each([
    { label: 'no consent', input: { ...good, consent: false }, code: 'MEDIATION_CONSENT_REQUIRED', field: 'consent' },
    { label: 'dispute too short', input: { ...good, dispute: '欠钱' }, code: 'MEDIATION_DISPUTE_TOO_SHORT', field: 'dispute' },
    { label: 'no claim', input: { ...good, claim: ' ' }, code: 'MEDIATION_CLAIM_REQUIRED', field: 'claim' },
    { label: 'negative amount', input: { ...good, amountFen: -1 }, code: 'MEDIATION_AMOUNT_INVALID', field: 'amountFen' },
    { label: 'no respondent before filing', input: { ...good, respondent: undefined }, code: 'MEDIATION_RESPONDENT_REQUIRED', field: 'respondent' },
    {
      label: 'respondent name',
      input: { ...good, respondent: { name: '王', mobile: '13847005678' } },
      code: 'MEDIATION_RESPONDENT_NAME_INVALID',
      field: 'respondent.name',
    },
    {
      label: 'respondent mobile',
      input: { ...good, respondent: { name: '王建国', mobile: '1384700567' } },
      code: 'MEDIATION_RESPONDENT_MOBILE_INVALID',
      field: 'respondent.mobile',
    },
    {
      label: 'respondent is oneself',
      input: { ...good, respondent: { name: '王建国', mobile: '13904701234' } },
      code: 'MEDIATION_RESPONDENT_IS_SELF',
      field: 'respondent.mobile',
    },
    {
      label: 'respondent ID with a wrong check digit',
      input: { ...good, respondent: { name: '王建国', mobile: '13847005678', idNumber: '150784197209150018' } },
      code: 'MEDIATION_RESPONDENT_ID_INVALID',
      field: 'respondent.idNumber',
    },
    {
      label: 'service mobile',
      input: { ...good, service: { ...good.service, mobile: '' } },
      code: 'MEDIATION_SERVICE_MOBILE_INVALID',
      field: 'service.mobile',
    },
    {
      label: 'service address',
      input: { ...good, service: { ...good.service, postalAddress: '' } },
      code: 'MEDIATION_SERVICE_ADDRESS_REQUIRED',
      field: 'service.postalAddress',
    },
    {
      label: 'no channel',
      input: { ...good, service: { ...good.service, app: false, sms: false } },
      code: 'MEDIATION_SERVICE_CHANNEL_REQUIRED',
      field: 'service',
    },
  ])('refuses $label', ({ input, code, field }) => {
    const problems = validateMediationRequest(input, '2026-11-25')
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ code, field })
  })

  it('needs no respondent in a case: the case names the other side', () => {
    expect(validateMediationRequest({ ...good, stage: 'in-case', respondent: undefined }, '2026-11-25')).toEqual([])
  })
})
