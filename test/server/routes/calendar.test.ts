import { dueDate, isWorkday } from '../../../domain'
import { makeApp, type TestApp } from '../helpers'

let t: TestApp
beforeAll(async () => {
  t = await makeApp()
})
afterAll(async () => t.close())

const URL_2027 = '/api/v1/calendar/holidays/2027'
const days = (from: string, to: string, name: string) => {
  const out: Array<{ date: string; name: string }> = []
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1))
    out.push({ date: d.toISOString().slice(0, 10), name })
  return out
}
// A made-up 2027 notice: 国庆 1–7 October with Saturday 9 October worked, 春节 5–11 February.
const year2027 = {
  holidays: [...days('2027-02-05', '2027-02-11', '春节'), ...days('2027-10-01', '2027-10-07', '国庆节')],
  makeupWorkdays: [{ date: '2027-10-09', name: '国庆节' }],
  source: '国办发明电〔2026〕9号',
}

const put = async (userId: string | null, payload: unknown, url = URL_2027) =>
  t.app.inject({ method: 'PUT', url, headers: userId ? await t.as(userId) : {}, payload: payload as Record<string, unknown> })
const rowCount = async () =>
  Number(
    (
      await t.app.store.db
        .selectFrom('holiday_tables')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

describe('GET /calendar/holidays', () => {
  it('is public: no token needed, the built-in years and 2027 as the first provisional year', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/calendar/holidays' })
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(Object.keys(body.table)).toHaveLength(23)
    expect(Object.keys(body.table)[0]).toBe('2004')
    expect(body.table['2026'].makeupWorkdays).toContainEqual({ date: '2026-10-10', name: '国庆节' })
    expect(body.table['2026'].holidays).toContainEqual({ date: '2026-10-03', name: '国庆节' })
    expect(body.provisionalFrom).toBe(2027)
    expect(body.loaded).toEqual([])
    expect(res.headers['cache-control']).toBe('public, max-age=600')
  })

  it('limits the table to recent years with ?since', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/calendar/holidays?since=2025' })
    expect(Object.keys(res.json().table)).toEqual(['2025', '2026'])
    expect(res.json().provisionalFrom).toBe(2027)
  })

  it('answers a bad ?since in Chinese', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/calendar/holidays?since=abc' })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code: 'INVALID_INPUT', field: 'since', message: '起始年份的格式不对，请核对后重新填写' })
  })
})

describe('PUT /calendar/holidays/:year — who may', () => {
  it('needs a sign-in', async () => {
    const res = await put(null, year2027)
    expect(res.statusCode).toBe(401)
  })

  it.each([
    ['a litigant', 'd-zhang-guilan'],
    ['a judge', 's-judge-wang'],
    ['a clerk', 's-clerk-liu'],
  ])('refuses %s with 403 and stores nothing', async (_who, userId) => {
    const res = await put(userId, year2027)
    expect(res.statusCode).toBe(403)
    expect(res.json().error.code).toBe('FORBIDDEN')
    expect(await rowCount()).toBe(0)
    expect(dueDate({ rule: 'appeal-judgment', from: '2027-09-18' }).provisional).toBe(true)
  })
})

describe('PUT /calendar/holidays/:year — bad input changes nothing', () => {
  const cases: Array<[string, unknown, string, string]> = [
    ['a date outside the year', { ...year2027, holidays: [{ date: '2028-01-01', name: '元旦' }] }, 'holidays[0].date', '2028-01-01 不在2027年内'],
    ['an impossible date', { ...year2027, holidays: [{ date: '2027-02-30', name: '春节' }] }, 'holidays[0].date', '没有这一天'],
    ['an empty name', { ...year2027, makeupWorkdays: [{ date: '2027-10-09', name: '' }] }, 'makeupWorkdays[0].name', '请填写节日名称'],
    [
      'a name of spaces',
      { ...year2027, makeupWorkdays: [{ date: '2027-10-09', name: '  ' }] },
      'makeupWorkdays[0].name',
      '节日名称的格式不对，请核对后重新填写',
    ],
    [
      'a day both off and worked',
      { ...year2027, makeupWorkdays: [{ date: '2027-10-02', name: '国庆节' }] },
      'makeupWorkdays[0].date',
      '2027-10-02 不能既放假又上班',
    ],
    [
      'a weekday as makeup workday',
      { ...year2027, makeupWorkdays: [{ date: '2027-10-08', name: '国庆节' }] },
      'makeupWorkdays[0].date',
      '2027-10-08 不是周末，不能作为调休上班日',
    ],
    [
      'a day listed twice',
      {
        ...year2027,
        holidays: [
          { date: '2027-10-01', name: '国庆节' },
          { date: '2027-10-01', name: '国庆节' },
        ],
      },
      'holidays[1].date',
      '2027-10-01 在放假日期中填了两次，请删去一个',
    ],
    ['no holidays at all', { ...year2027, holidays: [] }, 'holidays', '放假日期至少需要1项'],
    ['no source', { holidays: year2027.holidays, makeupWorkdays: [] }, 'source', '请填写通知文号或来源'],
    [
      'a date not written YYYY-MM-DD',
      { ...year2027, holidays: [{ date: '2027/10/01', name: '国庆节' }] },
      'holidays[0].date',
      '放假日期的格式不对，请核对后重新填写',
    ],
  ]
  it.each(cases)('rejects %s with a Chinese message naming the field', async (_label, payload, field, message) => {
    const res = await put('s-admin-sun', payload)
    expect(res.statusCode).toBe(400)
    const { error } = res.json()
    expect(error.field).toBe(field)
    expect(error.message).toContain(message)
    expect(error.message).toMatch(/[\u4e00-\u9fff]/)
    expect(await rowCount()).toBe(0)
    expect(isWorkday('2027-10-09')).toEqual({ workday: false, provisional: true })
  })

  it('rejects a year out of range', async () => {
    const res = await put('s-admin-sun', year2027, '/api/v1/calendar/holidays/1999')
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ field: 'year', message: '年份太小了，请核对' })
    expect(await rowCount()).toBe(0)
  })
})

