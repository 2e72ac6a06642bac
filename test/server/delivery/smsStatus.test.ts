import { acceptedCase } from '../fixtures'
import { makeApp, type TestApp } from '../helpers'
import { startFakeProviders, type FakeProviders } from '../notify/fakeProviders'
import { defendantConfirms, get, issue } from './helpers'

// 王建国 confirmed an address with SMS reminders; each document issued to him electronically puts
// one SMS in the outbox, which the worker sends to the local fake of Tencent Cloud SMS.
let fakes: FakeProviders
let t: TestApp
let caseId: string
let noticeId: string

const drain = async () => {
  for (let i = 0; i < 10; i++) if ((await t.app.services.notify.worker.runOnce()).claimed === 0) return
}
const smsOf = async (docId: string, who = 's-clerk-liu') => {
  const res = await get(t, `/service/cases/${caseId}`, who)
  expect(res.statusCode).toBe(200)
  return (res.json().sms as Array<{ documentId: string }>).find((s) => s.documentId === docId) ?? null
}

beforeAll(async () => {
  fakes = await startFakeProviders()
  t = await makeApp(fakes.env, '2026-11-25T09:00:00+08:00')
  ;({ id: caseId } = await acceptedCase(t))
  await defendantConfirms(t, caseId)
  await drain()
  const res = await issue(t, caseId, { kind: 'response-notice', recipients: [1] })
  expect(res.statusCode).toBe(201)
  noticeId = res.json().documents[0].id
}, 60_000)
afterAll(async () => {
  await t.close()
  await fakes.close()
})

describe('whether a document’s SMS went out, on the staff view of its case', () => {
  it('is waiting before the worker has tried it', async () => {
    expect(await smsOf(noticeId)).toEqual({ documentId: noticeId, state: 'pending', sentAt: null, attempts: 0 })
  })

  it('says a failed try will be retried, then when it went out', async () => {
    fakes.state.smsFailures.push('InternalError.Timeout')
    await t.app.services.notify.worker.runOnce()
    expect(await smsOf(noticeId)).toEqual({ documentId: noticeId, state: 'retrying', sentAt: null, attempts: 1 })
    t.clock.set('2026-11-25T10:05:00+08:00')
    await drain()
    const sent = await smsOf(noticeId, 's-judge-wang')
    expect(sent).toMatchObject({ documentId: noticeId, state: 'sent', attempts: 2 })
    expect(sent).toHaveProperty('sentAt', expect.stringMatching(/^2026-11-25T10:05:00(\.000)?\+08:00$/))
    expect(fakes.state.sms.length).toBeGreaterThanOrEqual(1)
  })

  it('lists nothing for a document served on paper, which sends no SMS', async () => {
    const paper = (await issue(t, caseId, { kind: 'evidence-notice', recipients: [1], method: 'paper' }, 's-clerk-liu')).json().documents[0].id
    expect(await smsOf(paper)).toBeNull()
  })

  it.each([
    { label: 'the addressee', who: 'd-wang-jianguo' },
    { label: 'the plaintiff', who: 'd-zhang-guilan' },
    { label: 'a judge of another court', who: 's-judge-gao' },
    { label: 'a mediator', who: 's-mediator-chen' },
  ])('is not shown to $label', async ({ who }) => {
    const res = await get(t, `/service/cases/${caseId}`, who)
    expect(res.statusCode).toBe(403)
    expect(res.body).not.toContain('"sms"')
    // Nor does the document itself, as a party reads it, carry the outbox.
    const doc = await get(t, `/service/documents/${noticeId}`, who)
    expect(doc.body).not.toContain('attempts')
  })
})
