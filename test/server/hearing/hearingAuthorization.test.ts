import { acceptedCase } from '../fixtures'
import { makeApp, type TestApp } from '../helpers'
import { hearingApi, type Method } from './hearingHelpers'

// Parties see only their own cases; staff only their court's; only judges and clerks schedule; only
// the admin edits the farm calendar. Every route: 401 without a sign-in, 403 for the wrong people,
// and nothing changes when refused.
let t: TestApp
let api: ReturnType<typeof hearingApi>
let caseId: string
let requestId: string
let hearingId: string
let slot: { date: string; half: string }
beforeAll(async () => {
  t = await makeApp()
  api = hearingApi(t)
  caseId = (await acceptedCase(t)).id
  const asked = await api.ask(caseId)
  requestId = asked.request.id
  // A choice names the half-day only; the suggestion's label, time and names are no part of the body.
  slot = { date: asked.slots[0].date, half: asked.slots[0].half }
  const other = (await acceptedCase(t)).id
  const s = await api.scheduling(other)
  const booked = await api.book(other, { date: s.slots[1].date, half: s.slots[1].half, roomId: 'r-ergun-1' })
  hearingId = booked.json().hearing.id
})
afterAll(async () => t.close())

const PROFILE = { region: 'ergun', activities: ['haymaking'], busy: [] }
const routes = (): Array<{ label: string; method: Method; url: string; body?: unknown; refused: string[]; admitted: string[] }> => [
  {
    label: 'GET /me/farm-profile',
    method: 'GET',
    url: '/me/farm-profile',
    refused: ['d-li-chunsheng', 's-judge-wang', 's-admin-sun'],
    admitted: ['d-zhang-guilan', 'd-new-user'],
  },
  {
    label: 'PUT /me/farm-profile',
    method: 'PUT',
    url: '/me/farm-profile',
    body: PROFILE,
    refused: ['d-li-chunsheng', 's-clerk-liu', 's-admin-sun'],
    admitted: [],
  },
  {
    label: 'GET /admin/farm-calendar/:year',
    method: 'GET',
    url: '/admin/farm-calendar/2027',
    refused: ['d-zhang-guilan', 's-judge-wang', 's-clerk-liu', 's-mediator-chen'],
    admitted: ['s-admin-sun'],
  },
  {
    label: 'PUT /admin/farm-calendar/:year',
    method: 'PUT',
    url: '/admin/farm-calendar/2027',
    body: { overrides: [] },
    refused: ['d-zhang-guilan', 's-judge-wang', 's-clerk-liu', 's-judge-gao'],
    admitted: [],
  },
  {
    label: 'GET /hearings/cases',
    method: 'GET',
    url: '/hearings/cases',
    refused: ['d-zhang-guilan', 'd-li-chunsheng', 's-mediator-chen'],
    admitted: ['s-judge-wang', 's-clerk-liu', 's-admin-sun', 's-judge-gao'],
  },
  {
    label: 'GET /hearings/cases/:id',
    method: 'GET',
    url: `/hearings/cases/${caseId}`,
    refused: ['d-zhang-guilan', 's-mediator-chen', 's-judge-gao'],
    admitted: ['s-judge-wang', 's-judge-zhao', 's-clerk-liu', 's-admin-sun'],
  },
  {
    label: 'POST /hearings/cases/:id/requests',
    method: 'POST',
    url: `/hearings/cases/${caseId}/requests`,
    refused: ['d-zhang-guilan', 's-admin-sun', 's-mediator-chen', 's-judge-gao'],
    admitted: [],
  },
  {
    label: 'POST /hearings/cases/:id/hearings',
    method: 'POST',
    url: `/hearings/cases/${caseId}/hearings`,
    body: { date: slot.date, half: slot.half, roomId: 'r-ergun-2' },
    refused: ['d-zhang-guilan', 's-admin-sun', 's-mediator-chen', 's-judge-gao'],
    admitted: [],
  },
  {
    label: 'POST /hearings/:id/postpone',
    method: 'POST',
    url: `/hearings/${hearingId}/postpone`,
    body: { reason: '当事人申请延期' },
    refused: ['d-zhang-guilan', 's-admin-sun', 's-mediator-chen', 's-judge-gao'],
    admitted: [],
  },
  {
    label: 'POST /hearings/:id/held',
    method: 'POST',
    url: `/hearings/${hearingId}/held`,
    refused: ['d-zhang-guilan', 's-admin-sun', 's-mediator-chen', 's-judge-gao'],
    admitted: [],
  },
  {
    label: 'GET /hearing-requests',
    method: 'GET',
    url: '/hearing-requests',
    refused: ['s-judge-wang', 's-admin-sun'],
    admitted: ['d-zhang-guilan', 'd-wang-jianguo', 'd-li-chunsheng', 'd-new-user'],
  },
  {
    label: 'GET /hearing-requests/:id',
    method: 'GET',
    url: `/hearing-requests/${requestId}`,
    refused: ['d-li-chunsheng', 'd-new-user', 's-judge-wang', 's-clerk-liu'],
    admitted: ['d-zhang-guilan', 'd-wang-jianguo'],
  },
  {
    label: 'POST /hearing-requests/:id/choice',
    method: 'POST',
    url: `/hearing-requests/${requestId}/choice`,
    body: slot,
    refused: ['d-li-chunsheng', 'd-new-user', 's-judge-wang', 's-clerk-liu'],
    admitted: [],
  },
  {
    label: 'POST /hearing-requests/:id/busy',
    method: 'POST',
    url: `/hearing-requests/${requestId}/busy`,
    body: { busy: [{ from: '2027-01-04', to: '2027-01-05' }] },
    refused: ['d-li-chunsheng', 'd-new-user', 's-judge-wang', 's-admin-sun'],
    admitted: [],
  },
]

