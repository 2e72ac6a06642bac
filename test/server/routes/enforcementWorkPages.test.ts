import { makeApp, type TestApp } from '../helpers'
import { listReader, type ListShape } from '../listReader'
import { dayAfter, enforcementRow, insertEnforcementCases, insertTwoTeams, type CaseRow } from '../enforcementSeed'

/**
 * 我的执行任务 and the 督办 list a page of cases at a time, the oldest received first: the page's
 * cases, their deadlines and their risk points; the next page's place in X-Next-Cursor.
 */
const NOW = '2026-11-25T09:00:00+08:00'

let t: TestApp
beforeAll(async () => {
  t = await makeApp()
}, 60_000)
afterAll(async () => t.close())

const db = () => t.app.store.db
const reader = listReader(() => t)
/** The page as sent; rows are read by each test from the body. */
const page = (user: string, url: string, shape: ListShape = { rows: () => [], id: 'id' }) => reader.page(user, url, shape)

async function refused(user: string, url: string) {
  const res = await t.app.inject({ method: 'GET', url, headers: await t.as(user) })
  expect(res.statusCode).toBe(400)
  return res.json() as { error: { code: string; field?: string; message: string } }
}

const oldestFirst = (a: CaseRow, b: CaseRow) => (a.received_on === b.received_on ? (a.id < b.id ? -1 : 1) : a.received_on < b.received_on ? -1 : 1)

/** 45 docketed cases at 额尔古纳 on two teams (five received on one day: the id orders those), one refused, and 6 at 东胜. */
const cases: CaseRow[] = Array.from({ length: 45 }, (_, i) =>
  enforcementRow(`ew-${String(i).padStart(3, '0')}`, {
    agricultural: i % 4 === 0 ? 1 : 0,
    received_on: i >= 10 && i < 15 ? dayAfter(200) : dayAfter(150 + i * 3),
    filed_on: dayAfter(150 + i * 3 + 2),
    case_number: `（2026）内0784执${i + 1}号`,
    team_id: i % 3 === 2 ? 'et-b' : 'et-a',
    handler_id: i % 3 === 2 ? 's-judge-zhao' : 's-judge-wang',
    assigned_on: dayAfter(150 + i * 3 + 3),
  }),
)
const refusedCase = enforcementRow('ew-refused', { received_on: dayAfter(140), refused_on: dayAfter(143), team_id: 'et-a' })
const far = Array.from({ length: 6 }, (_, i) =>
  enforcementRow(`ewf-${i}`, {
    court_id: 'c-dongsheng',
    received_on: dayAfter(160 + i),
    filed_on: dayAfter(162 + i),
    case_number: `（2026）内0602执${i + 1}号`,
  }),
)

beforeAll(async () => {
  await insertTwoTeams(db(), NOW)
  await insertEnforcementCases(db(), [...cases, refusedCase, ...far])
}, 60_000)

const ids = (rows: CaseRow[]) => rows.map((r) => r.id)
const ofTeam = (team: string | null) => ids(cases.filter((c) => team === null || c.team_id === team).sort(oldestFirst))

/** A tasks page's rows are its cases. */
const taskCases: ListShape = { rows: (b) => (b as { cases: Array<Record<string, unknown>> }).cases, id: 'id' }

interface WorkBody {
  cases?: Array<{ id: string }>
  tasks?: Array<{ caseId: string }>
  risks: Array<{ caseId: string; teamId: string | null; severity: string }>
  byTeam?: Array<{ teamId: string | null; overdue: number; warning: number }>
}

/** Every page to the end: the pages' bodies. */
async function bodies(user: string, path: string, limit: number, between: (n: number) => Promise<void> = async () => undefined) {
  const sep = path.includes('?') ? '&' : '?'
  const out: WorkBody[] = []
  let cursor: string | undefined
  for (;;) {
    const p = await page(user, `${path}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`)
    out.push(p.body as WorkBody)
    if (!p.next) return out
    await between(out.length)
    cursor = p.next
    if (out.length > 100) throw new Error('the list never ended')
  }
}

/** The cases a page's items name, in the order they first appear. */
const casesNamed = (items: Array<{ caseId: string }>) => [...new Set(items.map((x) => x.caseId))]

