import { makeApp, type TestApp } from '../helpers'
import { listReader } from '../listReader'
import { dayAfter, enforcementRow, insertEnforcementCases, insertTwoTeams, nameOnCases, type CaseRow } from '../enforcementSeed'

const WANG_ID = '150784197209150019'
const NOW = '2026-11-25T09:00:00+08:00'

let t: TestApp
beforeAll(async () => {
  t = await makeApp()
}, 60_000)
afterAll(async () => t.close())

const db = () => t.app.store.db

const { page, walk } = listReader(() => t)

async function refused(user: string, url: string) {
  const res = await t.app.inject({ method: 'GET', url, headers: await t.as(user) })
  expect(res.statusCode).toBe(400)
  return res.json() as { error: { code: string; field?: string; message: string } }
}

const newestFirst = (a: CaseRow, b: CaseRow) => (a.received_on === b.received_on ? (a.id < b.id ? 1 : -1) : a.received_on < b.received_on ? 1 : -1)
const oldestFirst = (a: CaseRow, b: CaseRow) => -newestFirst(a, b)
const queueOrder = (a: CaseRow, b: CaseRow) => (a.agricultural !== b.agricultural ? b.agricultural - a.agricultural : oldestFirst(a, b))
const grouped = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString('base64url')

type Kind = 'applied' | 'enforcing' | 'filed' | 'suspended' | 'closed' | 'refused'
const KINDS: Kind[] = ['applied', 'enforcing', 'filed', 'applied', 'suspended', 'closed']

/** 72 cases at 额尔古纳 in every state, six received on one day (the id alone orders those), plus 10 at 东胜. */
const cases: Array<CaseRow & { kind: Kind }> = Array.from({ length: 72 }, (_, i) => {
  const kind: Kind = KINDS[i % 6] === 'closed' && i % 12 === 11 ? 'refused' : KINDS[i % 6]
  const docketed = kind !== 'applied' && kind !== 'refused'
  const team = kind === 'enforcing' || kind === 'suspended' ? 'et-a' : docketed ? 'et-b' : null
  return {
    ...enforcementRow(`ec-${String(i).padStart(3, '0')}`, {
      applicant_id: i % 2 === 0 ? 'd-zhang-guilan' : 'd-li-chunsheng',
      agricultural: i % 4 === 0 ? 1 : 0,
      received_on: i >= 12 && i < 18 ? dayAfter(12) : dayAfter(i),
      filed_on: docketed ? dayAfter(i + 3) : null,
      case_number: docketed ? `（2026）内0784执${i + 1}号` : null,
      refused_on: kind === 'refused' ? dayAfter(i + 3) : null,
      refusal_json: kind === 'refused' ? JSON.stringify({ reasons: ['申请执行的文书尚未生效'] }) : null,
      team_id: team,
      handler_id: kind === 'enforcing' || kind === 'suspended' ? 's-judge-wang' : null,
      assigned_on: kind === 'enforcing' || kind === 'suspended' || kind === 'closed' ? dayAfter(i + 4) : null,
      facts_json: kind === 'suspended' ? JSON.stringify({ excludedPeriods: [{ kind: 'suspension', from: dayAfter(i + 20) }] }) : '{}',
      closed_on: kind === 'closed' ? dayAfter(i + 60) : null,
      closure_json: kind === 'closed' ? JSON.stringify({ mode: 'performed', on: dayAfter(i + 60), rulingNumber: null, reason: '执行完毕' }) : null,
    }),
    kind,
  }
})
const far = Array.from({ length: 10 }, (_, i) => ({
  ...enforcementRow(`ef-${i}`, { court_id: 'c-dongsheng', received_on: dayAfter(i * 7) }),
  kind: 'applied' as Kind,
}))

beforeAll(async () => {
  await insertTwoTeams(db(), NOW)
  await insertEnforcementCases(
    db(),
    [...cases, ...far].map(({ kind: _, ...c }) => c),
  )
  // 王建国 is named on every fifth case, twice on one (both of its respondents are him).
  await nameOnCases(db(), [
    ...cases.filter((_, i) => i % 5 === 0).map((c) => ({ caseId: c.id, idKey: WANG_ID })),
    { caseId: 'ec-010', idKey: WANG_ID, idx: 2 },
    { caseId: 'ef-3', idKey: WANG_ID },
  ])
}, 60_000)

const ids = (rows: CaseRow[]) => rows.map((r) => r.id)

