import { filingsRepository } from '../../../server/repositories/filings'
import { makeApp, type TestApp } from '../helpers'
import { submittedFiling, wheatSaleComplaint } from '../fixtures'

let t: TestApp
beforeAll(async () => {
  t = await makeApp()
}, 60_000)
afterAll(async () => t.close())

const create = async (who: string, payload: Record<string, string> = { kind: 'civil-first', courtId: 'c-ergun' }) =>
  t.app.inject({ method: 'POST', url: '/api/v1/filings', headers: await t.as(who), payload })
const remove = async (who: string, id: string) => t.app.inject({ method: 'DELETE', url: `/api/v1/filings/${id}`, headers: await t.as(who) })
const mine = async (who: string) =>
  (await t.app.inject({ method: 'GET', url: '/api/v1/filings', headers: await t.as(who) })).json() as Array<Record<string, unknown>>

describe('starting a filing again', () => {
  it('takes up the draft nothing was typed into instead of making another', async () => {
    const a = (await create('d-li-chunsheng')).json()
    const b = (await create('d-li-chunsheng')).json()
    expect(b.id).toBe(a.id)
    expect((await mine('d-li-chunsheng')).filter((f) => f.status === 'draft')).toHaveLength(1)
  })

  it('starts a new draft once the old one has something in it, or for another kind of filing', async () => {
    const headers = await t.as('d-li-chunsheng')
    const a = (await create('d-li-chunsheng')).json()
    const typed = { ...a.data, facts: '他欠我买小麦的钱' }
    expect((await t.app.inject({ method: 'PUT', url: `/api/v1/filings/${a.id}/draft`, headers, payload: typed })).statusCode).toBe(200)
    const b = (await create('d-li-chunsheng')).json()
    expect(b.id).not.toBe(a.id)
    const c = (await create('d-li-chunsheng', { kind: 'enforcement', courtId: 'c-ergun' })).json()
    expect([a.id, b.id]).not.toContain(c.id)
  })
})

describe('the list tells filings apart', () => {
  it('gives the number, the day, the amount claimed and the status of each row', async () => {
    const submitted = await submittedFiling(t, 'd-zhang-guilan')
    const draft = (await create('d-zhang-guilan')).json()
    const rows = await mine('d-zhang-guilan')
    const s = rows.find((f) => f.id === submitted.id)
    const d = rows.find((f) => f.id === draft.id)
    const claimed = wheatSaleComplaint().claims.reduce((sum, c) => sum + (c.amountFen ?? 0), 0)
    expect(s).toMatchObject({ status: 'submitted', filingNumber: submitted.filingNumber, claimedFen: claimed, submittedAt: submitted.submittedAt })
    expect(d).toMatchObject({ status: 'draft', filingNumber: null, claimedFen: null, submittedAt: null })
    const queue = (await t.app.inject({ method: 'GET', url: '/api/v1/review/filings', headers: await t.as('s-judge-wang') })).json()
    expect(queue.find((f: { id: string }) => f.id === submitted.id)).toMatchObject({ claimedFen: claimed })
  })
})

describe('deleting a draft', () => {
  it('lets the filer delete their own draft, which is then gone', async () => {
    const id = (await create('d-zhang-guilan', { kind: 'preservation', courtId: 'c-ergun' })).json().id
    const res = await remove('d-zhang-guilan', id)
    expect(res.statusCode).toBe(204)
    expect((await mine('d-zhang-guilan')).some((f) => f.id === id)).toBe(false)
    const again = await t.app.inject({ method: 'GET', url: `/api/v1/filings/${id}`, headers: await t.as('d-zhang-guilan') })
    expect(again.statusCode).toBe(404)
    expect(again.json().error).toMatchObject({ code: 'FILING_NOT_FOUND' })
  })

  it('refuses anyone else, and leaves the draft as it was', async () => {
    const id = (await create('d-zhang-guilan', { kind: 'judicial-confirmation', courtId: 'c-ergun' })).json().id
    for (const who of ['d-wang-jianguo', 's-judge-wang']) {
      const res = await remove(who, id)
      expect(res.statusCode).toBe(403)
      expect(res.json().error.message).toMatch(/[\u4e00-\u9fff]/)
    }
    expect((await mine('d-zhang-guilan')).some((f) => f.id === id)).toBe(true)
  })

  it('refuses a submitted filing with a code, the field and a Chinese message', async () => {
    const f = await submittedFiling(t, 'd-zhang-guilan')
    const res = await remove('d-zhang-guilan', f.id)
    expect(res.statusCode).toBe(409)
    expect(res.json().error).toEqual({ code: 'FILING_NOT_DRAFT', field: 'id', message: '这份申请已经提交，不能删除' })
    const still = await t.app.inject({ method: 'GET', url: `/api/v1/filings/${f.id}`, headers: await t.as('d-zhang-guilan') })
    expect(still.json().status).toBe('submitted')
  })

  it('answers an unknown draft with 404, and an anonymous caller with 401', async () => {
    expect((await remove('d-zhang-guilan', 'f-nowhere')).statusCode).toBe(404)
    const id = (await create('d-zhang-guilan')).json().id
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/filings/${id}` })).statusCode).toBe(401)
  })
})

describe('saving a draft', () => {
  const put = async (who: string, id: string, payload: object) =>
    t.app.inject({ method: 'PUT', url: `/api/v1/filings/${id}/draft`, headers: await t.as(who), payload })
  const stored = (id: string) =>
    t.app.store.db.selectFrom('filings').select(['data_json', 'status', 'version', 'updated_at']).where('id', '=', id).executeTakeFirstOrThrow()

  it('answers with what changed — the time and version — and stores the form', async () => {
    const draft = (await create('d-zhang-guilan')).json()
    const res = await put('d-zhang-guilan', draft.id, wheatSaleComplaint())
    expect(res.statusCode).toBe(200)
    const row = await stored(draft.id)
    expect(res.json()).toEqual({ id: draft.id, status: 'draft', version: draft.version, updatedAt: row.updated_at })
    expect(JSON.parse(row.data_json).parties[1].name).toBe(wheatSaleComplaint().parties[1].name)
  })

  it('refuses an autosave that arrives after the filing was submitted, and changes nothing', async () => {
    const { id } = await submittedFiling(t)
    const before = await stored(id)
    const res = await put('d-zhang-guilan', id, wheatSaleComplaint({ facts: '提交后才到的自动保存' }))
    expect(res.statusCode).toBe(409)
    expect(res.json().error).toMatchObject({ code: 'FILING_NOT_EDITABLE', message: '这份申请已经提交，不能再修改' })
    expect(await stored(id)).toEqual(before)
    // The save checked the status before it wrote; the write itself is conditional on it too, so an
    // autosave whose check ran just before the submit committed still writes nothing.
    const late = await filingsRepository(t.app.store.db).saveDraftData(id, 'draft', { data_json: '{}', agricultural: 0, updated_at: before.updated_at })
    expect(late).toBe(false)
    expect(await stored(id)).toEqual(before)
  })

  it('lets only the filer save, and answers an unknown filing with 404', async () => {
    const draft = (await create('d-zhang-guilan')).json()
    const before = await stored(draft.id)
    expect((await put('d-wang-jianguo', draft.id, wheatSaleComplaint())).statusCode).toBe(403)
    expect(await stored(draft.id)).toEqual(before)
    const unknown = await put('d-zhang-guilan', 'f-does-not-exist', wheatSaleComplaint())
    expect(unknown.statusCode).toBe(404)
    expect(unknown.json().error.code).toBe('FILING_NOT_FOUND')
  })
})
