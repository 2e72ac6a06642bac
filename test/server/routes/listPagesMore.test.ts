import type { MediationRow } from '../../../server/repositories/mediation'
import type { ServiceDocumentRow } from '../../../server/repositories/delivery'
import { makeApp, type TestApp } from '../helpers'
import { arrayOf, listReader, type ListShape } from '../listReader'
import { filingRow, insertFilings, mediationParty, mediationRow, minutesAfter } from '../listSeed'

const WANG_ID = '150784197209150019'
const ZHANG_ID = '150784196803120029'

let t: TestApp
beforeAll(async () => {
  t = await makeApp()
}, 120_000)
afterAll(async () => t.close())

const db = () => t.app.store.db

const INBOX: ListShape = { rows: (b) => (b as { documents: Array<Record<string, unknown>> }).documents, id: 'id' }
const { page: readPage, walk: readAll } = listReader(() => t)
const page = (user: string, url: string, shape: ListShape) => readPage(user, url, shape)
const walk = (user: string, path: string, shape: ListShape, limit: number, between?: (n: number) => Promise<void>) => readAll(user, path, limit, between, shape)
const ARRAY_OF = arrayOf

const newestFirst =
  <R extends { id: string }>(at: (r: R) => string) =>
  (a: R, b: R) =>
    at(a) === at(b) ? (a.id < b.id ? 1 : -1) : at(a) < at(b) ? 1 : -1

async function refusesBadPages(user: string, path: string) {
  for (const q of ['limit=101', 'limit=0', 'cursor=abc', `cursor=${Buffer.from('[1,2,3]').toString('base64url')}`]) {
    const res = await t.app.inject({ method: 'GET', url: `${path}?${q}`, headers: await t.as(user) })
    expect({ q, status: res.statusCode }).toEqual({ q, status: 400 })
    expect(res.json().error.field).toBe(q.split('=')[0])
    expect(res.json().error.message).toMatch(/每页条数|翻页位置/)
  }
}

/** Accepted cases of 额尔古纳 (some sharing one 立案 time), and of 东胜, which 额尔古纳's staff never see. */
const accepted = (id: string, minutes: number, court = 'c-ergun') =>
  filingRow(id, {
    court_id: court,
    target_court_id: court,
    status: 'accepted',
    case_number: `（2026）内0784民初${id}号`,
    procedure: 'simple',
    judge_id: court === 'c-ergun' ? 's-judge-wang' : 's-judge-gao',
    decided_at: minutesAfter(minutes),
    decided_on: minutesAfter(minutes).slice(0, 10),
  })

describe.each([
  ['the hearing schedule', '/api/v1/hearings/cases'],
  ['the 送达 follow-up list', '/api/v1/service/cases'],
])('%s a page at a time', (_label, path) => {
  const ergun: Array<{ id: string; decided_at: string | null }> = []
  beforeAll(async () => {
    if (ergun.length > 0) return
    await db().deleteFrom('filings').where('id', 'like', 'acc-%').execute()
    const rows = Array.from({ length: 33 }, (_, i) => accepted(`acc-${String(i).padStart(3, '0')}`, i >= 5 && i < 9 ? 300 : 300 + i))
    const dongsheng = Array.from({ length: 6 }, (_, i) => accepted(`acc-ds-${i}`, 300 + i, 'c-dongsheng'))
    // Waiting and declined filings of the court are no case yet.
    const waiting = [filingRow('acc-waiting'), filingRow('acc-declined', { status: 'declined', decided_at: minutesAfter(350) })]
    await insertFilings(db(), [...rows, ...dongsheng, ...waiting])
    ergun.push(...rows)
  }, 60_000)
  afterEach(async () => {
    await db().deleteFrom('filings').where('id', 'like', 'acc-new-%').execute()
  })

  it('gives 20 cases unless asked, newest 立案 first, each once across pages while new cases are accepted', async () => {
    const first = await page('s-clerk-liu', path, ARRAY_OF('caseId'))
    const all = await db()
      .selectFrom('filings')
      .select(['id', 'decided_at'])
      .where('target_court_id', '=', 'c-ergun')
      .where('status', '=', 'accepted')
      .execute()
    const expected = all.sort(newestFirst((r) => r.decided_at ?? '')).map((r) => r.id)
    expect(first.ids).toEqual(expected.slice(0, 20))
    expect(first.next).toMatch(/^[A-Za-z0-9_-]+$/)
    let made = 0
    const pages = await walk('s-judge-wang', path, ARRAY_OF('caseId'), 6, async () => {
      made += 1
      await insertFilings(db(), [accepted(`acc-new-${made}`, 900 + made)])
    })
    expect(pages.flat()).toEqual(expected)
  })

  it('keeps to the asked number, refuses more than 100 and a cursor it did not make', async () => {
    expect((await page('s-clerk-liu', `${path}?limit=3`, ARRAY_OF('caseId'))).ids).toHaveLength(3)
    await refusesBadPages('s-clerk-liu', path)
  })

  it('shows another court only its own cases, and parties none', async () => {
    const gao = (await walk('s-judge-gao', path, ARRAY_OF('caseId'), 4)).flat()
    expect(gao.filter((id) => id.startsWith('acc-')).sort()).toEqual(Array.from({ length: 6 }, (_, i) => `acc-ds-${i}`))
    const res = await t.app.inject({ method: 'GET', url: path, headers: await t.as('d-zhang-guilan') })
    expect(res.statusCode).toBe(403)
  })
})

