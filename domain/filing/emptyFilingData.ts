import type { FilingData, FilingKind } from './types'

/**
 * A filing as its first step leaves it: the filer stands as the first plaintiff with the details of
 * their real-name profile, e-service by the mini-program and SMS is proposed for every step
 * (在线诉讼规则第二十九条: service by electronic means needs the party's consent, which the form
 * then asks for), and the simple procedure is proposed for a first-instance case.
 *
 * @param kind the kind of case
 * @param courtId the court receiving the filing
 * @param targetCourtId the court the case belongs to (another one for 跨域立案)
 * @param filer the filer's verified name, ID number, mobile and address, when known
 * @example
 * emptyFilingData('civil-first', 'c-ergun', 'c-ergun').parties // []
 */
export function emptyFilingData(
  kind: FilingKind,
  courtId: string,
  targetCourtId: string,
  filer?: { name: string; idNumber: string; mobile: string; address: string },
): FilingData {
  return {
    kind,
    courtId,
    targetCourtId,
    parties: filer ? [{ side: 'plaintiff', type: 'person', name: filer.name, idNumber: filer.idNumber, mobile: filer.mobile, address: filer.address }] : [],
    claims: [],
    facts: '',
    procedure: 'simple',
    agricultural: false,
    evidence: [],
    service: {
      app: true,
      sms: true,
      mobile: filer?.mobile ?? '',
      postalAddress: filer?.address ?? '',
      consentElectronic: true,
      consentSteps: ['filing', 'notices', 'summons', 'judgment'],
    },
    declaration: false,
  }
}
