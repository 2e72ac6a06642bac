import { makeApp, type TestApp } from '../helpers'
import { applyOutside, call, file, filedCase, lead, teams, WHO } from './fixture'

let t: TestApp
let team = { a: '', b: '' }
let mine = { id: '', caseNumber: '', leads: [] as Array<{ id: string }> }
let theirs = { id: '' }
let pending = { id: '' }
beforeAll(async () => {
  t = await makeApp()
  team = await teams(t)
  mine = await filedCase(t, team.a)
  theirs = await filedCase(t, team.b, WHO.otherTeam)
  pending = await applyOutside(t)
  // Eleven days on: the lead, the 承办人's 执行通知 (3 days) and the 立案 of the pending application are overdue;
  // the 10-day 执行通知 ends on Saturday 12-05 and rolls to Monday 12-07 (《民事诉讼法》第八十五条).
  t.clock.set('2026-12-06T10:00:00+08:00')
}, 120_000)
afterAll(async () => t.close())

describe('court-found leads', () => {
  it('are added by the case’s team only, on the same verification clock', async () => {
    const url = `/court/enforcement/cases/${mine.id}/leads`
    const body = {
      ...lead([], 'bank-account'),
      description: '网络查控发现农商行账户',
      location: '额尔古纳农商银行',
      urgent: true,
      urgentReason: '账户资金正在转出',
    }
    for (const user of [WHO.otherTeam, WHO.admin, WHO.otherCourt, WHO.mediator, WHO.applicant, WHO.respondent, WHO.stranger]) {
      expect([user, (await call(t, user, 'POST', url, body)).statusCode]).toEqual([user, 403])
    }
    const foreign = await call(t, WHO.teamJudge, 'POST', url, { ...body, photoFileIds: [await file(t, WHO.applicant)] })
    expect(foreign.json().error).toMatchObject({ code: 'ENFORCEMENT_FILE_UNKNOWN', field: 'photoFileIds[0]' })
    const res = await call(t, WHO.teamJudge, 'POST', url, body, 'court-lead-key')
    expect(res.statusCode).toBe(200)
    const added = res.json().leads.filter((l: { submittedBy: string }) => l.submittedBy === 'court')
    expect(added).toHaveLength(1)
    expect(added[0].verification).toMatchObject({ due: '2026-12-09', overdue: false })
    expect((await call(t, WHO.teamJudge, 'POST', url, body, 'court-lead-key')).statusCode).toBe(200)
    const seen = (await call(t, WHO.applicant, 'GET', `/enforcement/cases/${mine.id}`)).json()
    expect(seen.leads.filter((l: { submittedBy: string }) => l.submittedBy === 'court')).toHaveLength(1)
    expect(seen.timeline.some((n: { text: string }) => n.text.includes('法院登记了财产线索'))).toBe(true)
    const refused = await call(t, WHO.teamJudge, 'POST', `/court/enforcement/cases/${pending.id}/leads`, body)
    expect(refused.statusCode).toBe(403)
  })
})

describe('tasks of a team member', () => {
  it('shows only the member’s own teams’ cases, deadlines and risks', async () => {
    const judge = (await call(t, WHO.teamJudge, 'GET', '/court/enforcement/tasks')).json()
    expect(judge.cases.map((c: { id: string }) => c.id)).toEqual([mine.id])
    expect(new Set(judge.tasks.map((k: { caseId: string }) => k.caseId))).toEqual(new Set([mine.id]))
    const overdueLead = judge.tasks.find((k: { node: string; targetId: string }) => k.node === 'lead-verification' && k.targetId === mine.leads[0].id)
    expect(overdueLead.deadline).toMatchObject({ due: '2026-12-02', overdue: true })
    expect(judge.risks.map((r: { code: string }) => r.code)).toEqual(expect.arrayContaining(['LEAD_UNVERIFIED', 'HANDLER_NOTICE_OVERDUE']))
    expect(judge.risks.map((r: { code: string }) => r.code)).not.toContain('EXECUTION_NOTICE_OVERDUE')
    expect(judge.risks.every((r: { caseId: string }) => r.caseId === mine.id)).toBe(true)

    const other = (await call(t, WHO.otherTeam, 'GET', '/court/enforcement/tasks')).json()
    expect(other.cases.map((c: { id: string }) => c.id)).toEqual([theirs.id])
    const both = (await call(t, WHO.teamClerk, 'GET', '/court/enforcement/tasks')).json()
    expect(both.cases.map((c: { id: string }) => c.id).sort()).toEqual([mine.id, theirs.id].sort())
    const none = (await call(t, WHO.admin, 'GET', '/court/enforcement/tasks')).json()
    expect(none).toEqual({ cases: [], tasks: [], risks: [] })
    expect((await call(t, WHO.otherCourt, 'GET', '/court/enforcement/tasks')).json()).toEqual({ cases: [], tasks: [], risks: [] })
    for (const user of [WHO.applicant, WHO.respondent, WHO.mediator, WHO.stranger]) {
      expect((await call(t, user, 'GET', '/court/enforcement/tasks')).statusCode).toBe(403)
    }
  })
})