const snapshot = async () => {
  const db = t.app.store.db
  return {
    hearings: await db.selectFrom('hearings').selectAll().orderBy('id').execute(),
    requests: await db.selectFrom('hearing_requests').selectAll().orderBy('id').execute(),
    answers: await db.selectFrom('hearing_answers').selectAll().orderBy('request_id').orderBy('party_idx').execute(),
    profiles: await db.selectFrom('farm_profiles').selectAll().orderBy('user_id').execute(),
    overrides: await db.selectFrom('farm_calendar_overrides').selectAll().orderBy('year').execute(),
    documents: await db.selectFrom('service_documents').select('id').orderBy('id').execute(),
  }
}

describe('every hearing and farm route', () => {
  it('needs a sign-in (401) and refuses the wrong people (403) in Chinese, without changing anything', async () => {
    const before = await snapshot()
    for (const r of routes()) {
      const anon = await api.call(null, r.method, r.url, r.body)
      expect({ route: r.label, status: anon.statusCode }).toEqual({ route: r.label, status: 401 })
      for (const who of r.refused) {
        const res = await api.call(who, r.method, r.url, r.body)
        expect({ route: r.label, who, status: res.statusCode }).toEqual({ route: r.label, who, status: 403 })
        expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/)
      }
    }
    expect(await snapshot()).toEqual(before)
  })

  it('admits the people each reading route is for', async () => {
    for (const r of routes()) {
      for (const who of r.admitted) {
        const res = await api.call(who, r.method, r.url, r.body)
        expect({ route: r.label, who, status: res.statusCode }).toEqual({ route: r.label, who, status: 200 })
      }
    }
  })

  it('shows staff only their own court’s cases, and parties only their own requests', async () => {
    expect(await api.ok('s-judge-gao', 'GET', '/hearings/cases')).toEqual([])
    expect((await api.ok('s-clerk-liu', 'GET', '/hearings/cases')).length).toBe(2)
    expect(await api.ok('d-li-chunsheng', 'GET', '/hearing-requests')).toEqual([])
    expect(await api.ok('d-new-user', 'GET', '/hearing-requests')).toEqual([])
    expect((await api.ok('d-wang-jianguo', 'GET', '/hearing-requests')).map((r: { id: string }) => r.id)).toEqual([requestId])
  })

  it('lets each writing route through for the people it is for', async () => {
    expect(
      (await api.call('d-wang-jianguo', 'POST', `/hearing-requests/${requestId}/busy`, { busy: [{ from: '2027-01-04', to: '2027-01-05' }] })).statusCode,
    ).toBe(200)
    expect((await api.call('d-zhang-guilan', 'POST', `/hearing-requests/${requestId}/choice`, slot)).statusCode).toBe(200)
    expect((await api.call('d-zhang-guilan', 'PUT', '/me/farm-profile', PROFILE)).statusCode).toBe(200)
    expect((await api.call('s-admin-sun', 'PUT', '/admin/farm-calendar/2027', { overrides: [] })).statusCode).toBe(200)
    expect((await api.call('s-judge-zhao', 'POST', `/hearings/${hearingId}/postpone`, { reason: '当事人申请延期' })).statusCode).toBe(200)
    expect(
      (await api.call('s-clerk-liu', 'POST', `/hearings/cases/${caseId}/hearings`, { date: slot.date, half: slot.half, roomId: 'r-ergun-2', requestId }))
        .statusCode,
    ).toBe(201)
  })

  it('answers 404 in Chinese for what does not exist', async () => {
    for (const [who, method, url] of [
      ['s-judge-wang', 'GET', '/hearings/cases/f-nope'],
      ['s-judge-wang', 'POST', '/hearings/cases/f-nope/requests'],
      ['s-judge-wang', 'POST', '/hearings/h-nope/held'],
      ['d-zhang-guilan', 'GET', '/hearing-requests/hr-nope'],
    ] as const) {
      const res = await api.call(who, method, url)
      expect({ url, status: res.statusCode }).toEqual({ url, status: 404 })
      expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/)
    }
  })
})
