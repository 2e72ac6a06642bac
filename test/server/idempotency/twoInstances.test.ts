import type { InjectOptions, LightMyRequestResponse } from 'fastify'
import { connect, type Db } from '../../../server/db/connect'
import type { Database } from '../../../server/db/schema'
import { defendantConfirms } from '../delivery/helpers'
import { acceptedCase, wheatSaleComplaint } from '../fixtures'
import { freshStore, makeApp, type TestApp } from '../helpers'
import { MON_FRI_MORNINGS, wheatRequest } from '../mediation/fixtures'

// Two API instances on one database, as two processes behind a load balancer: on PostgreSQL each has
// its own connection pool; on SQLite (one process by design) the second is the first.
const PG = Boolean(process.env.DATABASE_URL)
const NOW = '2026-11-25T09:00:00+08:00'
const STORM = 400
jest.setTimeout(180_000)

let store: Db & { drop(): Promise<void> }
let second: Db | undefined
let a: TestApp
let b: TestApp

beforeAll(async () => {
  store = await freshStore()
  a = await makeApp({}, NOW, store)
  if (PG) {
    second = connect({ databaseUrl: process.env.DATABASE_URL, sqlitePath: '', pgSchema: store.pgSchema })
    b = await makeApp({}, NOW, second)
  } else b = a
}, 120_000)

afterAll(async () => {
  if (b !== a) await b.close()
  await a.close()
  await second?.db.destroy()
  await store.drop()
}, 120_000)

const count = async (table: keyof Database, where?: [string, string]) => {
  let q = store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n'))
  if (where) q = q.where(where[0] as any, '=', where[1])
  return Number((await q.executeTakeFirstOrThrow()).n)
}
const audits = (action: string) => count('audit_log', ['action', action])
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const inProgress = (res: LightMyRequestResponse) => res.statusCode === 409 && res.json().error.code === 'IDEMPOTENCY_IN_PROGRESS'

/**
 * Sends one request STORM times at once, split across both instances; a reply of 409
 * IDEMPOTENCY_IN_PROGRESS is retried (as the app's request helper retries) until the first
 * request's reply is stored. Every final reply must be the same, byte for byte.
 */
async function storm(req: InjectOptions): Promise<{ reply: LightMyRequestResponse; busy: number }> {
  const send = (i: number) => (i % 2 === 0 ? a : b).app.inject(req)
  const first = await Promise.all(Array.from({ length: STORM }, (_, i) => send(i)))
  const busy = first.filter(inProgress)
  for (const r of busy) {
    expect(r.json().error).toEqual({ code: 'IDEMPOTENCY_IN_PROGRESS', message: expect.stringMatching(/[\u4e00-\u9fa5]/), field: 'Idempotency-Key' })
  }
  const final = await Promise.all(
    first.map(async (r, i) => {
      let res = r
      while (inProgress(res)) {
        await sleep(25)
        res = await send(i)
      }
      return res
    }),
  )
  expect(new Set(final.map((r) => `${r.statusCode} ${r.body}`)).size).toBe(1)
  expect(final[0].statusCode).toBeLessThan(300)
  return { reply: final[0], busy: busy.length }
}

const headers = async (who: string, key: string) => ({ ...(await a.as(who)), 'idempotency-key': key })

