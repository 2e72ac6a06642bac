import { changedTables, snapshot } from './badInput/snapshot'
import { defendantConfirms, issue, SUMMONS } from './delivery/helpers'
import { acceptedCase, wheatSaleComplaint } from './fixtures'
import { hearingApi } from './hearing/hearingHelpers'
import { makeApp, type TestApp } from './helpers'
import { mediationApi } from './mediation/fixtures'

// Bad input on real records, where a use case would act on it: what was sent is what is checked
// (no coercion), days are real and within the window a court plans in, and nothing changes.
let t: TestApp
let caseId: string
let draftId: string
let mediationId: string
beforeAll(async () => {
  t = await makeApp()
  caseId = (await acceptedCase(t)).id
  await defendantConfirms(t, caseId)
  const headers = await t.as('d-zhang-guilan')
  const created = await t.app.inject({ method: 'POST', url: '/api/v1/filings', headers, payload: { kind: 'civil-first', courtId: 'c-ergun' } })
  draftId = created.json().id
  await t.app.inject({ method: 'PUT', url: `/api/v1/filings/${draftId}/draft`, headers, payload: wheatSaleComplaint() })
  mediationId = (await mediationApi(t).request()).id
}, 120_000)
afterAll(async () => t.close())

/** Sends the request, expects the refusal, and proves the database did not change. */
async function refused(who: string, method: 'POST' | 'PUT' | 'GET', url: string, payload: unknown, want: { status?: number; code: string; field?: string }) {
  const headers = { ...(await t.as(who)), 'content-type': 'application/json' }
  const before = await snapshot(t.app.store)
  const res = await t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers,
    ...(payload === undefined ? {} : { payload: typeof payload === 'string' ? payload : JSON.stringify(payload) }),
  })
  expect({ status: res.statusCode, ...res.json().error }).toMatchObject({
    status: want.status ?? 400,
    code: want.code,
    ...(want.field ? { field: want.field } : {}),
  })
  expect(res.json().error.message).toMatch(/[\u4e00-\u9fff]/)
  expect(changedTables(before, await snapshot(t.app.store))).toEqual([])
}

describe('a body is checked as it was sent', () => {
  const draft = (patch: Record<string, unknown>) => ({ ...wheatSaleComplaint(), ...patch })
  const deepKey = `{"zz":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)},${JSON.stringify(wheatSaleComplaint()).slice(1)}`

  it.each([
    {
      label: 'an amount of null (was read as 0)',
      body: draft({ claims: [{ text: '货款', amountFen: null }] }),
      code: 'INVALID_INPUT',
      field: 'claims[0].amountFen',
    },
    {
      label: 'an amount of true (was read as 1 fen)',
      body: draft({ claims: [{ text: '货款', amountFen: true }] }),
      code: 'INVALID_INPUT',
      field: 'claims[0].amountFen',
    },
    { label: 'an amount as text', body: draft({ claims: [{ text: '货款', amountFen: '8650000' }] }), code: 'INVALID_INPUT', field: 'claims[0].amountFen' },
    { label: 'an unknown key (was stored)', body: draft({ note: 'x'.repeat(100_000) }), code: 'INVALID_INPUT', field: 'note' },
    {
      label: 'an unknown key in a party',
      body: draft({ parties: [{ ...wheatSaleComplaint().parties[0], isAdmin: true }] }),
      code: 'INVALID_INPUT',
      field: 'parties[0].isAdmin',
    },
    { label: 'a body of 1 MB or more', body: draft({ facts: 'x'.repeat(1_100_000) }), status: 413, code: 'PAYLOAD_TOO_LARGE' },
    { label: 'an unknown key nested 5000 deep (was a 500)', body: deepKey, code: 'JSON_TOO_DEEP' },
    {
      label: 'an organisation missing its credit code',
      body: draft({ parties: [{ side: 'plaintiff', type: 'organisation', name: '合作社' }] }),
      code: 'INVALID_INPUT',
      field: 'parties[0].creditCode',
    },
  ])('refuses a draft with $label', async ({ body, status, code, field }) => {
    await refused('d-zhang-guilan', 'PUT', `/filings/${draftId}/draft`, body, { status, code, field })
  })

  it.each([
    { label: 'recipients of null (served party 0)', body: { kind: 'response-notice', recipients: null }, field: 'recipients' },
    { label: 'a recipient as text', body: { kind: 'response-notice', recipients: ['1'] }, field: 'recipients[0]' },
    { label: 'an unknown key in the hearing', body: { ...SUMMONS, hearing: { ...SUMMONS.hearing, judge: 'x' } }, field: 'hearing.judge' },
  ])('refuses a document with $label', async ({ body, field }) => {
    await refused('s-judge-wang', 'POST', `/service/cases/${caseId}/documents`, body, { code: 'INVALID_INPUT', field })
  })
})

