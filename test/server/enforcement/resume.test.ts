import { makeApp, type TestApp } from '../helpers'
import { call, file, filedCase, lead, teams, terminate, WHO } from './fixture'

let t: TestApp
let team = { a: '', b: '' }
let closed = { id: '', caseNumber: '' }
let open = { id: '' }
beforeAll(async () => {
  t = await makeApp()
  team = await teams(t)
  const c = await filedCase(t, team.a)
  open = await filedCase(t, team.a)
  t.clock.set('2027-03-01T10:00:00+08:00')
  closed = await terminate(t, c, '2027-03-01')
}, 120_000)
afterAll(async () => t.close())

const recheck = (n: number, on: string, found: boolean) => ({ number: n, on, found, description: found ? '中国银行账户存款5000元' : '银行、车辆、不动产均无' })
const view = async (id: string, user: string = WHO.applicant) => (await call(t, user, 'GET', `/enforcement/cases/${id}`)).json()

describe('after 终本', () => {
  it('shows the applicant the ruling, the conditions met, the right to resume and ten six-monthly re-checks', async () => {
    const v = await view(closed.id)
    expect(v.viewer.canResume).toBe(true)
    expect(v.termination.canResume).toBe(true)
    expect(v.termination.conditions.every((k: { met: boolean }) => k.met)).toBe(true)
    expect(v.termination.rechecks).toHaveLength(10)
    expect(v.termination.rechecks[0]).toMatchObject({ number: 1, doneOn: null, found: null })
    expect(v.termination.rechecks[0].due.due).toBe('2027-09-01')
    expect(v.termination.rechecksUntil).toBe('2032-03-01')
    expect((await view(closed.id, WHO.respondent)).viewer.canResume).toBe(false)
  })

  it('lets only the court’s judges and clerks record a re-check', async () => {
    t.clock.set('2027-08-20T10:00:00+08:00')
    const url = `/court/enforcement/cases/${closed.id}/rechecks`
    for (const user of [WHO.applicant, WHO.respondent, WHO.stranger, WHO.otherCourt, WHO.mediator, WHO.admin]) {
      expect([user, (await call(t, user, 'POST', url, recheck(1, '2027-08-20', false))).statusCode]).toEqual([user, 403])
    }
    expect((await view(closed.id)).termination.rechecks[0].doneOn).toBeNull()
  })

  it('refuses a re-check out of order, before its slot, in the future or by an unknown connector, changing nothing', async () => {
    const url = `/court/enforcement/cases/${closed.id}/rechecks`
    const cases: Array<[object, number, string, string]> = [
      [recheck(2, '2027-08-20', false), 400, 'ENFORCEMENT_RECHECK_NUMBER', 'number'],
      [recheck(11, '2027-08-20', false), 400, 'ENFORCEMENT_RECHECK_NUMBER', 'number'],
      [recheck(1, '2027-03-01', false), 400, 'ENFORCEMENT_RECHECK_DAY', 'on'],
      [recheck(1, '2027-08-21', false), 400, 'ENFORCEMENT_RECHECK_DAY', 'on'],
      [{ ...recheck(1, '2027-08-20', false), connector: 'zongduizong' }, 400, 'ENFORCEMENT_CONNECTOR_UNKNOWN', 'connector'],
    ]
    for (const [body, status, code, field] of cases) {
      const res = await call(t, WHO.teamClerk, 'POST', url, body)
      expect([res.statusCode, res.json().error.code, res.json().error.field]).toEqual([status, code, field])
    }
    expect((await call(t, WHO.teamClerk, 'POST', `/court/enforcement/cases/${open.id}/rechecks`, recheck(1, '2027-08-20', false))).statusCode).toBe(409)
    expect((await view(closed.id)).termination.rechecks.filter((r: { doneOn: string | null }) => r.doneOn)).toHaveLength(0)
  })

  it('records nothing found; the applicant reads the result in the case view and the thread', async () => {
    const res = await call(t, WHO.otherTeam, 'POST', `/court/enforcement/cases/${closed.id}/rechecks`, recheck(1, '2027-08-20', false), 'recheck-1-key')
    expect(res.statusCode).toBe(200)
    const first = (await view(closed.id)).termination.rechecks[0]
    expect(first).toMatchObject({ doneOn: '2027-08-20', found: false, resumedCaseId: null })
    expect(first.text).toContain('2027年8月20日网络查控：未发现可供执行的财产')
    expect(first.due.overdue).toBe(false)
    const again = await call(t, WHO.otherTeam, 'POST', `/court/enforcement/cases/${closed.id}/rechecks`, recheck(1, '2027-08-20', false), 'recheck-1-key')
    expect(again.statusCode).toBe(200)
    expect((await call(t, WHO.teamClerk, 'POST', `/court/enforcement/cases/${closed.id}/rechecks`, recheck(1, '2027-08-20', false))).statusCode).toBe(409)
    const thread = await t.app.services.repos.messages.thread(`f-${closed.id}`)
    expect(thread.some((m) => m.body.includes('第1次终本后财产复查') && m.body.includes('未发现'))).toBe(true)
  })

  it('lets only the applicant apply to resume, with new leads, into the 执恢 queue', async () => {
    const body = { reason: '听说被执行人在海拉尔买了一辆货车', leads: [lead([], 'vehicle')] }
    for (const user of [WHO.respondent, WHO.stranger, WHO.agent]) {
      expect((await call(t, user, 'POST', `/enforcement/cases/${closed.id}/resume`, body)).statusCode).toBe(403)
    }
    for (const user of [WHO.teamJudge, WHO.otherCourt, WHO.mediator]) {
      expect((await call(t, user, 'POST', `/enforcement/cases/${closed.id}/resume`, body)).statusCode).toBe(403)
    }
    expect((await call(t, WHO.applicant, 'POST', `/enforcement/cases/${open.id}/resume`, body)).json().error.code).toBe('ENFORCEMENT_STATE')
    const noLead = await call(t, WHO.applicant, 'POST', `/enforcement/cases/${closed.id}/resume`, { ...body, leads: [] })
    expect([noLead.statusCode, noLead.json().error.field]).toEqual([400, 'leads'])
    const foreign = await call(t, WHO.applicant, 'POST', `/enforcement/cases/${closed.id}/resume`, {
      ...body,
      leads: [lead([await file(t, WHO.respondent)], 'vehicle')],
    })
    expect(foreign.json().error).toMatchObject({ code: 'ENFORCEMENT_FILE_UNKNOWN', field: 'leads[0].photoFileIds[0]' })
    expect((await view(closed.id)).resumedAs).toEqual([])

    const res = await call(t, WHO.applicant, 'POST', `/enforcement/cases/${closed.id}/resume`, body, 'resume-key-1')
    expect(res.statusCode).toBe(200)
    const fresh = res.json()
    expect(fresh).toMatchObject({ caseType: '执恢', caseTypeName: '恢复执行', state: 'applied', caseNumber: null })
    expect(fresh.resumedFrom).toEqual({ id: closed.id, caseNumber: closed.caseNumber })
    expect(fresh.period).toMatchObject({ limited: false, late: false })
    expect(fresh.leads.map((l: { kind: string }) => l.kind)).toEqual(['vehicle'])
    expect(fresh.leads[0].verification.due).toBe('2027-08-27')
    expect((await call(t, WHO.applicant, 'POST', `/enforcement/cases/${closed.id}/resume`, body, 'resume-key-1')).json().id).toBe(fresh.id)
    const twice = await call(t, WHO.applicant, 'POST', `/enforcement/cases/${closed.id}/resume`, body)
    expect([twice.statusCode, twice.json().error.code]).toEqual([409, 'ENFORCEMENT_ALREADY_APPLIED'])
    expect((await view(closed.id)).resumedAs).toEqual([{ id: fresh.id, caseNumber: null }])

    const queue = (await call(t, WHO.teamClerk, 'GET', '/court/enforcement/queue')).json()
    expect(queue.map((s: { id: string }) => s.id)).toContain(fresh.id)
    const accepted = await call(t, WHO.teamClerk, 'POST', `/court/enforcement/cases/${fresh.id}/accept`, {})
    expect(accepted.json().caseNumber).toBe('（2027）内0784执恢1号')
    expect((await view(fresh.id, WHO.respondent)).viewer.side).toBe('respondent')
  })

  it('opens an 执恢 case itself when a re-check finds an asset (once the last one is closed)', async () => {
    const c = await filedCase(t, team.a)
    t.clock.set('2027-12-01T10:00:00+08:00')
    const ended = await terminate(t, c, '2027-12-01')
    t.clock.set('2028-02-10T10:00:00+08:00')
    const res = await call(t, WHO.teamJudge, 'POST', `/court/enforcement/cases/${ended.id}/rechecks`, {
      ...recheck(1, '2028-02-10', true),
      connector: 'manual',
    })
    expect(res.statusCode).toBe(200)
    const first = res.json().termination.rechecks[0]
    expect(first).toMatchObject({ found: true, doneOn: '2028-02-10' })
    expect(first.resumedCaseId).toEqual(expect.any(String))
    expect(first.text).toContain('发现可供执行的财产')
    const resumed = await view(first.resumedCaseId)
    expect(resumed).toMatchObject({ caseType: '执恢', state: 'applied', resumedFrom: { id: ended.id } })
    expect(resumed.timeline[0].text).toContain('法院依职权恢复执行')
  })
})
