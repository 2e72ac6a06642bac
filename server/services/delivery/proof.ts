import { auditChain, type SignedLink } from '../../../domain/service/auditChain'
import { chainFailure, type ChainFailure, type ChainFailureCode } from '../../../domain/service/chainFailures'
import { GENESIS_HASH } from '../../../domain/service/chainLink'
import { receiptCode } from '../../../domain/service/receiptCode'
import { PARTY_ROLES, type Actor } from '../../auth/actor'
import { forbidden } from '../../errors'
import type { ServiceDocumentRow, ServiceEventRow } from '../../repositories/delivery'
import type { FilingRow } from '../../repositories/filings'
import { loadCase } from './access'
import { detailOf, sha256Hex, signedHeadOf, toEvent } from './chain'
import { documentRowSha256 } from './compose'
import { contentOf } from './content'
import type { DeliveryContext } from './context'

/** The record of service is the case's: its hearing court's staff and its parties (filer or named) may see it. */
async function mayReadRecord(ctx: DeliveryContext, actor: Actor, f: FilingRow) {
  if (ctx.cases.isHearingCourt(actor, f)) return true
  if (!PARTY_ROLES.includes(actor.role)) return false
  const rel = await ctx.cases.relation(actor, f)
  return rel === 'filer' || rel === 'named'
}

/** The uploaded PDF, read back from the object store (which re-hashes it), still is the one the document recorded. */
async function fileIntact(ctx: DeliveryContext, d: ServiceDocumentRow): Promise<boolean> {
  const content = contentOf(d)
  const row = d.file_id ? await ctx.files.byId(d.file_id) : undefined
  if (!row || !content.file || row.sha256 !== content.file.sha256) return false
  try {
    await ctx.objects.read(row.storage_name, content.file.sha256)
    return true
  } catch {
    return false
  }
}

/** What is wrong with a stored document against its `issued` receipt, if anything: its content, its row, its PDF. */
async function documentProblem(ctx: DeliveryContext, d: ServiceDocumentRow, issued: ServiceEventRow | undefined): Promise<ChainFailureCode | null> {
  if (!issued) return 'document-unrecorded'
  const detail = detailOf(issued)
  const recorded = String(detail.contentSha256 ?? '')
  if (sha256Hex(d.content_json) !== recorded || d.content_sha256 !== recorded) return 'document-content-mismatch'
  // Receipts from before the row was hashed have no rowSha256; the signature vouches for the detail as it is.
  if (detail.rowSha256 !== undefined && detail.rowSha256 !== documentRowSha256(d)) return 'document-row-mismatch'
  if (d.file_id && !(await fileIntact(ctx, d))) return 'document-file-mismatch'
  return null
}

/**
 * Every stored document against the `issued` receipt that recorded it (content, row, PDF), and
 * every `issued` receipt against a stored document. A document whose receipts failed is not ok
 * either: its record cannot be trusted.
 */
async function documentChecks(ctx: DeliveryContext, docs: ServiceDocumentRow[], rows: ServiceEventRow[], badSeqs: Set<number | null>) {
  const issuedOf = new Map(rows.filter((r) => r.type === 'issued' && r.document_id).map((r) => [r.document_id!, r]))
  const failures: ChainFailure[] = []
  const documents = []
  for (const d of docs) {
    const issued = issuedOf.get(d.id)
    const problem = await documentProblem(ctx, d, issued)
    const document = { title: d.title, recipient: d.recipient_name }
    if (problem) failures.push(chainFailure(problem, { seq: issued?.seq, documentId: d.id, document }))
    const receiptsOk = !rows.some((r) => r.document_id === d.id && badSeqs.has(r.seq))
    documents.push({
      id: d.id,
      title: d.title,
      recipient: d.recipient_name,
      contentSha256: issued ? String(detailOf(issued).contentSha256 ?? '') : '',
      ok: !problem && receiptsOk,
    })
  }
  const stored = new Set(docs.map((d) => d.id))
  for (const [id, r] of issuedOf) {
    if (stored.has(id)) continue
    const detail = detailOf(r)
    failures.push(
      chainFailure('document-missing', {
        seq: r.seq,
        documentId: id,
        document: { title: String(detail.title ?? '文书'), recipient: String(detail.recipient ?? '') },
      }),
    )
  }
  // In the order they were issued (their `issued` receipt), however the rows happen to be stored.
  return { documents, failures: failures.sort((x, y) => (x.seq ?? 0) - (y.seq ?? 0)) }
}

const linkOf = (r: ServiceEventRow): SignedLink => ({
  event: toEvent(r),
  prevHash: r.prev_hash,
  hash: r.hash,
  signature: r.key_id && r.signature && r.signed_at ? { keyId: r.key_id, signature: r.signature, signedAt: r.signed_at } : null,
})

/**
 * Whether the case's service record holds against someone who could write to the database but
 * not sign: every receipt re-hashed and its signed head verified with the court's public keys,
 * the stored signed head and the checkpoint outside the database compared with the receipts,
 * every document checked against its `issued` receipt (content, row, PDF re-hashed from disk).
 * Each failure names the receipt (seq) or document, with a Chinese sentence. Staff of the court
 * and the case's parties may ask.
 */
export async function proof(ctx: DeliveryContext, actor: Actor, caseId: string) {
  const f = await loadCase(ctx, caseId)
  if (!(await mayReadRecord(ctx, actor, f))) throw forbidden('这不是您的案件，无法查看送达记录')
  const rows = await ctx.delivery.eventsOfCase(f.id)
  const head = await ctx.delivery.headOf(f.id)
  const audit = auditChain({
    caseId: f.id,
    links: rows.map(linkOf),
    head: head ? { seq: head.seq, hash: head.hash, keyId: head.key_id, signature: head.signature, signedAt: head.signed_at } : null,
    checkpoint: await ctx.checkpoint.linesOf(f.id),
    sha256Hex,
    verify: ctx.keys.verify,
  })
  const eventFailures = audit.failures.filter((x) => x.where === 'event')
  const docs = await documentChecks(ctx, await ctx.delivery.documentsOfCase(f.id), rows, new Set(eventFailures.map((x) => x.seq)))
  const failures = [...eventFailures, ...docs.failures, ...audit.failures.filter((x) => x.where !== 'event')]
  const first = eventFailures[0]
  return {
    caseId: f.id,
    caseNumber: f.case_number!,
    verified: failures.length === 0,
    chain: first
      ? { ok: false, length: rows.length, head: null, brokenAt: { seq: first.seq!, reason: first.code, message: first.message } }
      : { ok: true, length: rows.length, head: rows[rows.length - 1]?.hash ?? GENESIS_HASH, brokenAt: null },
    signedHead: head
      ? {
          seq: head.seq,
          hash: head.hash,
          keyId: head.key_id,
          signature: head.signature,
          signedAt: head.signed_at,
          code: receiptCode(head.seq, head.hash, head.signature),
          ok: audit.headOk,
        }
      : null,
    checkpoint: audit.checkpoint,
    failures,
    documents: docs.documents,
    events: rows.map((r) => {
      const signed = signedHeadOf(r)
      return { ...toEvent(r), prevHash: r.prev_hash, hash: r.hash, keyId: r.key_id, signature: r.signature, signedAt: r.signed_at, code: signed?.code ?? null }
    }),
  }
}
