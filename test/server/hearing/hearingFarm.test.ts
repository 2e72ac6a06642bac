import { acceptedCase } from '../fixtures'
import { makeApp, type TestApp } from '../helpers'
import { hearingApi, hearingRows } from './hearingHelpers'

// Summer 2027 in Ergun: a case accepted on 7月20日 has its defence period end on 8月9日, right as the
// wheat harvest (8/10–9/10) and haymaking (8/15–9/30) begin, and its trial limit on 10月20日.
let t: TestApp
let api: ReturnType<typeof hearingApi>
let caseId: string
beforeAll(async () => {
  t = await makeApp({}, '2027-07-20T09:00:00+08:00')
  api = hearingApi(t)
  caseId = (await acceptedCase(t)).id
})
afterAll(async () => t.close())

const firstSlots = async (n = 2) => ((await api.scheduling(caseId)).slots as Array<{ label: string }>).slice(0, n).map((s) => s.label)

describe('farm seasons in the suggestions', () => {
  it('keeps the Ergun farmer’s hearing out of the wheat harvest and haymaking: the first dates are after 国庆, in October', async () => {
    const s = await api.scheduling(caseId)
    expect(s.trialLimitEnd).toBe('2027-10-20')
    expect(s.slots.map((x: { label: string }) => x.label)).toEqual([
      '10月8日（星期五）上午',
      '10月8日（星期五）下午',
      '10月11日（星期一）上午',
      '10月11日（星期一）下午',
      '10月12日（星期二）上午',
    ])
    expect(s.slots.every((x: { notes: string[] }) => x.notes.length === 0)).toBe(true)
    expect(s.excluded).toEqual(
      expect.arrayContaining([
        { from: '2027-08-10', to: '2027-09-10', reason: '麦收农忙期（额尔古纳，小麦收割，8月10日至9月10日）' },
        { from: '2027-08-15', to: '2027-09-30', reason: '打草农忙期（额尔古纳，打草，8月15日至9月30日）' },
        { from: '2027-10-01', to: '2027-10-07', reason: '国庆节假期（预计）' },
      ]),
    )
  })

  it('follows the court’s farm calendar for the year once the admin moves the windows', async () => {
    await api.ok('s-admin-sun', 'PUT', '/admin/farm-calendar/2027', {
      overrides: [
        { region: 'ergun', activity: 'wheat-harvest', from: '2027-08-10', to: '2027-09-05' },
        { region: 'ergun', activity: 'haymaking', from: '2027-08-15', to: '2027-09-15', note: '今年草场返青早，打草提前结束' },
      ],
    })
    expect(await firstSlots()).toEqual(['9月16日（星期四）上午', '9月16日（星期四）下午'])
  })

  it('puts the party’s own profile first: declared busy days are never offered, and a profile without farming drops the season', async () => {
    await api.ok('d-zhang-guilan', 'PUT', '/me/farm-profile', {
      region: 'ergun',
      activities: ['wheat-harvest', 'haymaking'],
      busy: [{ from: '2027-09-16', to: '2027-09-17', reason: '儿子结婚' }],
    })
    expect(await firstSlots()).toEqual(['9月20日（星期一）上午', '9月20日（星期一）下午'])
    await api.ok('d-zhang-guilan', 'PUT', '/me/farm-profile', { region: null, activities: [], busy: [] })
    expect(await firstSlots()).toEqual(['8月10日（星期二）上午', '8月10日（星期二）下午'])
    const s = await api.scheduling(caseId)
    expect(s.parties[0].farm).toBeNull()
  })

  it('gives way to the farm season only when the trial limit leaves nothing else, and says so on each slot', async () => {
    await api.ok('d-zhang-guilan', 'PUT', '/me/farm-profile', { region: 'ergun', activities: ['wheat-harvest', 'haymaking'], busy: [] })
    // Every judge is away 9月16日 to 10月20日 except during the harvest: nothing outside the season is left.
    const busy = await api.ok('d-wang-jianguo', 'PUT', '/me/farm-profile', {
      region: null,
      activities: [],
      busy: [{ from: '2027-09-16', to: '2027-10-20', reason: '外出务工' }],
    })
    expect(busy.busy).toHaveLength(1)
    const s = await api.scheduling(caseId)
    expect(s.slots[0].date >= '2027-08-10' && s.slots[0].date <= '2027-09-15').toBe(true)
    expect(s.slots[0].notes.join('')).toMatch(/正值.*农忙期.*审限内已没有避开农忙的日期/)
    await api.ok('d-wang-jianguo', 'PUT', '/me/farm-profile', { region: null, activities: [], busy: [] })
  })
})