describe('我的执行案件 a page at a time', () => {
  const zhang = () => ids([...cases, ...far].filter((c) => c.applicant_id === 'd-zhang-guilan').sort(newestFirst))

  it('gives 20 rows unless asked, newest received first, with where the next page starts', async () => {
    const first = await page('d-zhang-guilan', '/api/v1/enforcement/cases')
    expect(first.ids).toEqual(zhang().slice(0, 20))
    expect(first.next).toMatch(/^[A-Za-z0-9_-]+$/)
  })

  it('pages through every case once, in order, while new ones arrive between pages', async () => {
    let made = 0
    const pages = await walk('d-zhang-guilan', '/api/v1/enforcement/cases', 7, async () => {
      made += 1
      await insertEnforcementCases(db(), [enforcementRow(`ec-new-${made}`, { received_on: dayAfter(300 + made) })])
    })
    expect(pages.flat()).toEqual(zhang())
    await db().deleteFrom('enforcement_cases').where('id', 'like', 'ec-new-%').execute()
  })

  it('shows a respondent the cases naming his verified ID, each once, and nobody else’s', async () => {
    const named = [...cases.filter((_, i) => i % 5 === 0), far[3]].sort(newestFirst)
    expect((await walk('d-wang-jianguo', '/api/v1/enforcement/cases', 4)).flat()).toEqual(ids(named))
    expect((await walk('d-new-user', '/api/v1/enforcement/cases', 4)).flat()).toEqual([])
    const li = (await walk('d-li-chunsheng', '/api/v1/enforcement/cases', 9)).flat()
    expect(li).toEqual(ids(cases.filter((c) => c.applicant_id === 'd-li-chunsheng').sort(newestFirst)))
  })

  it('keeps to the asked number of rows, refuses more than 100 and a cursor it did not make', async () => {
    expect((await page('d-zhang-guilan', '/api/v1/enforcement/cases?limit=1')).ids).toHaveLength(1)
    expect((await page('d-zhang-guilan', '/api/v1/enforcement/cases?limit=100')).ids).toHaveLength(zhang().length)
    for (const limit of ['101', '0', 'abc']) {
      const { error } = await refused('d-zhang-guilan', `/api/v1/enforcement/cases?limit=${limit}`)
      expect(error.field).toBe('limit')
      expect(error.message).toMatch(/每页条数/)
    }
    for (const cursor of ['abc', grouped([1, dayAfter(3), 'ec-003'])]) {
      const { error } = await refused('d-zhang-guilan', `/api/v1/enforcement/cases?cursor=${cursor}`)
      expect(error).toMatchObject({ code: 'PAGE_CURSOR_INVALID', field: 'cursor' })
      expect(error.message).toMatch(/翻页位置/)
    }
    // Characters no cursor has are refused by the schema, under the same field.
    expect((await refused('d-zhang-guilan', '/api/v1/enforcement/cases?cursor=%21%21')).error.field).toBe('cursor')
  })

  it('keeps staff out', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/enforcement/cases', headers: await t.as('s-clerk-liu') })
    expect(res.statusCode).toBe(403)
  })
})

describe('the 执行立案 queue a page at a time', () => {
  const waiting = () => cases.filter((c) => c.kind === 'applied').sort(queueOrder)

  it('gives 20 rows unless asked, 涉农 first, then the oldest application (the nearest 7-day deadline)', async () => {
    const first = await page('s-clerk-liu', '/api/v1/court/enforcement/queue')
    expect(first.ids).toEqual(ids(waiting()).slice(0, 20))
    expect(first.next).toMatch(/^[A-Za-z0-9_-]+$/)
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/court/enforcement/queue?limit=20', headers: await t.as('s-clerk-liu') })
    const clocks = (res.json() as Array<{ agricultural: boolean; clock: { due: string } }>).filter((s) => !s.agricultural).map((s) => s.clock.due)
    expect(clocks).toEqual([...clocks].sort())
  })

  it('pages through every application once, in order; one arriving meanwhile joins the end of its group', async () => {
    let made = 0
    const pages = await walk('s-judge-wang', '/api/v1/court/enforcement/queue', 5, async () => {
      made += 1
      await insertEnforcementCases(db(), [enforcementRow(`eq-new-${made}`, { received_on: dayAfter(300 + made), agricultural: made % 2 === 0 ? 1 : 0 })])
    })
    const seen = pages.flat()
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen.filter((id) => id.startsWith('ec-'))).toEqual(ids(waiting()))
    // A 涉农 application arriving once the 涉农 group is read is left for the next visit; the rest come last.
    expect(seen.filter((id) => id.startsWith('eq-new-'))).toEqual(
      Array.from({ length: made }, (_, i) => `eq-new-${i + 1}`).filter((id) => Number(id.slice(7)) % 2 === 1),
    )
    await db().deleteFrom('enforcement_cases').where('id', 'like', 'eq-new-%').execute()
  })

  it('leaves out what is docketed or refused, and other courts’ applications', async () => {
    const all = (await walk('s-clerk-liu', '/api/v1/court/enforcement/queue', 100)).flat()
    expect(all).toEqual(ids(waiting()))
    expect((await walk('s-judge-gao', '/api/v1/court/enforcement/queue', 3)).flat()).toEqual(ids([...far].sort(oldestFirst)))
  })

  it('refuses more than 100 rows, and a cursor of another order', async () => {
    const { error } = await refused('s-clerk-liu', '/api/v1/court/enforcement/queue?limit=101')
    expect(error.field).toBe('limit')
    const plain = Buffer.from(JSON.stringify([dayAfter(3), 'ec-003'])).toString('base64url')
    for (const cursor of ['abc', plain])
      expect((await refused('s-clerk-liu', `/api/v1/court/enforcement/queue?cursor=${cursor}`)).error.code).toBe('PAGE_CURSOR_INVALID')
  })

  it('keeps litigants out', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/court/enforcement/queue', headers: await t.as('d-zhang-guilan') })
    expect(res.statusCode).toBe(403)
  })
})

