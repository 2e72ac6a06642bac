import { chainFailure, type ChainFailure } from './chainFailures'
import { chainLinkInput, GENESIS_HASH, type ServiceEvent } from './chainLink'
import { checkpointStatement, type CheckpointEntry } from './checkpointStatement'
import { headStatement } from './headStatement'

/** A stored receipt with the court's signature of the head it made (null where none was stored). */
export interface SignedLink {
  event: ServiceEvent
  prevHash: string
  hash: string
  signature: { keyId: string; signature: string; signedAt: string } | null
}

/** The signed head the database keeps for the case. */
export interface SignedHead {
  seq: number
  hash: string
  keyId: string
  signature: string
  signedAt: string
}

/** A checkpoint line as read back from outside the database. */
export interface SignedCheckpointEntry extends CheckpointEntry {
  signature: string
}

/** Checks a signature with the court's public keys: `unknown-key` when no configured key has that id. */
export type SignatureCheck = (keyId: string, text: string, signature: string) => 'ok' | 'bad' | 'unknown-key'

export interface ChainAuditInput {
  caseId: string
  /** the stored receipts, in seq order */
  links: readonly SignedLink[]
  head: SignedHead | null
  /** every checkpoint line naming this case */
  checkpoint: readonly SignedCheckpointEntry[]
  sha256Hex: (text: string) => string
  verify: SignatureCheck
}

export interface ChainAudit {
  /** findings about receipts (by seq), then the stored head, then the checkpoint */
  failures: ChainFailure[]
  /** the stored head is there, signed by a court key, and is the last stored receipt */
  headOk: boolean
  /** the checkpoint's latest seq for the case (null: it names none) and whether the record agrees with it */
  checkpoint: { seq: number | null; lines: number; ok: boolean }
}

type Known = Map<number, SignedCheckpointEntry[]>

/** One receipt against the chain, its signature and the checkpoint; null when it holds. */
function linkFailure(input: ChainAuditInput, link: SignedLink, prev: string, known: Known): ChainFailure | null {
  const { seq, type, documentId } = link.event
  const at = { seq, type, documentId }
  if (link.prevHash !== prev) return chainFailure('prev-mismatch', at)
  if (input.sha256Hex(chainLinkInput(link.prevHash, link.event)) !== link.hash) return chainFailure('hash-mismatch', at)
  if (!link.signature) return chainFailure('unsigned', at)
  const { keyId, signature, signedAt } = link.signature
  const check = input.verify(keyId, headStatement({ caseId: input.caseId, seq, hash: link.hash, signedAt }), signature)
  if (check !== 'ok') return chainFailure(check === 'unknown-key' ? 'key-unknown' : 'signature-invalid', at)
  // Signed, yet the checkpoint once held another receipt here: the original was deleted and the seq reused.
  const replaced = (known.get(seq) ?? []).find((e) => e.hash !== link.hash)
  if (replaced) return chainFailure('checkpoint-mismatch', { seq, type: replaced.type, documentId: replaced.documentId })
  return null
}

/** Walks the stored receipts from the first: a missing seq is named as missing, each other receipt is checked on its own. */
function linkFailures(input: ChainAuditInput, known: Known, missing: Set<number>): ChainFailure[] {
  const failures: ChainFailure[] = []
  let prev = GENESIS_HASH
  let expected = 1
  for (const link of input.links) {
    const seq = link.event.seq
    if (seq < expected) {
      failures.push(chainFailure('seq-gap', { seq, type: link.event.type, documentId: link.event.documentId }))
      continue
    }
    if (seq > expected) {
      for (let s = expected; s < seq; s++) missing.add(s)
      // Judge this receipt by the link it names; the gap before it is reported once, as missing.
      prev = link.prevHash
    }
    const failure = linkFailure(input, link, prev, known)
    if (failure) failures.push(failure)
    prev = link.hash
    expected = seq + 1
  }
  return failures
}

