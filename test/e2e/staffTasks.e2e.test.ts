import path from 'node:path'
import Database from 'better-sqlite3'
import type { Page } from 'playwright-core'
import { wheatSaleComplaint } from '../server/fixtures'
import { acceptedCaseViaApi, callApi, openFresh, signInAsStaff, startJourney, type Journey } from './harness'

// 待办: 书记员刘 serves a 应诉通知书 on 王建国, who does not open it. Four days later (the document's
// issue time is moved back in the journey's database) the server's own reminder schedule gives the
// clerk a task; she sees the count on 我的, opens the list, goes to the case's 电子送达 page from the
// task, and closes it with 已处理.
let j: Journey
let clerk: Page
let caseId: string
let caseNumber: string
let documentId: string

const shanghaiIso = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().replace('Z', '+08:00')
const withDb = <T>(fn: (db: Database.Database) => T): T => {
  const db = new Database(path.join(j.dataDir, 'court.db'), { fileMustExist: true })
  db.pragma('busy_timeout = 5000')
  try {
    return fn(db)
  } finally {
    db.close()
  }
}
const taskRow = () =>
  withDb(
    (db) =>
      db.prepare(`select id, done_at from notify_outbox where channel = 'inbox' and document_id = ? and recipient_user_id = 's-clerk-liu'`).get(documentId) as
        { id: string; done_at: string | null } | undefined,
  )

beforeAll(async () => {
  j = await startJourney('staffTasks')
  ;({ id: caseId, caseNumber } = await acceptedCaseViaApi(j, wheatSaleComplaint()))
  const wang = (await callApi<{ token: string }>(j, 'POST', '/auth/dev', null, { userId: 'd-wang-jianguo' })).token
  await callApi(j, 'PUT', `/service/cases/${caseId}/address`, wang, {
    app: true,
    sms: true,
    mobile: '13847005678',
    postalAddress: '额尔古纳市三河回族乡政府街12号',
    consentElectronic: true,
    consentSteps: ['notices', 'summons', 'judgment'],
  })
  const clerkToken = (await callApi<{ token: string }>(j, 'POST', '/auth/staff', null, { account: 'clerk.liu', password: 'demo1234' })).token
  const issued = await callApi<{ documents: { id: string }[] }>(j, 'POST', `/service/cases/${caseId}/documents`, clerkToken, {
    kind: 'response-notice',
    recipients: [1],
  })
  documentId = issued.documents[0]!.id
  // Served four days ago and still unopened: the next round of the schedule (every 5 s) makes the task.
  withDb((db) => db.prepare('update service_documents set issued_at = ? where id = ?').run(shanghaiIso(Date.now() - 4 * 24 * 3600_000), documentId))
  const until = Date.now() + 60_000
  while (!taskRow() && Date.now() < until) await new Promise((r) => setTimeout(r, 500))
  if (!taskRow()) throw new Error('the reminder schedule made no task for the clerk within a minute')
  clerk = await j.newPhone()
}, 180_000)
afterAll(async () => j?.close())

describe('the staff task list', () => {
  it('shows the clerk the count of her tasks on 我的', async () => {
    await signInAsStaff(j, 'clerk.liu', 'demo1234', clerk)
    await openFresh(clerk, `${j.baseUrl}/#/pages/me/index`)
    await clerk.locator('#me-tasks-count').getByText('有 1 件待办事项').waitFor()
    await j.shot('me-tasks-card', clerk)
  })

  it('lists the task in plain Chinese and opens the case’s 电子送达 page from it', async () => {
    await clerk.locator('#me-tasks-open').click()
    const task = clerk.locator(`#task-${taskRow()!.id}`)
    await task.getByText('王建国尚未查看3天前送达的', { exact: false }).waitFor()
    await task.getByText('文书未查看').waitFor()
    await j.shot('task-list', clerk)
    await task.locator('#task-open-' + taskRow()!.id).click()
    await clerk.locator('.title').getByText(caseNumber).waitFor()
    await clerk.getByText('当事人与送达地址').waitFor()
    await j.shot('task-target', clerk)
  })

  it('closes the task with 已处理: it leaves the list and the count on 我的', async () => {
    const { id } = taskRow()!
    await openFresh(clerk, `${j.baseUrl}/#/subpackages/judge/pages/tasks/index`)
    await clerk.locator(`#task-done-${id}`).click()
    await clerk.locator('#tasks-count').getByText('没有待办事项。').waitFor()
    expect(await clerk.locator(`#task-${id}`).count()).toBe(0)
    expect(taskRow()!.done_at).not.toBeNull()
    await j.shot('task-done', clerk)
    await openFresh(clerk, `${j.baseUrl}/#/pages/me/index`)
    await clerk.locator('#me-tasks-count').getByText('没有待办事项').waitFor()
  })
})
