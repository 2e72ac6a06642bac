import { makeApp, type TestApp } from '../helpers'
import { listReader } from '../listReader'
import { filingRow, insertFilings, minutesAfter, nameOn } from '../listSeed'

const WANG_ID = '150784197209150019'
const LI_ID = '150721198507060037'

let t: TestApp
beforeAll(async () => {
  t = await makeApp()
}, 60_000)
afterAll(async () => t.close())

const db = () => t.app.store.db

const { page, walk } = listReader(() => t)

/** 我的案件's filings are at 呼伦贝尔, whose queue no test below reads. */
const elsewhere = { court_id: 'c-hulunbuir', target_court_id: 'c-hulunbuir' }

describe('我的案件 a page at a time', () => {
  const mine: string[] = []
  beforeAll(async () => {
    // 张桂兰's 45 filings, drafts among them; three share one time so the id alone orders them.
    const rows = Array.from({ length: 45 }, (_, i) =>
      filingRow(`mine-${String(i).padStart(3, '0')}`, {
        ...elsewhere,
        status: i % 5 === 0 ? 'draft' : 'submitted',
        updated_at: i >= 10 && i < 13 ? minutesAfter(10) : minutesAfter(i),
      }),
    )
    // 李春生's own filings and 王建国's, which 张桂兰 must never see.
    const others = Array.from({ length: 30 }, (_, i) =>
      filingRow(`other-${String(i).padStart(3, '0')}`, {
        ...elsewhere,
        filer_id: i % 2 ? 'd-li-chunsheng' : 'd-wang-jianguo',
        updated_at: minutesAfter(i + 0.5),
      }),
    )
    await insertFilings(db(), [...rows, ...others])
    mine.push(...rows.map((r) => r.id))
    // Filings of others naming 王建国 as a party and 李春生 as the agent; one still a draft.
    await nameOn(db(), 'filing_parties', [
      { filingId: 'mine-001', idKey: WANG_ID },
      { filingId: 'mine-002', idKey: WANG_ID },
      { filingId: 'mine-005', idKey: WANG_ID },
      { filingId: 'other-003', idKey: WANG_ID },
    ])
    await nameOn(db(), 'filing_agents', [
      { filingId: 'mine-001', idKey: LI_ID },
      { filingId: 'mine-007', idKey: LI_ID },
    ])
  }, 60_000)

  it('gives 20 rows unless asked, newest change first, with where the next page starts', async () => {
    const first = await page('d-zhang-guilan', '/api/v1/filings')
    expect(first.ids).toHaveLength(20)
    expect(first.next).toMatch(/^[A-Za-z0-9_-]+$/)
    const rows = await db().selectFrom('filings').select(['id', 'updated_at']).where('filer_id', '=', 'd-zhang-guilan').execute()
    const expected = rows.sort((a, b) => (a.updated_at === b.updated_at ? (a.id < b.id ? 1 : -1) : a.updated_at < b.updated_at ? 1 : -1)).map((r) => r.id)
    expect(first.ids).toEqual(expected.slice(0, 20))
  })

  it('pages through every filing once, in order, while new ones arrive between pages', async () => {
    let made = 0
    const pages = await walk('d-zhang-guilan', '/api/v1/filings', 7, async () => {
      made += 1
      await insertFilings(db(), [filingRow(`new-${made}`, { ...elsewhere, updated_at: minutesAfter(1000 + made) })])
    })
    const seen = pages.flat()
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen.filter((id) => id.startsWith('mine-')).sort()).toEqual([...mine].sort())
    // Filings arriving after the first page sort above it: a later page never shows them.
    expect(seen.filter((id) => id.startsWith('new-'))).toEqual([])
    expect(pages.length).toBe(Math.ceil(45 / 7))
  })

  it('shows a person the submitted filings naming them, as party or agent, beside their own, each once', async () => {
    const wang = (await walk('d-wang-jianguo', '/api/v1/filings', 3)).flat()
    const wangOwn = Array.from({ length: 15 }, (_, i) => `other-${String(i * 2).padStart(3, '0')}`)
    // mine-005 is a draft: not shown to the party it names. other-003 is 李春生's filing naming 王建国.
    expect([...wang].sort()).toEqual([...wangOwn, 'mine-001', 'mine-002', 'other-003'].sort())
    expect(new Set(wang).size).toBe(wang.length)
    const li = (await walk('d-li-chunsheng', '/api/v1/filings', 4)).flat()
    expect(li).toEqual(expect.arrayContaining(['mine-001', 'mine-007']))
    expect(li.filter((id) => id.startsWith('mine-'))).toHaveLength(2)
    expect(li.every((id) => id.startsWith('mine-') || ['1', '3', '5', '7', '9'].includes(id.slice(-1)))).toBe(true)
  })

  it('keeps to the asked number of rows and refuses more than 100', async () => {
    expect((await page('d-zhang-guilan', '/api/v1/filings?limit=1')).ids).toHaveLength(1)
    expect((await page('d-zhang-guilan', '/api/v1/filings?limit=100')).ids.length).toBeGreaterThan(40)
    for (const limit of ['101', '0', '-3', 'abc']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/filings?limit=${limit}`, headers: await t.as('d-zhang-guilan') })
      expect(res.statusCode).toBe(400)
      expect(res.json().error.field).toBe('limit')
      expect(res.json().error.message).toMatch(/每页条数/)
    }
  })

  it('refuses a cursor it did not make, in Chinese, naming the field', async () => {
    const grouped = Buffer.from(JSON.stringify([1, minutesAfter(3), 'mine-003'])).toString('base64url')
    for (const cursor of ['abc', Buffer.from('{"a":1}').toString('base64url'), grouped, '%21%21', 'x'.repeat(201)]) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/filings?cursor=${cursor}`, headers: await t.as('d-zhang-guilan') })
      expect(res.statusCode).toBe(400)
      expect(res.json().error.field).toBe('cursor')
      expect(res.json().error.message).toMatch(/翻页位置/)
    }
  })

  it('keeps staff out', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/filings?limit=5', headers: await t.as('s-judge-wang') })
    expect(res.statusCode).toBe(403)
  })
})