describe('the court’s enforcement cases a page at a time', () => {
  const of = (keep: (c: CaseRow & { kind: Kind }) => boolean) => ids(cases.filter(keep).sort(newestFirst))

  it('gives 20 rows unless asked, newest received first', async () => {
    const first = await page('s-clerk-liu', '/api/v1/court/enforcement/cases')
    expect(first.ids).toEqual(of(() => true).slice(0, 20))
    expect(first.next).toMatch(/^[A-Za-z0-9_-]+$/)
  })

  it('pages through every case once, in order, while new ones arrive between pages', async () => {
    let made = 0
    const pages = await walk('s-clerk-liu', '/api/v1/court/enforcement/cases', 8, async () => {
      made += 1
      await insertEnforcementCases(db(), [enforcementRow(`ecn-${made}`, { received_on: dayAfter(300 + made) })])
    })
    expect(pages.flat()).toEqual(of(() => true))
    await db().deleteFrom('enforcement_cases').where('id', 'like', 'ecn-%').execute()
  })

  it.each<[Kind]>([['applied'], ['enforcing'], ['filed'], ['suspended'], ['closed'], ['refused']])(
    'filters by state %s, pages full until the last',
    async (state) => {
      expect((await walk('s-clerk-liu', `/api/v1/court/enforcement/cases?state=${state}`, 3)).flat()).toEqual(of((c) => c.kind === state))
    },
  )

  it('filters by team, and a member’s own teams with 只看我的', async () => {
    expect((await walk('s-clerk-liu', '/api/v1/court/enforcement/cases?teamId=et-b', 4)).flat()).toEqual(of((c) => c.team_id === 'et-b'))
    expect((await walk('s-judge-wang', '/api/v1/court/enforcement/cases?mine=true', 5)).flat()).toEqual(of((c) => c.team_id === 'et-a'))
    // 刘书记员 is in both teams: the two are read on their own and merged.
    expect((await walk('s-clerk-liu', '/api/v1/court/enforcement/cases?mine=true', 6)).flat()).toEqual(of((c) => c.team_id !== null))
    expect((await walk('s-judge-wang', '/api/v1/court/enforcement/cases?mine=true&teamId=et-b', 5)).flat()).toEqual([])
    expect((await walk('s-judge-wang', '/api/v1/court/enforcement/cases?mine=true&state=suspended', 2)).flat()).toEqual(of((c) => c.kind === 'suspended'))
    expect((await walk('s-admin-sun', '/api/v1/court/enforcement/cases?mine=true', 5)).flat()).toEqual([])
  })

  it('refuses more than 100 rows and a cursor it did not make', async () => {
    expect((await refused('s-clerk-liu', '/api/v1/court/enforcement/cases?limit=101')).error.field).toBe('limit')
    const { error } = await refused('s-clerk-liu', `/api/v1/court/enforcement/cases?state=filed&cursor=${grouped([0, dayAfter(1), 'ec-001'])}`)
    expect(error).toMatchObject({ code: 'PAGE_CURSOR_INVALID', field: 'cursor' })
  })

  it('shows staff of another court none of this court’s cases, and keeps litigants out', async () => {
    expect((await walk('s-judge-gao', '/api/v1/court/enforcement/cases', 4)).flat()).toEqual(ids([...far].sort(newestFirst)))
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/court/enforcement/cases', headers: await t.as('d-wang-jianguo') })
    expect(res.statusCode).toBe(403)
  })
})
