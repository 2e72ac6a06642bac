import { canonicalJson } from './canonicalJson'

/** One line of the checkpoint kept outside the database: a head, and which receipt made it. */
export interface CheckpointEntry {
  caseId: string
  seq: number
  hash: string
  /** the document the receipt is about, or null (a 送达地址确认书) */
  documentId: string | null
  /** the receipt's type, e.g. 'signed' */
  type: string
  signedAt: string
  keyId: string
}

export const CHECKPOINT_STATEMENT_TAG = 'mmc-service-checkpoint/1'

/**
 * The text the court signs for one checkpoint line: a tag line and the canonical JSON of the
 * entry. The whole line is signed (not only the head in it), so the document and receipt type a
 * line names are as trustworthy as its hash: when the database has lost a receipt, the
 * checkpoint still tells which document it was about.
 *
 * @param entry the line without its signature
 * @example checkpointStatement({ caseId: 'f-1', seq: 1, hash: 'ab', documentId: null, type: 'address-confirmed', signedAt: '…', keyId: 'k' })
 * // 'mmc-service-checkpoint/1\n{"caseId":"f-1","documentId":null,"hash":"ab","keyId":"k","seq":1,"signedAt":"…","type":"address-confirmed"}'
 */
export function checkpointStatement(entry: CheckpointEntry): string {
  const { caseId, seq, hash, documentId, type, signedAt, keyId } = entry
  return `${CHECKPOINT_STATEMENT_TAG}\n${canonicalJson({ caseId, seq, hash, documentId, type, signedAt, keyId })}`
}
