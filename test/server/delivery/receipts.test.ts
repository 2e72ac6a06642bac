import { createPublicKey, verify } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { canonicalJson } from '../../../domain/service/canonicalJson'
import { inChain } from '../../../server/services/delivery/chain'
import { checkpoint } from '../../../server/services/delivery/checkpoint'
import { deliveryContext } from '../../../server/services/delivery/context'
import { loadKeyRing, parsePublicKey } from '../../../server/signing'
import { freshStore, makeApp, type TestApp } from '../helpers'
import { acceptedCase } from '../fixtures'
import { TEST_SIGNING_KEY, TEST_SIGNING_KEY_2 } from '../signingKeys'
import { defendantConfirms, get, issue, post, SUMMONS } from './helpers'

const tmp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `court-${name}-`))
const publicB64 = (b64: string) => parsePublicKey(b64).export({ type: 'spki', format: 'der' }).toString('base64')

/** What an outsider does with GET /service/keys: fill in the published statement and check the signature with the published key. */
async function outsiderVerifies(t: TestApp, head: { caseId: string; seq: number; hash: string; signedAt: string; keyId: string; signature: string }) {
  const keys = (await t.app.inject({ method: 'GET', url: '/api/v1/service/keys' })).json()
  const key = keys.keys.find((k: { keyId: string }) => k.keyId === head.keyId)
  if (!key) return false
  const text = keys.headStatement
    .replace('{caseId}', head.caseId)
    .replace('{seq}', String(head.seq))
    .replace('{hash}', head.hash)
    .replace('{signedAt}', head.signedAt)
  return verify(null, Buffer.from(text, 'utf8'), createPublicKey(key.publicKey), Buffer.from(head.signature, 'hex'))
}

describe('receipts a party holds', () => {
  let t: TestApp
  let caseId: string
  const checkpointDir = tmp('receipts')
  beforeAll(async () => {
    t = await makeApp({ CHECKPOINT_DIR: checkpointDir })
    caseId = (await acceptedCase(t)).id
    await defendantConfirms(t, caseId)
  }, 180_000)
  afterAll(async () => {
    await t.close()
    fs.rmSync(checkpointDir, { recursive: true, force: true })
  }, 120_000)

  it('serves the public keys without sign-in, and an outsider can check a receipt with them', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/service/keys' })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({
      algorithm: 'Ed25519',
      signatureEncoding: 'hex',
      keys: [{ keyId: expect.stringMatching(/^[0-9a-f]{16}$/), current: true }],
    })
    const doc = (await issue(t, caseId, SUMMONS)).json().documents[0]
    expect(await outsiderVerifies(t, { caseId, ...doc.receipt })).toBe(true)
    expect(await outsiderVerifies(t, { caseId, ...doc.receipt, seq: doc.receipt.seq + 1 })).toBe(false)
  })

  it('gives each document the signed head after its latest receipt, and a new one once signed', async () => {
    const doc = (await issue(t, caseId, { kind: 'evidence-notice', recipients: [1] })).json().documents[0]
    const proofEvents = async () => (await get(t, `/service/${caseId}/proof`, 's-judge-wang')).json().events
    const atIssue = (await proofEvents()).filter((e: { documentId: string }) => e.documentId === doc.id).pop()
    expect(doc.receipt).toEqual({
      seq: atIssue.seq,
      hash: atIssue.hash,
      keyId: atIssue.keyId,
      signature: atIssue.signature,
      signedAt: atIssue.signedAt,
      code: atIssue.code,
    })
    expect(doc.receipt.code).toMatch(/^\d+-[0-9A-F]{8}-[0-9A-F]{4}$/)
    expect(doc.receipt.code).toBe(`${atIssue.seq}-${atIssue.hash.slice(0, 8)}-${atIssue.signature.slice(0, 4)}`.toUpperCase())
    const signed = (await post(t, `/service/documents/${doc.id}/sign`, 'd-wang-jianguo')).json()
    const last = (await proofEvents()).pop()
    expect(last).toMatchObject({ type: 'signed', documentId: doc.id })
    expect(signed.receipt).toMatchObject({ seq: last.seq, hash: last.hash, signature: last.signature })
    const inbox = (await get(t, '/service/inbox', 'd-wang-jianguo')).json()
    expect(inbox.documents.find((d: { id: string }) => d.id === doc.id).receipt.code).toBe(signed.receipt.code)
  })

  it('prints the full signed head on the paper copy', async () => {
    const doc = (await get(t, '/service/inbox', 'd-wang-jianguo')).json().documents[0]
    const page = (await get(t, `/service/documents/${doc.id}/print`, 'd-wang-jianguo')).body
    expect(page).toContain(`送达凭证编号 ${doc.receipt.code} · 第${doc.receipt.seq}条记录 · 记录校验值 ${doc.receipt.hash}`)
    expect(page).toContain(doc.receipt.signature)
  })

  it('puts the 送达凭证编号 into the SMS and the subscribe message', async () => {
    const doc = (await issue(t, caseId, { kind: 'response-notice', recipients: [1] })).json().documents[0]
    const outbox = (await get(t, '/admin/outbox', 's-admin-sun')).json().filter((m: { documentId: string }) => m.documentId === doc.id)
    expect(outbox.map((m: { channel: string }) => m.channel).sort()).toEqual(['sms', 'wechat'])
    for (const m of outbox) {
      expect(m.text).toContain(`送达凭证编号${doc.receipt.code}，请保留本短信。`)
      expect(m.text).not.toMatch(/seq|hash|signature/i)
    }
  })

  it('writes one signed line per receipt to a file per day, appended only', async () => {
    const files = fs.readdirSync(checkpointDir)
    expect(files).toEqual(['heads-2026-11-25.jsonl'])
    const lines = fs
      .readFileSync(path.join(checkpointDir, files[0]), 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l))
    const events = (await get(t, `/service/${caseId}/proof`, 's-judge-wang')).json().events
    expect(lines.map((l) => [l.seq, l.hash, l.documentId, l.type])).toEqual(events.map((e: Record<string, unknown>) => [e.seq, e.hash, e.documentId, e.type]))
    const key = createPublicKey((await t.app.inject({ method: 'GET', url: '/api/v1/service/keys' })).json().keys[0].publicKey)
    for (const { v, signature, ...entry } of lines) {
      expect(v).toBe(1)
      expect(verify(null, Buffer.from(`mmc-service-checkpoint/1\n${canonicalJson(entry)}`, 'utf8'), key, Buffer.from(signature, 'hex'))).toBe(true)
    }
    t.clock.set('2026-11-26T10:00:00+08:00')
    const next = (await issue(t, caseId, { kind: 'complaint-copy', recipients: [1] })).json().documents[0]
    expect(fs.readdirSync(checkpointDir).sort()).toEqual(['heads-2026-11-25.jsonl', 'heads-2026-11-26.jsonl'])
    expect(fs.readFileSync(path.join(checkpointDir, 'heads-2026-11-26.jsonl'), 'utf8')).toContain(next.id)
    expect((await get(t, `/service/${caseId}/proof`, 's-judge-wang')).json()).toMatchObject({ verified: true, checkpoint: { ok: true, seq: next.receipt.seq } })
  })
})

