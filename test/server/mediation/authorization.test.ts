import { makeApp, type TestApp } from '../helpers'
import { mediationApi, MON_FRI_MORNINGS, WANG_CONSENT, wheatRequest } from './fixtures'

let t: TestApp
let api: ReturnType<typeof mediationApi>
let id: string
beforeAll(async () => {
  t = await makeApp()
  api = mediationApi(t)
  await api.setAvailability()
  id = (await api.request()).id
  await api.ok('d-zhang-guilan', 'POST', `/mediations/${id}/booking`, { startsAt: '2026-11-26T09:00:00+08:00', mediatorId: 's-mediator-chen' })
})
afterAll(async () => t.close())

type Method = 'GET' | 'POST' | 'PUT'
const routes = (): Array<{ label: string; method: Method; url: string; body?: unknown; refused: string[] }> => [
  {
    label: 'POST /mediations',
    method: 'POST',
    url: '/mediations',
    body: wheatRequest(),
    refused: ['s-judge-wang', 's-clerk-liu', 's-mediator-chen', 's-admin-sun'],
  },
  { label: 'GET /mediations', method: 'GET', url: '/mediations', refused: [] },
  { label: 'GET /mediations/:id', method: 'GET', url: `/mediations/${id}`, refused: ['d-li-chunsheng', 's-judge-gao'] },
  { label: 'GET /mediations/:id/slots', method: 'GET', url: `/mediations/${id}/slots`, refused: ['s-clerk-liu', 's-admin-sun', 'd-li-chunsheng'] },
  {
    label: 'POST /mediations/:id/booking',
    method: 'POST',
    url: `/mediations/${id}/booking`,
    body: { startsAt: '2026-11-26T10:00:00+08:00' },
    refused: ['s-clerk-liu', 's-judge-wang', 'd-li-chunsheng'],
  },
  {
    label: 'POST /mediations/:id/accept',
    method: 'POST',
    url: `/mediations/${id}/accept`,
    body: WANG_CONSENT,
    refused: ['s-mediator-chen', 's-judge-wang', 'd-li-chunsheng'],
  },
  {
    label: 'POST /mediations/:id/withdraw',
    method: 'POST',
    url: `/mediations/${id}/withdraw`,
    body: {},
    refused: ['s-mediator-chen', 's-clerk-liu', 'd-li-chunsheng'],
  },
  {
    label: 'POST /mediations/:id/confirm',
    method: 'POST',
    url: `/mediations/${id}/confirm`,
    refused: ['d-zhang-guilan', 's-clerk-liu', 's-judge-wang', 's-judge-zhao'],
  },
  {
    label: 'POST /mediations/:id/decline',
    method: 'POST',
    url: `/mediations/${id}/decline`,
    body: { reason: '不在擅长领域' },
    refused: ['d-zhang-guilan', 's-clerk-liu', 's-judge-zhao'],
  },
  {
    label: 'POST /mediations/:id/assign',
    method: 'POST',
    url: `/mediations/${id}/assign`,
    body: { mediatorId: 's-judge-zhao' },
    refused: ['d-zhang-guilan', 's-mediator-chen', 's-judge-gao'],
  },
  {
    label: 'POST /mediations/:id/respondent-id',
    method: 'POST',
    url: `/mediations/${id}/respondent-id`,
    body: { idNumber: '150784198001011233' },
    refused: ['d-zhang-guilan', 'd-wang-jianguo', 'd-li-chunsheng', 's-judge-gao'],
  },
  {
    label: 'POST /mediations/:id/outcome',
    method: 'POST',
    url: `/mediations/${id}/outcome`,
    body: { result: 'withdrawn' },
    refused: ['d-zhang-guilan', 's-clerk-liu', 's-judge-zhao'],
  },
  { label: 'POST /mediations/:id/sign', method: 'POST', url: `/mediations/${id}/sign`, refused: ['s-mediator-chen', 's-judge-wang', 'd-li-chunsheng'] },
  {
    label: 'POST /mediations/:id/judicial-confirmation',
    method: 'POST',
    url: `/mediations/${id}/judicial-confirmation`,
    body: { declaration: true },
    refused: ['s-judge-wang', 's-mediator-chen', 'd-li-chunsheng'],
  },
  {
    label: 'POST /mediations/:id/to-filing',
    method: 'POST',
    url: `/mediations/${id}/to-filing`,
    refused: ['s-judge-wang', 's-mediator-chen', 'd-wang-jianguo', 'd-li-chunsheng'],
  },
  { label: 'GET /mediation/availability', method: 'GET', url: '/mediation/availability', refused: ['d-zhang-guilan', 's-clerk-liu', 's-admin-sun'] },
  {
    label: 'PUT /mediation/availability',
    method: 'PUT',
    url: '/mediation/availability',
    body: MON_FRI_MORNINGS,
    refused: ['d-zhang-guilan', 's-clerk-liu', 's-admin-sun'],
  },
  { label: 'GET /mediation/notices', method: 'GET', url: '/mediation/notices', refused: [] },
  { label: 'POST /mediation/notices/read', method: 'POST', url: '/mediation/notices/read', refused: [] },
  { label: 'POST /mediation/reminders', method: 'POST', url: '/mediation/reminders', refused: ['d-zhang-guilan', 's-judge-wang', 's-mediator-chen'] },
]

