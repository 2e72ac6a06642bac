import * as m027 from '../../../server/migrations/027_work_list_indexes'
import { enforcementRow, insertEnforcementCases } from '../enforcementSeed'
import { makeApp, type TestApp } from '../helpers'
import { filingRow, insertFilings, minutesAfter } from '../listSeed'

/**
 * Migration 027 on a court that already has threads and complaints: the columns it adds are filled
 * in from what is stored (the migration runs down and up again over rows written before it).
 */
let t: TestApp
beforeAll(async () => {
  t = await makeApp()
}, 120_000)
afterAll(async () => t.close(), 120_000)
const db = () => t.app.store.db

const message = (id: string, filingId: string, minute: number, party: boolean) => ({
  id,
  filing_id: filingId,
  author_id: party ? 'd-zhang-guilan' : 's-judge-wang',
  author_role: party ? 'litigant' : 'judge',
  body: party ? '请问什么时候开庭' : '已安排',
  created_at: minutesAfter(minute),
  read_by_staff_at: null,
  read_by_party_at: null,
})
const complaint = (id: string, caseId: string) => ({
  id,
  case_id: caseId,
  court_id: 'c-ergun',
  complainant_id: 'd-zhang-guilan',
  body: '执行款迟迟没有到账',
  file_ids_json: '[]',
  received_on: '2026-11-20',
  answered_on: null,
  reply: null,
  answered_by: null,
  created_at: minutesAfter(1),
})

it("fills in when the oldest unanswered party message came, and each complaint's court", async () => {
  await insertFilings(
    db(),
    ['bf-waiting', 'bf-answered', 'bf-quiet', 'bf-again'].map((id) => filingRow(id, { status: 'accepted' })),
  )
  // Written straight into the table, as before 027: nothing keeps the new column yet.
  await db()
    .insertInto('case_messages')
    .values([
      message('bm-1', 'bf-waiting', 10, true),
      message('bm-2', 'bf-waiting', 20, true),
      message('bm-3', 'bf-answered', 10, true),
      message('bm-4', 'bf-answered', 30, false),
      message('bm-5', 'bf-again', 10, true),
      message('bm-6', 'bf-again', 20, false),
      message('bm-7', 'bf-again', 40, true),
      message('bm-8', 'bf-again', 50, true),
    ])
    .execute()
  await insertEnforcementCases(db(), [enforcementRow('be-ergun'), enforcementRow('be-dongsheng', { court_id: 'c-dongsheng' })])
  await db()
    .insertInto('enforcement_complaints')
    .values([complaint('bc-1', 'be-ergun'), complaint('bc-2', 'be-dongsheng')])
    .execute()

  await m027.down(db())
  await m027.up(db())

  const waiting = await db().selectFrom('filings').select(['id', 'awaiting_reply_since']).where('id', 'like', 'bf-%').orderBy('id').execute()
  expect(waiting).toEqual([
    { id: 'bf-again', awaiting_reply_since: minutesAfter(40) },
    { id: 'bf-answered', awaiting_reply_since: null },
    { id: 'bf-quiet', awaiting_reply_since: null },
    { id: 'bf-waiting', awaiting_reply_since: minutesAfter(10) },
  ])
  const courts = await db().selectFrom('enforcement_complaints').select(['id', 'court_id']).where('id', 'like', 'bc-%').orderBy('id').execute()
  expect(courts).toEqual([
    { id: 'bc-1', court_id: 'c-ergun' },
    { id: 'bc-2', court_id: 'c-dongsheng' },
  ])
})
