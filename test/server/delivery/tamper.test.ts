import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { makeApp, type TestApp } from '../helpers'
import { acceptedCase } from '../fixtures'
import { attacker, daysBefore, type Attacker } from './attacker'
import { defendantConfirms, get, issue, post, SUMMONS } from './helpers'

/**
 * An attacker with full write access to the database but not the court's signing key, against
 * the 电子送达 record of a real case on a real app (the file checkpoint included). Each case must
 * be detected (`verified: false`) and pinpointed: the first failure names the receipt (seq) or
 * the document that was touched.
 *
 * Every case starts from the same record, 12 receipts:
 *   1 送达地址确认 · 2–3 传票 S issued, delivered · 4–5 举证通知书 P (plaintiff) · 6–7 举证通知书 D (defendant)
 *   8–9 S opened, signed · 10 P opened · 11–12 起诉状副本 C (defendant) issued, delivered
 */
interface Served {
  caseId: string
  S: string
  P: string
  D: string
  C: string
  a: Attacker
}

let t: TestApp
const checkpointDir = fs.mkdtempSync(path.join(os.tmpdir(), 'court-tamper-'))
beforeAll(async () => {
  t = await makeApp({ CHECKPOINT_DIR: checkpointDir })
}, 60_000)
afterAll(async () => {
  await t.close()
  fs.rmSync(checkpointDir, { recursive: true, force: true })
})

async function servedCase(): Promise<Served> {
  const caseId = (await acceptedCase(t)).id
  await defendantConfirms(t, caseId)
  const S = (await issue(t, caseId, SUMMONS)).json().documents[0].id
  const notices = (await issue(t, caseId, { kind: 'evidence-notice', recipients: [0, 1] })).json().documents
  const P = notices.find((d: { recipient: { idx: number } }) => d.recipient.idx === 0).id
  const D = notices.find((d: { recipient: { idx: number } }) => d.recipient.idx === 1).id
  await post(t, `/service/documents/${S}/sign`, 'd-wang-jianguo')
  await post(t, `/service/documents/${P}/open`, 'd-zhang-guilan')
  const C = (await issue(t, caseId, { kind: 'complaint-copy', recipients: [1] })).json().documents[0].id
  return { caseId, S, P, D, C, a: attacker(t, caseId) }
}

const proofOf = async (caseId: string) => (await get(t, `/service/${caseId}/proof`, 's-judge-wang')).json()

type Expected = { code: string; where: string; seq?: number; documentId?: string | null }
interface TamperCase {
  label: string
  kind: string
  tamper: (s: Served) => Promise<unknown>
  /** what the first failure must say */
  first: (s: Served) => Expected
  /** further failures that must be among them */
  also?: (s: Served) => Expected[]
}

