/** The kinds of application a party can file online. */
export type FilingKind = 'civil-first' | 'enforcement' | 'preservation' | 'judicial-confirmation'
export type PartySide = 'plaintiff' | 'defendant' | 'third-party'
export type Procedure = 'ordinary' | 'simple' | 'small-claims'

export interface PersonParty {
  side: PartySide
  type: 'person'
  name: string
  idNumber: string
  mobile: string
  address: string
  /** 民族, optional */
  ethnicity?: string
  /** 在中华人民共和国领域内没有住所: the 30-day periods of 民事诉讼法 arts. 285–286 apply, small claims do not */
  abroad?: boolean
}

export interface OrganisationParty {
  side: PartySide
  type: 'organisation'
  name: string
  creditCode: string
  representative: string
  mobile: string
  address: string
  /** no domicile in China (see PersonParty.abroad) */
  abroad?: boolean
}

export type FilingParty = PersonParty | OrganisationParty

export interface FilingAgent {
  kind: 'lawyer' | 'relative'
  name: string
  idNumber: string
  mobile: string
  /** 律师执业证号, lawyers only */
  licenceNo?: string
  /** 授权委托书 */
  powerOfAttorneyFileIds: string[]
}

export interface FilingClaim {
  text: string
  /** 0 or absent when the claim has no money amount */
  amountFen?: number
}

export interface EvidenceItem {
  name: string
  proves: string
  fileIds: string[]
}

/** 送达地址确认书: where and how the court may serve this party (在线诉讼规则 arts. 4, 29). */
export interface ServiceAddressConfirmation {
  app: boolean
  sms: boolean
  mobile: string
  email?: string
  postalAddress: string
  /** consent to electronic service, per step */
  consentElectronic: boolean
  consentSteps: Array<'filing' | 'notices' | 'summons' | 'judgment'>
}

/** 诉讼费缓减免 (交纳办法 arts. 44–46). */
export interface FeeRelief {
  type: 'waive' | 'reduce' | 'defer'
  reason: string
  fileIds: string[]
}

export interface FilingData {
  kind: FilingKind
  /** the court receiving the filing (the nearest one for 跨域立案) */
  courtId: string
  /** the court the case belongs to; differs from courtId for a cross-region filing */
  targetCourtId: string
  parties: FilingParty[]
  agent?: FilingAgent
  /**
   * 案由: the cause of action, a name of 《民事案件案由规定》 such as '买卖合同纠纷' or '追索劳动报酬纠纷'
   * (see searchCauses). It decides the fee category (feeCategoryForCause) and whether small claims
   * may apply (smallClaimsProcedure). Absent in drafts made before it was asked.
   */
  cause?: string
  claims: FilingClaim[]
  facts: string
  procedure: Procedure
  /**
   * What the filer says about the small-claims conditions (民事诉讼法 arts. 165–166): both parties agree to
   * small claims above 50% of the average wage; an appraisal is needed; a defendant's whereabouts are unknown.
   */
  smallClaims?: { agreed?: boolean; appraisal?: boolean; whereaboutsUnknown?: boolean }
  agricultural: boolean
  farm?: { region: string; activities: string[] }
  evidence: EvidenceItem[]
  feeRelief?: FeeRelief
  service: ServiceAddressConfirmation
  declaration: boolean
}

export interface FilingProblem {
  code: string
  field: string
  message: string
}
