import fc from 'fast-check'
import type { FilingData } from '../../../domain/filing/types'
import { validateFiling } from '../../../domain/filing/validateFiling'

const TODAY = '2026-11-25'

function complaint(): FilingData {
  return {
    kind: 'civil-first',
    courtId: 'c-ergun',
    targetCourtId: 'c-ergun',
    parties: [
      { side: 'plaintiff', type: 'person', name: '张桂兰', idNumber: '150784196803120029', mobile: '13904701234', address: '拉布大林街道团结村' },
      { side: 'defendant', type: 'person', name: '王建国', idNumber: '150784197209150019', mobile: '', address: '三河回族乡' },
    ],
    claims: [{ text: '支付小麦货款', amountFen: 8_650_000 }],
    facts: '2025年9月原告向被告出售小麦20吨，被告至今未付款。',
    procedure: 'simple',
    agricultural: true,
    farm: { region: 'ergun', activities: ['wheat-harvest'] },
    evidence: [{ name: '收条', proves: '被告收到小麦', fileIds: ['file-1'] }],
    service: { app: true, sms: true, mobile: '13904701234', postalAddress: '拉布大林街道团结村', consentElectronic: true, consentSteps: ['filing'] },
    declaration: true,
  }
}

const codes = (d: FilingData) => validateFiling(d, TODAY).map((p) => `${p.code}@${p.field}`)

