import type { ScorecardsReply } from '../../../contract/metrics'
import { makeApp, type TestApp } from '../helpers'
import { NOW, seedErgunYear } from './reportFixtures'

const team = (id: string, name: string, judge: string) => ({
  id,
  court_id: 'c-ergun',
  name,
  judge_id: judge,
  assistant_id: 's-judge-zhao',
  clerk_id: 's-clerk-liu',
  bailiff_id: 's-admin-sun',
  created_at: NOW,
  updated_at: NOW,
})

describe('GET /court/metrics/scorecards: the weekly “3+1” team scorecards, by name, never ranked', () => {
  let t: TestApp
  const get = async (userId: string, url: string) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: await t.as(userId) })

  beforeAll(async () => {
    t = await makeApp({}, NOW)
    const db = t.app.store.db
    await seedErgunYear(db)
    // Made first but named later: the order is by name, not by when or how well.
    await db
      .insertInto('enforcement_teams')
      .values([team('tm-b', '执行二组', 's-judge-wang'), team('tm-a', '执行一组', 's-judge-zhao')])
      .execute()
    const assign = async (teamId: string, ids: string[], assignedOn: string) => {
      await db.updateTable('enforcement_cases').set({ team_id: teamId, assigned_on: assignedOn }).where('id', 'in', ids).execute()
      await db.updateTable('enforcement_figures').set({ team_id: teamId }).where('case_id', 'in', ids).execute()
    }
    // 执行一组: ec-3 (终本 on 27 Oct), ec-5 (销案 on 26 Oct), ec-8 (open), ec-9 (given to it on 26 Oct, open).
    await assign('tm-a', ['ec-3', 'ec-5', 'ec-8'], '2026-07-06')
    await assign('tm-a', ['ec-9'], '2026-10-26')
    // 执行二组: the four 执行完毕 of the year.
    await assign('tm-b', ['ec-1', 'ec-2', 'ec-4', 'ec-6'], '2026-01-06')
  }, 120_000)
  afterAll(() => t.close())

  it('each team: open cases at the week end, given and closed in the week, figures from 1 January against the bands', async () => {
    const res = await get('s-judge-wang', '/court/metrics/scorecards?week=2026-10-28')
    expect(res.statusCode).toBe(200)
    const body = res.json<ScorecardsReply>()
    expect(body).toMatchObject({
      court: { id: 'c-ergun', name: '额尔古纳市人民法院' },
      weekFrom: '2026-10-26',
      weekTo: '2026-11-01',
      weekText: '2026年第44周（10月26日至11月1日）',
      figuresFrom: '2026-01-01',
    })
    expect(body.notice).toContain('不作排名')
    expect(body.teams.map((x) => x.teamName)).toEqual(['执行一组', '执行二组'])
    const [a, b] = body.teams
    expect(a).toMatchObject({ workload: 2, received: 1, closedThisWeek: 2 })
    expect(a.members).toMatch(/（法官）、.*（法官助理）、.*（书记员）、.*（法警）/)
    expect(a.members).toContain('、刘芳（书记员）、')
    expect(a.members).not.toContain('）（')
    expect(a.counts).toMatchObject({ accepted: 4, closed: 2, terminated: 1, terminationQualified: 1 })
    const rate = (card: typeof a, figure: string) => card.figures.find((f) => f.figure === figure)
    expect(rate(a, 'closureRate')).toMatchObject({ text: '50.00%', detail: '结案2件 / 受理4件', explainable: false })
    expect(rate(a, 'terminationQualifiedRate')).toMatchObject({ text: '100.00%', position: 'within', band: { min: 0.9 } })
    expect(rate(a, 'withinLimitRate')).toMatchObject({ text: '—', position: 'no-data', positionText: '暂无数据' })
    expect(b).toMatchObject({ workload: 0, received: 0, closedThisWeek: 0, counts: { accepted: 4, closed: 4, performedClosed: 4 } })
    expect(rate(b, 'closureRate')).toMatchObject({ text: '100.00%', positionText: '未设目标区间' })
  })

  it('exports the same as CSV for Excel: BOM, Chinese headers, a Chinese file name per RFC 5987', async () => {
    const res = await get('s-clerk-liu', '/court/metrics/scorecards.csv?week=2026-10-28')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/)
    const name = '额尔古纳市人民法院执行团队周评估（2026-10-26至2026-11-01）.csv'
    expect(res.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    const lines = res.payload.replace(/^\uFEFF/, '').split('\r\n')
    expect(lines[1]).toMatch(/^团队,成员,在办案件,本周收案,本周结案,超期节点,执结率,/)
    expect(lines[2]).toMatch(/^执行一组,.*,2,1,2,\d+,50\.00%,/)
    expect(lines[3]).toMatch(/^执行二组,/)
  })

  it('the intermediate court above sees its basic court', async () => {
    const res = await get('s-judge-hlbe', '/court/metrics/scorecards?courtId=c-ergun&week=2026-10-28')
    expect(res.statusCode).toBe(200)
    expect(res.json<ScorecardsReply>().teams).toHaveLength(2)
  })

  it.each([
    ['a litigant', 'd-zhang-guilan', '/court/metrics/scorecards'],
    ['a mediator', 's-mediator-chen', '/court/metrics/scorecards'],
    ['staff of another court', 's-judge-gao', '/court/metrics/scorecards?courtId=c-ergun'],
    ['staff of another court, CSV', 's-judge-gao', '/court/metrics/scorecards.csv?courtId=c-ergun'],
    ['a basic court asking for its intermediate court', 's-judge-wang', '/court/metrics/scorecards?courtId=c-hulunbuir'],
  ])('%s: 403', async (_label, user, url) => {
    const res = await get(user, url)
    expect(res.statusCode).toBe(403)
    expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/)
  })

  it('a week that is no day: 400 naming the field', async () => {
    const res = await get('s-judge-wang', '/court/metrics/scorecards?week=2026-02-30')
    expect(res.statusCode).toBe(400)
    expect(res.json().error.field).toBe('week')
  })
})
