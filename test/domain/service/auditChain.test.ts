import { createHash, generateKeyPairSync, sign, verify } from 'node:crypto'
import fc from 'fast-check'
import { auditChain, type SignatureCheck, type SignedCheckpointEntry, type SignedHead, type SignedLink } from '../../../domain/service/auditChain'
import { chainFailure } from '../../../domain/service/chainFailures'
import { chainLinkInput, GENESIS_HASH, type ServiceEvent } from '../../../domain/service/chainLink'
import { checkpointStatement } from '../../../domain/service/checkpointStatement'
import { headStatement } from '../../../domain/service/headStatement'
import { receiptCode } from '../../../domain/service/receiptCode'

const sha256Hex = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex')
const court = generateKeyPairSync('ed25519')
const other = generateKeyPairSync('ed25519')
const signWith = (key: typeof court, text: string) => sign(null, Buffer.from(text, 'utf8'), key.privateKey).toString('hex')
const verifyCourt: SignatureCheck = (keyId, text, signature) =>
  keyId !== 'court' ? 'unknown-key' : verify(null, Buffer.from(text, 'utf8'), court.publicKey, Buffer.from(signature, 'hex')) ? 'ok' : 'bad'
const AT = '2026-11-25T09:00:00.000+08:00'
const TYPES = ['issued', 'delivered', 'opened', 'signed'] as const

/** A case's record as the server writes it: n receipts, each signed, the head, and a checkpoint line per receipt. */
function record(n: number, caseId = 'f-1') {
  const links: SignedLink[] = []
  const checkpoint: SignedCheckpointEntry[] = []
  let prev = GENESIS_HASH
  for (let seq = 1; seq <= n; seq++) {
    const event: ServiceEvent = { caseId, seq, documentId: 'd-1', type: TYPES[(seq - 1) % 4], at: AT, actorId: null, detail: { n: seq } }
    const hash = sha256Hex(chainLinkInput(prev, event))
    const signature = signWith(court, headStatement({ caseId, seq, hash, signedAt: AT }))
    links.push({ event, prevHash: prev, hash, signature: { keyId: 'court', signature, signedAt: AT } })
    const entry = { caseId, seq, hash, documentId: 'd-1', type: event.type, signedAt: AT, keyId: 'court' }
    checkpoint.push({ ...entry, signature: signWith(court, checkpointStatement(entry)) })
    prev = hash
  }
  const last = links[links.length - 1]
  const head: SignedHead | null = last ? { seq: n, hash: last.hash, keyId: 'court', signature: last.signature!.signature, signedAt: AT } : null
  return { caseId, links, head, checkpoint, sha256Hex, verify: verifyCourt }
}
type Rec = ReturnType<typeof record>

/** Re-links receipts from index i on, as someone who knows the hash but not the key would. */
function rehash(links: SignedLink[], from: number): SignedLink[] {
  let prev = from === 0 ? GENESIS_HASH : links[from - 1].hash
  return links.map((l, i) => {
    if (i < from) return l
    const hash = sha256Hex(chainLinkInput(prev, l.event))
    const out = { ...l, prevHash: prev, hash }
    prev = hash
    return out
  })
}

const firstOf = (r: Rec) => auditChain(r).failures[0]

