import type { FilingData } from '../../domain/filing/types'
import type { TestApp } from './helpers'

/** A complete civil complaint: 张桂兰 sues 王建国 for an unpaid wheat sale. */
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

/** Files a complaint through the API as the given litigant and returns the submitted filing. */
export async function submittedFiling(t: TestApp, filerId = 'd-zhang-guilan', data: Partial<FilingData> = {}) {
  const headers = await t.as(filerId)
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/filings',
    headers,
    payload: { kind: data.kind ?? 'civil-first', courtId: data.courtId ?? 'c-ergun', targetCourtId: data.targetCourtId },
  })
  if (created.statusCode !== 201) throw new Error(`create failed: ${created.body}`)
  const id = created.json().id as string
  const full = wheatSaleComplaint(data)
  const saved = await t.app.inject({ method: 'PUT', url: `/api/v1/filings/${id}/draft`, headers, payload: full })
  if (saved.statusCode !== 200) throw new Error(`save failed: ${saved.body}`)
  const submitted = await t.app.inject({ method: 'POST', url: `/api/v1/filings/${id}/submit`, headers })
  if (submitted.statusCode !== 200) throw new Error(`submit failed: ${submitted.body}`)
  return submitted.json()
}

/** A case: a complaint filed by 张桂兰 against 王建国 and accepted by 王立新法官. */
export async function acceptedCase(t: TestApp, data: Partial<FilingData> = {}) {
  const filing = await submittedFiling(t, 'd-zhang-guilan', data)
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/review/filings/${filing.id}/accept`,
    headers: await t.as('s-judge-wang'),
    payload: { procedure: data.procedure ?? 'simple', judgeId: 's-judge-wang' },
  })
  if (res.statusCode !== 200) throw new Error(`accept failed: ${res.body}`)
  return res.json() as { id: string; caseNumber: string }
}
