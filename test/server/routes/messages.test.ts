import { acceptedCase, submittedFiling } from '../fixtures'
import { makeApp, type TestApp } from '../helpers'

type Who = string | null

let t: TestApp
let caseId: string

const call = async (who: Who, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>, headers: Record<string, string> = {}) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: { ...(who ? await t.as(who) : {}), ...headers }, ...(payload ? { payload } : {}) })

const messageCount = async () =>
  Number(
    (
      await t.app.store.db
        .selectFrom('case_messages')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

beforeEach(async () => {
  t = await makeApp()
  caseId = (await acceptedCase(t)).id
})
afterEach(async () => t.close())

describe('联系法官', () => {
  it('a party asks, the judge reads and replies, the party sees the reply', async () => {
    const asked = await call('d-zhang-guilan', 'POST', `/cases/${caseId}/messages`, { body: '请问开庭要带哪些材料？' })
    expect(asked.statusCode).toBe(201)
    expect(asked.json()).toMatchObject({ body: '请问开庭要带哪些材料？', side: 'party', mine: true })

    const waiting = await call('s-judge-wang', 'GET', '/messages/unanswered')
    expect(waiting.statusCode).toBe(200)
    expect(waiting.json()).toEqual([
      expect.objectContaining({ caseId, waiting: 1, mineAsJudge: true, lastMessage: expect.objectContaining({ body: '请问开庭要带哪些材料？' }) }),
    ])

    const judgeView = await call('s-judge-wang', 'GET', `/cases/${caseId}/messages`)
    expect(judgeView.statusCode).toBe(200)
    expect(judgeView.json().messages).toEqual([expect.objectContaining({ side: 'party', mine: false, body: '请问开庭要带哪些材料？' })])
    const read = await t.app.store.db.selectFrom('case_messages').select('read_by_staff_at').executeTakeFirstOrThrow()
    expect(read.read_by_staff_at).not.toBeNull()

    const reply = await call('s-judge-wang', 'POST', `/cases/${caseId}/messages`, { body: '请带身份证原件和收购协议原件。' })
    expect(reply.statusCode).toBe(201)
    expect((await call('s-clerk-liu', 'GET', '/messages/unanswered')).json()).toEqual([])

    const partyView = await call('d-zhang-guilan', 'GET', `/cases/${caseId}/messages`)
    expect(partyView.statusCode).toBe(200)
    const thread = partyView.json()
    expect(thread).toMatchObject({ caseId, canPost: true, status: 'accepted' })
    expect(thread.caseNumber).toMatch(/民初/)
    expect(thread.messages.map((m: { body: string; side: string; mine: boolean }) => [m.side, m.mine, m.body])).toEqual([
      ['party', true, '请问开庭要带哪些材料？'],
      ['court', false, '请带身份证原件和收购协议原件。'],
    ])
    expect(thread.messages[1]).toMatchObject({ authorTitle: '法官' })
    expect(thread.messages[1].authorName).toContain('王')

    const audit = await t.app.store.db.selectFrom('audit_log').selectAll().where('subject', '=', `case-messages:${caseId}`).execute()
    expect(audit.map((a) => [a.action, a.actor_id])).toEqual([
      ['message.posted', 'd-zhang-guilan'],
      ['message.posted', 's-judge-wang'],
    ])
  })

  it('the other party, verified by ID number, shares the thread; the clerk of the court may answer', async () => {
    expect((await call('d-wang-jianguo', 'POST', `/cases/${caseId}/messages`, { body: '我想申请延期开庭。' })).statusCode).toBe(201)
    expect((await call('s-clerk-liu', 'POST', `/cases/${caseId}/messages`, { body: '请提交书面申请。' })).json()).toMatchObject({
      authorTitle: '书记员',
      side: 'court',
    })
    expect((await call('d-zhang-guilan', 'GET', `/cases/${caseId}/messages`)).json().messages).toHaveLength(2)
  })

  it.each([
    ['a litigant who is not a party', 'd-new-user', 403],
    ['a judge of another court', 's-judge-gao', 403],
    ['the mediator of the same court', 's-mediator-chen', 403],
    ['the court admin', 's-admin-sun', 403],
    ['nobody signed in', null, 401],
  ])('%s may neither read nor write', async (_label, who, status) => {
    expect((await call(who, 'GET', `/cases/${caseId}/messages`)).statusCode).toBe(status)
    const res = await call(who, 'POST', `/cases/${caseId}/messages`, { body: '你好' })
    expect(res.statusCode).toBe(status)
    expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(await messageCount()).toBe(0)
  })

  it.each([
    ['a litigant', 'd-zhang-guilan', 403],
    ['the mediator', 's-mediator-chen', 403],
    ['nobody signed in', null, 401],
  ])('%s cannot list unanswered messages', async (_label, who, status) => {
    expect((await call(who, 'GET', '/messages/unanswered')).statusCode).toBe(status)
  })

  it("another court's judge does not see this court's unanswered messages", async () => {
    await call('d-zhang-guilan', 'POST', `/cases/${caseId}/messages`, { body: '请问开庭要带哪些材料？' })
    expect((await call('s-judge-gao', 'GET', '/messages/unanswered')).json()).toEqual([])
  })

  it.each([
    ['an empty', ''],
    ['a blank (spaces only)', '   '],
    ['a too long (501 characters)', '字'.repeat(501)],
  ])('%s body is refused with the field and a Chinese message', async (_label, body) => {
    const res = await call('d-zhang-guilan', 'POST', `/cases/${caseId}/messages`, { body })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ field: 'body', message: expect.stringMatching(/留言内容/) })
    expect(await messageCount()).toBe(0)
  })

  it('a missing body is refused', async () => {
    const res = await call('d-zhang-guilan', 'POST', `/cases/${caseId}/messages`, {})
    expect(res.statusCode).toBe(400)
    expect(res.json().error.field).toBe('body')
  })

  it('a filing not yet accepted cannot take messages', async () => {
    const pending = await submittedFiling(t)
    const res = await call('d-zhang-guilan', 'POST', `/cases/${pending.id}/messages`, { body: '什么时候立案？' })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code: 'MESSAGE_CASE_NOT_ACCEPTED', message: expect.stringMatching(/立案后/) })
    expect((await call('d-zhang-guilan', 'GET', `/cases/${pending.id}/messages`)).json()).toMatchObject({ canPost: false, messages: [] })
    expect(await messageCount()).toBe(0)
  })

  it('an unknown case is 404', async () => {
    expect((await call('s-judge-wang', 'GET', '/cases/f-nope/messages')).statusCode).toBe(404)
    expect((await call('d-zhang-guilan', 'POST', '/cases/f-nope/messages', { body: '你好' })).statusCode).toBe(404)
  })

  it('a second tap with the same Idempotency-Key makes one message', async () => {
    const key = { 'idempotency-key': 'msg-key-000001' }
    const first = await call('d-zhang-guilan', 'POST', `/cases/${caseId}/messages`, { body: '请问开庭要带哪些材料？' }, key)
    const second = await call('d-zhang-guilan', 'POST', `/cases/${caseId}/messages`, { body: '请问开庭要带哪些材料？' }, key)
    expect(first.statusCode).toBe(201)
    expect(second.statusCode).toBe(201)
    expect(second.json().id).toBe(first.json().id)
    expect(await messageCount()).toBe(1)
  })
})
