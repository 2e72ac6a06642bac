import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { verifyChain } from '../../../domain/service/verifyChain'
import { PARTY_ROLES, type Actor } from '../../auth/actor'
import { forbidden } from '../../errors'
import type { ServiceDocumentRow, ServiceEventRow } from '../../repositories/delivery'
import type { FilingRow } from '../../repositories/filings'
import { loadCase } from './access'
import { detailOf, sha256Hex, toEvent } from './chain'
import { contentOf } from './content'
import type { DeliveryContext } from './context'

/** The record of service is the case's: its hearing court's staff and its parties (filer or named) may see it. */
async function mayReadRecord(ctx: DeliveryContext, actor: Actor, f: FilingRow) {
  if (ctx.cases.isHearingCourt(actor, f)) return true
  if (!PARTY_ROLES.includes(actor.role)) return false
  const rel = await ctx.cases.relation(actor, f)
  return rel === 'filer' || rel === 'named'
}

/** The uploaded PDF, re-hashed from disk, still is the one the document recorded. */
async function fileIntact(ctx: DeliveryContext, d: ServiceDocumentRow): Promise<boolean> {
  const content = contentOf(d)
  const row = d.file_id ? await ctx.files.byId(d.file_id) : undefined
  if (!row || !content.file || row.sha256 !== content.file.sha256) return false
  const hash = createHash('sha256')
  try {
    await pipeline(fs.createReadStream(path.join(ctx.uploadDir, 'files', row.storage_name)), hash)
  } catch {
    return false
  }
  return hash.digest('hex') === content.file.sha256
}

/** A document's stored content still hashes to what its `issued` receipt recorded (and its PDF too). */
async function documentIntact(ctx: DeliveryContext, d: ServiceDocumentRow, rows: ServiceEventRow[]) {
  const issued = rows.find((r) => r.document_id === d.id && r.type === 'issued')
  const recorded = issued ? String(detailOf(issued).contentSha256 ?? '') : ''
  let ok = !!issued && sha256Hex(d.content_json) === recorded && d.content_sha256 === recorded
  if (ok && d.file_id) ok = await fileIntact(ctx, d)
  return { id: d.id, title: d.title, recipient: d.recipient_name, contentSha256: recorded, ok }
}

/**
 * The case's receipt chain and whether it holds: every link re-hashed from the stored rows, every
 * document's stored content checked against the hash its `issued` receipt recorded, and an
 * uploaded PDF re-hashed from disk. Staff of the court and the case's parties may ask.
 */
export async function proof(ctx: DeliveryContext, actor: Actor, caseId: string) {
  const f = await loadCase(ctx, caseId)
  if (!(await mayReadRecord(ctx, actor, f))) throw forbidden('这不是您的案件，无法查看送达记录')
  const rows = await ctx.delivery.eventsOfCase(f.id)
  const verdict = verifyChain(
    rows.map((r) => ({ event: toEvent(r), prevHash: r.prev_hash, hash: r.hash })),
    sha256Hex,
  )
  const documents = []
  for (const d of await ctx.delivery.documentsOfCase(f.id)) documents.push(await documentIntact(ctx, d, rows))
  return {
    caseId: f.id,
    caseNumber: f.case_number!,
    verified: verdict.ok && documents.every((d) => d.ok),
    chain: verdict.ok
      ? { ok: true, length: verdict.length, head: verdict.head, brokenAt: null }
      : { ok: false, length: verdict.length, head: null, brokenAt: verdict.brokenAt },
    documents,
    events: rows.map((r) => ({ ...toEvent(r), prevHash: r.prev_hash, hash: r.hash })),
  }
}