describe('validateFiling', () => {
  it("finds nothing wrong with a complete complaint (the defendant's mobile may be unknown)", () => {
    expect(validateFiling(complaint(), TODAY)).toEqual([])
  })

  it.each<{ label: string; change: (d: FilingData) => void; expected: string }>([
    { label: 'no defendant', change: (d) => d.parties.pop(), expected: 'FILING_PARTIES_MISSING@parties' },
    {
      label: 'defendant ID check digit wrong',
      change: (d) => ((d.parties[1] as { idNumber: string }).idNumber = '150784197209150018'),
      expected: 'FILING_PARTY_ID_INVALID@parties[1].idNumber',
    },
    {
      label: 'defendant born in the future',
      change: (d) => ((d.parties[1] as { idNumber: string }).idNumber = '150784202712010014'),
      expected: 'FILING_PARTY_ID_INVALID@parties[1].idNumber',
    },
    { label: 'plaintiff without a mobile', change: (d) => (d.parties[0].mobile = ''), expected: 'FILING_PARTY_MOBILE_INVALID@parties[0].mobile' },
    { label: 'a defendant mobile given but wrong', change: (d) => (d.parties[1].mobile = '12345'), expected: 'FILING_PARTY_MOBILE_INVALID@parties[1].mobile' },
    { label: 'no address', change: (d) => (d.parties[1].address = ' '), expected: 'FILING_PARTY_ADDRESS_REQUIRED@parties[1].address' },
    {
      label: 'organisation with a bad credit code',
      change: (d) =>
        (d.parties[1] = {
          side: 'defendant',
          type: 'organisation',
          name: '额尔古纳粮贸公司',
          creditCode: '91150784MA0N000000',
          representative: '李明',
          mobile: '',
          address: '拉布大林',
        }),
      expected: 'FILING_PARTY_CREDIT_CODE_INVALID@parties[1].creditCode',
    },
    { label: 'no claims', change: (d) => (d.claims = []), expected: 'FILING_CLAIMS_REQUIRED@claims' },
    { label: 'a negative amount', change: (d) => (d.claims[0].amountFen = -1), expected: 'FILING_CLAIM_AMOUNT_INVALID@claims[0].amountFen' },
    { label: 'facts too short', change: (d) => (d.facts = '欠钱'), expected: 'FILING_FACTS_TOO_SHORT@facts' },
    {
      label: 'small claims without money',
      change: (d) => ((d.procedure = 'small-claims'), (d.claims = [{ text: '确认草场边界' }])),
      expected: 'FILING_PROCEDURE_INELIGIBLE@procedure',
    },
    { label: 'agricultural without a region', change: (d) => (d.farm = { region: '', activities: [] }), expected: 'FILING_FARM_REGION_REQUIRED@farm.region' },
    {
      label: 'agricultural without activities',
      change: (d) => (d.farm = { region: 'ergun', activities: [] }),
      expected: 'FILING_FARM_ACTIVITIES_REQUIRED@farm.activities',
    },
    { label: 'evidence without what it proves', change: (d) => (d.evidence[0].proves = ''), expected: 'FILING_EVIDENCE_PROVES_REQUIRED@evidence[0].proves' },
    {
      label: 'fee relief without a reason',
      change: (d) => (d.feeRelief = { type: 'defer', reason: '困难', fileIds: [] }),
      expected: 'FILING_FEE_RELIEF_REASON_REQUIRED@feeRelief.reason',
    },
    { label: 'service mobile wrong', change: (d) => (d.service.mobile = '1390470123'), expected: 'FILING_SERVICE_MOBILE_INVALID@service.mobile' },
    {
      label: 'e-service consent without a channel',
      change: (d) => ((d.service.app = false), (d.service.sms = false)),
      expected: 'FILING_SERVICE_CHANNEL_REQUIRED@service',
    },
    {
      label: 'lawyer without a licence number',
      change: (d) => (d.agent = { kind: 'lawyer', name: '李春生', idNumber: '150721198507060037', mobile: '13614709876', powerOfAttorneyFileIds: ['f'] }),
      expected: 'FILING_AGENT_LICENCE_INVALID@agent.licenceNo',
    },
    {
      label: 'agent without a power of attorney',
      change: (d) => (d.agent = { kind: 'relative', name: '张强', idNumber: '150721198507060037', mobile: '13614709876', powerOfAttorneyFileIds: [] }),
      expected: 'FILING_AGENT_POA_REQUIRED@agent.powerOfAttorneyFileIds',
    },
    { label: 'declaration not confirmed', change: (d) => (d.declaration = false), expected: 'FILING_DECLARATION_REQUIRED@declaration' },
    {
      label: 'enforcement without an amount',
      change: (d) => ((d.kind = 'enforcement'), (d.claims = [{ text: '强制执行判决' }])),
      expected: 'FILING_AMOUNT_REQUIRED@claims',
    },
    {
      label: '司法确认 by one party alone',
      change: (d) => ((d.kind = 'judicial-confirmation'), (d.parties = [d.parties[0]])),
      expected: 'FILING_PARTIES_MISSING@parties',
    },
  ])('$label', ({ change, expected }) => {
    const d = complaint()
    change(d)
    expect(codes(d)).toContain(expected)
  })

  it('names the side in the message, in the words of the kind of filing', () => {
    const d = complaint()
    d.kind = 'enforcement'
    ;(d.parties[1] as { idNumber: string }).idNumber = '150784197209150018'
    expect(validateFiling(d, TODAY).find((p) => p.field === 'parties[1].idNumber')?.message).toMatch(/^被执行人的身份证号有误/)
  })

  it('reports every problem with a Chinese message and a field inside the filing', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.boolean(), fc.integer({ min: -5, max: 5 }), (name, facts, decl, amount) => {
        const d = complaint()
        d.parties[1].name = name
        d.facts = facts
        d.declaration = decl
        d.claims[0].amountFen = amount
        for (const p of validateFiling(d, TODAY)) {
          expect(p.message).toMatch(/[\u4e00-\u9fa5]/)
          expect(p.field).toMatch(/^(parties|claims|facts|declaration|procedure|cause|smallClaims|service|farm|evidence|agent|feeRelief|courtId|targetCourtId)/)
          expect(p.code).toMatch(/^FILING_[A-Z_]+$/)
        }
      }),
    )
  })

  it.each<{ label: string; change: (d: FilingData) => void; wage?: number; expected: string[] }>([
    { label: 'small claims for a 8.65万 sale, wage unknown: nothing to say yet', change: (d) => (d.procedure = 'small-claims'), expected: [] },
    {
      label: 'small claims for a 离婚纠纷',
      change: (d) => Object.assign(d, { procedure: 'small-claims', cause: '离婚纠纷' }),
      expected: ['FILING_PROCEDURE_INELIGIBLE@cause'],
    },
    {
      label: 'small claims with the defendant abroad',
      change: (d) => Object.assign(d, { procedure: 'small-claims', cause: '买卖合同纠纷', parties: [d.parties[0], { ...d.parties[1], abroad: true }] }),
      expected: ['FILING_PROCEDURE_INELIGIBLE@parties[1].abroad'],
    },
    {
      label: 'small claims for 8.65万 with 内蒙古 2023 wage, not agreed',
      change: (d) => (d.procedure = 'small-claims'),
      wage: 10_885_600,
      expected: ['FILING_PROCEDURE_INELIGIBLE@smallClaims.agreed'],
    },
    {
      label: 'small claims for 8.65万, both agreed',
      change: (d) => Object.assign(d, { procedure: 'small-claims', smallClaims: { agreed: true } }),
      wage: 10_885_600,
      expected: [],
    },
  ])('procedure and cause: $label', ({ change, wage, expected }) => {
    const d = complaint()
    change(d)
    expect(validateFiling(d, TODAY, { averageWageFen: wage }).map((p) => `${p.code}@${p.field}`)).toEqual(expected)
  })
})