describe('auditChain', () => {
  it('passes the record as written, the empty one too', () => {
    expect(auditChain(record(6))).toEqual({ failures: [], headOk: true, checkpoint: { seq: 6, lines: 6, ok: true } })
    expect(auditChain(record(0))).toEqual({ failures: [], headOk: true, checkpoint: { seq: null, lines: 0, ok: true } })
  })

  it('accepts receipts the checkpoint has not caught up with yet (a crash after commit): they are signed', () => {
    const r = record(5)
    expect(auditChain({ ...r, checkpoint: r.checkpoint.slice(0, 3) })).toMatchObject({ failures: [], checkpoint: { seq: 3, ok: true } })
  })

  it.each([
    { label: 'the last receipt dropped', change: (r: Rec) => ({ ...r, links: r.links.slice(0, -1) }), first: { code: 'missing', seq: 5 } },
    {
      label: 'the last two dropped and the head rolled back',
      change: (r: Rec) => ({
        ...r,
        links: r.links.slice(0, 3),
        head: { ...r.head!, seq: 3, hash: r.links[2].hash, signature: r.links[2].signature!.signature },
      }),
      first: { code: 'missing', seq: 4, documentId: 'd-1' },
    },
    {
      label: 'a receipt without a signature',
      change: (r: Rec) => ({ ...r, links: r.links.map((l, i) => (i === 2 ? { ...l, signature: null } : l)) }),
      first: { code: 'unsigned', seq: 3 },
    },
    {
      label: 'a receipt edited and the chain re-hashed',
      change: (r: Rec) => ({
        ...r,
        links: rehash(
          r.links.map((l, i) => (i === 1 ? { ...l, event: { ...l.event, at: '2026-11-22T09:00:00.000+08:00' } } : l)),
          1,
        ),
      }),
      first: { code: 'signature-invalid', seq: 2 },
    },
    {
      label: 'a receipt signed by a key the court does not know',
      change: (r: Rec) => ({ ...r, links: r.links.map((l, i) => (i === 0 ? { ...l, signature: { ...l.signature!, keyId: 'other' } } : l)) }),
      first: { code: 'key-unknown', seq: 1 },
    },
    { label: 'no stored head', change: (r: Rec) => ({ ...r, head: null }), first: { code: 'head-missing', where: 'head' } },
    {
      label: 'a head of another case',
      change: (r: Rec) => ({ ...r, caseId: 'f-2', links: record(5, 'f-2').links }),
      first: { code: 'head-invalid', where: 'head' },
    },
    {
      label: 'a stored head older than the record',
      change: (r: Rec) => ({ ...r, head: { ...r.head!, seq: 4, hash: r.links[3].hash, signature: r.links[3].signature!.signature } }),
      first: { code: 'head-mismatch', where: 'head' },
    },
    {
      label: 'a checkpoint line signed by someone else',
      change: (r: Rec) => ({ ...r, checkpoint: r.checkpoint.map((e, i) => (i === 1 ? { ...e, signature: signWith(other, checkpointStatement(e)) } : e)) }),
      first: { code: 'checkpoint-invalid', where: 'checkpoint', seq: 2 },
    },
    {
      label: 'a checkpoint line of another case',
      change: (r: Rec) => ({ ...r, checkpoint: [...r.checkpoint, record(1, 'f-9').checkpoint[0]] }),
      first: { code: 'checkpoint-invalid', where: 'checkpoint', seq: 1 },
    },
    {
      label: 'a seq the checkpoint knew with another hash (deleted, then reused)',
      change: (r: Rec) => ({
        ...r,
        checkpoint: r.checkpoint.map((e) =>
          e.seq === 5 ? { ...e, hash: 'a'.repeat(64), signature: signWith(court, checkpointStatement({ ...e, hash: 'a'.repeat(64) })) } : e,
        ),
      }),
      first: { code: 'checkpoint-mismatch', seq: 5 },
    },
    {
      label: 'a receipt in the middle dropped',
      change: (r: Rec) => ({ ...r, links: r.links.filter((l) => l.event.seq !== 3) }),
      first: { code: 'missing', seq: 3 },
    },
  ])('finds $label', ({ change, first }) => {
    const r = record(5)
    expect(firstOf(change(r) as Rec)).toMatchObject(first)
  })

  it('names a dropped receipt once, not again as a broken link after it', () => {
    const r = record(5)
    expect(auditChain({ ...r, links: r.links.filter((l) => l.event.seq !== 3) }).failures.map((f) => `${f.code}@${f.seq}`)).toEqual(['missing@3'])
  })

  it('pinpoints any edit of any receipt, re-hashed from there or not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.nat(), fc.boolean(), (n, k, again) => {
        const r = record(n)
        const i = k % n
        const edited = r.links.map((l, j) => (j === i ? { ...l, event: { ...l.event, detail: { n: -1 } } } : l))
        const failure = firstOf({ ...r, links: again ? rehash(edited, i) : edited })
        return failure.seq === i + 1 && failure.code === (again ? 'signature-invalid' : 'hash-mismatch')
      }),
    )
  })

  it('pinpoints any truncation, the stored head rolled back to match or not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 8 }), fc.nat(), fc.boolean(), (n, k, rollBack) => {
        const r = record(n)
        const keep = k % n
        const links = r.links.slice(0, keep)
        const head = rollBack && keep > 0 ? { ...r.head!, seq: keep, hash: links[keep - 1].hash, signature: links[keep - 1].signature!.signature } : r.head
        const failure = firstOf({ ...r, links, head })
        return failure.code === 'missing' && failure.seq === keep + 1
      }),
    )
  })
})

describe('what people read', () => {
  it.each([
    {
      label: 'a receipt',
      failure: chainFailure('missing', { seq: 5, type: 'signed' }),
      message: '第5条记录（签收）已从数据库中删除（法院签名的记录表明它存在过）',
    },
    { label: 'a receipt of unknown type', failure: chainFailure('missing', { seq: 1 }), message: '第1条记录已从数据库中删除（法院签名的记录表明它存在过）' },
    {
      label: 'a document',
      failure: chainFailure('document-content-mismatch', { document: { title: '传票', recipient: '王建国' } }),
      message: '《传票》（王建国）的内容与发出时不一致',
    },
    { label: 'the stored head', failure: chainFailure('head-mismatch', {}), message: '法院签名的最新记录摘要与现存记录对不上，记录或摘要被改动过' },
    { label: 'no stored head', failure: chainFailure('head-missing', {}), message: '本案送达记录缺少法院签名的最新记录摘要' },
    {
      label: 'a checkpoint line',
      failure: chainFailure('checkpoint-invalid', { seq: 2 }),
      message: '院外留存的第2条记录摘要的签名不符，院外留存的校验记录被改动过',
    },
  ])('says what is wrong with $label in Chinese', ({ failure, message }) => {
    expect(failure.message).toBe(message)
  })

  it('shortens a signed head to a code a person can read out', () => {
    expect(receiptCode(12, '3f9a1c2b'.padEnd(64, '0'), '7e41'.padEnd(128, '0'))).toBe('12-3F9A1C2B-7E41')
  })

  it('signs plain lines anyone can rebuild', () => {
    expect(headStatement({ caseId: 'f-1', seq: 3, hash: 'ab', signedAt: AT })).toBe(`mmc-service-chain-head/1\ncase:f-1\nseq:3\nhash:ab\nsigned-at:${AT}`)
    expect(checkpointStatement({ caseId: 'f-1', seq: 1, hash: 'ab', documentId: null, type: 'address-confirmed', signedAt: AT, keyId: 'k' })).toBe(
      `mmc-service-checkpoint/1\n{"caseId":"f-1","documentId":null,"hash":"ab","keyId":"k","seq":1,"signedAt":"${AT}","type":"address-confirmed"}`,
    )
  })
})
