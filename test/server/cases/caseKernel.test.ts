import type { Actor } from '../../../server/auth/actor'
import type { CaseRelation } from '../../../server/services/cases/caseKernel'
import { readFilingData } from '../../../server/services/cases/filingData'
import { submittedFiling, wheatSaleComplaint } from '../fixtures'
import { makeApp, type TestApp } from '../helpers'

// The one rule of who stands how to a case, asked the way every use case asks it.
let t: TestApp
let draftId: string
let submittedId: string
let crossId: string
let forwardedId: string

const actor = async (id: string): Promise<Actor> => {
  const u = await t.app.store.db.selectFrom('users').select(['id', 'role', 'court_id']).where('id', '=', id).executeTakeFirstOrThrow()
  return { sub: u.id, role: u.role, courtId: u.court_id }
}

beforeAll(async () => {
  t = await makeApp()
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/filings',
    headers: await t.as('d-zhang-guilan'),
    payload: { kind: 'civil-first', courtId: 'c-ergun' },
  })
  draftId = created.json().id
  // A draft that names the defendant, so it is not the blank draft a new filing would reuse.
  const saved = await t.app.inject({
    method: 'PUT',
    url: `/api/v1/filings/${draftId}/draft`,
    headers: await t.as('d-zhang-guilan'),
    payload: wheatSaleComplaint(),
  })
  if (saved.statusCode !== 200) throw new Error(`save failed: ${saved.body}`)
  submittedId = (await submittedFiling(t)).id
  crossId = (await submittedFiling(t, 'd-zhang-guilan', { courtId: 'c-ergun', targetCourtId: 'c-dongsheng' })).id
  forwardedId = (await submittedFiling(t, 'd-zhang-guilan', { courtId: 'c-ergun', targetCourtId: 'c-dongsheng' })).id
  await t.app.inject({ method: 'POST', url: `/api/v1/review/filings/${forwardedId}/forward`, headers: await t.as('s-clerk-liu') })
}, 60_000)
afterAll(() => t.close())

describe('relation', () => {
  const ids = () => ({ draft: draftId, submitted: submittedId, cross: crossId, forwarded: forwardedId })
  it.each<[string, 'draft' | 'submitted' | 'cross' | 'forwarded', string, CaseRelation]>([
    ['the filer sees their own draft', 'draft', 'd-zhang-guilan', 'filer'],
    ['the defendant named in a draft is not told of it yet', 'draft', 'd-wang-jianguo', null],
    ['no court sees a draft', 'draft', 's-judge-wang', null],
    ['the filer of a submitted filing', 'submitted', 'd-zhang-guilan', 'filer'],
    ['a verified defendant the filing names', 'submitted', 'd-wang-jianguo', 'named'],
    ['a lawyer the filing does not name', 'submitted', 'd-li-chunsheng', null],
    ['a person without a verified identity', 'submitted', 'd-new-user', null],
    ['a judge of the court', 'submitted', 's-judge-wang', 'hearing-court'],
    ['a clerk of the court', 'submitted', 's-clerk-liu', 'hearing-court'],
    ['a mediator of the court with no mediation of it', 'submitted', 's-mediator-chen', null],
    ['a judge of another court', 'submitted', 's-judge-gao', null],
    ['the receiving court of a cross-region filing', 'cross', 's-judge-wang', 'receiving-court'],
    ['the court it belongs to, before it is forwarded', 'cross', 's-judge-gao', null],
    ['the court it belongs to, once forwarded', 'forwarded', 's-judge-gao', 'hearing-court'],
    ['the receiving court, after forwarding', 'forwarded', 's-clerk-liu', 'receiving-court'],
  ])('%s', async (_label, which, userId, expected) => {
    const f = await t.app.services.cases.load(ids()[which])
    expect(await t.app.services.cases.relation(await actor(userId), f)).toBe(expected)
  })
})

describe('decisions built on it', () => {
  it('loadVisible refuses a stranger with a Chinese reason, and a missing case with 404', async () => {
    await expect(t.app.services.cases.loadVisible(await actor('d-li-chunsheng'), submittedId)).rejects.toMatchObject({
      status: 403,
      message: '这不是您的案件，无法查看',
    })
    await expect(t.app.services.cases.loadVisible(await actor('s-judge-gao'), submittedId)).rejects.toMatchObject({ status: 403 })
    await expect(t.app.services.cases.load('no-such-case')).rejects.toMatchObject({ status: 404, code: 'FILING_NOT_FOUND' })
    // A feature's own not-found code and words, so its clients keep what they rely on.
    await expect(t.app.services.cases.load('no-such-case', '找不到这个案件', 'SERVICE_CASE_NOT_FOUND')).rejects.toMatchObject({
      status: 404,
      code: 'SERVICE_CASE_NOT_FOUND',
      message: '找不到这个案件',
    })
  })

  it('only the hearing court decides, and only in the roles asked for', async () => {
    const cross = await t.app.services.cases.load(crossId)
    const forwarded = await t.app.services.cases.load(forwardedId)
    expect(t.app.services.cases.isHearingCourt(await actor('s-judge-wang'), cross, ['judge', 'clerk'])).toBe(false)
    expect(t.app.services.cases.isHearingCourt(await actor('s-judge-gao'), forwarded, ['judge', 'clerk'])).toBe(true)
    expect(t.app.services.cases.isHearingCourt(await actor('s-judge-gao'), forwarded, ['clerk'])).toBe(false)
  })

  it('partyOf: the party the person answers for, by verified ID; the filer answers for the first plaintiff', async () => {
    const f = await t.app.services.cases.load(submittedId)
    const parties = [
      { side: 'plaintiff' as const, id_key: '150784196803120029', idx: 0 },
      { side: 'defendant' as const, id_key: '150784197209150019', idx: 1 },
    ]
    expect(await t.app.services.cases.partyOf(await actor('d-wang-jianguo'), f, parties)).toMatchObject({ idx: 1 })
    expect(await t.app.services.cases.partyOf(await actor('d-zhang-guilan'), f, parties)).toMatchObject({ idx: 0 })
    expect(await t.app.services.cases.partyOf(await actor('d-li-chunsheng'), f, parties)).toBeNull()
    expect(await t.app.services.cases.partyOf(await actor('s-judge-wang'), f, parties)).toBeNull()
  })

  it('record reads the stored filing through its schema', async () => {
    const { data } = t.app.services.cases.record(await t.app.services.cases.load(submittedId))
    expect(data.parties.map((p) => p.name)).toEqual(['张桂兰', '王建国'])
  })
})

describe('readFilingData', () => {
  it('returns a filing that fits the schema', () => {
    expect(readFilingData(JSON.stringify(wheatSaleComplaint())).claims[0].amountFen).toBe(8_650_000)
  })
  it.each([
    ['an unknown kind', { ...wheatSaleComplaint(), kind: 'criminal' }, '/kind'],
    ['parties that are not a list', { ...wheatSaleComplaint(), parties: 'x' }, '/parties'],
    ['a missing service address', { ...wheatSaleComplaint(), service: undefined }, '/'],
  ])('refuses %s, naming where', (_label, value, where) => {
    expect(() => readFilingData(JSON.stringify(value))).toThrow(where)
  })
})