const doc = (id: string, caseId: string, minutes: number, to: { idKey: string; name: string; side: string; idx: number }): ServiceDocumentRow => ({
  id,
  case_id: caseId,
  court_id: 'c-ergun',
  kind: 'response-notice',
  title: `应诉通知书 ${id}`,
  method: 'electronic',
  party_idx: to.idx,
  recipient_id_key: to.idKey,
  recipient_name: to.name,
  recipient_side: to.side,
  content_json: JSON.stringify({
    kind: 'response-notice',
    caseId,
    caseNumber: '',
    recipient: { idx: to.idx, name: to.name, side: to.side },
    rendered: null,
    file: null,
    hearing: null,
    appealable: false,
    method: 'electronic',
    publicNotice: null,
  }),
  content_sha256: '0'.repeat(64),
  file_id: null,
  appealable: 0,
  issued_by: 's-judge-wang',
  issued_at: minutesAfter(minutes),
})

describe('我的文书 a page at a time', () => {
  const WANG = { idKey: WANG_ID, name: '王建国', side: 'defendant', idx: 1 }
  const ZHANG = { idKey: ZHANG_ID, name: '张桂兰', side: 'plaintiff', idx: 0 }
  const wangDocs: ServiceDocumentRow[] = []
  beforeAll(async () => {
    // 张桂兰's case (filed by her) and one 李春生 filed as her agent.
    await insertFilings(db(), [accepted('inbox-case', 100), { ...accepted('inbox-agent-case', 101), filer_id: 'd-li-chunsheng' }])
    wangDocs.push(...Array.from({ length: 27 }, (_, i) => doc(`doc-w-${String(i).padStart(3, '0')}`, 'inbox-case', i >= 3 && i < 6 ? 500 : 500 + i, WANG)))
    const zhang = [doc('doc-z-1', 'inbox-case', 510.5, ZHANG), doc('doc-z-agent', 'inbox-agent-case', 511.5, ZHANG)]
    await db()
      .insertInto('service_documents')
      .values([...wangDocs, ...zhang])
      .execute()
  }, 60_000)
  afterEach(async () => {
    await db().deleteFrom('service_documents').where('id', 'like', 'doc-new-%').execute()
  })

  it('gives 20 documents unless asked, newest first, each once while new ones are served; the unread count is of all of them', async () => {
    const expected = [...wangDocs].sort(newestFirst((r) => r.issued_at)).map((r) => r.id)
    const first = await page('d-wang-jianguo', '/api/v1/service/inbox', INBOX)
    expect(first.ids).toEqual(expected.slice(0, 20))
    expect((first.body as { unread: number }).unread).toBe(27)
    let made = 0
    const pages = await walk('d-wang-jianguo', '/api/v1/service/inbox', INBOX, 5, async () => {
      made += 1
      await db()
        .insertInto('service_documents')
        .values(doc(`doc-new-${made}`, 'inbox-case', 900 + made, WANG))
        .execute()
    })
    expect(pages.flat()).toEqual(expected)
  })

  it('counts a document opened on any page as read', async () => {
    const last = [...wangDocs].sort(newestFirst((r) => r.issued_at)).map((r) => r.id)[26]
    const opened = await t.app.inject({ method: 'POST', url: `/api/v1/service/documents/${last}/open`, headers: await t.as('d-wang-jianguo') })
    expect(opened.statusCode).toBe(200)
    const first = await page('d-wang-jianguo', '/api/v1/service/inbox?limit=2', INBOX)
    expect((first.body as { unread: number }).unread).toBe(26)
    expect(first.ids).not.toContain(last)
  })

  it('gives a party only what is addressed to them, and the agent what they receive for the plaintiff', async () => {
    expect((await walk('d-zhang-guilan', '/api/v1/service/inbox', INBOX, 1)).flat()).toEqual(['doc-z-agent', 'doc-z-1'])
    // 李春生 filed only the second case: he receives the plaintiff's documents of that one.
    expect((await walk('d-li-chunsheng', '/api/v1/service/inbox', INBOX, 5)).flat()).toEqual(['doc-z-agent'])
    await refusesBadPages('d-wang-jianguo', '/api/v1/service/inbox')
    const staff = await t.app.inject({ method: 'GET', url: '/api/v1/service/inbox', headers: await t.as('s-judge-wang') })
    expect(staff.statusCode).toBe(403)
  })
})

