/** What the court's key vouches for: one case's chain as it stood after one receipt. */
export interface ChainHead {
  caseId: string
  /** the number of receipts the chain then held (the last one's seq) */
  seq: number
  /** hex SHA-256 of that last receipt (see chainLinkInput) */
  hash: string
  /** ISO 8601 instant the server signed it */
  signedAt: string
}

/** The first line of every head statement: names the format, so a later version can never be read as this one. */
export const HEAD_STATEMENT_TAG = 'mmc-service-chain-head/1'

/**
 * The exact text the court signs (Ed25519) for a chain head. Plain lines, not JSON, so anyone can
 * rebuild it from the proof and the public key at /api/v1/service/keys without this code. Since
 * each receipt's hash covers the one before, a signature over the head vouches for every receipt
 * up to it; a signed seq also fixes the length, so a deleted last receipt shows
 * (在线诉讼规则 art. 31: the electronic record is the service receipt and must hold up).
 *
 * @param head the case, the length of its chain, the last receipt's hash and when it was signed
 * @example headStatement({ caseId: 'f-1', seq: 3, hash: 'ab…', signedAt: '2026-11-25T09:00:00.000+08:00' })
 * // 'mmc-service-chain-head/1\ncase:f-1\nseq:3\nhash:ab…\nsigned-at:2026-11-25T09:00:00.000+08:00'
 */
export function headStatement(head: ChainHead): string {
  return [HEAD_STATEMENT_TAG, `case:${head.caseId}`, `seq:${head.seq}`, `hash:${head.hash}`, `signed-at:${head.signedAt}`].join('\n')
}
