import type { Insertable } from 'kysely'
import type { NotifyOutboxTable } from '../../../server/db/schema'
import { makeApp, type TestApp } from '../helpers'
import { listReader, type ListShape } from '../listReader'

/** 待办 a page at a time, newest first; the count covers every open task, the next page's place in X-Next-Cursor. */
let t: TestApp
beforeAll(async () => {
  t = await makeApp()
}, 60_000)
afterAll(async () => t.close())

const db = () => t.app.store.db
const { page, walk } = listReader(() => t)
const shape: ListShape = { rows: (b) => (b as { items: Array<Record<string, unknown>> }).items, id: 'id' }
const url = '/api/v1/staff/tasks'

const at = (n: number) => new Date(Date.parse('2026-11-01T00:00:00Z') + n * 3_600_000).toISOString()
const task = (id: string, o: Partial<Insertable<NotifyOutboxTable>> = {}): Insertable<NotifyOutboxTable> => ({
  id,
  court_id: 'c-ergun',
  channel: 'inbox',
  recipient: 's-clerk-liu',
  recipient_user_id: 's-clerk-liu',
  template: 'filing-review-due',
  text: '立案审查即将到期',
  data_json: JSON.stringify({ filingId: 'f-none' }),
  status: 'sent',
  attempts: 0,
  created_at: at(0),
  ...o,
})

// 45 of 刘书记员's open tasks (five made in the same hour: the id orders those), 5 closed, and others' tasks.
const open = Array.from({ length: 45 }, (_, i) => task(`tk-${String(i).padStart(3, '0')}`, { created_at: i >= 20 && i < 25 ? at(20) : at(i) }))
beforeAll(async () => {
  await db()
    .insertInto('notify_outbox')
    .values([
      ...open,
      ...Array.from({ length: 5 }, (_, i) => task(`tk-done-${i}`, { created_at: at(100 + i), done_at: at(101 + i) })),
      task('tk-wang', { recipient: 's-judge-wang', recipient_user_id: 's-judge-wang' }),
      task('tk-far', { court_id: 'c-dongsheng', recipient: 's-judge-gao', recipient_user_id: 's-judge-gao' }),
      task('tk-sms', { channel: 'sms' }),
    ])
    .execute()
}, 60_000)

const newest = () => [...open].sort((a, b) => (a.created_at === b.created_at ? (a.id < b.id ? 1 : -1) : a.created_at < b.created_at ? 1 : -1)).map((r) => r.id)

async function refused(url: string) {
  const res = await t.app.inject({ method: 'GET', url, headers: await t.as('s-clerk-liu') })
  expect(res.statusCode).toBe(400)
  return res.json() as { error: { code: string; field?: string; message: string } }
}

describe('待办 a page at a time', () => {
  it('gives 20 unless asked, newest first, the count of them all, and where the next page starts', async () => {
    const first = await page('s-clerk-liu', url, shape)
    expect(first.ids).toEqual(newest().slice(0, 20))
    expect((first.body as { count: number }).count).toBe(45)
    expect(first.next).toMatch(/^[A-Za-z0-9_-]+$/)
  })

  it('pages through every open task once, in order, while new ones arrive and one is closed between pages', async () => {
    let made = 0
    const pages = await walk(
      's-clerk-liu',
      url,
      7,
      async () => {
        made += 1
        await db()
          .insertInto('notify_outbox')
          .values(task(`tk-new-${made}`, { created_at: at(500 + made) }))
          .execute()
      },
      shape,
    )
    expect(pages.flat()).toEqual(newest())
    await db().deleteFrom('notify_outbox').where('id', 'like', 'tk-new-%').execute()
  })

  it('keeps to the asked number, refuses more than 100 and a cursor it did not make', async () => {
    expect((await page('s-clerk-liu', `${url}?limit=1`, shape)).ids).toHaveLength(1)
    expect((await page('s-clerk-liu', `${url}?limit=100`, shape)).ids).toEqual(newest())
    expect((await refused(`${url}?limit=101`)).error.field).toBe('limit')
    const grouped = Buffer.from(JSON.stringify([1, at(3), 'tk-003'])).toString('base64url')
    for (const cursor of ['abc', grouped]) {
      const { error } = await refused(`${url}?cursor=${cursor}`)
      expect(error).toMatchObject({ code: 'PAGE_CURSOR_INVALID', field: 'cursor' })
      expect(error.message).toMatch(/翻页位置/)
    }
  })

  it('shows nobody else these tasks, and keeps litigants out', async () => {
    expect((await walk('s-judge-wang', url, 5, undefined, shape)).flat()).toEqual(['tk-wang'])
    expect((await walk('s-judge-gao', url, 5, undefined, shape)).flat()).toEqual(['tk-far'])
    const res = await t.app.inject({ method: 'GET', url, headers: await t.as('d-zhang-guilan') })
    expect(res.statusCode).toBe(403)
  })
})
