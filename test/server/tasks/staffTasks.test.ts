import { acceptedCase, submittedFiling } from '../fixtures'
import { makeApp, type TestApp } from '../helpers'
import { defendantConfirms, issue } from '../delivery/helpers'

// Day 0 (11-25): a case is accepted, 书记员刘 serves a 应诉通知书 on 王建国 and another complaint is
// submitted. On 11-30 the document has been unread for 5 days and the second filing has 2 days of its
// 7-day review left (due 12-02): the schedule gives the clerk one task and each judge of the court one.
let t: TestApp
let caseId: string
let documentId: string
let filingId: string

type Task = { id: string; kind: string; text: string; createdAt: string; doneAt: string | null; target: { page: string; id: string; label: string } | null }
type TaskList = { count: number; items: Task[] }

const list = async (who: string) => t.app.inject({ method: 'GET', url: '/api/v1/staff/tasks', headers: await t.as(who) })
const tasksOf = async (who: string) => {
  const res = await list(who)
  expect(res.statusCode).toBe(200)
  return res.json() as TaskList
}
const done = async (who: string, id: string) => t.app.inject({ method: 'POST', url: `/api/v1/staff/tasks/${id}/done`, headers: await t.as(who) })
const outboxRow = (id: string) => t.app.store.db.selectFrom('notify_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow()

beforeAll(async () => {
  t = await makeApp()
  ;({ id: caseId } = await acceptedCase(t))
  await defendantConfirms(t, caseId)
  const issued = await issue(t, caseId, { kind: 'response-notice', recipients: [1] }, 's-clerk-liu')
  expect(issued.statusCode).toBe(201)
  documentId = (issued.json() as { documents: { id: string }[] }).documents[0]!.id
  ;({ id: filingId } = (await submittedFiling(t, 'd-li-chunsheng')) as { id: string })
  t.clock.set('2026-11-30T10:00:00+08:00')
  await t.app.services.notify.tick()
}, 60_000)
afterAll(async () => t.close())

describe('GET /staff/tasks', () => {
  it("gives the clerk the unread document's task, pointing at the case's 电子送达 page", async () => {
    const { count, items } = await tasksOf('s-clerk-liu')
    expect(count).toBe(1)
    expect(items).toHaveLength(1)
    const [task] = items
    expect(task).toMatchObject({ kind: 'service-unread', doneAt: null, target: { page: 'service-case', id: caseId, label: '查看送达情况' } })
    expect(task!.text).toMatch(/^王建国尚未查看3天前送达的.*应诉通知书/)
    expect(task!.createdAt).toBe('2026-11-30T10:00:00.000+08:00')
    expect((await outboxRow(task!.id)).document_id).toBe(documentId)
  })

  it('gives every judge of the court the review task of the unassigned filing, pointing at its review page', async () => {
    for (const judge of ['s-judge-wang', 's-judge-zhao']) {
      const review = (await tasksOf(judge)).items.filter((i) => i.kind === 'filing-review-due')
      expect(review).toHaveLength(1)
      expect(review[0]!.target).toEqual({ page: 'filing-review', id: filingId, label: '去审查' })
      expect(review[0]!.text).toContain('2026-12-02届满，还剩2天')
    }
  })

  it('lists the newest first', async () => {
    // A second unread document, reminded a day later, comes before the first.
    const issued = await issue(t, caseId, { kind: 'evidence-notice', recipients: [1] }, 's-clerk-liu')
    expect(issued.statusCode).toBe(201)
    t.clock.set('2026-12-03T11:00:00+08:00')
    await t.app.services.notify.tick()
    const { count, items } = await tasksOf('s-clerk-liu')
    expect(count).toBe(2)
    expect(items.map((i) => i.createdAt)).toEqual(['2026-12-03T11:00:00.000+08:00', '2026-11-30T10:00:00.000+08:00'])
    expect(items[0]!.text).toContain('举证通知书')
  })

  it('shows a staff member of another court nothing of this court, and a mediator or admin without tasks an empty list', async () => {
    for (const who of ['s-judge-gao', 's-mediator-chen', 's-admin-sun']) expect(await tasksOf(who)).toEqual({ count: 0, items: [] })
  })

  it('refuses litigants (403) and anyone not signed in (401)', async () => {
    for (const who of ['d-zhang-guilan', 'd-wang-jianguo']) {
      const res = await list(who)
      expect(res.statusCode).toBe(403)
      expect(res.json().error.code).toBe('FORBIDDEN')
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/staff/tasks' })).statusCode).toBe(401)
  })
})

describe('POST /staff/tasks/:id/done', () => {
  let taskId: string
  beforeAll(async () => {
    taskId = (await tasksOf('s-clerk-liu')).items.at(-1)!.id
  })

  it("is not for another staff member of the same court, nor another court's: 404, and the task stays open", async () => {
    for (const who of ['s-judge-wang', 's-judge-zhao', 's-judge-gao', 's-admin-sun']) {
      const res = await done(who, taskId)
      expect(res.statusCode).toBe(404)
      expect(res.json().error).toMatchObject({ code: 'STAFF_TASK_NOT_FOUND', message: '找不到这条待办，或者它不是交给您的' })
    }
    expect((await outboxRow(taskId)).done_at).toBeNull()
    expect((await tasksOf('s-clerk-liu')).count).toBe(2)
    for (const who of ['s-judge-wang', 's-judge-zhao', 's-judge-gao']) expect((await tasksOf(who)).items.map((i) => i.id)).not.toContain(taskId)
  })

  it('is refused to a litigant (403) and answers 404 for an unknown id or a message that is not a task', async () => {
    expect((await done('d-wang-jianguo', taskId)).statusCode).toBe(403)
    expect((await done('s-clerk-liu', 'msg-unknown')).statusCode).toBe(404)
    // The party's own subscribe message of the same reminder is in the outbox too, but it is nobody's task.
    const message = await t.app.store.db.selectFrom('notify_outbox').select('id').where('channel', '=', 'sms').executeTakeFirstOrThrow()
    expect((await done('s-clerk-liu', message.id)).statusCode).toBe(404)
    expect((await outboxRow(taskId)).done_at).toBeNull()
  })

  it('closes the task for its owner: it leaves the list, and closing it again answers the same', async () => {
    t.clock.set('2026-12-03T15:30:00+08:00')
    const first = await done('s-clerk-liu', taskId)
    expect(first.statusCode).toBe(200)
    expect(first.json()).toMatchObject({ id: taskId, kind: 'service-unread', doneAt: '2026-12-03T15:30:00.000+08:00' })
    t.clock.set('2026-12-03T16:00:00+08:00')
    const again = await done('s-clerk-liu', taskId)
    expect(again.statusCode).toBe(200)
    expect(again.json()).toEqual(first.json())
    const { count, items } = await tasksOf('s-clerk-liu')
    expect(count).toBe(1)
    expect(items.map((i) => i.id)).not.toContain(taskId)
  })

  it('keeps a closed task closed when the schedule runs again (the reminder is made once)', async () => {
    await t.app.services.notify.tick()
    expect((await outboxRow(taskId)).done_at).toBe('2026-12-03T15:30:00.000+08:00')
    expect((await tasksOf('s-clerk-liu')).count).toBe(1)
  })

  it("closing one judge's review task leaves the other judge's open", async () => {
    const wang = (await tasksOf('s-judge-wang')).items.find((i) => i.kind === 'filing-review-due')!
    expect((await done('s-judge-wang', wang.id)).statusCode).toBe(200)
    expect((await tasksOf('s-judge-wang')).items.some((i) => i.kind === 'filing-review-due')).toBe(false)
    expect((await tasksOf('s-judge-zhao')).items.filter((i) => i.kind === 'filing-review-due')).toHaveLength(1)
  })
})