describe('days that do not exist, or that no court plans for', () => {
  const summons = (date: string) => ({ ...SUMMONS, hearing: { ...SUMMONS.hearing, date } })

  it.each([
    { label: 'a 传票 for 9999-12-31 (was issued)', date: '9999-12-31', code: 'DATE_INVALID' },
    { label: 'a 传票 for 30 February', date: '2027-02-30', code: 'DATE_INVALID' },
    { label: 'a 传票 more than 24 months ahead', date: '2028-11-26', code: 'DATE_TOO_FAR_AHEAD' },
  ])('refuses $label', async ({ date, code }) => {
    await refused('s-judge-wang', 'POST', `/service/cases/${caseId}/documents`, summons(date), { code, field: 'hearing.date' })
  })

  it('refuses a 公告 dated a day that does not exist', async () => {
    const body = { kind: 'response-notice', recipients: [1], method: 'public-notice', publicNotice: { publishedOn: '2026-11-31', medium: '人民法院报' } }
    await refused('s-judge-wang', 'POST', `/service/cases/${caseId}/documents`, body, { code: 'DATE_INVALID', field: 'publicNotice.publishedOn' })
  })

  it.each([
    { label: 'more than 24 months ahead', date: '2029-01-10', code: 'DATE_TOO_FAR_AHEAD' },
    { label: 'yesterday', date: '2026-11-24', code: 'DATE_IN_PAST' },
    { label: '30 February', date: '2027-02-30', code: 'DATE_INVALID' },
  ])('refuses a hearing booked $label', async ({ date, code }) => {
    await refused('s-judge-wang', 'POST', `/hearings/cases/${caseId}/hearings`, { date, half: 'am', roomId: 'r-ergun-1' }, { code, field: 'date' })
  })

  it.each([
    { label: 'from 30 February (answered 200)', query: 'from=2026-02-30', code: 'DATE_INVALID', field: 'from' },
    { label: 'from year 9999', query: 'from=9999-01-01', code: 'DATE_INVALID', field: 'from' },
    { label: 'over 0 days', query: 'days=0', code: 'INVALID_INPUT', field: 'days' },
  ])('refuses mediation slots $label', async ({ query, code, field }) => {
    await refused('d-zhang-guilan', 'GET', `/mediations/${mediationId}/slots?${query}`, undefined, { code, field })
  })

  it('still issues a 传票 for the last day of the window', async () => {
    const res = await issue(t, caseId, summons('2028-11-24'))
    expect(res.statusCode).toBe(201)
    expect(res.json().documents[0].hearing.date).toBe('2028-11-24')
  })

  it('lets a mediator keep only real days in their calendar', async () => {
    const body = { slotMinutes: 60, weekly: [], overrides: [{ date: '2027-02-29', blocks: [] }], venue: { kind: 'online' } }
    await refused('s-mediator-chen', 'PUT', '/mediation/availability', body, { code: 'DATE_INVALID', field: 'overrides[0].date' })
  })

  it('answers a hearing scheduler with the window even where the trial limit is nearer', async () => {
    const res = await hearingApi(t).book(caseId, { date: '2029-01-10', half: 'am', roomId: 'r-ergun-1' })
    expect(res.json().error.message).toBe('日期太远了：最晚只能定在2028年11月25日（星期六），请重新选择')
  })
})