describe('我的执行任务 a page of cases at a time', () => {
  const url = '/api/v1/court/enforcement/tasks'

  it('gives 20 cases unless asked, the oldest received first, with their deadlines and where the next page starts', async () => {
    const first = await page('s-judge-wang', url, taskCases)
    expect(first.ids).toEqual(ofTeam('et-a').slice(0, 20))
    expect(first.next).toMatch(/^[A-Za-z0-9_-]+$/)
    const body = first.body as WorkBody
    expect(body.tasks?.length).toBeGreaterThan(0)
    expect(casesNamed(body.tasks ?? []).every((id) => first.ids.includes(id))).toBe(true)
  })

  it('pages through every case of the member’s teams once, in order, while new cases arrive between pages', async () => {
    let made = 0
    const pages = await bodies('s-clerk-liu', url, 7, async () => {
      made += 1
      await insertEnforcementCases(db(), [
        enforcementRow(`ew-new-${made}`, { received_on: dayAfter(300 + made), filed_on: dayAfter(301 + made), team_id: 'et-a' }),
      ])
    })
    const seen = pages.flatMap((b) => (b.cases ?? []).map((c) => c.id))
    expect(seen.filter((id) => !id.startsWith('ew-new-'))).toEqual(ofTeam(null))
    expect(new Set(seen).size).toBe(seen.length)
    // Each case's deadlines and risks come on the page of the case, once.
    const tasked = pages.map((b) => casesNamed(b.tasks ?? []))
    expect(new Set(tasked.flat()).size).toBe(tasked.flat().length)
    expect(pages.every((b) => casesNamed([...(b.tasks ?? []), ...b.risks]).every((id) => (b.cases ?? []).some((c) => c.id === id)))).toBe(true)
    await db().deleteFrom('enforcement_cases').where('id', 'like', 'ew-new-%').execute()
  })

  it('keeps to the asked number of cases, refuses more than 100 and a cursor it did not make', async () => {
    expect((await page('s-judge-wang', `${url}?limit=1`, taskCases)).ids).toHaveLength(1)
    expect((await page('s-judge-wang', `${url}?limit=100`, taskCases)).ids).toEqual(ofTeam('et-a'))
    expect((await refused('s-judge-wang', `${url}?limit=101`)).error.field).toBe('limit')
    const grouped = Buffer.from(JSON.stringify([1, dayAfter(3), 'ew-003'])).toString('base64url')
    for (const cursor of ['abc', grouped]) {
      const { error } = await refused('s-judge-wang', `${url}?cursor=${cursor}`)
      expect(error).toMatchObject({ code: 'PAGE_CURSOR_INVALID', field: 'cursor' })
      expect(error.message).toMatch(/翻页位置/)
    }
  })

  it('shows staff on no team and another court’s staff nothing of these cases, and keeps litigants out', async () => {
    expect(await page('s-admin-sun', url)).toMatchObject({ next: undefined, body: { cases: [], tasks: [], risks: [] } })
    expect((await bodies('s-judge-gao', url, 5)).flatMap((b) => b.cases ?? [])).toEqual([])
    const res = await t.app.inject({ method: 'GET', url, headers: await t.as('d-zhang-guilan') })
    expect(res.statusCode).toBe(403)
  })
})

describe('the 督办 list a page of cases at a time', () => {
  const url = '/api/v1/court/enforcement/supervision'

  it('pages through the court’s cases once, the oldest first, each case’s risks on its page and the counts adding up', async () => {
    const whole = (await page('s-admin-sun', `${url}?limit=100`)).body as WorkBody
    expect(whole.risks.length).toBeGreaterThan(0)
    let made = 0
    const pages = await bodies('s-admin-sun', url, 6, async () => {
      made += 1
      await insertEnforcementCases(db(), [enforcementRow(`ew-new-${made}`, { received_on: dayAfter(300 + made) })])
    })
    expect(pages.length).toBeGreaterThanOrEqual(Math.ceil(45 / 6))
    const named = pages.map((b) => casesNamed(b.risks).filter((id) => !id.startsWith('ew-new-')))
    // Within a page the risks run 涉农 first; across pages, by the cases' order.
    expect(named.flat().sort()).toEqual(casesNamed(whole.risks).sort())
    const order = ofTeam(null)
    for (let i = 1; i < named.length; i++) {
      const before = named[i - 1].map((id) => order.indexOf(id))
      const after = named[i].map((id) => order.indexOf(id))
      if (before.length && after.length) expect(Math.max(...before)).toBeLessThan(Math.min(...after))
    }
    const overdue = pages.flatMap((b) => b.byTeam ?? []).reduce((n, g) => n + g.overdue, 0)
    expect(overdue).toBe(pages.flatMap((b) => b.risks).filter((r) => r.severity === 'overdue').length)
    expect(pages.flatMap((b) => b.risks).filter((r) => !r.caseId.startsWith('ew-new-'))).toHaveLength(whole.risks.length)
    await db().deleteFrom('enforcement_cases').where('id', 'like', 'ew-new-%').execute()
  })

  it('gives 20 cases’ risks unless asked, one team’s with teamId, and keeps the page size', async () => {
    const first = await page('s-judge-wang', url)
    expect(first.next).toMatch(/^[A-Za-z0-9_-]+$/)
    const firstCases = ids([...cases, refusedCase].filter((c) => !c.refused_on).sort(oldestFirst)).slice(0, 20)
    expect(casesNamed((first.body as WorkBody).risks).every((id) => firstCases.includes(id))).toBe(true)
    const team = (await bodies('s-judge-wang', `${url}?teamId=et-b`, 4)).flatMap((b) => b.risks)
    expect(team.length).toBeGreaterThan(0)
    expect(team.every((r) => r.teamId === 'et-b')).toBe(true)
    expect((await refused('s-judge-wang', `${url}?limit=101`)).error.field).toBe('limit')
    expect((await refused('s-judge-wang', `${url}?teamId=et-a&cursor=abc`)).error).toMatchObject({ code: 'PAGE_CURSOR_INVALID', field: 'cursor' })
  })

  it('shows another court’s supervisors none of these cases, and keeps clerks and litigants out', async () => {
    const gao = (await bodies('s-judge-gao', url, 4)).flatMap((b) => b.risks)
    expect(gao.every((r) => r.caseId.startsWith('ewf-'))).toBe(true)
    for (const who of ['s-clerk-liu', 'd-zhang-guilan']) {
      const res = await t.app.inject({ method: 'GET', url, headers: await t.as(who) })
      expect(res.statusCode).toBe(403)
    }
  })
})