describe(`${STORM} concurrent requests with one Idempotency-Key on ${PG ? 'PostgreSQL, two instances' : 'SQLite'}`, () => {
  let filingId: string

  it('filing create: one draft', async () => {
    const before = await count('filings')
    const { reply } = await storm({
      method: 'POST',
      url: '/api/v1/filings',
      headers: await headers('d-zhang-guilan', 'storm-create-0001'),
      payload: { kind: 'civil-first', courtId: 'c-ergun' },
    })
    expect(reply.statusCode).toBe(201)
    filingId = reply.json().id
    expect(await count('filings')).toBe(before + 1)
  })

  it('draft save: written once, with its key, and every repeat gets that reply', async () => {
    const { reply } = await storm({
      method: 'PUT',
      url: `/api/v1/filings/${filingId}/draft`,
      headers: await headers('d-zhang-guilan', 'storm-draft-0001'),
      payload: wheatSaleComplaint(),
    })
    expect(reply.json()).toMatchObject({ id: filingId, status: 'draft' })
    const row = await store.db.selectFrom('filings').select('data_json').where('id', '=', filingId).executeTakeFirstOrThrow()
    expect(JSON.parse(row.data_json).parties[1].name).toBe(wheatSaleComplaint().parties[1].name)
    // The save's own transaction carried the key: runs side by side rolled back, one committed.
    const key = await store.db.selectFrom('idempotency_requests').selectAll().where('key', '=', 'storm-draft-0001').executeTakeFirstOrThrow()
    expect([Number(key.effects_committed), key.status, key.response_body]).toEqual([1, 'done', reply.body])
  })

  it('submit: one version, one filing.submitted entry, in the reply itself', async () => {
    const { reply } = await storm({ method: 'POST', url: `/api/v1/filings/${filingId}/submit`, headers: await headers('d-zhang-guilan', 'storm-submit-0001') })
    expect(reply.json().status).toBe('submitted')
    expect(await count('filing_versions', ['filing_id', filingId])).toBe(1)
    expect(await count('audit_log', ['subject', `filing:${filingId}`])).toBe(1)
    expect(reply.json().history.map((h: { action: string }) => h.action)).toContain('filing.submitted')
  })

  describe('in an accepted case', () => {
    let caseId: string
    beforeAll(async () => {
      caseId = (await acceptedCase(a)).id
      await defendantConfirms(a, caseId)
    }, 120_000)

    it('message: one message and one history entry', async () => {
      const before = [await count('case_messages'), await audits('message.posted')]
      await storm({
        method: 'POST',
        url: `/api/v1/cases/${caseId}/messages`,
        headers: await headers('d-zhang-guilan', 'storm-message-0001'),
        payload: { body: '请问开庭要带哪些材料？' },
      })
      expect([await count('case_messages'), await audits('message.posted')]).toEqual([before[0] + 1, before[1] + 1])
    })

    it('document issue: one document served, one set of reminders', async () => {
      const before = [await count('service_documents'), await audits('service.issued'), await count('notify_outbox')]
      const { reply } = await storm({
        method: 'POST',
        url: `/api/v1/service/cases/${caseId}/documents`,
        headers: await headers('s-clerk-liu', 'storm-issue-0001'),
        payload: { kind: 'response-notice', recipients: [1] },
      })
      expect(reply.json().documents).toHaveLength(1)
      expect([await count('service_documents'), await audits('service.issued')]).toEqual([before[0] + 1, before[1] + 1])
      // Every reminder queued since is for that one document.
      const docId = reply.json().documents[0].id as string
      expect((await count('notify_outbox')) - before[2]).toBe(await count('notify_outbox', ['document_id', docId]))
    })
  })

  describe('mediation', () => {
    let mediationId: string
    beforeAll(async () => {
      const res = await a.app.inject({
        method: 'PUT',
        url: '/api/v1/mediation/availability',
        headers: await a.as('s-mediator-chen'),
        payload: MON_FRI_MORNINGS,
      })
      expect(res.statusCode).toBe(200)
    }, 120_000)

    it('request: one mediation', async () => {
      const before = await count('mediations')
      const { reply } = await storm({
        method: 'POST',
        url: '/api/v1/mediations',
        headers: await headers('d-zhang-guilan', 'storm-mediation-0001'),
        payload: wheatRequest(),
      })
      mediationId = reply.json().id
      expect(await count('mediations')).toBe(before + 1)
      expect(await count('audit_log', ['subject', `mediation:${mediationId}`])).toBe(1)
    })

    it('booking: one booking and one history entry', async () => {
      await storm({
        method: 'POST',
        url: `/api/v1/mediations/${mediationId}/booking`,
        headers: await headers('d-zhang-guilan', 'storm-booking-0001'),
        payload: { startsAt: '2026-11-26T09:00:00+08:00', mediatorId: 's-mediator-chen' },
      })
      expect(await count('mediation_bookings', ['mediation_id', mediationId])).toBe(1)
      expect(await audits('mediation.booked')).toBe(1)
    })
  })
})