describe('the review queue a page at a time', () => {
  const waiting: Array<{ id: string; submitted_at: string; agricultural: number }> = []
  beforeAll(async () => {
    const statuses = ['submitted', 'correction-requested', 'accepted', 'declined', 'draft'] as const
    const rows = Array.from({ length: 60 }, (_, i) =>
      filingRow(`q-${String(i).padStart(3, '0')}`, {
        status: statuses[i % 5 === 4 ? 2 + (i % 3) : i % 2],
        agricultural: i % 3 === 0 ? 1 : 0,
        submitted_at: i >= 20 && i < 24 ? minutesAfter(2000) : minutesAfter(2000 + i),
      }),
    )
    // 东胜's own queue, and two of its filings for 额尔古纳: one forwarded, one not yet.
    const dongsheng = Array.from({ length: 8 }, (_, i) =>
      filingRow(`ds-${i}`, { court_id: 'c-dongsheng', target_court_id: 'c-dongsheng', submitted_at: minutesAfter(2000 + i) }),
    )
    const forwarded = filingRow('ds-fwd', {
      court_id: 'c-dongsheng',
      target_court_id: 'c-ergun',
      forwarded_at: minutesAfter(2100),
      submitted_at: minutesAfter(2030.5),
    })
    const unforwarded = filingRow('ds-new', { court_id: 'c-dongsheng', target_court_id: 'c-ergun', submitted_at: minutesAfter(2031.5) })
    await insertFilings(db(), [...rows, ...dongsheng, forwarded, unforwarded])
    for (const r of [...rows, forwarded])
      if (r.court_id === 'c-ergun' ? r.status === 'submitted' || r.status === 'correction-requested' : true)
        waiting.push({ id: r.id, submitted_at: r.submitted_at ?? '', agricultural: r.agricultural })
  }, 60_000)

  afterEach(async () => {
    await db().deleteFrom('filings').where('id', 'like', 'q-new-%').execute()
  })

  const byTime = (a: { submitted_at: string; id: string }, b: { submitted_at: string; id: string }) =>
    a.submitted_at === b.submitted_at ? (a.id < b.id ? 1 : -1) : a.submitted_at < b.submitted_at ? 1 : -1

  it('pages through the court’s waiting filings once, newest first, while new ones arrive', async () => {
    let made = 0
    const pages = await walk('s-clerk-liu', '/api/v1/review/filings', 4, async () => {
      made += 1
      await insertFilings(db(), [filingRow(`q-new-${made}`, { submitted_at: minutesAfter(5000 + made), agricultural: made % 2 })])
    })
    const seen = pages.flat()
    expect(seen).toEqual([...waiting].sort(byTime).map((r) => r.id))
  })

  it('puts 涉农 filings first when asked, across pages, and the rest after', async () => {
    let made = 0
    const pages = await walk('s-judge-wang', '/api/v1/review/filings?agriculturalFirst=true', 5, async () => {
      made += 1
      await insertFilings(db(), [filingRow(`q-new-${made}`, { submitted_at: minutesAfter(5000 + made), agricultural: made % 2 })])
    })
    const expected = [...waiting].sort((a, b) => b.agricultural - a.agricultural || byTime(a, b)).map((r) => r.id)
    const seen = pages.flat()
    expect(new Set(seen).size).toBe(seen.length)
    // A new ordinary filing that arrives while the 涉农 group is shown is still ahead: it may show up.
    expect(seen.filter((id) => !id.startsWith('q-new-'))).toEqual(expected)
    expect(seen.filter((id) => id.startsWith('q-new-')).every((id) => Number(id.slice(-1)) % 2 === 0)).toBe(true)
    expect(pages.flat()).toContain('ds-fwd')
  })

  it('shows another court none of it, and its own queue only', async () => {
    const gao = (await walk('s-judge-gao', '/api/v1/review/filings', 3)).flat()
    // The receiving court keeps cross-region filings in its queue: it forwards them.
    expect([...gao].sort()).toEqual([...Array.from({ length: 8 }, (_, i) => `ds-${i}`), 'ds-fwd', 'ds-new'].sort())
  })

  it('keeps to the asked number of rows, refuses more than 100 and a cursor of the other order', async () => {
    expect((await page('s-clerk-liu', '/api/v1/review/filings?limit=2')).ids).toHaveLength(2)
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/review/filings?limit=500', headers: await t.as('s-clerk-liu') })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error).toMatchObject({ field: 'limit', message: expect.stringMatching(/每页条数/) })
    const plain = await page('s-clerk-liu', '/api/v1/review/filings?limit=2')
    const mixed = await t.app.inject({
      method: 'GET',
      url: `/api/v1/review/filings?agriculturalFirst=true&cursor=${plain.next}`,
      headers: await t.as('s-clerk-liu'),
    })
    expect(mixed.statusCode).toBe(400)
    expect(mixed.json().error).toMatchObject({ code: 'PAGE_CURSOR_INVALID', field: 'cursor' })
  })

  it('keeps litigants out', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/review/filings?limit=5', headers: await t.as('d-zhang-guilan') })
    expect(res.statusCode).toBe(403)
  })
})
