import crypto from 'node:crypto'
import { makeApp, type TestApp } from '../helpers'
import { submittedFiling, wheatSaleComplaint } from '../fixtures'

let t: TestApp
beforeAll(async () => {
  t = await makeApp()
})
afterAll(async () => t.close())
afterEach(() => jest.restoreAllMocks())

async function draft(): Promise<string> {
  const headers = await t.as('d-zhang-guilan')
  const id = (await t.app.inject({ method: 'POST', url: '/api/v1/filings', headers, payload: { kind: 'civil-first', courtId: 'c-ergun' } })).json().id as string
  await t.app.inject({ method: 'PUT', url: `/api/v1/filings/${id}/draft`, headers, payload: wheatSaleComplaint() })
  return id
}

type Uuid = ReturnType<typeof crypto.randomUUID>
const uuidStarting = (hex: string): Uuid => `${hex.toLowerCase()}00-0000-4000-8000-000000000000` as Uuid

// The proxy names the request, so the server draws no request id of its own: every random UUID
// the spies see is one the submit drew for a filing number.
const PROXY_ID = { 'x-request-id': 'nginx-filing-number' }

describe('filing numbers', () => {
  it('draws a new number when the random part repeats one already given today', async () => {
    const first = await submittedFiling(t)
    const id = await draft()
    const taken = first.filingNumber.slice(-6)
    jest.spyOn(crypto, 'randomUUID').mockReturnValueOnce(uuidStarting(taken)).mockReturnValueOnce(uuidStarting('ABC123'))
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/filings/${id}/submit`, headers: { ...(await t.as('d-zhang-guilan')), ...PROXY_ID } })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ status: 'submitted', version: 1, filingNumber: 'LA20261125ABC123' })
    expect(res.json().history.filter((h: { action: string }) => h.action === 'filing.submitted')).toHaveLength(1)
  })

  it('gives up with a server error after five clashes in a row, leaving the draft a draft', async () => {
    const first = await submittedFiling(t)
    const id = await draft()
    const spy = jest.spyOn(crypto, 'randomUUID').mockReturnValue(uuidStarting(first.filingNumber.slice(-6)))
    const headers = { ...(await t.as('d-zhang-guilan')), ...PROXY_ID }
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/filings/${id}/submit`, headers })
    expect(res.statusCode).toBe(500)
    expect(spy).toHaveBeenCalledTimes(5)
    spy.mockRestore()
    const after = await t.app.inject({ method: 'GET', url: `/api/v1/filings/${id}`, headers })
    expect(after.json()).toMatchObject({ status: 'draft', filingNumber: null, version: 0 })
  })
})