/** The stored head: present when there are receipts, signed, and naming the last one. */
function headFailures(input: ChainAuditInput, missing: Set<number>): ChainFailure[] {
  const { head, links, caseId } = input
  const last = links[links.length - 1]
  if (!head) return links.length > 0 ? [chainFailure('head-missing', {})] : []
  const statement = headStatement({ caseId, seq: head.seq, hash: head.hash, signedAt: head.signedAt })
  if (input.verify(head.keyId, statement, head.signature) !== 'ok') return [chainFailure('head-invalid', {})]
  const lastSeq = last?.event.seq ?? 0
  if (head.seq > lastSeq) {
    for (let s = lastSeq + 1; s <= head.seq; s++) missing.add(s)
    return []
  }
  const at = links.find((l) => l.event.seq === head.seq)
  return at && at.hash === head.hash && head.seq === lastSeq ? [] : [chainFailure('head-mismatch', {})]
}

/** Checkpoint lines whose signature fails; the valid ones by seq. */
function readCheckpoint(input: ChainAuditInput) {
  const known: Known = new Map()
  const failures: ChainFailure[] = []
  for (const e of input.checkpoint) {
    if (e.caseId !== input.caseId || input.verify(e.keyId, checkpointStatement(e), e.signature) !== 'ok') {
      failures.push(chainFailure('checkpoint-invalid', { seq: e.seq }))
      continue
    }
    known.set(e.seq, [...(known.get(e.seq) ?? []), e])
  }
  return { known, failures }
}

/**
 * Checks a case's service record as a court would have to trust it, against an attacker who can
 * write to the database but does not hold the court's signing key: every receipt is re-hashed and
 * linked to the one before (an edit without re-hashing), every receipt's signed head is verified
 * (an edit re-hashed from there on, a forged or inserted receipt), the signed head stored for the
 * case must be the last receipt (a truncated or extended record), and the signed checkpoint kept
 * outside the database must agree (a truncation with the stored head rolled back, a deleted
 * receipt whose seq was later reused). Each finding names the receipt — and, for a deleted one,
 * the document the checkpoint says it was about (在线诉讼规则 art. 31).
 *
 * Hashing and signature checks are passed in, so the rule stays pure.
 *
 * @param input the stored receipts, the stored head, the checkpoint lines of the case, and the checks
 * @returns the findings in order (none when the record holds), and whether the head and the checkpoint agree
 * @example auditChain({ caseId: 'f-1', links: [], head: null, checkpoint: [], sha256Hex, verify }) // { failures: [], headOk: true, checkpoint: { seq: null, lines: 0, ok: true } }
 */
export function auditChain(input: ChainAuditInput): ChainAudit {
  const { known, failures: lineFailures } = readCheckpoint(input)
  const missing = new Set<number>()
  const events = linkFailures(input, known, missing)
  const head = headFailures(input, missing)
  const lastSeq = input.links[input.links.length - 1]?.event.seq ?? 0
  const checkpointSeq = known.size > 0 ? Math.max(...known.keys()) : null
  for (let s = lastSeq + 1; s <= (checkpointSeq ?? 0); s++) missing.add(s)
  const gone = [...missing]
    .sort((a, b) => a - b)
    .map((seq) => {
      const e = known.get(seq)?.[0]
      return chainFailure('missing', { seq, type: e?.type ?? null, documentId: e?.documentId ?? null })
    })
  const eventFailures = [...events, ...gone].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0))
  const checkpointOk =
    lineFailures.length === 0 && !eventFailures.some((f) => f.code === 'checkpoint-mismatch' || (f.code === 'missing' && f.seq! <= (checkpointSeq ?? 0)))
  return {
    failures: [...eventFailures, ...head, ...lineFailures],
    headOk: head.length === 0 && !(input.head && input.head.seq > lastSeq),
    checkpoint: { seq: checkpointSeq, lines: input.checkpoint.length, ok: checkpointOk },
  }
}
