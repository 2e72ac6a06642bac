import { makeApp, type TestApp } from '../helpers'
import { applyOutside, call, filedCase, node, teams, WHO } from './fixture'

// The 执行指挥中心 of an intermediate court lists its basic courts' cases behind each figure; a tap
// on one opens the case. Its staff read those cases and act on none; every other court still gets 403.

const LEADER = 's-leader-hlbe'
const ORDOS = 's-judge-ordos'

let t: TestApp
let filed = { id: '', caseNumber: '', leads: [] as Array<{ id: string }> }
let applied = { id: '' }
beforeAll(async () => {
  t = await makeApp()
  const at = '2026-11-20T09:00:00+08:00'
  const staff = (id: string, courtId: string, name: string) => ({
    id,
    role: 'judge' as const,
    court_id: courtId,
    account: id,
    display_name: name,
    real_name: name,
    id_number: null,
    mobile: null,
    address: null,
    real_name_status: 'verified' as const,
    openid: null,
    demo: 0,
    created_at: at,
    updated_at: at,
    password_hash: null,
  })
  await t.app.store.db
    .insertInto('users')
    .values([staff(LEADER, 'c-hulunbuir', '呼伦贝尔中院执行局长'), staff(ORDOS, 'c-ordos', '鄂尔多斯中院法官')])
    .execute()
  const team = await teams(t)
  filed = await filedCase(t, team.a)
  applied = await applyOutside(t)
}, 180_000)
afterAll(async () => t.close())

describe('a basic court’s enforcement case, read from the intermediate court above it', () => {
  it('opens for its staff as a supervisor who may do nothing on it', async () => {
    const res = await call(t, LEADER, 'GET', `/court/enforcement/cases/${filed.id}`)
    expect(res.statusCode).toBe(200)
    expect(res.json().caseNumber).toBe(filed.caseNumber)
    expect(res.json().viewer).toMatchObject({ side: 'supervisor', canRecord: false, canAddLeads: false, canResume: false })
  })

  it('refuses them every step of the case: 立案, assignment, a node, closure', async () => {
    const before = (await call(t, WHO.teamJudge, 'GET', `/court/enforcement/cases/${filed.id}`)).json()
    expect((await call(t, LEADER, 'POST', `/court/enforcement/cases/${applied.id}/accept`, {})).statusCode).toBe(403)
    expect(
      (await node(t, filed.id, { kind: 'execution-notice', on: '2026-11-21', reportDueOn: '2026-12-01', performanceDays: 5, serve: false }, LEADER)).statusCode,
    ).toBe(403)
    expect(
      (await call(t, LEADER, 'POST', `/court/enforcement/cases/${filed.id}/close`, { mode: 'performed', on: '2026-11-21', reason: '全部履行' })).statusCode,
    ).toBe(403)
    const after = (await call(t, WHO.teamJudge, 'GET', `/court/enforcement/cases/${filed.id}`)).json()
    expect(after.timeline).toEqual(before.timeline)
    expect(after.state).toBe(before.state)
  })

  it('stays closed to another intermediate court, a basic court beside it and the parties’ roles', async () => {
    for (const user of [ORDOS, WHO.otherCourt, WHO.mediator, WHO.stranger]) {
      expect([user, (await call(t, user, 'GET', `/court/enforcement/cases/${filed.id}`)).statusCode]).toEqual([user, 403])
    }
  })
})
