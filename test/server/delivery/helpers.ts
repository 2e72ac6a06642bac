import type { TestApp } from '../helpers'

export const WANG_ADDRESS = {
  app: true,
  sms: true,
  mobile: '13847005678',
  postalAddress: '额尔古纳市三河回族乡政府街12号',
  consentElectronic: true,
  consentSteps: ['notices', 'summons', 'judgment'],
}

/** 王建国 (the defendant, party 1) confirms his 送达地址确认书 for the case. */
export async function defendantConfirms(t: TestApp, caseId: string, patch: Partial<typeof WANG_ADDRESS> = {}) {
  const res = await t.app.inject({
    method: 'PUT',
    url: `/api/v1/service/cases/${caseId}/address`,
    headers: await t.as('d-wang-jianguo'),
    payload: { ...WANG_ADDRESS, ...patch },
  })
  if (res.statusCode !== 200) throw new Error(`confirm failed: ${res.body}`)
  return res.json()
}

export async function issue(t: TestApp, caseId: string, body: Record<string, unknown>, who = 's-judge-wang', headers: Record<string, string> = {}) {
  return t.app.inject({ method: 'POST', url: `/api/v1/service/cases/${caseId}/documents`, headers: { ...(await t.as(who)), ...headers }, payload: body })
}

export const SUMMONS = { kind: 'summons', recipients: [1], hearing: { date: '2026-12-10', time: '09:00', roomId: 'r-ergun-1' } }

export async function get(t: TestApp, url: string, who: string) {
  return t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: await t.as(who) })
}

export async function post(t: TestApp, url: string, who: string) {
  return t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: await t.as(who) })
}
