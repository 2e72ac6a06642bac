import { makeApp, type TestApp } from '../helpers'
import { acceptedCase, submittedFiling, wheatSaleComplaint } from '../fixtures'

let t: TestApp
beforeAll(async () => {
  t = await makeApp()
})
afterAll(async () => t.close())

const create = async (who: string, key?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/filings',
    headers: { ...(await t.as(who)), ...(key ? { 'idempotency-key': key } : {}) },
    payload: { kind: 'civil-first', courtId: 'c-ergun' },
  })

describe('drafts', () => {
  it('starts a draft with the filer pre-filled from the real-name profile', async () => {
    const res = await create('d-zhang-guilan')
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ status: 'draft', crossRegion: false })
    expect(res.json().data.parties[0]).toMatchObject({ side: 'plaintiff', name: '张桂兰', idNumber: '150784196803120029' })
  })

  it('makes one draft when the same request is retried with its key', async () => {
    const a = await create('d-zhang-guilan', 'retry-key-0001')
    const b = await create('d-zhang-guilan', 'retry-key-0001')
    expect(b.json().id).toBe(a.json().id)
  })

  it('refuses an unknown court with a Chinese message', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/filings',
      headers: await t.as('d-zhang-guilan'),
      payload: { kind: 'civil-first', courtId: 'c-nowhere' },
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code: 'FILING_COURT_UNKNOWN', field: 'courtId' })
  })

  it('lets only the filer save a draft', async () => {
    const id = (await create('d-zhang-guilan')).json().id
    const res = await t.app.inject({ method: 'PUT', url: `/api/v1/filings/${id}/draft`, headers: await t.as('d-wang-jianguo'), payload: wheatSaleComplaint() })
    expect(res.statusCode).toBe(403)
  })

  it('refuses a draft whose shape is wrong, naming the field', async () => {
    const id = (await create('d-zhang-guilan')).json().id
    const bad = { ...wheatSaleComplaint(), claims: [{ text: '货款', amountFen: -5 }] }
    const res = await t.app.inject({ method: 'PUT', url: `/api/v1/filings/${id}/draft`, headers: await t.as('d-zhang-guilan'), payload: bad })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code: 'INVALID_INPUT', field: 'claims[0].amountFen', message: '请求金额太小了，请核对' })
  })
})

