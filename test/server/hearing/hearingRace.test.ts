import { acceptedCase } from '../fixtures'
import { makeApp, type TestApp } from '../helpers'
import { isUniqueViolation } from '../../../server/db/errors'
import { hearingApi } from './hearingHelpers'

// Two clerks booking the same half-day at the same moment: the unique indexes on (judge, date, half)
// and (room, date, half) let exactly one hearing in. Runs on SQLite, and on PostgreSQL when DATABASE_URL is set.
let t: TestApp
let api: ReturnType<typeof hearingApi>
beforeAll(async () => {
  t = await makeApp()
  api = hearingApi(t)
})
afterAll(async () => t.close())

const engine = process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'

describe(`double booking on ${engine}`, () => {
  it.each([
    {
      label: 'the same judge in two rooms',
      a: { judgeId: 's-judge-wang', roomId: 'r-ergun-1' },
      b: { judgeId: 's-judge-wang', roomId: 'r-ergun-2' },
      date: '2026-12-21',
    },
    {
      label: 'two judges in the same room',
      a: { judgeId: 's-judge-wang', roomId: 'p-sanhe' },
      b: { judgeId: 's-judge-zhao', roomId: 'p-sanhe' },
      date: '2026-12-22',
    },
    {
      label: 'the same judge and room',
      a: { judgeId: 's-judge-zhao', roomId: 'r-ergun-1' },
      b: { judgeId: 's-judge-zhao', roomId: 'r-ergun-1' },
      date: '2026-12-23',
    },
  ])('of $label: exactly one booking succeeds, the other is refused clearly', async ({ a, b, date }) => {
    const [c1, c2] = [(await acceptedCase(t)).id, (await acceptedCase(t)).id]
    const [ra, rb] = await Promise.all([api.book(c1, { date, half: 'am', ...a }, 's-judge-wang'), api.book(c2, { date, half: 'am', ...b }, 's-clerk-liu')])
    expect([ra.statusCode, rb.statusCode].sort()).toEqual([201, 409])
    const loser = ra.statusCode === 409 ? ra : rb
    expect(['HEARING_SLOT_TAKEN', 'HEARING_SLOT_UNAVAILABLE']).toContain(loser.json().error.code)
    expect(loser.json().error.message).toMatch(/[\u4e00-\u9fa5]/)
    const live = await t.app.store.db.selectFrom('hearings').select(['case_id']).where('date', '=', date).where('status', '!=', 'postponed').execute()
    expect(live).toHaveLength(1)
    // The loser stored no hearing and served no 传票.
    const loserCase = ra.statusCode === 409 ? c1 : c2
    expect(await t.app.store.db.selectFrom('service_documents').select('id').where('case_id', '=', loserCase).execute()).toEqual([])
  })

  it('holds in the database itself, whatever the service checks: a second live row for the half-day is refused', async () => {
    const c = (await acceptedCase(t)).id
    const base = {
      case_id: c,
      court_id: 'c-ergun',
      request_id: null,
      date: '2026-12-24',
      half: 'pm' as const,
      status: 'scheduled' as const,
      postpone_reason: null,
      summons_json: '[]',
      created_by: 's-judge-wang',
      created_at: '2026-11-25T09:00:00+08:00',
      postponed_by: null,
      postponed_at: null,
      held_at: null,
      updated_at: '2026-11-25T09:00:00+08:00',
    }
    const db = t.app.store.db
    await db
      .insertInto('hearings')
      .values({ ...base, id: 'h-db-1', judge_id: 's-judge-zhao', room_id: 'r-ergun-2' })
      .execute()
    const refused = async (row: Record<string, unknown>) => {
      try {
        await db
          .insertInto('hearings')
          .values({ ...base, ...row, case_id: (await acceptedCase(t)).id } as typeof base & { id: string; judge_id: string; room_id: string })
          .execute()
        return 'stored'
      } catch (err) {
        return isUniqueViolation(err) ? 'unique violation' : String(err)
      }
    }
    expect(await refused({ id: 'h-db-2', judge_id: 's-judge-zhao', room_id: 'r-ergun-1' })).toBe('unique violation')
    expect(await refused({ id: 'h-db-3', judge_id: 's-judge-wang', room_id: 'r-ergun-2' })).toBe('unique violation')
    // A postponed hearing gives the half-day back.
    await db.updateTable('hearings').set({ status: 'postponed' }).where('id', '=', 'h-db-1').execute()
    await db
      .insertInto('hearings')
      .values({ ...base, id: 'h-db-4', judge_id: 's-judge-zhao', room_id: 'r-ergun-2' })
      .execute()
    expect(await db.selectFrom('hearings').select('id').where('date', '=', '2026-12-24').orderBy('id').execute()).toEqual([{ id: 'h-db-1' }, { id: 'h-db-4' }])
  })
})
