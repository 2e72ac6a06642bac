import type { FilingData } from '../../domain/filing/types'
import type { TestApp } from './helpers'

/** A complete civil complaint: 张桂兰 sues 王建国 for an unpaid wheat sale (the demo's, shared with the seeds). */
export { wheatSaleComplaint } from '../../server/seed/wheatSaleComplaint'
import { wheatSaleComplaint } from '../../server/seed/wheatSaleComplaint'

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
