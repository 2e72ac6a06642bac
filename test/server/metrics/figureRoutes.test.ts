import { enforcementMetrics } from '../../../domain/metrics/enforcementMetrics'
import { storeEnforcementYear, type StoredYearCase, type StoredYearComplaint } from '../../../server/seed/ordos/storeEnforcementYear'
import { call, WHO } from '../enforcement/fixture'
import { makeApp, type TestApp } from '../helpers'

const LEADER = 's-leader-hulunbuir'
const PERIOD = { from: '2021-01-01', to: '2021-10-31' }
const q = (extra: Record<string, string> = {}) => new URLSearchParams({ period: 'range', ...PERIOD, ...extra }).toString()

// Ten 额尔古纳 cases of 2021 in every state the figures tell apart, and three complaints.
const CASES: StoredYearCase[] = Array.from({ length: 10 }, (_, i) => ({
  id: `m-${i}`,
  courtId: 'c-ergun',
  caseNumber: `（2021）内0784执${i + 1}号`,
  filedOn: `2021-0${1 + (i % 5)}-1${i % 9}`,
  ...(i < 7 ? { closedOn: `2021-0${6 + (i % 4)}-20`, closure: i % 3 === 0 ? ('terminated-this-round' as const) : ('performed' as const) } : {}),
  hasProperty: i % 3 !== 0,
  excludedDays: 0,
  terminationChecklistComplete: i % 3 === 0,
  appliedFen: 1_000_000 * (i + 1),
  recoveredFen: i < 7 && i % 3 !== 0 ? 1_000_000 * (i + 1) : 0,
  agricultural: i % 2 === 0,
  enterprise: i % 4 === 0,
  governmentDebtor: i === 5,
}))
const COMPLAINTS: StoredYearComplaint[] = [
  { id: 'k-1', caseId: 'm-1', receivedOn: '2021-03-01', closedOn: '2021-03-10' },
  { id: 'k-2', caseId: 'm-2', receivedOn: '2021-04-01' },
  { id: 'k-3', caseId: 'm-8', receivedOn: '2021-05-01', closedOn: '2021-12-01' },
]

