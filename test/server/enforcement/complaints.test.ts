import { makeApp, type TestApp } from '../helpers'
import { call, file, filedCase, teams, WHO } from './fixture'

let t: TestApp
let caseId = ''
beforeAll(async () => {
  t = await makeApp()
  caseId = (await filedCase(t, (await teams(t)).a)).id
}, 120_000)
afterAll(async () => t.close())

const complaint = { body: '法院两个月没有联系我，也没有去草场查看肉牛', fileIds: [] as string[] }
const complaintsOf = async (id: string) => (await call(t, WHO.applicant, 'GET', `/enforcement/cases/${id}`)).json().complaints as Array<Record<string, unknown>>

describe('执行信访 from a party', () => {
  it('lets only the applicant and the respondent complain', async () => {
    for (const user of [WHO.stranger, WHO.agent, WHO.teamJudge, WHO.otherTeam, WHO.otherCourt, WHO.mediator, WHO.admin]) {
      const res = await call(t, user, 'POST', `/enforcement/cases/${caseId}/complaints`, complaint)
      expect([user, res.statusCode]).toEqual([user, 403])
    }
    expect(await complaintsOf(caseId)).toHaveLength(0)
    expect((await call(t, WHO.respondent, 'POST', `/enforcement/cases/${caseId}/complaints`, { ...complaint, body: '我已经把牛卖了还钱' })).statusCode).toBe(
      200,
    )
  })

  it('registers it with both official answer periods and flags the stricter', async () => {
    const res = await call(t, WHO.applicant, 'POST', `/enforcement/cases/${caseId}/complaints`, complaint, 'complaint-key-1')
    expect(res.statusCode).toBe(200)
    const mine = res.json().complaints.find((k: { body: string }) => k.body === complaint.body)
    expect(mine.receivedOn).toBe('2026-11-25')
    expect(mine.registration).toMatchObject({ due: '2026-12-02', overdue: false })
    expect(mine.answers.map((a: { deadline: { due: string }; stricter: boolean }) => [a.deadline.due, a.stricter])).toEqual([
      ['2026-12-25', true],
      ['2027-01-07', false],
    ])
    expect(mine.conflict).toBe(true)
    expect(mine.complainantName).toBe('张桂兰（拉布大林种植户）')
  })

  it('runs a repeated request with the same key once', async () => {
    const again = await call(t, WHO.applicant, 'POST', `/enforcement/cases/${caseId}/complaints`, complaint, 'complaint-key-1')
    expect(again.statusCode).toBe(200)
    expect((await complaintsOf(caseId)).filter((k) => k.body === complaint.body)).toHaveLength(1)
  })

  it('refuses bad input in Chinese on its field and stores nothing', async () => {
    const before = (await complaintsOf(caseId)).length
    const short = await call(t, WHO.applicant, 'POST', `/enforcement/cases/${caseId}/complaints`, { body: '差', fileIds: [] })
    expect(short.statusCode).toBe(400)
    expect(short.json().error.field).toBe('body')
    const foreign = await call(t, WHO.applicant, 'POST', `/enforcement/cases/${caseId}/complaints`, { ...complaint, fileIds: [await file(t, WHO.respondent)] })
    expect(foreign.json().error).toMatchObject({ code: 'ENFORCEMENT_FILE_UNKNOWN', field: 'fileIds[0]' })
    expect(foreign.json().error.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(await complaintsOf(caseId)).toHaveLength(before)
  })

  it('is refused before 立案', async () => {
    const { applyOutside } = await import('./fixture')
    const pending = await applyOutside(t)
    const res = await call(t, WHO.applicant, 'POST', `/enforcement/cases/${pending.id}/complaints`, complaint)
    expect(res.statusCode).toBe(409)
    expect(res.json().error.code).toBe('ENFORCEMENT_STATE')
  })
})

describe('the court answers', () => {
  it('lists the court’s complaints to its staff only', async () => {
    for (const user of [WHO.teamJudge, WHO.teamClerk, WHO.otherTeam, WHO.admin]) {
      const res = await call(t, user, 'GET', '/court/enforcement/complaints')
      expect(res.statusCode).toBe(200)
      expect(res.json().length).toBe(2)
    }
    expect((await call(t, WHO.otherCourt, 'GET', '/court/enforcement/complaints')).json()).toEqual([])
    for (const user of [WHO.applicant, WHO.respondent, WHO.mediator, WHO.stranger]) {
      expect((await call(t, user, 'GET', '/court/enforcement/complaints')).statusCode).toBe(403)
    }
  })

  it('lets staff of the case’s court answer once; the complainant reads the reply in the case and the thread', async () => {
    const list = (await call(t, WHO.teamJudge, 'GET', '/court/enforcement/complaints')).json()
    const target = list.find((k: { body: string }) => k.body === complaint.body)
    const url = `/court/enforcement/complaints/${target.id}/answer`
    const reply = { reply: '承办法官已于12月1日到草场查看，肉牛已被转移，正在查找' }
    for (const user of [WHO.applicant, WHO.respondent, WHO.otherCourt, WHO.mediator]) {
      expect((await call(t, user, 'POST', url, reply)).statusCode).toBe(403)
    }
    expect((await call(t, WHO.teamJudge, 'POST', '/court/enforcement/complaints/none/answer', reply)).statusCode).toBe(404)
    const res = await call(t, WHO.otherTeam, 'POST', url, reply)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ answeredOn: '2026-11-25', reply: reply.reply, answeredBy: '赵敏法官' })
    const twice = await call(t, WHO.teamJudge, 'POST', url, reply)
    expect(twice.statusCode).toBe(409)
    expect((await complaintsOf(caseId)).find((k) => k.id === target.id)).toMatchObject({ reply: reply.reply })
    const thread = await t.app.services.repos.messages.thread(`f-${caseId}`)
    expect(thread.some((m) => m.body.includes('执行信访答复') && m.body.includes(reply.reply))).toBe(true)
    const outbox = await t.app.services.repos.delivery.outbox('c-ergun', 50)
    expect(outbox.some((m: { recipient: string; text: string }) => m.recipient === WHO.applicant && m.text.includes(reply.reply))).toBe(true)
  })
})
