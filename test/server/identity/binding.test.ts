import { submittedFiling, wheatSaleComplaint } from '../fixtures'
import { makeApp, type TestApp } from '../helpers'
import { mediationApi, WANG_ID, wheatRequest } from '../mediation/fixtures'

// Who a filing or a mediation is bound to: only a verified resident ID number names a person.
// A second 王建国 — verified, but with his own ID number — tries to take the real one's place.
let t: TestApp
let api: ReturnType<typeof mediationApi>
const IMPOSTOR = 'x-wang-other'
const IMPOSTOR_ID = '150784198001011233'
const IMPOSTOR_MOBILE = '13800001111'
const WANG = { real_name: '王建国', id_number: WANG_ID, mobile: '13847005678', real_name_status: 'verified' as const, review_reason: null }

beforeAll(async () => {
  t = await makeApp()
  api = mediationApi(t)
  await t.app.store.db
    .insertInto('users')
    .values({
      id: IMPOSTOR,
      role: 'litigant',
      court_id: null,
      account: null,
      password_hash: null,
      openid: 'openid-other-wang',
      display_name: '王建国',
      real_name: '王建国',
      id_number: IMPOSTOR_ID,
      mobile: IMPOSTOR_MOBILE,
      address: null,
      real_name_status: 'verified',
      demo: 0,
      created_at: '2026-11-25T09:00:00+08:00',
      updated_at: '2026-11-25T09:00:00+08:00',
    })
    .execute()
}, 60_000)
afterAll(async () => t.close())

const respondentRow = (id: string) =>
  t.app.store.db.selectFrom('mediation_parties').selectAll().where('mediation_id', '=', id).where('role', '=', 'respondent').executeTakeFirstOrThrow()
const listed = async (who: string) => (await api.ok(who, 'GET', '/mediations')).map((m: { id: string }) => m.id)
const sees = async (who: string, url: string) => (await api.call(who, 'GET', url)).statusCode
const resetWang = () => t.app.store.db.updateTable('users').set(WANG).where('id', '=', 'd-wang-jianguo').execute()

describe('a mediation invitation', () => {
  it.each([
    ['the real 王建国’s own confirmed mobile', '13847005678', 'd-wang-jianguo'],
    ['the mobile of another verified 王建国', IMPOSTOR_MOBILE, IMPOSTOR],
  ])('naming a person by name and %s, without an ID number, binds nobody', async (_label, mobile, matching) => {
    const m = await api.request('d-zhang-guilan', { respondent: { name: '王建国', mobile } })
    expect(await listed(matching)).not.toContain(m.id)
    expect(await sees(matching, `/mediations/${m.id}`)).toBe(403)
    expect((await respondentRow(m.id)).user_id).toBeNull()
  })

  it('naming an ID number binds its verified holder, and not the other 王建国 whose name and mobile it gives', async () => {
    const m = await api.request('d-zhang-guilan', { respondent: { name: '王建国', mobile: IMPOSTOR_MOBILE, idNumber: WANG_ID } })
    expect(await listed(IMPOSTOR)).not.toContain(m.id)
    expect(await sees(IMPOSTOR, `/mediations/${m.id}`)).toBe(403)
    expect(await listed('d-wang-jianguo')).toContain(m.id)
    expect((await api.ok('d-wang-jianguo', 'GET', `/mediations/${m.id}`)).viewer).toMatchObject({ kind: 'party', role: 'respondent' })
    expect((await respondentRow(m.id)).user_id).toBe('d-wang-jianguo')
  })

  it('is found at once only by a verified ID number: a request naming a name and mobile links nobody at creation', async () => {
    const byMobile = await api.request('d-zhang-guilan', { respondent: { name: '王建国', mobile: IMPOSTOR_MOBILE } })
    expect((await respondentRow(byMobile.id)).user_id).toBeNull()
    const byId = await api.request('d-zhang-guilan', { respondent: wheatRequest().respondent })
    expect((await respondentRow(byId.id)).user_id).toBe('d-wang-jianguo')
  })
})

describe('a mobile number waiting for its SMS code', () => {
  it('is not the account’s: nothing finds the person by it, and nothing is sent or filled in with it', async () => {
    // The other 王建国 asks for a code to the real one's number, but cannot answer it.
    expect((await api.call(IMPOSTOR, 'POST', '/me/mobile/code', { mobile: '13847005678' })).statusCode).toBe(200)
    expect(await api.ok(IMPOSTOR, 'GET', '/me')).toMatchObject({ mobile: IMPOSTOR_MOBILE, pendingMobile: '13847005678' })
    const m = await api.request('d-zhang-guilan', { respondent: { name: '王建国', mobile: '13847005678' } })
    expect(await listed(IMPOSTOR)).not.toContain(m.id)
    expect(await sees(IMPOSTOR, `/mediations/${m.id}`)).toBe(403)
    // A new filing proposes e-service to the confirmed number only.
    const draft = await api.ok(IMPOSTOR, 'POST', '/filings', { kind: 'civil-first', courtId: 'c-ergun' })
    expect(draft.data.parties[0].mobile).toBe(IMPOSTOR_MOBILE)
    expect(draft.data.service.mobile).toBe(IMPOSTOR_MOBILE)
  })
})