describe('an admin loads the 2027 arrangement', () => {
  it('stores it, audits it, serves it and uses it for due dates', async () => {
    expect(dueDate({ rule: 'appeal-judgment', from: '2027-09-18' })).toMatchObject({ provisional: true })
    const res = await put('s-admin-sun', year2027)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ year: 2027, source: '国办发明电〔2026〕9号', updatedBy: 's-admin-sun', replaced: false, provisionalFrom: 2028 })
    expect(res.json().holidays).toHaveLength(14)

    // The server's own rules now answer 2027 from the loaded table: 10-03 + roll-over past 国庆 to Friday 10-08.
    expect(dueDate({ rule: 'appeal-judgment', from: '2027-09-18' })).toEqual({
      due: '2027-10-08',
      provisional: false,
      article: '《民事诉讼法》第一百七十一条',
      rolledFrom: '2027-10-03',
    })
    expect(isWorkday('2027-10-09')).toEqual({ workday: true, provisional: false })

    const audit = await t.app.services.repos.audit.forSubject('holiday-year:2027')
    expect(audit.map((a) => [a.action, a.actor_id])).toEqual([['calendar.holidays.loaded', 's-admin-sun']])

    const get = await t.app.inject({ method: 'GET', url: '/api/v1/calendar/holidays?since=2026' })
    expect(Object.keys(get.json().table)).toEqual(['2026', '2027'])
    expect(get.json().table['2027'].makeupWorkdays).toEqual([{ date: '2027-10-09', name: '国庆节' }])
    expect(get.json().provisionalFrom).toBe(2028)
    expect(get.json().loaded).toEqual([{ year: 2027, source: '国办发明电〔2026〕9号', updatedBy: 's-admin-sun', updatedAt: '2026-11-25T09:00:00.000+08:00' }])
  })

  it('replaces the year when loaded again, and a bad reload keeps the good one', async () => {
    const fixed = {
      ...year2027,
      makeupWorkdays: [
        { date: '2027-09-26', name: '国庆节' },
        { date: '2027-10-09', name: '国庆节' },
      ],
      source: '国办发明电〔2026〕10号',
    }
    const res = await put('s-admin-sun', fixed)
    expect(res.json()).toMatchObject({ replaced: true, source: '国办发明电〔2026〕10号' })
    expect(isWorkday('2027-09-26').workday).toBe(true)

    const bad = await put('s-admin-sun', { ...fixed, makeupWorkdays: [{ date: '2027-10-05', name: '国庆节' }] })
    expect(bad.statusCode).toBe(400)
    expect(isWorkday('2027-09-26').workday).toBe(true)
    const stored = await t.app.store.db.selectFrom('holiday_tables').selectAll().execute()
    expect(stored).toHaveLength(1)
    expect(JSON.parse(stored[0].table_json).makeupWorkdays).toHaveLength(2)
    const audit = await t.app.services.repos.audit.forSubject('holiday-year:2027')
    expect(audit.map((a) => a.action)).toEqual(['calendar.holidays.loaded', 'calendar.holidays.replaced'])
  })

  it('installs the stored years when a server starts on the same database', async () => {
    const { resetHolidayTable } = await import('../../../domain')
    resetHolidayTable()
    expect(dueDate({ rule: 'appeal-judgment', from: '2027-09-18' }).provisional).toBe(true)
    const { buildApp } = await import('../../../server/app')
    const { loadConfig } = await import('../../../server/config')
    const again = await buildApp({ config: loadConfig({ NODE_ENV: 'test', STATIC_DIR: '/nonexistent' }), clock: t.clock, store: t.app.store })
    try {
      expect(dueDate({ rule: 'appeal-judgment', from: '2027-09-18' })).toMatchObject({ due: '2027-10-08', provisional: false })
      expect(isWorkday('2027-09-26').workday).toBe(true)
    } finally {
      await again.close()
    }
  })
})
