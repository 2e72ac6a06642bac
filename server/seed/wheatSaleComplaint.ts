import type { FilingData } from '../../contract/filings'

/**
 * The demo's complaint: 张桂兰 sues 王建国 for the wheat she sold him (额尔古纳, 简易程序, 涉农).
 * Filed by the demo enforcement seed through the routes, and by the cluster load for each of its
 * litigants; `overrides` changes what a caller needs different.
 *
 * @example wheatSaleComplaint({ facts: '…（第2次保存）' })
 */
export function wheatSaleComplaint(overrides: Partial<FilingData> = {}): FilingData {
  return {
    kind: 'civil-first',
    courtId: 'c-ergun',
    targetCourtId: 'c-ergun',
    parties: [
      { side: 'plaintiff', type: 'person', name: '张桂兰', idNumber: '150784196803120029', mobile: '13904701234', address: '额尔古纳市拉布大林街道团结村' },
      { side: 'defendant', type: 'person', name: '王建国', idNumber: '150784197209150019', mobile: '13847005678', address: '额尔古纳市三河回族乡' },
    ],
    claims: [{ text: '判令被告支付小麦货款', amountFen: 8_650_000 }],
    facts: '2025年9月原告向被告出售小麦20吨，约定收货后一个月内付款，被告至今未付。',
    procedure: 'simple',
    agricultural: true,
    farm: { region: 'ergun', activities: ['wheat-harvest', 'haymaking'] },
    evidence: [],
    service: {
      app: true,
      sms: true,
      mobile: '13904701234',
      postalAddress: '额尔古纳市拉布大林街道团结村',
      consentElectronic: true,
      consentSteps: ['filing', 'notices', 'summons', 'judgment'],
    },
    declaration: true,
    ...overrides,
  }
}