describe('a filing', () => {
  it('is the defendant’s by his verified ID number, not the other 王建国’s with the name and mobile it gives', async () => {
    const f = await submittedFiling(t, 'd-zhang-guilan', {
      parties: [
        { side: 'plaintiff', type: 'person', name: '张桂兰', idNumber: '150784196803120029', mobile: '13904701234', address: '团结村' },
        { side: 'defendant', type: 'person', name: '王建国', idNumber: WANG_ID, mobile: IMPOSTOR_MOBILE, address: '三河回族乡' },
      ],
    })
    expect(await sees(IMPOSTOR, `/filings/${f.id}`)).toBe(403)
    expect((await api.ok(IMPOSTOR, 'GET', '/filings')).map((x: { id: string }) => x.id)).not.toContain(f.id)
    expect(await sees('d-wang-jianguo', `/filings/${f.id}`)).toBe(200)
    // Typing in the defendant's ID number makes a profile wait for review, not a party.
    const typed = await api.call(IMPOSTOR, 'PUT', '/me/profile', { realName: '王建国', idNumber: WANG_ID })
    expect(typed.json()).toMatchObject({ realNameStatus: 'submitted', reviewReason: 'id-number' })
    expect(await sees(IMPOSTOR, `/filings/${f.id}`)).toBe(403)
    await t.app.store.db
      .updateTable('users')
      .set({ id_number: IMPOSTOR_ID, real_name_status: 'verified', review_reason: null })
      .where('id', '=', IMPOSTOR)
      .execute()
  })
})