const CASES: TamperCase[] = [
  {
    label: 'a delivery time edited, not re-hashed',
    kind: 'edit',
    tamper: ({ a }) => a.setEvent(3, { at: '2026-12-02T09:00:00.000+08:00' }),
    first: (s) => ({ code: 'hash-mismatch', where: 'event', seq: 3, documentId: s.S }),
  },
  {
    label: 'a delivery channel edited in the detail, not re-hashed',
    kind: 'edit',
    tamper: ({ a }) => a.setEvent(5, { detail_json: '{"channel":"sms"}' }),
    first: (s) => ({ code: 'hash-mismatch', where: 'event', seq: 5, documentId: s.P }),
  },
  {
    label: 'an 阅读 turned into a 签收, not re-hashed',
    kind: 'edit',
    tamper: ({ a }) => a.setEvent(10, { type: 'signed' }),
    first: (s) => ({ code: 'hash-mismatch', where: 'event', seq: 10, documentId: s.P }),
  },
  {
    label: 'a stored hash replaced',
    kind: 'edit',
    tamper: ({ a }) => a.setEvent(6, { hash: 'f'.repeat(64) }),
    first: (s) => ({ code: 'hash-mismatch', where: 'event', seq: 6, documentId: s.D }),
  },
  {
    label: 'who opened it edited, and the rest of the chain re-hashed',
    kind: 'edit',
    tamper: async ({ a }) => {
      await a.setEvent(8, { actor_id: 'd-li-chunsheng' })
      await a.rehashFrom(8)
    },
    first: (s) => ({ code: 'signature-invalid', where: 'event', seq: 8, documentId: s.S }),
  },
  {
    label: 'a receipt in the middle deleted',
    kind: 'delete',
    tamper: ({ a }) => a.deleteEvents([7]),
    first: (s) => ({ code: 'missing', where: 'event', seq: 7, documentId: s.D }),
  },
  {
    label: 'the last receipt deleted',
    kind: 'delete',
    tamper: ({ a }) => a.deleteEvents([12]),
    first: (s) => ({ code: 'missing', where: 'event', seq: 12, documentId: s.C }),
  },
  {
    label: 'the last document deleted with its receipts',
    kind: 'delete',
    tamper: async (s) => {
      await s.a.deleteEvents([11, 12])
      await s.a.deleteDocument(s.C)
    },
    first: (s) => ({ code: 'missing', where: 'event', seq: 11, documentId: s.C }),
    also: (s) => [{ code: 'missing', where: 'event', seq: 12, documentId: s.C }],
  },
  {
    label: 'a document deleted, its receipts kept',
    kind: 'delete',
    tamper: (s) => s.a.withoutForeignKeys((q) => q.deleteFrom('service_documents').where('id', '=', s.D).execute()),
    first: (s) => ({ code: 'document-missing', where: 'document', seq: 6, documentId: s.D }),
  },
  {
    label: 'the last three receipts deleted and the stored head rolled back to an older signed one',
    kind: 'truncate',
    tamper: async ({ a }) => {
      const older = await a.event(9)
      await a.deleteEvents([10, 11, 12])
      await a.setHead({ seq: 9, hash: older.hash, key_id: older.key_id!, signature: older.signature!, signed_at: older.signed_at! })
    },
    first: (s) => ({ code: 'missing', where: 'event', seq: 10, documentId: s.P }),
    also: (s) => [
      { code: 'missing', where: 'event', seq: 11, documentId: s.C },
      { code: 'missing', where: 'event', seq: 12, documentId: s.C },
    ],
  },
  {
    label: 'every receipt and the stored head deleted',
    kind: 'truncate',
    tamper: async ({ a }) => {
      await a.deleteEvents([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
      await a.deleteHead()
    },
    first: () => ({ code: 'missing', where: 'event', seq: 1, documentId: null }),
    also: (s) => [{ code: 'missing', where: 'event', seq: 12, documentId: s.C }],
  },
  {
    label: 'the stored head deleted',
    kind: 'delete',
    tamper: ({ a }) => a.deleteHead(),
    first: () => ({ code: 'head-missing', where: 'head' }),
  },
  {
    label: 'two receipts swapped (their seq exchanged)',
    kind: 'reorder',
    tamper: async ({ a }) => {
      await a.setEvent(8, { seq: 99 })
      await a.setEvent(9, { seq: 8 })
      await a.setEvent(99, { seq: 9 })
    },
    first: (s) => ({ code: 'prev-mismatch', where: 'event', seq: 8, documentId: s.S }),
  },
  {
    label: 'two receipts swapped and the chain re-hashed',
    kind: 'reorder',
    tamper: async ({ a }) => {
      await a.setEvent(4, { seq: 99 })
      await a.setEvent(6, { seq: 4 })
      await a.setEvent(99, { seq: 6 })
      await a.rehashFrom(4)
    },
    first: (s) => ({ code: 'signature-invalid', where: 'event', seq: 4, documentId: s.D }),
  },
  {
    label: 'a receipt inserted in the middle, the rest renumbered and re-hashed',
    kind: 'insert',
    tamper: async ({ a, D }) => {
      const opened = await a.event(10)
      await a.renumberFrom(8, 1)
      await a.insertEvent({ ...opened, seq: 8, document_id: D, actor_id: 'd-wang-jianguo', key_id: null, signature: null, signed_at: null })
      await a.rehashFrom(8)
    },
    first: (s) => ({ code: 'unsigned', where: 'event', seq: 8, documentId: s.D }),
  },
  {
    label: 'a signed receipt of another case copied in at the end and re-hashed',
    kind: 'insert',
    tamper: async ({ a, caseId }) => {
      const other = await servedCase()
      const foreign = await other.a.event(9)
      const last = await a.event(12)
      const row = { ...foreign, case_id: caseId, seq: 13, document_id: null, prev_hash: last.hash }
      await a.insertEvent({ ...row, hash: a.sha(`${last.hash}\n${a.canonicalJson(eventOf(row))}`) })
    },
    first: () => ({ code: 'signature-invalid', where: 'event', seq: 13, documentId: null }),
  },
  {
    label: 'a correctly hashed 签收 appended',
    kind: 'append',
    tamper: async ({ a, P }) => {
      const last = await a.event(12)
      const row = { ...last, seq: 13, document_id: P, type: 'signed', actor_id: 'd-zhang-guilan', detail_json: '{"by":"filer"}', prev_hash: last.hash }
      await a.insertEvent({ ...row, hash: a.sha(`${last.hash}\n${a.canonicalJson(eventOf(row))}`), key_id: null, signature: null, signed_at: null })
    },
    first: (s) => ({ code: 'unsigned', where: 'event', seq: 13, documentId: s.P }),
    also: () => [{ code: 'head-mismatch', where: 'head' }],
  },
  {
    label: 'a hashed 签收 appended with a signature copied from the last receipt, the head moved to it',
    kind: 'append',
    tamper: async ({ a, P }) => {
      const last = await a.event(12)
      const row = { ...last, seq: 13, document_id: P, type: 'signed', actor_id: 'd-zhang-guilan', detail_json: '{"by":"filer"}', prev_hash: last.hash }
      const hash = a.sha(`${last.hash}\n${a.canonicalJson(eventOf(row))}`)
      await a.insertEvent({ ...row, hash })
      await a.setHead({ seq: 13, hash })
    },
    first: (s) => ({ code: 'signature-invalid', where: 'event', seq: 13, documentId: s.P }),
    also: () => [{ code: 'head-invalid', where: 'head' }],
  },
  {
    label: 'a 签收 moved back 3 days and the rest re-hashed',
    kind: 'backdate-and-rehash',
    tamper: async ({ a }) => {
      await a.setEvent(9, { at: daysBefore((await a.event(9)).at, 3) })
      await a.rehashFrom(9)
    },
    first: (s) => ({ code: 'signature-invalid', where: 'event', seq: 9, documentId: s.S }),
  },
  {
    label: 'a 签收 moved back 3 days, re-hashed, signatures and the stored head stripped',
    kind: 'backdate-and-rehash',
    tamper: async ({ a }) => {
      await a.setEvent(9, { at: daysBefore((await a.event(9)).at, 3) })
      await a.rehashFrom(9)
      for (const seq of [9, 10, 11, 12]) await a.setEvent(seq, { key_id: null, signature: null, signed_at: null })
      await a.deleteHead()
    },
    first: (s) => ({ code: 'unsigned', where: 'event', seq: 9, documentId: s.S }),
    also: () => [{ code: 'head-missing', where: 'head' }],
  },
  {
    label: 'a 签收 moved back 3 days, re-hashed and re-signed with a key of the attacker’s own',
    kind: 'backdate-and-rehash',
    tamper: async ({ a }) => {
      await a.setEvent(9, { at: daysBefore((await a.event(9)).at, 3) })
      await a.rehashFrom(9)
      const own = a.ownKey()
      for (const r of (await a.events()).filter((e) => Number(e.seq) >= 9)) {
        await a.setEvent(Number(r.seq), { key_id: own.keyId, signature: own.signHead(Number(r.seq), r.hash, r.signed_at!) })
      }
      const last = await a.event(12)
      await a.setHead({ hash: last.hash, key_id: own.keyId, signature: last.signature! })
    },
    first: (s) => ({ code: 'key-unknown', where: 'event', seq: 9, documentId: s.S }),
    also: () => [{ code: 'head-invalid', where: 'head' }],
  },
  {
    label: 'a document’s text, its hash and its issued receipt edited, then re-hashed',
    kind: 'document',
    tamper: async ({ a, S }) => {
      const doc = await a.document(S)
      const content_json = doc.content_json.replace(/2026-12-10/g, '2026-12-11')
      const edited = { ...doc, content_json, content_sha256: a.sha(content_json) }
      await a.setDocument(S, { content_json, content_sha256: edited.content_sha256 })
      const issued = await a.event(2)
      const detail = { ...JSON.parse(issued.detail_json), contentSha256: edited.content_sha256, rowSha256: a.rowSha256(edited) }
      await a.setEvent(2, { detail_json: a.canonicalJson(detail) })
      await a.rehashFrom(2)
    },
    first: (s) => ({ code: 'signature-invalid', where: 'event', seq: 2, documentId: s.S }),
  },
  {
    label: 'a document’s text edited',
    kind: 'document',
    tamper: async ({ a, S }) => a.setDocument(S, { content_json: (await a.document(S)).content_json.replace(/2026-12-10/g, '2026-12-11') }),
    first: (s) => ({ code: 'document-content-mismatch', where: 'document', seq: 2, documentId: s.S }),
  },
  {
    label: 'two documents’ contents swapped',
    kind: 'document swap',
    tamper: async ({ a, P, D }) => {
      const [p, d] = [await a.document(P), await a.document(D)]
      await a.setDocument(P, { content_json: d.content_json, content_sha256: d.content_sha256 })
      await a.setDocument(D, { content_json: p.content_json, content_sha256: p.content_sha256 })
    },
    first: (s) => ({ code: 'document-content-mismatch', where: 'document', seq: 4, documentId: s.P }),
    also: (s) => [{ code: 'document-content-mismatch', where: 'document', seq: 6, documentId: s.D }],
  },
  {
    label: 'a document moved to the other party (recipient swapped)',
    kind: 'document swap',
    tamper: async ({ a, P, D }) => {
      const p = await a.document(P)
      await a.setDocument(D, { recipient_id_key: p.recipient_id_key })
    },
    first: (s) => ({ code: 'document-row-mismatch', where: 'document', seq: 6, documentId: s.D }),
  },
  {
    label: 'the last receipt deleted, then a genuine receipt written in its place',
    kind: 'delete',
    tamper: async ({ a, C }) => {
      await a.deleteEvents([12])
      await post(t, `/service/documents/${C}/open`, 'd-wang-jianguo')
    },
    first: (s) => ({ code: 'checkpoint-mismatch', where: 'event', seq: 12, documentId: s.C }),
  },
]

/** The hashed form of a stored row, as the attacker recomputes it. */
function eventOf(r: { case_id: string; seq: number; document_id: string | null; type: string; at: string; actor_id: string | null; detail_json: string }) {
  return { caseId: r.case_id, seq: r.seq, documentId: r.document_id, type: r.type, at: r.at, actorId: r.actor_id, detail: JSON.parse(r.detail_json) }
}

const tally = { tried: 0, detected: 0, pinpointed: 0 }

describe('the untouched record', () => {
  it('verifies, with a signed head and a checkpoint line for each of its 12 receipts', async () => {
    const s = await servedCase()
    const p = await proofOf(s.caseId)
    expect(p.failures).toEqual([])
    expect(p).toMatchObject({ verified: true, signedHead: { seq: 12, ok: true }, checkpoint: { seq: 12, lines: 12, ok: true } })
    expect(p.events.map((e: { type: string; documentId: string | null }) => `${e.type}:${[s.S, s.P, s.D, s.C].indexOf(e.documentId!)}`)).toEqual([
      'address-confirmed:-1',
      'issued:0',
      'delivered:0',
      'issued:1',
      'delivered:1',
      'issued:2',
      'delivered:2',
      'opened:0',
      'signed:0',
      'opened:1',
      'issued:3',
      'delivered:3',
    ])
  })
})

describe('tampering by someone with the database but not the key', () => {
  it.each(CASES.map((c, i) => ({ ...c, n: i + 1 })))('$n. $kind: $label — detected and pinpointed', async (c) => {
    const s = await servedCase()
    await c.tamper(s)
    const p = await proofOf(s.caseId)
    tally.tried++
    if (!p.verified) tally.detected++
    expect(p.verified).toBe(false)
    expect(p.failures[0]).toMatchObject(c.first(s))
    expect(p.failures).toEqual(expect.arrayContaining((c.also?.(s) ?? []).map((x) => expect.objectContaining(x))))
    // Every finding speaks Chinese to the judge and carries no raw English.
    for (const f of p.failures) expect(f.message).toMatch(/^[^A-Za-z]*$/)
    tally.pinpointed++
  })

  it(`detects and pinpoints all ${CASES.length}`, () => {
    expect(tally).toEqual({ tried: CASES.length, detected: CASES.length, pinpointed: CASES.length })
  })
})
