import { makeApp, type TestApp } from '../helpers'
import { listReader, type ListShape } from '../listReader'
import { messagesRepository } from '../../../server/repositories/messages'
import { filingRow, insertFilings, minutesAfter } from '../listSeed'

/** 本院待回复的当事人留言 a page at a time, the longest waiting first; the next page's place in X-Next-Cursor. */
let t: TestApp
beforeAll(async () => {
  t = await makeApp()
}, 60_000)
afterAll(async () => t.close())

const db = () => t.app.store.db
const { page, walk } = listReader(() => t)
const shape: ListShape = { rows: (b) => b as Array<Record<string, unknown>>, id: 'caseId' }
const url = '/api/v1/messages/unanswered'

const message = (id: string, filingId: string, at: string, party: boolean) => ({
  id,
  filing_id: filingId,
  author_id: party ? 'd-zhang-guilan' : 's-judge-wang',
  author_role: party ? 'litigant' : 'judge',
  body: party ? '请问什么时候开庭' : '已安排',
  created_at: at,
  read_by_staff_at: null,
  read_by_party_at: null,
})

// 30 accepted cases at 额尔古纳: the first 25 wait (three since the same minute: the id orders those), the rest were answered.
const ids = Array.from({ length: 30 }, (_, i) => `fu-${String(i).padStart(3, '0')}`)
const since = (i: number) => minutesAfter(i >= 10 && i < 13 ? 10 : 100 - i)
beforeAll(async () => {
  await insertFilings(db(), [
    ...ids.map((id, i) => filingRow(id, { status: 'accepted', case_number: `（2026）内0784民初${i + 1}号`, judge_id: 's-judge-wang' })),
    filingRow('fu-far', { status: 'accepted', court_id: 'c-dongsheng', target_court_id: 'c-dongsheng' }),
  ])
  // Through the repository, as the API stores them, so each case's wait starts and ends as it does in use.
  const repo = messagesRepository(db())
  for (const [i, id] of ids.entries()) {
    await repo.insert(message(`m-${id}-a`, id, since(i), true))
    await repo.insert(message(`m-${id}-b`, id, minutesAfter(200), true))
    if (i >= 25) await repo.insert(message(`m-${id}-c`, id, minutesAfter(300), false))
  }
  await repo.insert(message('m-far', 'fu-far', minutesAfter(5), true))
}, 60_000)

const waiting = () =>
  ids
    .slice(0, 25)
    .map((id, i) => ({ id, at: since(i) }))
    .sort((a, b) => (a.at === b.at ? (a.id < b.id ? -1 : 1) : a.at < b.at ? -1 : 1))
    .map((r) => r.id)

describe('本院待回复的当事人留言 a page at a time', () => {
  it('gives 20 unless asked, the longest waiting first, each with how many messages wait', async () => {
    const first = await page('s-judge-wang', url, shape)
    expect(first.ids).toEqual(waiting().slice(0, 20))
    expect(first.next).toMatch(/^[A-Za-z0-9_-]+$/)
    expect((first.body as Array<{ waiting: number }>).every((c) => c.waiting === 2)).toBe(true)
  })

  it('pages through every waiting case once, in order, while one is answered and a new one waits between pages', async () => {
    let made = 0
    const pages = await walk(
      's-clerk-liu',
      url,
      6,
      async () => {
        made += 1
        await messagesRepository(db()).insert(message(`m-new-${made}`, ids[25 + made], minutesAfter(400 + made), true))
      },
      shape,
    )
    expect(pages.flat().slice(0, 25)).toEqual(waiting())
    expect(new Set(pages.flat()).size).toBe(pages.flat().length)
  })

  it('keeps to the asked number, refuses more than 100 and a cursor it did not make', async () => {
    expect((await page('s-judge-wang', `${url}?limit=1`, shape)).ids).toHaveLength(1)
    const res = await t.app.inject({ method: 'GET', url: `${url}?limit=101`, headers: await t.as('s-judge-wang') })
    expect(res.statusCode).toBe(400)
    const bad = await t.app.inject({ method: 'GET', url: `${url}?cursor=abc`, headers: await t.as('s-judge-wang') })
    expect(bad.statusCode).toBe(400)
    expect(bad.json()).toMatchObject({ error: { code: 'PAGE_CURSOR_INVALID', field: 'cursor' } })
  })

  it('shows another court only its own, and keeps litigants out', async () => {
    expect((await walk('s-judge-gao', url, 5, undefined, shape)).flat()).toEqual(['fu-far'])
    const res = await t.app.inject({ method: 'GET', url, headers: await t.as('d-zhang-guilan') })
    expect(res.statusCode).toBe(403)
  })
})