describe('every mediation route', () => {
  it('needs a sign-in (401) and refuses the wrong people (403) without changing anything', async () => {
    const before = await t.app.store.db.selectFrom('mediations').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
    for (const r of routes()) {
      const anon = await api.call(null, r.method, r.url, r.body)
      expect({ route: r.label, status: anon.statusCode }).toEqual({ route: r.label, status: 401 })
      for (const who of r.refused) {
        const res = await api.call(who, r.method, r.url, r.body)
        expect({ route: r.label, who, status: res.statusCode }).toEqual({ route: r.label, who, status: 403 })
        expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/)
      }
    }
    const after = await t.app.store.db.selectFrom('mediations').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
    expect(after).toEqual(before)
  })

  it('admits the people each route is for', async () => {
    expect((await api.call('d-wang-jianguo', 'GET', `/mediations/${id}/slots`)).statusCode).toBe(200)
    expect((await api.call('s-mediator-chen', 'GET', `/mediations/${id}/slots`)).statusCode).toBe(200)
    expect((await api.call('s-judge-wang', 'GET', `/mediations/${id}`)).statusCode).toBe(200)
    expect((await api.call('s-admin-sun', 'GET', `/mediations/${id}`)).statusCode).toBe(200)
    expect((await api.call('d-wang-jianguo', 'POST', `/mediations/${id}/accept`, WANG_CONSENT)).statusCode).toBe(200)
    expect((await api.call('s-mediator-chen', 'POST', `/mediations/${id}/confirm`)).statusCode).toBe(200)
    expect((await api.call('s-judge-zhao', 'GET', '/mediation/availability')).statusCode).toBe(200)
    expect((await api.call('s-admin-sun', 'POST', '/mediation/reminders')).statusCode).toBe(200)
  })

  it('finds an invited party who verifies their identity only after being invited', async () => {
    const status = (real_name_status: 'submitted' | 'verified') =>
      t.app.store.db.updateTable('users').set({ real_name_status }).where('id', '=', 'd-wang-jianguo').execute()
    const ids = async () => (await api.ok('d-wang-jianguo', 'GET', '/mediations')).map((x: { id: string }) => x.id)
    await status('submitted')
    const m = await api.request('d-zhang-guilan')
    expect(await ids()).not.toContain(m.id)
    expect((await api.call('d-wang-jianguo', 'GET', `/mediations/${m.id}`)).statusCode).toBe(403)
    // The court verifies 王建国: the invitation names his ID number, so it is his.
    await status('verified')
    expect(await ids()).toContain(m.id)
    expect((await api.ok('d-wang-jianguo', 'GET', `/mediations/${m.id}`)).viewer.role).toBe('respondent')
  })
})
