import type { FilingData } from '../../../domain/filing/types'
import { acceptedCase, submittedFiling, wheatSaleComplaint } from '../fixtures'
import { makeApp, type TestApp } from '../helpers'

// The clock: 2026-11-25 at 额尔古纳市人民法院 (内0784, a basic court of 内蒙古). Until an admin enters
// 2025, the shipped 2023 figure (108,856元, half 54,428元, twice 217,712元) is the latest published.
let t: TestApp
beforeAll(async () => {
  t = await makeApp()
}, 60_000)
afterAll(async () => t.close())

const loan = (amountFen: number, over: Partial<FilingData> = {}): Partial<FilingData> => ({
  cause: '民间借贷纠纷',
  claims: [{ text: '判令被告归还借款', amountFen }],
  agricultural: false,
  farm: undefined,
  ...over,
})

/** Saves the draft and submits it; returns the reply of the submit. */
async function trySubmit(data: Partial<FilingData>, targetCourtId?: string) {
  const headers = await t.as('d-zhang-guilan')
  const created = await t.app.inject({ method: 'POST', url: '/api/v1/filings', headers, payload: { kind: 'civil-first', courtId: 'c-ergun', targetCourtId } })
  const id = created.json().id as string
  const saved = await t.app.inject({
    method: 'PUT',
    url: `/api/v1/filings/${id}/draft`,
    headers,
    payload: wheatSaleComplaint({ ...data, targetCourtId: targetCourtId ?? 'c-ergun' }),
  })
  if (saved.statusCode !== 200) throw new Error(saved.body)
  const res = await t.app.inject({ method: 'POST', url: `/api/v1/filings/${id}/submit`, headers })
  const after = await t.app.store.db.selectFrom('filings').select(['status', 'fee_json', 'small_claims_json']).where('id', '=', id).executeTakeFirstOrThrow()
  return { res, id, after }
}

describe('the procedure fixed on submission', () => {
  it('a 2万 loan filed for the simple procedure is small claims by law, with the half fee and the reason', async () => {
    const f = await submittedFiling(t, 'd-zhang-guilan', loan(2_000_000))
    expect(f.smallClaims).toEqual({
      procedure: 'small-claims',
      mandatory: true,
      article: '《民事诉讼法》第一百六十五条第一款',
      reason: '要求的金额2万元，不超过本省（区、市）上年度就业人员年平均工资的一半（54,428元），依法适用小额诉讼程序，一审终审。',
      fixedProcedure: 'small-claims',
      averageWage: expect.objectContaining({ year: 2023, wageFen: 10_885_600, provinceName: '内蒙古自治区', previousYear: false, confirmed: false }),
    })
    // 50元 + 1万元 × 2.5% = 300元, halved (《诉讼费用交纳办法》第十三条第（一）项、第十六条).
    expect(f.fee).toMatchObject({ minFen: 15_000, maxFen: 15_000 })
  })

  it('a 5万 劳务合同纠纷 filed for the ordinary procedure: small claims, 1,050元 halved to 525元', async () => {
    const f = await submittedFiling(t, 'd-zhang-guilan', loan(5_000_000, { cause: '劳务合同纠纷', procedure: 'ordinary' }))
    expect(f.smallClaims.fixedProcedure).toBe('small-claims')
    expect(f.fee).toMatchObject({ minFen: 52_500, maxFen: 52_500 })
  })

  it('a 5万 追索劳动报酬纠纷: 10元 halved, and need not be prepaid', async () => {
    const f = await submittedFiling(t, 'd-zhang-guilan', loan(5_000_000, { cause: '追索劳动报酬纠纷' }))
    expect(f.fee).toMatchObject({ minFen: 500, maxFen: 500, prepay: { required: false } })
  })

  it('a divorce dividing 30万 on the ordinary procedure: 550–800元, no small claims', async () => {
    const f = await submittedFiling(
      t,
      'd-zhang-guilan',
      loan(30_000_000, { cause: '离婚纠纷', procedure: 'ordinary', claims: [{ text: '分割夫妻共同财产', amountFen: 30_000_000 }] }),
    )
    expect(f.fee).toMatchObject({ minFen: 55_000, maxFen: 80_000 })
    expect(f.smallClaims).toMatchObject({ procedure: 'simple-or-ordinary', fixedProcedure: 'ordinary', article: '《民事诉讼法》第一百六十六条第（一）项' })
  })

  it('an 8.65万 sale without agreement keeps the simple procedure the filer chose, and says the parties may agree', async () => {
    const f = await submittedFiling(t)
    expect(f.smallClaims).toMatchObject({ procedure: 'simple-or-ordinary', mandatory: false, fixedProcedure: 'simple' })
    expect(f.smallClaims.reason).toContain('双方都同意的，可以适用小额诉讼程序')
  })

  it('the same sale with both parties agreeing is small claims', async () => {
    const f = await submittedFiling(t, 'd-zhang-guilan', { procedure: 'small-claims', smallClaims: { agreed: true } })
    expect(f.smallClaims).toMatchObject({
      procedure: 'small-claims',
      mandatory: false,
      article: '《民事诉讼法》第一百六十五条第二款',
      fixedProcedure: 'small-claims',
    })
  })

  it('an enforcement application has no small-claims decision', async () => {
    const f = await submittedFiling(t, 'd-zhang-guilan', { kind: 'enforcement', procedure: 'simple' })
    expect(f.smallClaims).toBeNull()
  })
})