describe('a defendant named without an ID number', () => {
  it('may be sued by name and address, and is bound to nobody until identified — not even the 王建国 with that name and mobile', async () => {
    const f = await submittedFiling(t, 'd-zhang-guilan', {
      parties: [
        { side: 'plaintiff', type: 'person', name: '张桂兰', idNumber: '150784196803120029', mobile: '13904701234', address: '团结村' },
        { side: 'defendant', type: 'person', name: '王建国', idNumber: '', mobile: WANG.mobile, address: '额尔古纳市三河回族乡' },
      ],
    })
    expect(f.status).toBe('submitted')
    expect(await sees('d-wang-jianguo', `/filings/${f.id}`)).toBe(403)
    expect(await sees(IMPOSTOR, `/filings/${f.id}`)).toBe(403)
    expect((await api.ok('d-wang-jianguo', 'GET', '/filings')).map((x: { id: string }) => x.id)).not.toContain(f.id)
    expect(await sees('d-zhang-guilan', `/filings/${f.id}`)).toBe(200)
  })

  it('still has a wrong ID number refused when one is given', async () => {
    const headers = await t.as('d-zhang-guilan')
    const id = (await t.app.inject({ method: 'POST', url: '/api/v1/filings', headers, payload: { kind: 'civil-first', courtId: 'c-ergun' } })).json().id
    const data = wheatSaleComplaint()
    data.parties = [data.parties[0], { ...data.parties[1], idNumber: '150784197209150018' } as (typeof data.parties)[1]]
    await t.app.inject({ method: 'PUT', url: `/api/v1/filings/${id}/draft`, headers, payload: data })
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/filings/${id}/submit`, headers })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code: 'FILING_PARTY_ID_INVALID', field: 'parties[1].idNumber' })
  })
})

describe('changing the name or ID number of a verified profile', () => {
  let filingId: string
  let mediationId: string
  beforeAll(async () => {
    filingId = (await submittedFiling(t)).id
    mediationId = (await api.request('d-zhang-guilan')).id
    // 王建国 opens the invitation once, so it is linked to his account.
    expect(await sees('d-wang-jianguo', `/mediations/${mediationId}`)).toBe(200)
  }, 30_000)
  afterEach(resetWang)

  it.each<[string, { realName: string; idNumber: string; address?: string }, 'name' | 'id-number' | 'name-and-id-number' | null, boolean]>([
    ['only the address: still verified', { realName: '王建国', idNumber: WANG_ID, address: '额尔古纳市三河回族乡' }, null, true],
    ['the name: back to review; his again once verified under the new name', { realName: '王建军', idNumber: WANG_ID }, 'name', true],
    ['the ID number: back to review; verified again, it names someone else', { realName: '王建国', idNumber: '150784197503033016' }, 'id-number', false],
    ['both', { realName: '王建军', idNumber: '150784197503033016' }, 'name-and-id-number', false],
  ])('%s', async (_label, change, reason, hisAfterReverify) => {
    const res = await api.call('d-wang-jianguo', 'PUT', '/me/profile', change)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ realNameStatus: reason ? 'submitted' : 'verified', reviewReason: reason })
    const history = await t.app.store.db.selectFrom('audit_log').selectAll().where('subject', '=', 'user:d-wang-jianguo').execute()
    expect(history.filter((h) => h.action === 'profile.back-to-review').map((h) => JSON.parse(h.detail).reason)).toEqual(reason ? [reason] : [])
    const open = reason ? 403 : 200
    expect(await sees('d-wang-jianguo', `/filings/${filingId}`)).toBe(open)
    expect(await sees('d-wang-jianguo', `/mediations/${mediationId}`)).toBe(open)
    expect((await listed('d-wang-jianguo')).includes(mediationId)).toBe(!reason)
    // The court verifies the changed identity.
    await t.app.store.db.updateTable('users').set({ real_name_status: 'verified' }).where('id', '=', 'd-wang-jianguo').execute()
    expect((await api.ok('d-wang-jianguo', 'GET', '/me')).reviewReason).toBeNull()
    const after = hisAfterReverify ? 200 : 403
    expect(await sees('d-wang-jianguo', `/filings/${filingId}`)).toBe(after)
    expect(await sees('d-wang-jianguo', `/mediations/${mediationId}`)).toBe(after)
    await t.app.store.db.deleteFrom('audit_log').where('subject', '=', 'user:d-wang-jianguo').execute()
  })
})

describe('an invitation naming the respondent by name and mobile only', () => {
  let id: string
  beforeAll(async () => {
    await api.setAvailability()
    id = (await api.request('d-zhang-guilan', { respondent: { name: '王建国', mobile: '13847005678' }, mediatorId: 's-mediator-chen' })).id
  }, 30_000)
  const record = (who: string, idNumber: string) => api.call(who, 'POST', `/mediations/${id}/respondent-id`, { idNumber })

  it('tells the mediator and the court that the respondent cannot take part yet, and the parties nothing of it', async () => {
    expect((await api.ok('s-mediator-chen', 'GET', `/mediations/${id}`)).respondentIdentity).toBe('none')
    expect((await api.ok('s-clerk-liu', 'GET', `/mediations/${id}`)).respondentIdentity).toBe('none')
    expect((await api.ok('d-zhang-guilan', 'GET', `/mediations/${id}`)).respondentIdentity).toBeNull()
  })

  it.each([
    ['the applicant', 'd-zhang-guilan', 403],
    ['the person it means, before anyone checked', 'd-wang-jianguo', 403],
    ['a judge of another court', 's-judge-gao', 403],
  ])('refuses %s the respondent’s ID number, changing nothing', async (_label, who, status) => {
    expect((await record(who, WANG_ID)).statusCode).toBe(status)
    expect((await respondentRow(id)).id_number).toBeNull()
  })

  it.each([
    ['an ID number with a wrong check digit', '150784197209150018', 'MEDIATION_RESPONDENT_ID_INVALID'],
    ['the applicant’s own ID number', '150784196803120029', 'MEDIATION_RESPONDENT_IS_SELF'],
  ])('refuses %s at its field', async (_label, idNumber, code) => {
    const res = await record('s-mediator-chen', idNumber)
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code, field: 'idNumber' })
    expect((await respondentRow(id)).id_number).toBeNull()
  })

  it('binds the respondent once the mediator, having checked, records his ID number', async () => {
    const res = await record('s-mediator-chen', WANG_ID)
    expect(res.statusCode).toBe(200)
    expect(res.json().respondentIdentity).toBe('linked')
    expect(await respondentRow(id)).toMatchObject({ id_number: WANG_ID, user_id: 'd-wang-jianguo' })
    expect(await listed('d-wang-jianguo')).toContain(id)
    expect(await listed(IMPOSTOR)).not.toContain(id)
    expect(res.json().history.map((h: { action: string }) => h.action)).toContain('mediation.respondent-identified')
    // Linked now: nobody can rename who the respondent is.
    const again = await record('s-mediator-chen', IMPOSTOR_ID)
    expect(again.statusCode).toBe(409)
    expect(again.json().error.code).toBe('MEDIATION_RESPONDENT_LINKED')
  })
})