describe('a transaction that rolls back', () => {
  it('leaves no receipt, no head and no checkpoint line', async () => {
    const t = await makeApp()
    try {
      const caseId = (await acceptedCase(t)).id
      const keys = loadKeyRing(t.app.config.serviceSigning)
      const { repos, transact } = t.app.services
      const ctx = deliveryContext({
        ...repos,
        cases: t.app.services.cases,
        transact,
        notifier: { send: async () => ({ ok: false, error: 'x' }) },
        clock: t.clock,
        objects: t.app.objects,
        keys,
        checkpoint: checkpoint(keys, null),
      })
      const receipt = { documentId: null, type: 'address-confirmed' as const, at: ctx.nowIso(), actorId: null, detail: {} }
      await expect(
        inChain(ctx, caseId, async (append) => {
          await append(receipt)
          throw new Error('the next write failed')
        }),
      ).rejects.toThrow('the next write failed')
      expect(await repos.delivery.eventsOfCase(caseId)).toEqual([])
      expect(await repos.delivery.headOf(caseId)).toBeUndefined()
      expect(await ctx.checkpoint.linesOf(caseId)).toEqual([])
      await inChain(ctx, caseId, (append) => append(receipt))
      expect((await ctx.checkpoint.linesOf(caseId)).map((l) => l.seq)).toEqual([1])
    } finally {
      await t.close()
    }
  }, 180_000)
})

describe('key rotation', () => {
  let store: Awaited<ReturnType<typeof freshStore>>
  const checkpointDir = tmp('rotation')
  beforeAll(async () => {
    store = await freshStore()
  }, 180_000)
  afterAll(async () => {
    await store.drop()
    fs.rmSync(checkpointDir, { recursive: true, force: true })
  }, 120_000)
  const app = (env: Record<string, string>) => makeApp({ CHECKPOINT_DIR: checkpointDir, ...env }, undefined, store)

  it('keeps verifying what an earlier key signed, signs new receipts with the current key, and refuses a key no longer listed', async () => {
    const before = await app({ SERVICE_SIGNING_KEY: TEST_SIGNING_KEY })
    const caseId = (await acceptedCase(before)).id
    await defendantConfirms(before, caseId)
    const oldKeyId = (await before.app.inject({ method: 'GET', url: '/api/v1/service/keys' })).json().keys[0].keyId
    await before.close()

    const after = await app({ SERVICE_SIGNING_KEY: TEST_SIGNING_KEY_2, SERVICE_VERIFY_KEYS: publicB64(TEST_SIGNING_KEY) })
    const keys = (await after.app.inject({ method: 'GET', url: '/api/v1/service/keys' })).json().keys
    expect(keys.map((k: { keyId: string; current: boolean }) => k.current)).toEqual([true, false])
    expect(keys[1].keyId).toBe(oldKeyId)
    const doc = (await issue(after, caseId, SUMMONS)).json().documents[0]
    expect(doc.receipt.keyId).toBe(keys[0].keyId)
    const proof = (await get(after, `/service/${caseId}/proof`, 's-judge-wang')).json()
    expect(proof).toMatchObject({ verified: true, failures: [], signedHead: { keyId: keys[0].keyId, ok: true } })
    expect(proof.events.map((e: { keyId: string }) => e.keyId)).toEqual([oldKeyId, keys[0].keyId, keys[0].keyId])
    await after.close()

    const dropped = await app({ SERVICE_SIGNING_KEY: TEST_SIGNING_KEY_2 })
    const refused = (await get(dropped, `/service/${caseId}/proof`, 's-judge-wang')).json()
    expect(refused.verified).toBe(false)
    expect(refused.failures[0]).toMatchObject({ code: 'key-unknown', where: 'event', seq: 1 })
    await dropped.close()
  }, 180_000)
})