describe('GET/PUT /me/farm-profile', () => {
  it('pre-fills from the farm details of the filing, then keeps what the party saves', async () => {
    const fresh = await makeApp()
    try {
      await acceptedCase(fresh)
      const get = async (who: string) => (await fresh.app.inject({ method: 'GET', url: '/api/v1/me/farm-profile', headers: await fresh.as(who) })).json()
      expect(await get('d-zhang-guilan')).toMatchObject({
        source: 'filing',
        region: 'ergun',
        regionName: '额尔古纳',
        activities: ['wheat-harvest', 'haymaking'],
        activityNames: ['小麦收割', '打草'],
        busy: [],
        updatedAt: null,
      })
      const none = await get('d-wang-jianguo')
      expect(none).toMatchObject({ source: 'none', region: null, activities: [], busy: [] })
      expect(none.options.find((o: { region: string }) => o.region === 'ergun').activities.map((a: { activityName: string }) => a.activityName)).toEqual([
        '小麦、油菜播种',
        '小麦收割',
        '油菜收割',
        '土豆收获',
        '打草',
      ])
    } finally {
      await fresh.close()
    }
  })

  it('saves region, activities and busy days, dropping days already past', async () => {
    const saved = await api.ok('d-wang-jianguo', 'PUT', '/me/farm-profile', {
      region: 'hulunbuir-pastoral',
      activities: ['haymaking', 'haymaking'],
      busy: [
        { from: '2027-08-01', to: '2027-08-03', reason: ' 去呼和浩特 ' },
        { from: '2027-07-01', to: '2027-07-05' },
      ],
    })
    expect(saved).toMatchObject({
      source: 'profile',
      regionName: '呼伦贝尔牧区',
      activities: ['haymaking'],
      busy: [{ from: '2027-08-01', to: '2027-08-03', reason: '去呼和浩特' }],
      updatedAt: '2027-07-20T09:00:00.000+08:00',
    })
    expect(await api.ok('d-wang-jianguo', 'GET', '/me/farm-profile')).toMatchObject({ source: 'profile', activities: ['haymaking'] })
  })

  const cases = [
    { label: 'an unknown region', body: { region: 'mars', activities: ['haymaking'], busy: [] }, code: 'FARM_REGION_UNKNOWN', field: 'region' },
    {
      label: 'an activity of another region',
      body: { region: 'ergun', activities: ['haymaking', 'lambing'], busy: [] },
      code: 'FARM_ACTIVITY_UNKNOWN',
      field: 'activities[1]',
    },
    { label: 'a region without activities', body: { region: 'ergun', activities: [], busy: [] }, code: 'FARM_ACTIVITIES_REQUIRED', field: 'activities' },
    { label: 'activities without a region', body: { region: null, activities: ['haymaking'], busy: [] }, code: 'FARM_REGION_REQUIRED', field: 'region' },
    {
      label: 'a busy range ending before it starts',
      body: { region: null, activities: [], busy: [{ from: '2027-08-05', to: '2027-08-01' }] },
      code: 'FARM_BUSY_RANGE_INVALID',
      field: 'busy[0].to',
    },
    {
      label: 'a day that does not exist',
      body: { region: null, activities: [], busy: [{ from: '2027-02-30', to: '2027-03-01' }] },
      code: 'DATE_INVALID',
      field: 'busy[0].from',
    },
    {
      label: 'a badly written date',
      body: { region: null, activities: [], busy: [{ from: '2027/8/1', to: '2027-08-02' }] },
      code: 'INVALID_INPUT',
      field: 'busy[0].from',
    },
    {
      label: 'a busy range of four months',
      body: { region: null, activities: [], busy: [{ from: '2027-08-01', to: '2027-11-30' }] },
      code: 'FARM_BUSY_RANGE_TOO_LONG',
      field: 'busy[0].to',
    },
    { label: 'no busy list', body: { region: null, activities: [] }, code: 'INVALID_INPUT', field: 'busy' },
  ]
  it.each(cases)('refuses $label with a Chinese message and stores nothing', async ({ body, code, field }) => {
    const before = await t.app.store.db.selectFrom('farm_profiles').selectAll().orderBy('user_id').execute()
    const mine = await api.call('d-new-user', 'PUT', '/me/farm-profile', body)
    expect(mine.statusCode).toBe(400)
    expect(mine.json().error).toMatchObject({ code, field })
    expect(mine.json().error.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(await t.app.store.db.selectFrom('farm_profiles').selectAll().orderBy('user_id').execute()).toEqual(before)
  })
})

describe('the court’s farm calendar (admin)', () => {
  it('shows every window with its source, confidence and the year’s dates', async () => {
    const cal = await api.ok('s-admin-sun', 'GET', '/admin/farm-calendar/2028')
    expect(cal).toMatchObject({ year: 2028, updatedAt: null, updatedBy: null })
    const wheat = cal.rows.find((r: { region: string; activity: string }) => r.region === 'ergun' && r.activity === 'wheat-harvest')
    expect(wheat).toEqual({
      region: 'ergun',
      regionName: '额尔古纳',
      activity: 'wheat-harvest',
      activityName: '小麦收割',
      season: '麦收农忙期',
      defaultFrom: '2028-08-10',
      defaultTo: '2028-09-10',
      from: '2028-08-10',
      to: '2028-09-10',
      overridden: false,
      note: null,
      label: '麦收农忙期（额尔古纳，小麦收割，8月10日至9月10日）',
      source: 'peak confirmed (拉布大林农场 harvest, 8/20), edges est.',
      confidence: 'peak-confirmed',
      confidenceLabel: '高峰期已核实，起止日为估计',
    })
    expect(cal.rows).toHaveLength(17)
  })

  it('shows the year’s adjustments with who made them; an adjustment equal to the default is not kept', async () => {
    const cal = await api.ok('s-admin-sun', 'PUT', '/admin/farm-calendar/2027', {
      overrides: [
        { region: 'ergun', activity: 'haymaking', from: '2027-08-15', to: '2027-09-15', note: '今年草场返青早，打草提前结束' },
        { region: 'ergun', activity: 'sowing', from: '2027-05-01', to: '2027-06-05' },
      ],
    })
    expect(cal).toMatchObject({ updatedBy: '孙强（管理员）', updatedAt: '2027-07-20T09:00:00.000+08:00' })
    const hay = cal.rows.find((r: { region: string; activity: string }) => r.region === 'ergun' && r.activity === 'haymaking')
    expect(hay).toMatchObject({
      from: '2027-08-15',
      to: '2027-09-15',
      overridden: true,
      note: '今年草场返青早，打草提前结束',
      label: '打草农忙期（额尔古纳，打草，8月15日至9月15日）',
    })
    const stored = await t.app.store.db.selectFrom('farm_calendar_overrides').selectAll().where('year', '=', 2027).executeTakeFirstOrThrow()
    expect(JSON.parse(stored.overrides_json)).toEqual([
      { region: 'ergun', activity: 'haymaking', from: '2027-08-15', to: '2027-09-15', note: '今年草场返青早，打草提前结束' },
    ])
    const pastoral = cal.rows.find((r: { region: string; activity: string }) => r.region === 'hulunbuir-pastoral' && r.activity === 'haymaking')
    expect(pastoral.overridden).toBe(false)
  })

  const bad = [
    {
      label: 'a window ending before it starts',
      o: { region: 'ergun', activity: 'haymaking', from: '2027-09-01', to: '2027-08-20' },
      code: 'FARM_OVERRIDE_INVALID',
      field: 'overrides[0].to',
    },
    {
      label: 'dates of another year',
      o: { region: 'ergun', activity: 'haymaking', from: '2028-08-15', to: '2028-09-15' },
      code: 'FARM_OVERRIDE_YEAR_MISMATCH',
      field: 'overrides[0].from',
    },
    {
      label: 'a window across New Year',
      o: { region: 'ergun', activity: 'haymaking', from: '2027-12-15', to: '2028-01-15' },
      code: 'FARM_OVERRIDE_INVALID',
      field: 'overrides[0].to',
    },
    {
      label: 'an unknown region',
      o: { region: 'mars', activity: 'haymaking', from: '2027-08-15', to: '2027-09-15' },
      code: 'FARM_REGION_UNKNOWN',
      field: 'overrides[0].region',
    },
    {
      label: 'an unknown activity',
      o: { region: 'ergun', activity: 'lambing', from: '2027-08-15', to: '2027-09-15' },
      code: 'FARM_ACTIVITY_UNKNOWN',
      field: 'overrides[0].activity',
    },
    {
      label: 'a day that does not exist',
      o: { region: 'ergun', activity: 'haymaking', from: '2027-09-31', to: '2027-10-01' },
      code: 'DATE_INVALID',
      field: 'overrides[0].from',
    },
    {
      label: 'a badly written date',
      o: { region: 'ergun', activity: 'haymaking', from: '8月15日', to: '2027-09-15' },
      code: 'INVALID_INPUT',
      field: 'overrides[0].from',
    },
  ]
  it.each(bad)('refuses $label with a Chinese message and stores nothing', async ({ o, code, field }) => {
    const before = await t.app.store.db.selectFrom('farm_calendar_overrides').selectAll().orderBy('year').execute()
    const res = await api.call('s-admin-sun', 'PUT', '/admin/farm-calendar/2027', { overrides: [o] })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code, field })
    expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(await t.app.store.db.selectFrom('farm_calendar_overrides').selectAll().orderBy('year').execute()).toEqual(before)
  })

  it('refuses the same window adjusted twice, and a year out of range', async () => {
    const o = { region: 'ergun', activity: 'haymaking', from: '2027-08-15', to: '2027-09-15' }
    const twice = await api.call('s-admin-sun', 'PUT', '/admin/farm-calendar/2027', { overrides: [o, o] })
    expect(twice.json().error).toMatchObject({ code: 'FARM_OVERRIDE_INVALID', field: 'overrides[1]' })
    const year = await api.call('s-admin-sun', 'GET', '/admin/farm-calendar/1999')
    expect(year.statusCode).toBe(400)
    expect(year.json().error).toMatchObject({ code: 'INVALID_INPUT', field: 'year', message: '年份太小了，请核对' })
    expect((await hearingRows(t)).overrides).toBe(1)
  })
})