describe('执行信访 a page at a time', () => {
  const url = '/api/v1/court/enforcement/complaints'
  type K = { id: string; case_id: string; court_id: string; received_on: string; answered_on: string | null }
  // 30 at 额尔古纳 (every third answered, four received on one day), 3 at 东胜.
  const complaints: K[] = [
    ...Array.from({ length: 30 }, (_, i) => ({
      id: `ek-${String(i).padStart(3, '0')}`,
      case_id: cases[i % cases.length].id,
      court_id: 'c-ergun',
      received_on: i >= 8 && i < 12 ? dayAfter(250) : dayAfter(300 - i * 2),
      answered_on: i % 3 === 0 ? dayAfter(310) : null,
    })),
    ...far.slice(0, 3).map((c, i) => ({ id: `ekf-${i}`, case_id: c.id, court_id: 'c-dongsheng', received_on: dayAfter(280 + i), answered_on: null })),
  ]
  const row = (k: K) => ({
    ...k,
    complainant_id: 'd-zhang-guilan',
    body: '执行进度太慢',
    file_ids_json: '[]',
    reply: k.answered_on ? '已督促承办人' : null,
    answered_by: k.answered_on ? 's-judge-wang' : null,
    created_at: NOW,
  })
  beforeAll(async () => {
    await db().insertInto('enforcement_complaints').values(complaints.map(row)).execute()
  })
  const order = (a: K, b: K) =>
    (a.answered_on === null) !== (b.answered_on === null)
      ? a.answered_on === null
        ? -1
        : 1
      : a.received_on !== b.received_on
        ? a.received_on < b.received_on
          ? -1
          : 1
        : a.id < b.id
          ? -1
          : 1
  const ergun = () =>
    complaints
      .filter((k) => k.court_id === 'c-ergun')
      .sort(order)
      .map((k) => k.id)

  it('gives 20 unless asked, the unanswered first, the oldest first, with where the next page starts', async () => {
    const first = await reader.page('s-clerk-liu', url)
    expect(first.ids).toEqual(ergun().slice(0, 20))
    expect(first.next).toMatch(/^[A-Za-z0-9_-]+$/)
    const dues = (first.body as Array<{ answeredOn: string | null; answers: Array<{ stricter: boolean; deadline: { due: string } }> }>)
      .filter((k) => k.answeredOn === null)
      .map((k) => k.answers.find((a) => a.stricter)?.deadline.due ?? '')
    expect(dues).toEqual([...dues].sort())
  })

  it('pages through every complaint once, in order, while new ones arrive between pages', async () => {
    let made = 0
    const pages = await reader.walk('s-judge-wang', url, 7, async () => {
      made += 1
      await db()
        .insertInto('enforcement_complaints')
        .values(row({ id: `ek-new-${made}`, case_id: cases[0].id, court_id: 'c-ergun', received_on: dayAfter(320 + made), answered_on: null }))
        .execute()
    })
    const seen = pages.flat()
    expect(seen.filter((id) => !id.startsWith('ek-new-'))).toEqual(ergun())
    expect(new Set(seen).size).toBe(seen.length)
    await db().deleteFrom('enforcement_complaints').where('id', 'like', 'ek-new-%').execute()
  })

  it('keeps to the asked number, refuses more than 100 and a cursor it did not make', async () => {
    expect((await reader.page('s-clerk-liu', `${url}?limit=1`)).ids).toHaveLength(1)
    expect((await reader.page('s-clerk-liu', `${url}?limit=100`)).ids).toEqual(ergun())
    expect((await refused('s-clerk-liu', `${url}?limit=101`)).error.field).toBe('limit')
    const plain = Buffer.from(JSON.stringify([dayAfter(3), 'ek-003'])).toString('base64url')
    for (const cursor of ['abc', plain])
      expect((await refused('s-clerk-liu', `${url}?cursor=${cursor}`)).error).toMatchObject({ code: 'PAGE_CURSOR_INVALID', field: 'cursor' })
  })

  it('shows another court’s staff only their own, and keeps litigants out', async () => {
    expect((await reader.walk('s-judge-gao', url, 2)).flat()).toEqual(['ekf-0', 'ekf-1', 'ekf-2'])
    const res = await t.app.inject({ method: 'GET', url, headers: await t.as('d-zhang-guilan') })
    expect(res.statusCode).toBe(403)
  })
})
