import { makeApp, type TestApp } from '../helpers'
import { call, filedCase, node, teams, WHO } from './fixture'

let t: TestApp
let team = { a: '', b: '' }
beforeAll(async () => {
  t = await makeApp()
  team = await teams(t)
}, 120_000)
afterAll(async () => t.close())

const notice = { kind: 'execution-notice', on: '2026-11-25', reportDueOn: '2026-12-05', performanceDays: 5, serve: true }

describe('the 执行通知书 with 报告财产令, served through e-service', () => {
  it('issues it to the respondent’s verified account and a copy to the applicant, with receipts on the case’s chain', async () => {
    const c = await filedCase(t, team.a)
    expect((await node(t, c.id, notice, WHO.otherTeam)).statusCode).toBe(403)
    const res = await node(t, c.id, notice)
    expect(res.statusCode).toBe(200)
    expect(res.json().timeline.find((n: { node: string; status: string }) => n.node === 'execution-notice' && n.status === 'done').text).toContain(
      '已通过移动微法院电子送达',
    )

    const inbox = (await call(t, WHO.respondent, 'GET', '/service/inbox')).json()
    const served = inbox.documents.find((d: { kind: string; caseId: string }) => d.kind === 'execution-notice' && d.caseId === `f-${c.id}`)
    expect(served).toMatchObject({ kindName: '执行通知书', title: '执行通知书' })
    const doc = (await call(t, WHO.respondent, 'GET', `/service/documents/${served.id}`)).json()
    const text = JSON.stringify(doc)
    expect(text).toContain('自收到本通知书之日起五日内履行')
    expect(text).toContain('在2026年12月5日（星期六）前，如实向本院报告')
    expect(text).toContain('呼伦贝尔仲裁委员会呼仲裁字〔2026〕第15号仲裁裁决书')
    expect((await call(t, WHO.respondent, 'POST', `/service/documents/${served.id}/sign`)).statusCode).toBe(200)

    const copy = (await call(t, WHO.applicant, 'GET', '/service/inbox')).json()
    expect(copy.documents.some((d: { kind: string; caseId: string }) => d.kind === 'execution-notice' && d.caseId === `f-${c.id}`)).toBe(true)

    const proof = (await call(t, WHO.teamJudge, 'GET', `/service/f-${c.id}/proof`)).json()
    expect(proof.verified).toBe(true)
    const events = await t.app.services.repos.delivery.eventsOfCase(`f-${c.id}`)
    const types = events.map((e: { type: string }) => e.type)
    expect(types).toEqual(expect.arrayContaining(['issued', 'delivered', 'signed', 'enforcement-node']))
    const issuedAt = types.indexOf('issued')
    const nodeAt = events.findIndex((e: { type: string; detail_json: string }) => e.type === 'enforcement-node' && e.detail_json.includes('execution-notice'))
    expect(nodeAt).toBeGreaterThan(issuedAt)
  })

  it('refuses to serve a respondent who cannot be reached electronically, naming him, and stores nothing', async () => {
    // 巴特尔 has no account verified under his ID number: no electronic address is surely his.
    const c = await filedCase(t, team.a, WHO.teamJudge, { name: '巴特尔', idNumber: '150784198001010015' })
    const before = (await call(t, WHO.teamJudge, 'GET', `/court/enforcement/cases/${c.id}`)).json()
    const res = await node(t, c.id, notice)
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code: 'SERVICE_NO_ACCOUNT', field: 'serve' })
    expect(res.json().error.message).toContain('巴特尔')
    const after = (await call(t, WHO.teamJudge, 'GET', `/court/enforcement/cases/${c.id}`)).json()
    expect(after.timeline).toEqual(before.timeline)
    expect(after.version).toBe(before.version)
    const paper = await node(t, c.id, { ...notice, serve: false })
    expect(paper.statusCode).toBe(200)
  })

  it('cannot be issued by hand through the general service route', async () => {
    const c = await filedCase(t, team.a)
    const res = await call(t, WHO.teamJudge, 'POST', `/service/cases/f-${c.id}/documents`, { kind: 'execution-notice', recipients: [1] })
    expect(res.statusCode).toBe(400)
    expect(res.json().error.code).toBe('SERVICE_KIND_ENFORCEMENT_ONLY')
  })
})
