import { makeApp, type TestApp } from '../helpers'

// The clock: 2026-11-25. The shipped 内蒙古 figures are 2023 (108,856元) and 2022, both unconfirmed;
// a filing today is judged by the latest published year before 2026 (《民诉法解释》第二百七十二条).
let t: TestApp
beforeAll(async () => {
  t = await makeApp()
}, 60_000)
afterAll(async () => t.close())

const call = async (who: string | null, method: 'GET' | 'PUT', url: string, payload?: Record<string, unknown>) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: who ? await t.as(who) : {}, ...(payload ? { payload } : {}) })

const FIGURE_2025 = {
  wageFen: 11_500_000,
  series: '城镇非私营单位就业人员年平均工资',
  source: '内蒙古自治区统计局2026年5月发布',
  confirmed: true,
  note: '经内蒙古高院小额诉讼标准通知核对',
}

describe('GET /average-wages', () => {
  it('gives anyone signed in the shipped figures of a province, newest first, with their sources', async () => {
    for (const who of ['d-zhang-guilan', 'd-li-chunsheng', 's-judge-wang', 's-admin-sun']) {
      const res = await call(who, 'GET', '/average-wages?province=15')
      expect(res.statusCode).toBe(200)
      const { wages } = res.json()
      expect(wages.map((w: { year: number }) => w.year)).toEqual([2023, 2022])
      expect(wages[0]).toMatchObject({ province: '15', provinceName: '内蒙古自治区', wageFen: 10_885_600, confirmed: false })
      expect(wages[0].source).toContain('内蒙古自治区统计局')
    }
  })

  it('knows no figures of a province the court has not entered', async () => {
    expect((await call('d-zhang-guilan', 'GET', '/average-wages?province=11')).json()).toEqual({ wages: [] })
  })

  it.each([
    { label: 'a name instead of a code', query: 'province=内蒙古' },
    { label: 'three digits', query: 'province=150' },
    { label: 'no province', query: '' },
  ])('refuses $label', async ({ query }) => {
    const res = await call('d-zhang-guilan', 'GET', `/average-wages?${query}`)
    expect(res.statusCode).toBe(400)
    expect(res.json().error.code).toBe('INVALID_INPUT')
  })

  it('is closed to anonymous callers', async () => {
    expect((await call(null, 'GET', '/average-wages?province=15')).statusCode).toBe(401)
  })
})