describe('submitting', () => {
  it('refuses an incomplete filing with every problem listed, and stores nothing new', async () => {
    const headers = await t.as('d-zhang-guilan')
    const id = (await create('d-zhang-guilan')).json().id
    const data = wheatSaleComplaint()
    data.parties[1] = { ...data.parties[1], idNumber: '150784197209150018' } as (typeof data.parties)[1]
    data.declaration = false
    await t.app.inject({ method: 'PUT', url: `/api/v1/filings/${id}/draft`, headers, payload: data })
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/filings/${id}/submit`, headers })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code: 'FILING_PARTY_ID_INVALID', field: 'parties[1].idNumber' })
    expect(res.json().error.message).toContain('被告')
    expect(res.json().error.problems.map((p: { code: string }) => p.code)).toContain('FILING_DECLARATION_REQUIRED')
    const after = await t.app.inject({ method: 'GET', url: `/api/v1/filings/${id}`, headers })
    expect(after.json().status).toBe('draft')
  })

  it('computes the fee on the server and starts the 7-day review clock', async () => {
    const f = await submittedFiling(t)
    expect(f.status).toBe('submitted')
    // 86,500 yuan property case: 50 + (86,500 − 10,000) × 2.5% = 1,962.50; simple procedure halves it.
    expect(f.fee.minFen).toBe(98125)
    expect(f.review).toMatchObject({ due: '2026-12-02', daysLeft: 7, overdue: false })
    expect(f.filingNumber).toMatch(/^LA20261125[0-9A-F]{6}$/)
  })

  it.each([
    // 5万 is under half the 内蒙古 figure (54,428元): small claims by law, so the fee is halved (第十六条).
    { label: '追索劳动报酬 5万: 10元 halved, need not prepay', cause: '追索劳动报酬纠纷', procedure: 'ordinary', minFen: 500, maxFen: 500, prepay: false },
    {
      label: '劳务合同 5万: a property case, 1,050元 halved, prepaid',
      cause: '劳务合同纠纷',
      procedure: 'ordinary',
      minFen: 52_500,
      maxFen: 52_500,
      prepay: true,
    },
    {
      label: '劳务合同 8万 (over half the wage, no agreement): ordinary stands, 1,800元',
      cause: '劳务合同纠纷',
      procedure: 'ordinary',
      amountFen: 8_000_000,
      minFen: 180_000,
      maxFen: 180_000,
      prepay: true,
    },
    {
      label: '离婚 with 30万 to divide: 550–800元',
      cause: '离婚纠纷',
      procedure: 'ordinary',
      amountFen: 30_000_000,
      minFen: 55_000,
      maxFen: 80_000,
      prepay: true,
    },
  ] as const)('recomputes the fee from the 案由 on submit: $label', async ({ cause, procedure, minFen, maxFen, prepay, ...rest }) => {
    const amountFen = 'amountFen' in rest ? rest.amountFen : 5_000_000
    const f = await submittedFiling(t, 'd-zhang-guilan', { cause, procedure, claims: [{ text: '请求', amountFen }] })
    expect(f.data.cause).toBe(cause)
    expect(f.fee).toMatchObject({ minFen, maxFen, prepay: { required: prepay, article: '《诉讼费用交纳办法》第二十条第一款' } })
  })

  it('refuses a 案由 longer than 40 characters', async () => {
    const id = (await create('d-zhang-guilan')).json().id
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/filings/${id}/draft`,
      headers: await t.as('d-zhang-guilan'),
      payload: wheatSaleComplaint({ cause: '纠'.repeat(41) }),
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code: 'INVALID_INPUT', field: 'cause' })
  })

  it('treats a second submit as the same filing', async () => {
    const f = await submittedFiling(t)
    const again = await t.app.inject({ method: 'POST', url: `/api/v1/filings/${f.id}/submit`, headers: await t.as('d-zhang-guilan') })
    expect(again.statusCode).toBe(200)
    expect(again.json()).toMatchObject({ id: f.id, version: 1, filingNumber: f.filingNumber })
  })

  it('refuses to change a submitted filing', async () => {
    const f = await submittedFiling(t)
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/filings/${f.id}/draft`,
      headers: await t.as('d-zhang-guilan'),
      payload: wheatSaleComplaint(),
    })
    expect(res.statusCode).toBe(409)
  })
})

describe('who sees a filing', () => {
  it('shows it to the filer and to the defendant named in it, not to anyone else', async () => {
    const f = await submittedFiling(t)
    const own = await t.app.inject({ method: 'GET', url: `/api/v1/filings/${f.id}`, headers: await t.as('d-zhang-guilan') })
    expect(own.statusCode).toBe(200)
    const defendant = await t.app.inject({ method: 'GET', url: `/api/v1/filings/${f.id}`, headers: await t.as('d-wang-jianguo') })
    expect(defendant.statusCode).toBe(200)
    const stranger = await t.app.inject({ method: 'GET', url: `/api/v1/filings/${f.id}`, headers: await t.as('d-li-chunsheng') })
    expect(stranger.statusCode).toBe(403)
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/filings', headers: await t.as('d-li-chunsheng') })
    expect(list.json().map((x: { id: string }) => x.id)).not.toContain(f.id)
  })

  it('shows it to the lawyer named as the agent, who can follow the case', async () => {
    const poa = await t.app.store.db
      .insertInto('files')
      .values({
        id: 'file-poa-1',
        owner_id: 'd-zhang-guilan',
        original_name: '授权委托书.pdf',
        mime: 'application/pdf',
        size: 10,
        sha256: 'x',
        storage_name: 'file-poa-1',
        created_at: '2026-11-25T09:00:00+08:00',
      })
      .execute()
    expect(poa).toBeDefined()
    const lawyer = {
      kind: 'lawyer' as const,
      name: '李春生',
      idNumber: '150721198507060037',
      mobile: '13614709876',
      licenceNo: '11507202010123456',
      powerOfAttorneyFileIds: ['file-poa-1'],
    }
    const f = await submittedFiling(t, 'd-zhang-guilan', { agent: lawyer })
    const headers = await t.as('d-li-chunsheng')
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/filings/${f.id}`, headers })).statusCode).toBe(200)
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/filings', headers })
    expect(list.json().map((x: { id: string }) => x.id)).toContain(f.id)
  })

  it('keeps drafts private to the filer', async () => {
    const id = (await create('d-zhang-guilan')).json().id
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/filings/${id}`, headers: await t.as('s-judge-wang') })
    expect(res.statusCode).toBe(403)
  })

  it('shows staff their own court only', async () => {
    const f = await submittedFiling(t)
    const other = await t.app.inject({ method: 'GET', url: `/api/v1/filings/${f.id}`, headers: await t.as('s-judge-gao') })
    expect(other.statusCode).toBe(403)
    const queue = await t.app.inject({ method: 'GET', url: '/api/v1/review/filings', headers: await t.as('s-judge-gao') })
    expect(queue.json().map((x: { id: string }) => x.id)).not.toContain(f.id)
  })

  it('keeps litigants out of the review queue and the decisions', async () => {
    const f = await submittedFiling(t)
    const headers = await t.as('d-zhang-guilan')
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/review/filings', headers })).statusCode).toBe(403)
    const accept = await t.app.inject({
      method: 'POST',
      url: `/api/v1/review/filings/${f.id}/accept`,
      headers,
      payload: { procedure: 'simple', judgeId: 's-judge-wang' },
    })
    expect(accept.statusCode).toBe(403)
  })

  it('does not let a mediator decide a filing', async () => {
    const f = await submittedFiling(t)
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/review/filings/${f.id}/decline`,
      headers: await t.as('s-mediator-chen'),
      payload: { reason: '不符合起诉条件，理由如下……' },
    })
    expect(res.statusCode).toBe(403)
  })

  it('does not let a judge of another court decide it', async () => {
    const f = await submittedFiling(t)
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/review/filings/${f.id}/accept`,
      headers: await t.as('s-judge-gao'),
      payload: { procedure: 'simple', judgeId: 's-judge-gao' },
    })
    expect(res.statusCode).toBe(403)
  })
})

describe('review', () => {
  it('lists agricultural filings first when asked, with days left', async () => {
    const plain = await submittedFiling(t, 'd-zhang-guilan', { agricultural: false, farm: undefined })
    const agri = await submittedFiling(t)
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/review/filings?agriculturalFirst=true', headers: await t.as('s-clerk-liu') })
    const ids = res.json().map((x: { id: string }) => x.id)
    expect(ids.indexOf(agri.id)).toBeLessThan(ids.indexOf(plain.id))
    expect(res.json()[0].review.daysLeft).toBe(7)
  })

  it('shows a filing as overdue once the 7 days have passed', async () => {
    const f = await submittedFiling(t)
    t.clock.set('2026-12-04T09:00:00+08:00')
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/filings/${f.id}`, headers: await t.as('s-clerk-liu') })
    t.clock.set('2026-11-25T09:00:00+08:00')
    expect(res.json().review).toMatchObject({ due: '2026-12-02', overdue: true, daysLeft: -2 })
  })

  it('runs a correction: itemised request, fix, resubmit with a new version and a restarted clock', async () => {
    const f = await submittedFiling(t)
    const judge = await t.as('s-judge-wang')
    const items = [{ field: 'parties[1].address', message: '被告住址请写到村、门牌号' }]
    const asked = await t.app.inject({ method: 'POST', url: `/api/v1/review/filings/${f.id}/request-correction`, headers: judge, payload: { items } })
    expect(asked.json()).toMatchObject({ status: 'correction-requested', correction: { items } })

    t.clock.set('2026-11-27T10:00:00+08:00')
    const headers = await t.as('d-zhang-guilan')
    const data = wheatSaleComplaint()
    data.parties[1].address = '额尔古纳市三河回族乡下护林村12号'
    await t.app.inject({ method: 'PUT', url: `/api/v1/filings/${f.id}/draft`, headers, payload: data })
    const resubmitted = await t.app.inject({ method: 'POST', url: `/api/v1/filings/${f.id}/submit`, headers })
    t.clock.set('2026-11-25T09:00:00+08:00')
    expect(resubmitted.json()).toMatchObject({ status: 'submitted', version: 2 })
    expect(resubmitted.json().review.due).toBe('2026-12-04')
    const actions = resubmitted.json().history.map((h: { action: string }) => h.action)
    expect(actions).toEqual(['filing.submitted', 'filing.correction-requested', 'filing.resubmitted'])
    const versions = await t.app.store.db
      .selectFrom('filing_versions')
      .select(['version', 'data_json'])
      .where('filing_id', '=', f.id)
      .orderBy('version')
      .execute()
    expect(versions.map((v) => v.version)).toEqual([1, 2])
    expect(JSON.parse(versions[0].data_json).parties[1].address).toBe('额尔古纳市三河回族乡')
  })

  it('declines with reasons the filer can read', async () => {
    const f = await submittedFiling(t)
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/review/filings/${f.id}/decline`,
      headers: await t.as('s-judge-wang'),
      payload: { reason: '原告的请求不属于人民法院受理民事诉讼的范围。' },
    })
    const seen = await t.app.inject({ method: 'GET', url: `/api/v1/filings/${f.id}`, headers: await t.as('d-zhang-guilan') })
    expect(seen.json()).toMatchObject({ status: 'declined', declineReason: '原告的请求不属于人民法院受理民事诉讼的范围。' })
  })

  it('refuses a decline without a real reason', async () => {
    const f = await submittedFiling(t)
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/review/filings/${f.id}/decline`,
      headers: await t.as('s-judge-wang'),
      payload: { reason: '不行' },
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ field: 'reason', message: '不予受理的理由至少需要10个字' })
  })

  it('accepts with a case number, procedure and judge, recorded in the history', async () => {
    const c = await acceptedCase(t)
    expect(c.caseNumber).toMatch(/^（2026）内0784民初\d+号$/)
    const seen = await t.app.inject({ method: 'GET', url: `/api/v1/filings/${c.id}`, headers: await t.as('d-zhang-guilan') })
    expect(seen.json()).toMatchObject({ status: 'accepted', caseNumber: c.caseNumber, judgeName: '王立新法官', procedure: 'simple' })
    expect(seen.json().history.at(-1)).toMatchObject({ action: 'filing.accepted', actorName: '王立新法官' })
  })

  it('refuses a judge from another court as the assigned judge', async () => {
    const f = await submittedFiling(t)
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/review/filings/${f.id}/accept`,
      headers: await t.as('s-clerk-liu'),
      payload: { procedure: 'simple', judgeId: 's-judge-gao' },
    })
    expect(res.json().error).toMatchObject({ code: 'FILING_JUDGE_INVALID', field: 'judgeId' })
  })

  it('gives concurrent accepts of different filings distinct consecutive numbers', async () => {
    // Filed one after another: a start while another blank draft is open takes that draft up again.
    const filings = []
    for (let i = 0; i < 5; i++)
      filings.push(await submittedFiling(t, 'd-zhang-guilan', { kind: 'enforcement', procedure: 'ordinary', agricultural: false, farm: undefined }))
    const judge = await t.as('s-judge-wang')
    const results = await Promise.all(
      filings.map((f) =>
        t.app.inject({
          method: 'POST',
          url: `/api/v1/review/filings/${f.id}/accept`,
          headers: judge,
          payload: { procedure: 'ordinary', judgeId: 's-judge-zhao' },
        }),
      ),
    )
    const seqs = results.map((r) => Number(/执(\d+)号/.exec(r.json().caseNumber)![1])).sort((a, b) => a - b)
    expect(seqs).toEqual([1, 2, 3, 4, 5])
  })

  it('lets only one of two concurrent accepts of the same filing win', async () => {
    const f = await submittedFiling(t)
    const [a, b] = await Promise.all(
      ['s-judge-wang', 's-clerk-liu'].map(async (who) =>
        t.app.inject({
          method: 'POST',
          url: `/api/v1/review/filings/${f.id}/accept`,
          headers: await t.as(who),
          payload: { procedure: 'simple', judgeId: 's-judge-wang' },
        }),
      ),
    )
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409])
  })
})

describe('cross-region filing (跨域立案)', () => {
  it('is seen by the receiving court, forwarded, then decided by the court it belongs to', async () => {
    const f = await submittedFiling(t, 'd-zhang-guilan', { courtId: 'c-ergun', targetCourtId: 'c-dongsheng' })
    expect(f.crossRegion).toBe(true)
    const gao = await t.as('s-judge-gao')
    const before = await t.app.inject({ method: 'GET', url: '/api/v1/review/filings', headers: gao })
    expect(before.json().map((x: { id: string }) => x.id)).not.toContain(f.id)
    const tooEarly = await t.app.inject({
      method: 'POST',
      url: `/api/v1/review/filings/${f.id}/accept`,
      headers: await t.as('s-judge-wang'),
      payload: { procedure: 'simple', judgeId: 's-judge-wang' },
    })
    expect(tooEarly.statusCode).toBe(403)
    await t.app.inject({ method: 'POST', url: `/api/v1/review/filings/${f.id}/forward`, headers: await t.as('s-clerk-liu') })
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/review/filings', headers: gao })
    expect(after.json().find((x: { id: string }) => x.id === f.id)).toMatchObject({ crossRegion: true, forwarded: true })
    const accepted = await t.app.inject({
      method: 'POST',
      url: `/api/v1/review/filings/${f.id}/accept`,
      headers: gao,
      payload: { procedure: 'simple', judgeId: 's-judge-gao' },
    })
    expect(accepted.json().caseNumber).toMatch(/^（2026）内0602民初\d+号$/)
  })
})