describe('one key, one request', () => {
  const create = async (app: TestApp, key: string, courtId: string, who = 'd-zhang-guilan') =>
    app.app.inject({ method: 'POST', url: '/api/v1/filings', headers: await headers(who, key), payload: { kind: 'civil-first', courtId } })

  it('the same key with another body is refused with 422, on either instance, changing nothing', async () => {
    const first = await create(a, 'reused-key-0001', 'c-ergun')
    expect(first.statusCode).toBe(201)
    const before = await count('filings')
    for (const app of [a, b]) {
      const res = await create(app, 'reused-key-0001', 'c-dongsheng')
      expect(res.statusCode).toBe(422)
      expect(res.json().error).toEqual({ code: 'IDEMPOTENCY_KEY_REUSED', message: expect.stringMatching(/[\u4e00-\u9fa5]/), field: 'Idempotency-Key' })
    }
    // Another route with the key is another request too.
    const other = await a.app.inject({
      method: 'POST',
      url: `/api/v1/filings/${first.json().id}/submit`,
      headers: await headers('d-zhang-guilan', 'reused-key-0001'),
    })
    expect(other.statusCode).toBe(422)
    expect(await count('filings')).toBe(before)
  })

  it('keys are per user: another user with the same key gets their own result', async () => {
    const mine = await create(a, 'shared-key-0001', 'c-ergun')
    const theirs = await b.app.inject({
      method: 'POST',
      url: '/api/v1/filings',
      headers: await headers('d-li-chunsheng', 'shared-key-0001'),
      payload: { kind: 'civil-first', courtId: 'c-ergun' },
    })
    expect(theirs.statusCode).toBe(201)
    expect(theirs.json().id).not.toBe(mine.json().id)
  })

  /** Holds filings.create at `where` (before it runs, or after it committed) until `open` is called. */
  function holdCreate(where: 'before' | 'after') {
    let open = () => undefined as void
    const gate = new Promise<void>((r) => (open = r))
    const filings = a.app.services.filings
    const original = filings.create
    const spy = jest.spyOn(filings, 'create').mockImplementationOnce(async (...args) => {
      if (where === 'before') await gate
      const out = await original(...args)
      if (where === 'after') await gate
      return out
    })
    return { open, restore: () => spy.mockRestore() }
  }
  // Each of these tests files as a filer at a court with no blank draft yet, so a new draft is
  // made in a transaction (a blank one would be handed back without one).
  const retried = async (app: TestApp, key: string, courtId: string, who: string, res: LightMyRequestResponse) => {
    while (inProgress(res)) {
      await sleep(25)
      res = await create(app, key, courtId, who)
    }
    return res
  }

  it('once the first has committed, a repeat on the other instance gets 409 IDEMPOTENCY_IN_PROGRESS until its reply is stored, then that reply', async () => {
    const hold = holdCreate('after')
    try {
      const firstReply = create(a, 'slow-key-0001', 'c-dongsheng')
      for (let i = 0; i < 500 && (await count('idempotency_requests', ['key', 'slow-key-0001'])) === 0; i++) await sleep(20)
      const busy = await create(b, 'slow-key-0001', 'c-dongsheng')
      expect(busy.statusCode).toBe(409)
      expect(busy.json().error).toEqual({ code: 'IDEMPOTENCY_IN_PROGRESS', message: expect.stringMatching(/[\u4e00-\u9fa5]/), field: 'Idempotency-Key' })
      hold.open()
      const done = await firstReply
      expect(done.statusCode).toBe(201)
      const again = await create(b, 'slow-key-0001', 'c-dongsheng')
      expect([again.statusCode, again.body]).toEqual([201, done.body])
    } finally {
      hold.restore()
    }
  })

  it('two runs of one request side by side: only one commits, and both end with its reply', async () => {
    const before = await count('filings')
    const hold = holdCreate('before')
    try {
      const firstReply = create(a, 'side-key-0001', 'c-dongsheng', 'd-li-chunsheng')
      await sleep(100)
      const second = await retried(b, 'side-key-0001', 'c-dongsheng', 'd-li-chunsheng', await create(b, 'side-key-0001', 'c-dongsheng', 'd-li-chunsheng'))
      expect(second.statusCode).toBe(201)
      hold.open()
      const first = await retried(a, 'side-key-0001', 'c-dongsheng', 'd-li-chunsheng', await firstReply)
      expect([first.statusCode, first.json().id]).toEqual([201, second.json().id])
      expect(await count('filings')).toBe(before + 1)
      expect((await create(a, 'side-key-0001', 'c-dongsheng', 'd-li-chunsheng')).body).toBe(second.body)
    } finally {
      hold.restore()
    }
  })

  it("nothing is written before the action's transaction: the key commits with its effects", async () => {
    const hold = holdCreate('before')
    try {
      const reply = create(a, 'one-commit-0001', 'c-ergun', 'd-wang-jianguo')
      await sleep(100)
      expect(await count('idempotency_requests', ['key', 'one-commit-0001'])).toBe(0)
      hold.open()
      const res = await reply
      const row = await store.db.selectFrom('idempotency_requests').selectAll().where('key', '=', 'one-commit-0001').executeTakeFirstOrThrow()
      expect(row).toMatchObject({ status: 'done', response_status: 201, response_body: res.body })
      expect(Number(row.effects_committed)).toBe(1)
    } finally {
      hold.restore()
    }
  })

  it('a refusal changes nothing and gives the key back: the corrected request may use it', async () => {
    const bad = await create(a, 'refused-key-0001', 'c-nowhere')
    expect(bad.statusCode).toBe(400)
    expect(await store.db.selectFrom('idempotency_requests').select('key').where('key', '=', 'refused-key-0001').execute()).toEqual([])
    expect((await create(b, 'refused-key-0001', 'c-ergun')).statusCode).toBe(201)
  })

  it('a malformed key is refused before anything runs', async () => {
    const res = await create(a, 'short', 'c-ergun')
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code: 'IDEMPOTENCY_KEY_INVALID', field: 'Idempotency-Key' })
  })

  it('expires after 24 hours: the key may then be used again, and the sweep removes old keys', async () => {
    const first = await create(a, 'expiring-key-0001', 'c-ergun')
    const later = '2026-11-26T09:00:01+08:00'
    a.clock.set('2026-11-26T08:59:59+08:00')
    b.clock.set('2026-11-26T08:59:59+08:00')
    expect((await create(b, 'expiring-key-0001', 'c-ergun')).body).toBe(first.body)
    a.clock.set(later)
    b.clock.set(later)
    try {
      const reused = await create(b, 'expiring-key-0001', 'c-dongsheng')
      expect(reused.statusCode).toBe(201)
      expect(reused.json().id).not.toBe(first.json().id)
      const swept = await a.app.services.idempotency.sweep()
      expect(swept).toBeGreaterThan(0)
      const left = await store.db.selectFrom('idempotency_requests').select(['key', 'created_at']).execute()
      expect(left.every((r) => r.created_at > NOW)).toBe(true)
      expect(left.map((r) => r.key)).toContain('expiring-key-0001')
    } finally {
      a.clock.set(NOW)
      b.clock.set(NOW)
    }
  })
})
