import { randomUUID } from 'node:crypto'
import type { FilingData } from '../../../domain/filing/types'
import { canonicalJson } from '../../../domain/service/canonicalJson'
import { DOCUMENT_KINDS } from '../../../domain/service/documentKinds'
import { renderDocument, type AgreedPeriods } from '../../../domain/service/renderDocument'
import type { CasePartyRow, ServiceDocumentRow } from '../../repositories/delivery'
import { sha256Hex } from './chain'
import type { DocumentContent } from './content'
import type { Issuing } from './prepareIssue'

/** A template document (通知书, 传票 …) as the court's system writes it for one addressee; an uploaded one has no text here. */
function rendered(it: Issuing, party: CasePartyRow) {
  if (DOCUMENT_KINDS[it.input.kind].source !== 'template') return null
  const { row: f, data } = it.record
  const partyOf = (p: CasePartyRow) => ({
    side: p.side as 'plaintiff',
    name: p.name,
    address: data.parties[p.idx]?.address ?? '',
    ...(data.parties[p.idx]?.abroad === true ? { abroad: true } : {}),
  })
  const procedure = (f.procedure ?? data.procedure) as FilingData['procedure']
  return renderDocument({
    kind: it.input.kind,
    case: {
      caseNumber: f.case_number!,
      courtName: it.court?.name ?? '',
      courtPhone: it.court?.phone ?? '12368',
      procedure,
      parties: it.parties.map(partyOf),
      claims: data.claims,
      facts: data.facts,
      // The periods the judge recorded as agreed (《民诉法解释》第二百七十五条), small claims only.
      ...(procedure === 'small-claims' && f.agreed_periods_json ? { agreedPeriods: JSON.parse(f.agreed_periods_json) as AgreedPeriods } : {}),
      ...(it.input.execution ? { execution: it.input.execution } : {}),
    },
    recipient: partyOf(party),
    issuedOn: it.issuedOn,
    hearing: it.hearing ?? undefined,
  })
}

/** One party's document: its content, hashed as stored, and the row that records it. */
export function composeDocument(it: Issuing, party: CasePartyRow): ServiceDocumentRow {
  const f = it.record.row
  const text = rendered(it, party)
  const content: DocumentContent = {
    kind: it.input.kind,
    caseId: f.id,
    caseNumber: f.case_number!,
    recipient: { idx: party.idx, name: party.name, side: party.side },
    rendered: text,
    file: it.file,
    hearing: it.hearing,
    appealable: it.input.kind === 'ruling' && !!it.input.appealable,
    method: it.method,
    publicNotice: it.publicNotice,
  }
  const contentJson = canonicalJson(content)
  return {
    id: `doc-${randomUUID()}`,
    case_id: f.id,
    court_id: f.target_court_id,
    kind: it.input.kind,
    title: text?.title ?? DOCUMENT_KINDS[it.input.kind].name,
    method: it.method,
    party_idx: party.idx,
    recipient_id_key: party.id_key,
    recipient_name: party.name,
    recipient_side: party.side,
    content_json: contentJson,
    content_sha256: sha256Hex(contentJson),
    file_id: it.file?.id ?? null,
    appealable: content.appealable ? 1 : 0,
    issued_by: it.actorId,
    issued_at: it.issuedAt,
  }
}

/**
 * The SHA-256 of what a document row says beyond its content — who it is addressed to (the ID
 * key the inbox goes by), the court, the file, who issued it and when — recorded in its `issued`
 * receipt, so moving a document to another recipient or swapping rows shows in the proof.
 */
export function documentRowSha256(d: ServiceDocumentRow): string {
  return sha256Hex(
    canonicalJson({
      id: d.id,
      caseId: d.case_id,
      courtId: d.court_id,
      kind: d.kind,
      title: d.title,
      method: d.method,
      partyIdx: Number(d.party_idx),
      recipientIdKey: d.recipient_id_key,
      recipientName: d.recipient_name,
      recipientSide: d.recipient_side,
      contentSha256: d.content_sha256,
      fileId: d.file_id,
      appealable: Number(d.appealable),
      issuedBy: d.issued_by,
      issuedAt: d.issued_at,
    }),
  )
}
