import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { chainLinkInput, GENESIS_HASH, verifyChain, type ServiceEvent, type StoredLink } from '../../../domain'

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex')

function chain(events: Array<Omit<ServiceEvent, 'seq' | 'caseId'>>): StoredLink[] {
  let prev = GENESIS_HASH
  return events.map((e, i) => {
    const event: ServiceEvent = { caseId: 'f-1', seq: i + 1, ...e }
    const hash = sha(chainLinkInput(prev, event))
    const link = { event, prevHash: prev, hash }
    prev = hash
    return link
  })
}

const base = [
  {
    documentId: 'd-1',
    type: 'issued' as const,
    at: '2026-11-25T09:00:00.000+08:00',
    actorId: 's-judge-wang',
    detail: { kind: 'summons', contentSha256: 'ab' },
  },
  { documentId: 'd-1', type: 'delivered' as const, at: '2026-11-25T09:00:00.000+08:00', actorId: null, detail: { channel: 'app' } },
  { documentId: 'd-1', type: 'opened' as const, at: '2026-11-26T10:00:00.000+08:00', actorId: 'd-wang-jianguo', detail: {} },
  { documentId: 'd-1', type: 'signed' as const, at: '2026-11-26T10:01:00.000+08:00', actorId: 'd-wang-jianguo', detail: {} },
]

describe('chainLinkInput', () => {
  it('is the previous hash, a newline and the canonical event', () => {
    const e: ServiceEvent = { caseId: 'f-1', seq: 1, documentId: null, type: 'issued', at: 'x', actorId: null, detail: { b: 2, a: 1 } }
    expect(chainLinkInput(GENESIS_HASH, e)).toBe(
      `${'0'.repeat(64)}\n{"actorId":null,"at":"x","caseId":"f-1","detail":{"a":1,"b":2},"documentId":null,"seq":1,"type":"issued"}`,
    )
  })
})

describe('verifyChain', () => {
  it('accepts an empty chain with the genesis head', () => {
    expect(verifyChain([], sha)).toEqual({ ok: true, length: 0, head: GENESIS_HASH })
  })

  it('accepts an intact chain and reports its head', () => {
    const links = chain(base)
    expect(verifyChain(links, sha)).toEqual({ ok: true, length: 4, head: links[3].hash })
  })

  it.each([
    {
      label: 'an edited time',
      at: 3,
      edit: (l: StoredLink[]) => (l[2].event = { ...l[2].event, at: '2026-11-27T10:00:00.000+08:00' }),
      reason: 'hash-mismatch',
    },
    {
      label: 'an edited detail',
      at: 1,
      edit: (l: StoredLink[]) => (l[0].event = { ...l[0].event, detail: { kind: 'summons', contentSha256: 'cd' } }),
      reason: 'hash-mismatch',
    },
    {
      label: 'a re-hashed edit breaks the next link',
      at: 3,
      edit: (l: StoredLink[]) => {
        l[1].event = { ...l[1].event, at: '2026-11-20T09:00:00.000+08:00' }
        l[1].hash = sha(chainLinkInput(l[1].prevHash, l[1].event))
      },
      reason: 'prev-mismatch',
    },
    { label: 'a deleted event', at: 4, edit: (l: StoredLink[]) => l.splice(2, 1), reason: 'seq-gap' },
    { label: 'a wrong first previous hash', at: 1, edit: (l: StoredLink[]) => (l[0].prevHash = 'f'.repeat(64)), reason: 'prev-mismatch' },
  ])('pinpoints $label', ({ at, edit, reason }) => {
    const links = chain(base)
    edit(links)
    const verdict = verifyChain(links, sha)
    expect(verdict.ok).toBe(false)
    if (!verdict.ok) {
      expect(verdict.brokenAt.seq).toBe(at)
      expect(verdict.brokenAt.reason).toBe(reason)
      expect(verdict.brokenAt.message).toMatch(/记录/)
    }
  })

  it('detects any single changed event anywhere in a random chain', () => {
    const ev = fc.record({
      documentId: fc.option(fc.string(), { nil: null }),
      type: fc.constantFrom('issued' as const, 'delivered' as const, 'opened' as const, 'signed' as const),
      at: fc.string(),
      actorId: fc.option(fc.string(), { nil: null }),
      detail: fc.dictionary(fc.string(), fc.jsonValue()),
    })
    fc.assert(
      fc.property(fc.array(ev, { minLength: 1, maxLength: 8 }), fc.nat(), fc.string(), (events, pick, marker) => {
        const links = chain(events)
        expect(verifyChain(links, sha).ok).toBe(true)
        const i = pick % links.length
        const changed = { ...links[i].event, detail: { ...links[i].event.detail, tampered: marker } }
        links[i] = { ...links[i], event: changed }
        const verdict = verifyChain(links, sha)
        expect(verdict).toMatchObject({ ok: false, brokenAt: { seq: i + 1, reason: 'hash-mismatch' } })
      }),
    )
  })
})