describe('small claims the law refuses are refused on submit, naming the field, and nothing changes', () => {
  it.each([
    { label: 'a 离婚纠纷', data: loan(2_000_000, { cause: '离婚纠纷', procedure: 'small-claims' }), field: 'cause', message: '离婚纠纷是人身关系案件' },
    {
      label: 'a defendant abroad',
      data: loan(2_000_000, {
        procedure: 'small-claims',
        parties: [wheatSaleComplaint().parties[0], { ...wheatSaleComplaint().parties[1], abroad: true }],
      }),
      field: 'parties[1].abroad',
      message: '涉外案件',
    },
    {
      label: 'an appraisal needed',
      data: loan(2_000_000, { procedure: 'small-claims', smallClaims: { appraisal: true } }),
      field: 'smallClaims.appraisal',
      message: '评估、鉴定',
    },
    {
      label: 'a defendant whose whereabouts are unknown',
      data: loan(2_000_000, { procedure: 'small-claims', smallClaims: { whereaboutsUnknown: true } }),
      field: 'smallClaims.whereaboutsUnknown',
      message: '下落不明',
    },
    { label: '10万 without agreement', data: loan(10_000_000, { procedure: 'small-claims' }), field: 'smallClaims.agreed', message: '双方都同意的' },
    {
      label: '30万 even agreed',
      data: loan(30_000_000, { procedure: 'small-claims', smallClaims: { agreed: true } }),
      field: 'procedure',
      message: '超过年平均工资的2倍（217,712元）',
    },
  ])('$label', async ({ data, field, message }) => {
    const { res, after } = await trySubmit(data)
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code: 'FILING_PROCEDURE_INELIGIBLE', field })
    expect(res.json().error.message).toContain(message)
    expect(after).toEqual({ status: 'draft', fee_json: null, small_claims_json: null })
  })

  it('an intermediate court tries no small claims (基层人民法院和它派出的法庭)', async () => {
    const { res } = await trySubmit(loan(2_000_000, { procedure: 'small-claims' }), 'c-hulunbuir')
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code: 'FILING_PROCEDURE_INELIGIBLE', field: 'procedure' })
    const ok = await trySubmit(loan(2_000_000, { procedure: 'simple' }), 'c-hulunbuir')
    expect(ok.res.statusCode).toBe(200)
    expect(ok.res.json().smallClaims).toMatchObject({ procedure: 'simple-or-ordinary', fixedProcedure: 'simple' })
  })
})

describe('on acceptance', () => {
  it('the judge cannot try as small claims what the law excludes', async () => {
    const f = await submittedFiling(t, 'd-zhang-guilan', loan(2_000_000, { cause: '离婚纠纷', claims: [{ text: '判决离婚', amountFen: 2_000_000 }] }))
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/review/filings/${f.id}/accept`,
      headers: await t.as('s-judge-wang'),
      payload: { procedure: 'small-claims', judgeId: 's-judge-wang' },
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code: 'FILING_PROCEDURE_INELIGIBLE', field: 'procedure', message: '离婚纠纷是人身关系案件，不适用小额诉讼程序。' })
  })

  it('but may try a small claim under the simple procedure when it finds it unsuitable', async () => {
    const c = await acceptedCase(t, loan(2_000_000))
    expect(c).toMatchObject({ procedure: 'simple' })
  })
})

describe('the court’s own figure', () => {
  it('once the admin enters 2025, filings are judged by it (上年度)', async () => {
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/admin/average-wages/2025',
      headers: await t.as('s-admin-sun'),
      payload: { wageFen: 3_000_000, series: '城镇非私营单位就业人员年平均工资', source: '测试：统计局发布', confirmed: true },
    })
    expect(put.statusCode).toBe(200)
    // Half of 3万 is 1.5万: a 2万 loan is no longer small claims by law.
    const f = await submittedFiling(t, 'd-zhang-guilan', loan(2_000_000))
    expect(f.smallClaims).toMatchObject({ procedure: 'simple-or-ordinary', mandatory: false, fixedProcedure: 'simple' })
    expect(f.smallClaims.averageWage).toMatchObject({ year: 2025, wageFen: 3_000_000, previousYear: true, confirmed: true })
  })
})