describe('the admin keeps the figures', () => {
  it('lists the court’s province with each year’s origin and the figure in force today', async () => {
    const res = await call('s-admin-sun', 'GET', '/admin/average-wages')
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body).toMatchObject({
      province: '15',
      provinceName: '内蒙古自治区',
      latestYear: 2025,
      inForce: { year: 2023, wageFen: 10_885_600, previousYear: false, confirmed: false },
    })
    expect(body.wages.map((w: { year: number; origin: string }) => `${w.year}:${w.origin}`)).toEqual(['2023:shipped', '2022:shipped'])
  })

  it('adds a year: it is in force for filings from then on, with who entered it, and audited', async () => {
    const res = await call('s-admin-sun', 'PUT', '/admin/average-wages/2025', FIGURE_2025)
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.inForce).toEqual({ year: 2025, wageFen: 11_500_000, previousYear: true, confirmed: true })
    expect(body.wages[0]).toMatchObject({ year: 2025, origin: 'court', updatedBy: expect.any(String), note: FIGURE_2025.note, confirmed: true })
    expect(body.wages[0].updatedAt).toMatch(/^2026-11-25T/)
    const read = (await call('d-zhang-guilan', 'GET', '/average-wages?province=15')).json()
    expect(read.wages.map((w: { year: number }) => w.year)).toEqual([2025, 2023, 2022])
    const audit = await t.app.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'average-wage.saved').execute()
    expect(audit).toHaveLength(1)
    expect(JSON.parse(audit[0].detail)).toMatchObject({ year: 2025, wageFen: 11_500_000 })
  })

  it('confirms a shipped year by entering it again: the court’s entry replaces the shipped one', async () => {
    const res = await call('s-admin-sun', 'PUT', '/admin/average-wages/2023', { ...FIGURE_2025, wageFen: 10_885_600, note: undefined })
    const years = res.json().wages.map((w: { year: number; origin: string; confirmed: boolean }) => `${w.year}:${w.origin}:${w.confirmed}`)
    expect(years).toEqual(['2025:court:true', '2023:court:true', '2022:shipped:false'])
    // Correcting it again keeps one row for the year.
    await call('s-admin-sun', 'PUT', '/admin/average-wages/2023', { ...FIGURE_2025, wageFen: 10_885_700 })
    const rows = await t.app.store.db.selectFrom('average_wages').selectAll().where('year', '=', 2023).execute()
    expect(rows.map((r) => Number(r.wage_fen))).toEqual([10_885_700])
  })

  it.each([
    { label: 'the current year, not over yet', year: 2026, body: FIGURE_2025, code: 'AVERAGE_WAGE_YEAR_INVALID', field: 'year' },
    { label: 'a year before 2000', year: 1999, body: FIGURE_2025, code: 'INVALID_INPUT', field: 'year' },
    { label: 'no source', year: 2024, body: { ...FIGURE_2025, source: '  ' }, code: 'INVALID_INPUT', field: 'source' },
    { label: 'a wage in yuan with decimals', year: 2024, body: { ...FIGURE_2025, wageFen: 115000.5 }, code: 'INVALID_INPUT', field: 'wageFen' },
    { label: 'a negative wage', year: 2024, body: { ...FIGURE_2025, wageFen: -1 }, code: 'INVALID_INPUT', field: 'wageFen' },
  ])('refuses $label and stores nothing', async ({ year, body, code, field }) => {
    const before = await t.app.store.db.selectFrom('average_wages').select('year').execute()
    const res = await call('s-admin-sun', 'PUT', `/admin/average-wages/${year}`, body)
    expect(res.statusCode).toBe(400)
    expect(res.json().error.code).toBe(code)
    if (field) expect(res.json().error.field).toBe(field)
    expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(await t.app.store.db.selectFrom('average_wages').select('year').execute()).toHaveLength(before.length)
  })

  it.each([
    { label: 'a judge', who: 's-judge-wang', status: 403 },
    { label: 'a clerk', who: 's-clerk-liu', status: 403 },
    { label: 'a mediator', who: 's-mediator-chen', status: 403 },
    { label: 'a litigant', who: 'd-zhang-guilan', status: 403 },
    { label: 'an agent', who: 'd-li-chunsheng', status: 403 },
    { label: 'anonymous', who: null, status: 401 },
  ])('is closed to $label', async ({ who, status }) => {
    expect((await call(who, 'GET', '/admin/average-wages')).statusCode).toBe(status)
    const res = await call(who, 'PUT', '/admin/average-wages/2024', FIGURE_2025)
    expect(res.statusCode).toBe(status)
    expect(await t.app.store.db.selectFrom('average_wages').select('year').where('year', '=', 2024).execute()).toHaveLength(0)
  })

  it('an admin of a court of no province (a 兵团 court) may not edit any province', async () => {
    const db = t.app.store.db
    await db.insertInto('courts').values({ id: 'c-bingtuan', code: '兵0101', name: '兵团某基层法院', region: 'x', phone: '12368' }).execute()
    await db
      .insertInto('users')
      .values({
        id: 's-admin-bt',
        role: 'admin',
        court_id: 'c-bingtuan',
        account: 'admin-bt',
        password_hash: null,
        openid: null,
        display_name: '兵团管理员',
        real_name: null,
        id_number: null,
        mobile: null,
        address: null,
        real_name_status: 'verified',
        demo: 1,
        created_at: '2026-11-25T09:00:00+08:00',
        updated_at: '2026-11-25T09:00:00+08:00',
        disabled_at: null,
      })
      .execute()
    const res = await call('s-admin-bt', 'PUT', '/admin/average-wages/2024', FIGURE_2025)
    expect(res.statusCode).toBe(403)
    expect(res.json().error.message).toContain('不属于任何省份')
  })

  it('takes the province from the admin’s court: a request naming another is refused and stores nothing', async () => {
    const res = await call('s-admin-sun', 'PUT', '/admin/average-wages/2021', { ...FIGURE_2025, province: '11' })
    expect(res.statusCode).toBe(400)
    expect(res.json().error.field).toBe('province')
    expect(await t.app.store.db.selectFrom('average_wages').select(['province']).where('year', '=', 2021).execute()).toEqual([])
    expect((await call('s-admin-sun', 'PUT', '/admin/average-wages/2021', FIGURE_2025)).statusCode).toBe(200)
    const rows = await t.app.store.db.selectFrom('average_wages').select(['province', 'year']).where('year', '=', 2021).execute()
    expect(rows).toEqual([{ province: '15', year: 2021 }])
  })
})
