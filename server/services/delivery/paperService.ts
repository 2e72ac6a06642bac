import { checkPaperService, PAPER_SERVICE_MODES, type PaperService, type PaperServiceInput } from '../../../domain/service/checkPaperService'
import type { ServiceDocumentKind } from '../../../domain/service/documentKinds'
import { PARTY_ROLES, type Actor } from '../../auth/actor'
import { AppError, badRequest, conflict, forbidden } from '../../errors'
import type { ServiceEventRow } from '../../repositories/delivery'
import { ISSUERS, loadDocument } from './access'
import { detailOf, inChain } from './chain'
import type { DeliveryContext } from './context'
import { readDocument } from './read'

/** The proof photos' formats the file store takes: a photo of the paper, or its scan as a PDF. */
const PROOF_MIMES = ['image/jpeg', 'image/png', 'application/pdf']

/** A proof file (a photo of the 送达回证, the postal receipt, the 留置 scene) that staff of this court uploaded. */
async function proofFile(ctx: DeliveryContext, actor: Actor, id: string | null, field: string) {
  if (!id) return null
  const file = await ctx.files.byId(id)
  const owner = file ? await ctx.users.byId(file.owner_id) : undefined
  if (!file || !owner || owner.court_id !== actor.courtId || PARTY_ROLES.includes(owner.role))
    throw badRequest('SERVICE_PAPER_FILE_UNKNOWN', '没有找到本院上传的这张照片，请重新上传', field)
  if (!PROOF_MIMES.includes(file.mime)) throw badRequest('SERVICE_PAPER_FILE_TYPE', '请上传照片（JPG、PNG）或扫描的 PDF', field)
  return { id: file.id, sha256: file.sha256 }
}

/** The first recorded paper service among a document's receipts, as its view shows it. */
export function paperServiceOf(events: ServiceEventRow[]) {
  const e = events.find((x) => x.type === 'served-on-paper')
  if (!e) return null
  const d = detailOf(e) as unknown as Omit<PaperService, 'receiptFileId' | 'recordFileId'> & {
    receiptFile: { id: string; sha256: string } | null
    recordFile: { id: string; sha256: string } | null
  }
  return {
    mode: d.mode,
    modeName: PAPER_SERVICE_MODES[d.mode].name,
    happenedOn: d.happenedOn,
    servedOn: d.servedOn,
    emsNumber: d.emsNumber,
    witnesses: d.witnesses,
    receiptFile: d.receiptFile,
    recordFile: d.recordFile,
    recordedAt: e.at,
  }
}

/**
 * Records that a document was served on paper — 直接送达, 邮寄送达 or 留置送达 — with its day and proof
 * (checkPaperService), as a `served-on-paper` receipt on the case's signed chain beside the
 * electronic ones: the proof photos enter the chain by their SHA-256, so swapping one shows in
 * the proof. From then the document counts as served on that day for its addressee, and the
 * periods that run from service follow it. Only the judges and clerks of the court hearing the
 * case may record it; a document is served on paper once (a second record is refused, 409).
 */
export async function recordPaperService(ctx: DeliveryContext, actor: Actor, documentId: string, input: PaperServiceInput) {
  const { doc, f, rel } = await loadDocument(ctx, actor, documentId)
  if (rel !== 'staff' || !ctx.cases.isHearingCourt(actor, f, ISSUERS)) throw forbidden('只有本案所在法院的法官或书记员可以登记送达情况')
  const checked = checkPaperService(input, { kind: doc.kind as ServiceDocumentKind, issuedOn: ctx.dayOf(doc.issued_at), today: ctx.today() })
  if (!checked.ok) throw new AppError(400, checked.problems[0].code, checked.problems[0].message, checked.problems[0].field, checked.problems)
  const r = checked.record
  const receiptFile = await proofFile(ctx, actor, r.receiptFileId, 'receiptFileId')
  const recordFile = await proofFile(ctx, actor, r.recordFileId, 'recordFileId')
  const at = ctx.nowIso()
  await inChain(ctx, f.id, async (append, trx) => {
    const before = await ctx.delivery.eventTypesOf(trx, doc.id)
    if (before.has('served-on-paper')) throw conflict('SERVICE_PAPER_ALREADY_RECORDED', '这份文书已经登记过纸质送达，不能重复登记')
    const detail = {
      mode: r.mode,
      happenedOn: r.happenedOn,
      servedOn: r.servedOn,
      emsNumber: r.emsNumber,
      witnesses: r.witnesses,
      receiptFile,
      recordFile,
      recipient: doc.recipient_name,
    }
    await append({ documentId: doc.id, type: 'served-on-paper', at, actorId: actor.sub, detail })
    await ctx.audit.record(
      {
        actorId: actor.sub,
        action: `service.served-${r.mode}`,
        subject: `filing:${f.id}`,
        detail: { document: doc.id, title: doc.title, recipient: doc.recipient_name, servedOn: r.servedOn },
        at,
      },
      trx,
    )
  })
  return readDocument(ctx, actor, documentId)
}