const mediationAt = (id: string, minutes: number, o: Partial<MediationRow> = {}): MediationRow => mediationRow(id, minutesAfter(minutes), o)
const partyRow = mediationParty

describe('the mediation lists a page at a time', () => {
  const rows: MediationRow[] = []
  beforeAll(async () => {
    // 张桂兰 applied for 25; 王建国 is named in 12 of them by ID, linked to his account in half.
    rows.push(
      ...Array.from({ length: 25 }, (_, i) =>
        mediationAt(`med-${String(i).padStart(3, '0')}`, i >= 4 && i < 7 ? 700 : 700 + i, { mediator_id: i % 2 ? 's-mediator-chen' : null }),
      ),
    )
    const dongsheng = Array.from({ length: 4 }, (_, i) => mediationAt(`med-ds-${i}`, 700 + i, { court_id: 'c-dongsheng', requested_by: 'd-wang-jianguo' }))
    await db()
      .insertInto('mediations')
      .values([...rows, ...dongsheng])
      .execute()
    const parties = rows.flatMap((m, i) => [
      partyRow(m.id, 'applicant', { user_id: 'd-zhang-guilan', name: '张桂兰', id_number: ZHANG_ID }),
      ...(i < 12 ? [partyRow(m.id, 'respondent', { user_id: i % 2 ? 'd-wang-jianguo' : null, name: '王建国', id_number: WANG_ID })] : []),
    ])
    await db().insertInto('mediation_parties').values(parties).execute()
  }, 60_000)
  afterEach(async () => {
    await db().deleteFrom('mediation_parties').where('mediation_id', 'like', 'med-new-%').execute()
    await db().deleteFrom('mediations').where('id', 'like', 'med-new-%').execute()
  })

  const order = (list: MediationRow[]) => [...list].sort(newestFirst((r) => r.updated_at)).map((r) => r.id)

  it('gives the applicant 20 unless asked, newest change first, each once while new ones arrive', async () => {
    const first = await page('d-zhang-guilan', '/api/v1/mediations', ARRAY_OF('id'))
    expect(first.ids.filter((id) => id.startsWith('med-'))).toEqual(order(rows).slice(0, 20))
    let made = 0
    const pages = await walk('d-zhang-guilan', '/api/v1/mediations', ARRAY_OF('id'), 6, async () => {
      made += 1
      const m = mediationAt(`med-new-${made}`, 2000 + made)
      await db().insertInto('mediations').values(m).execute()
      await db()
        .insertInto('mediation_parties')
        .values(partyRow(m.id, 'applicant', { user_id: 'd-zhang-guilan', name: '张桂兰', id_number: ZHANG_ID }))
        .execute()
    })
    expect(pages.flat().filter((id) => id.startsWith('med-'))).toEqual(order(rows))
  })

  it('finds the respondent’s by account and, not yet linked, by verified ID — each once', async () => {
    const wang = (await walk('d-wang-jianguo', '/api/v1/mediations', ARRAY_OF('id'), 5)).flat()
    expect(wang.filter((id) => id.startsWith('med-'))).toEqual(order(rows.slice(0, 12)))
  })

  it('gives the mediator the assigned ones and the court its own', async () => {
    const chen = (await walk('s-mediator-chen', '/api/v1/mediations', ARRAY_OF('id'), 4)).flat()
    expect(chen.filter((id) => id.startsWith('med-'))).toEqual(order(rows.filter((r) => r.mediator_id === 's-mediator-chen')))
    const gao = (await walk('s-judge-gao', '/api/v1/mediations', ARRAY_OF('id'), 3)).flat()
    expect(gao.filter((id) => id.startsWith('med-'))).toEqual(['med-ds-3', 'med-ds-2', 'med-ds-1', 'med-ds-0'])
    const liu = (await walk('s-clerk-liu', '/api/v1/mediations', ARRAY_OF('id'), 10)).flat()
    expect(liu.filter((id) => id.startsWith('med-'))).toEqual(order(rows))
    await refusesBadPages('s-clerk-liu', '/api/v1/mediations')
  })
})

