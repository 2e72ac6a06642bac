import { canonicalJson } from './canonicalJson'

/** The previous hash of a case's first event. */
export const GENESIS_HASH = '0'.repeat(64)

/**
 * 'enforcement-node': a step recorded on an enforcement case (执行节点), on the same chain as its service receipts.
 * 'served-on-paper': a 直接、邮寄 or 留置送达 the court recorded, with its day and proof.
 */
export type ServiceEventType = 'address-confirmed' | 'issued' | 'delivered' | 'opened' | 'signed' | 'published' | 'enforcement-node' | 'served-on-paper'

/** One receipt of a case's service record, as hashed (everything the chain vouches for). */
export interface ServiceEvent {
  caseId: string
  /** 1, 2, 3 … within the case */
  seq: number
  documentId: string | null
  type: ServiceEventType
  /** ISO 8601 instant with offset */
  at: string
  actorId: string | null
  detail: Record<string, unknown>
}

/**
 * The text whose SHA-256 is an event's hash: the previous event's hash, a newline, and the
 * canonical JSON of the event. Chaining makes the record append-only in effect: editing any
 * stored event changes its hash and breaks every link after it (在线诉讼规则 art. 31: the court
 * keeps a full trace, and the electronic receipt is the 送达回证).
 *
 * @param prevHash hex SHA-256 of the previous event, or {@link GENESIS_HASH} for the first
 * @param event the event
 * @example chainLinkInput(GENESIS_HASH, { caseId: 'f-1', seq: 1, documentId: 'd-1', type: 'issued', at: '2026-11-25T09:00:00.000+08:00', actorId: 's-judge-wang', detail: {} })
 * // '0000…0000\n{"actorId":"s-judge-wang","at":"2026-11-25T09:00:00.000+08:00","caseId":"f-1","detail":{},"documentId":"d-1","seq":1,"type":"issued"}'
 */
export function chainLinkInput(prevHash: string, event: ServiceEvent): string {
  return `${prevHash}\n${canonicalJson(event)}`
}