describe('执行指挥中心 figure routes', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await makeApp({}, '2021-11-05T09:00:00+08:00')
    const db = t.app.store.db
    const at = '2021-11-05T09:00:00+08:00'
    await db
      .insertInto('users')
      .values({
        id: LEADER,
        role: 'judge',
        court_id: 'c-hulunbuir',
        account: 'leader.hlbe',
        display_name: '呼伦贝尔中院执行局长',
        real_name: '周局长',
        id_number: null,
        mobile: null,
        address: null,
        real_name_status: 'verified',
        openid: null,
        demo: 0,
        created_at: at,
        updated_at: at,
        password_hash: null,
      })
      .execute()
    await storeEnforcementYear(db, { cases: CASES, complaints: COMPLAINTS }, at)
  }, 120_000)
  afterAll(() => t.close())

  const expected = enforcementMetrics({ ...PERIOD, cases: CASES, complaints: COMPLAINTS.filter((k) => k.receivedOn >= PERIOD.from) })

  it('shows the court its figures, equal to enforcementMetrics over the same cases, with bands and subsets', async () => {
    const res = await call(t, WHO.teamJudge, 'GET', `/court/metrics/enforcement?${q()}`)
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.subject.subjectText).toBe('额尔古纳市人民法院')
    expect(body.subject.periodText).toBe('2021年1月1日至2021年10月31日')
    const { from: _f, to: _t, subsets, ...counts } = expected
    expect(body.counts).toEqual(counts)
    const closure = body.figures.find((f: { figure: string }) => f.figure === 'closureRate')
    expect(closure.text).toBe(`${((expected.closed / expected.accepted) * 100).toFixed(2)}%`)
    const within = body.figures.find((f: { figure: string }) => f.figure === 'withinLimitRate')
    expect(within.band.text).toBe('不低于90.00%')
    expect(body.subsets.find((s: { subset: string }) => s.subset === 'agricultural').accepted).toBe(subsets.agricultural.accepted)
  })

  it('gives a month by month trend of the period', async () => {
    const res = await call(t, WHO.admin, 'GET', `/court/metrics/enforcement/trend?${q()}`)
    expect(res.statusCode).toBe(200)
    expect(res.json().months.map((m: { month: string }) => m.month)).toEqual([
      '2021-01',
      '2021-02',
      '2021-03',
      '2021-04',
      '2021-05',
      '2021-06',
      '2021-07',
      '2021-08',
      '2021-09',
      '2021-10',
    ])
  })

  it('lists the cases behind 执结率, page by page, as many as the figure counts', async () => {
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const res = await call(
        t,
        WHO.teamClerk,
        'GET',
        `/court/metrics/enforcement/explain?${q({ figure: 'closureRate', side: 'numerator', limit: '3', ...(cursor ? { cursor } : {}) })}`,
      )
      expect(res.statusCode).toBe(200)
      const body = res.json()
      expect(body.numerator).toBe(expected.closed)
      expect(body.denominator).toBe(expected.accepted)
      seen.push(...body.items.map((i: { linkId: string }) => i.linkId))
      cursor = body.nextCursor
    } while (cursor)
    expect(seen.sort()).toEqual(
      CASES.filter((c) => c.closedOn)
        .map((c) => c.id)
        .sort(),
    )
    const complaints = await call(t, WHO.teamClerk, 'GET', `/court/metrics/enforcement/explain?${q({ figure: 'complaintClosureRate', side: 'denominator' })}`)
    expect(complaints.json().items.map((i: { kind: string; linkId: string }) => `${i.kind}:${i.linkId}`)).toEqual([
      'complaint:m-1',
      'complaint:m-2',
      'complaint:m-8',
    ])
  })

  it('lets the intermediate court see its basic court and the two together', async () => {
    const scope = await call(t, LEADER, 'GET', '/court/metrics/scope')
    expect(scope.json()).toMatchObject({ level: 'intermediate', basicCourts: [{ id: 'c-ergun', name: '额尔古纳市人民法院' }] })
    const basic = await call(t, LEADER, 'GET', `/court/metrics/enforcement?${q({ courtId: 'c-ergun' })}`)
    expect(basic.json().counts.accepted).toBe(expected.accepted)
    const area = await call(t, LEADER, 'GET', `/court/metrics/enforcement?${q()}`)
    expect(area.json().subject.subjectText).toBe('呼伦贝尔市两级法院')
    expect(area.json().counts.closed).toBe(expected.closed)
  })

  it('shows the trial figures, the closure ones as — while no trial closure is recorded', async () => {
    const res = await call(t, WHO.teamJudge, 'GET', `/court/metrics/trial?${q()}`)
    expect(res.statusCode).toBe(200)
    const byFigure = Object.fromEntries(res.json().figures.map((f: { figure: string; text: string }) => [f.figure, f.text]))
    expect(byFigure.closureRate).toBe('—')
    expect(res.json().figures[0].positionText).toContain('尚未记录')
    expect((await call(t, WHO.teamJudge, 'GET', `/court/metrics/trial/trend?${q()}`)).statusCode).toBe(200)
    expect((await call(t, WHO.teamJudge, 'GET', `/court/metrics/trial/explain?${q({ figure: 'reviewOnTimeRate', side: 'denominator' })}`)).statusCode).toBe(200)
  })

  it('lets the court admin set a band, which the figures are then read against', async () => {
    const put = await call(t, WHO.admin, 'PUT', '/court/metrics/bands', { bands: [{ figure: 'closureRate', band: { min: 0.8 } }] })
    expect(put.statusCode).toBe(200)
    const got = await call(t, WHO.teamJudge, 'GET', '/court/metrics/bands')
    expect(got.json().bands.find((b: { figure: string }) => b.figure === 'closureRate')).toMatchObject({ min: 0.8, court: true, text: '不低于80.00%' })
    const figures = await call(t, WHO.teamJudge, 'GET', `/court/metrics/enforcement?${q()}`)
    expect(figures.json().figures[0].band.min).toBe(0.8)
  })

  const ROUTES = [
    '/court/metrics/scope',
    `/court/metrics/enforcement?${q()}`,
    `/court/metrics/enforcement/trend?${q()}`,
    `/court/metrics/enforcement/explain?${q({ figure: 'closureRate' })}`,
    `/court/metrics/trial?${q()}`,
    `/court/metrics/trial/trend?${q()}`,
    `/court/metrics/trial/explain?${q({ figure: 'closureRate' })}`,
    '/court/metrics/bands',
  ]
  it.each([
    ['a litigant', WHO.applicant],
    ['a mediator', WHO.mediator],
  ])('refuses %s every route', async (_label, user) => {
    for (const url of ROUTES) expect((await call(t, user, 'GET', url)).statusCode).toBe(403)
    expect((await call(t, user, 'PUT', '/court/metrics/bands', { bands: [] })).statusCode).toBe(403)
  })

  it('refuses staff of another court, and a basic court the intermediate court above it', async () => {
    for (const url of ROUTES.slice(1)) {
      const sep = url.includes('?') ? '&' : '?'
      expect((await call(t, WHO.otherCourt, 'GET', `${url}${sep}courtId=c-ergun`)).statusCode).toBe(403)
      expect((await call(t, WHO.teamJudge, 'GET', `${url}${sep}courtId=c-hulunbuir`)).statusCode).toBe(403)
    }
    expect((await call(t, WHO.teamJudge, 'PUT', '/court/metrics/bands', { bands: [] })).statusCode).toBe(403)
    expect((await call(t, LEADER, 'PUT', '/court/metrics/bands?courtId=c-ergun', { bands: [] })).statusCode).toBe(403)
  })

  it.each([
    ['a range without its days', 'period=range', 'METRIC_PERIOD_INVALID', 'from'],
    ['a range without its end', 'period=range&from=2021-01-01', 'METRIC_PERIOD_INVALID', 'to'],
    ['from after to', 'period=range&from=2021-05-01&to=2021-04-01', 'METRIC_PERIOD_INVALID', 'to'],
    ['a scope a basic court has not', 'scope=area', 'SCOPE_NOT_AVAILABLE', 'scope'],
    ['a bad cursor', 'figure=closureRate&cursor=xyz', 'METRIC_CURSOR_INVALID', 'cursor'],
  ])('answers %s with 400, its code, field and a Chinese message', async (_label, query, code, field) => {
    const path = query.includes('figure') ? 'enforcement/explain' : 'enforcement'
    const res = await call(t, WHO.teamJudge, 'GET', `/court/metrics/${path}?${query}`)
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code, field })
    expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/)
  })

  it('refuses a band outside 0–100% with the figure named', async () => {
    const res = await call(t, WHO.admin, 'PUT', '/court/metrics/bands', { bands: [{ figure: 'closureRate', band: { min: 0.9, max: 0.5 } }] })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code: 'METRIC_BAND_INVALID', field: 'closureRate' })
  })
})