describe('选择开庭日期 a page at a time', () => {
  const requests: Array<{ id: string; requested_at: string }> = []
  beforeAll(async () => {
    // 张桂兰 filed 14 cases naming 王建国 as defendant; a judge asked for dates in each, some twice.
    const cases = Array.from({ length: 14 }, (_, i) => accepted(`hr-case-${String(i).padStart(2, '0')}`, 1500 + i))
    await insertFilings(db(), cases)
    await db()
      .insertInto('filing_parties')
      .values(
        cases.flatMap((c) => [
          { filing_id: c.id, idx: 0, side: 'plaintiff', name: '张桂兰', id_key: ZHANG_ID, mobile: null },
          { filing_id: c.id, idx: 1, side: 'defendant', name: '王建国', id_key: WANG_ID, mobile: null },
        ]),
      )
      .execute()
    const rows = cases.flatMap((c, i) =>
      Array.from({ length: i % 3 === 0 ? 2 : 1 }, (_, k) => ({
        id: `hr-${String(i).padStart(2, '0')}-${k}`,
        case_id: c.id,
        court_id: 'c-ergun',
        status: k === 0 && i % 3 === 0 ? ('withdrawn' as const) : ('open' as const),
        requested_by: 's-judge-wang',
        // Two share one time: the id orders them.
        requested_at: i === 4 || i === 5 ? minutesAfter(1600) : minutesAfter(1600 + i * 10 + k),
        closed_at: null,
        hearing_id: null,
      })),
    )
    await db().insertInto('hearing_requests').values(rows).execute()
    requests.push(...rows)
  }, 60_000)

  const order = () => [...requests].sort(newestFirst((r) => r.requested_at)).map((r) => r.id)

  it('gives the defendant, named by verified ID, every request once, newest first, across pages', async () => {
    expect(requests.length).toBeGreaterThan(15)
    const first = await page('d-wang-jianguo', '/api/v1/hearing-requests?limit=5', ARRAY_OF('id'))
    expect(first.ids).toEqual(order().slice(0, 5))
    expect((await walk('d-wang-jianguo', '/api/v1/hearing-requests', ARRAY_OF('id'), 4)).flat()).toEqual(order())
  })

  it('gives the filer the same requests, by the cases they filed, each once', async () => {
    expect((await walk('d-zhang-guilan', '/api/v1/hearing-requests', ARRAY_OF('id'), 6)).flat()).toEqual(order())
  })

  it('gives another party none of them, staff no party list, and refuses bad pages', async () => {
    expect((await walk('d-li-chunsheng', '/api/v1/hearing-requests', ARRAY_OF('id'), 6)).flat()).toEqual([])
    const staff = await t.app.inject({ method: 'GET', url: '/api/v1/hearing-requests', headers: await t.as('s-judge-wang') })
    expect(staff.statusCode).toBe(403)
    await refusesBadPages('d-wang-jianguo', '/api/v1/hearing-requests')
  })
})