describe('the 督办 list', () => {
  it('lists every overdue item of the court with its article, team, 承办人 and due day, to judges and the admin', async () => {
    const res = await call(t, WHO.admin, 'GET', '/court/enforcement/supervision')
    expect(res.statusCode).toBe(200)
    const list = res.json()
    expect(list).toMatchObject({ courtId: 'c-ergun', today: '2026-12-06' })
    const acceptance = list.risks.find((r: { caseId: string }) => r.caseId === pending.id)
    expect(acceptance).toMatchObject({ code: 'ACCEPTANCE_OVERDUE', due: '2026-12-02', daysOverdue: 4, teamId: null, handlerName: null })
    expect(acceptance.article).toContain('《执行工作规定》第十六条')
    const lead = list.risks.find((r: { caseId: string; code: string }) => r.caseId === mine.id && r.code === 'LEAD_UNVERIFIED')
    expect(lead).toMatchObject({ teamId: team.a, teamName: '执行甲团队', handlerId: WHO.teamJudge, handlerName: '王立新法官', nodeName: '财产线索核查' })
    expect(lead.article).toContain('《财产调查规定》第二条')
    // 涉农 first: every case here is 涉农 (livestock), so the domain's order holds: the longest overdue first.
    expect(list.risks.every((r: { agricultural: boolean }) => r.agricultural)).toBe(true)
    const days = list.risks.filter((r: { severity: string }) => r.severity === 'overdue').map((r: { daysOverdue: number }) => r.daysOverdue)
    expect(days).toEqual([...days].sort((a: number, b: number) => b - a))
    expect(list.byTeam.map((g: { teamName: string }) => g.teamName).sort()).toEqual(['执行乙团队', '执行甲团队', '未分配团队'].sort())

    const a = (await call(t, WHO.otherTeam, 'GET', `/court/enforcement/supervision?teamId=${team.a}`)).json()
    expect(a.risks.length).toBeGreaterThan(0)
    expect(a.risks.every((r: { teamId: string }) => r.teamId === team.a)).toBe(true)
    const bad = await call(t, WHO.admin, 'GET', '/court/enforcement/supervision?teamId=nope')
    expect([bad.statusCode, bad.json().error.code, bad.json().error.field]).toEqual([400, 'ENFORCEMENT_TEAM_NOT_FOUND', 'teamId'])
    expect((await call(t, WHO.otherCourt, 'GET', `/court/enforcement/supervision?teamId=${team.a}`)).statusCode).toBe(400)
    for (const user of [WHO.teamClerk, WHO.applicant, WHO.respondent, WHO.mediator, WHO.stranger]) {
      expect([user, (await call(t, user, 'GET', '/court/enforcement/supervision')).statusCode]).toEqual([user, 403])
    }
  })

  it('reminds each member of a team once, through the notifier', async () => {
    const url = '/court/enforcement/supervision/remind'
    for (const user of [WHO.teamClerk, WHO.applicant, WHO.mediator, WHO.stranger]) {
      expect((await call(t, user, 'POST', url, { teamId: team.a })).statusCode).toBe(403)
    }
    expect((await call(t, WHO.otherCourt, 'POST', url, { teamId: team.a })).json().error).toMatchObject({ code: 'ENFORCEMENT_TEAM_NOT_FOUND', field: 'teamId' })
    const before = (await t.app.services.repos.delivery.outbox('c-ergun', 500)).length
    const res = await call(t, WHO.admin, 'POST', url, { teamId: team.a }, 'remind-key-1')
    expect(res.statusCode).toBe(200)
    const sent = res.json()
    expect(sent.sentTo.map((m: { accountId: string }) => m.accountId).sort()).toEqual([WHO.teamClerk, WHO.teamJudge].sort())
    expect(sent.overdue).toBeGreaterThan(0)
    expect(sent.text).toContain('【执行督办】执行甲团队')
    expect((await call(t, WHO.admin, 'POST', url, { teamId: team.a }, 'remind-key-1')).json().sentAt).toBe(sent.sentAt)
    const outbox = await t.app.services.repos.delivery.outbox('c-ergun', 500)
    expect(outbox.length - before).toBe(2)
    expect(
      outbox
        .filter((m) => m.template === 'enforcement-supervision')
        .map((m) => m.recipient)
        .sort(),
    ).toEqual([WHO.teamClerk, WHO.teamJudge].sort())
  })
})
