import { CHECKPOINT_STATEMENT_TAG } from '../../../domain/service/checkpointStatement'
import { HEAD_STATEMENT_TAG } from '../../../domain/service/headStatement'
import type { DeliveryContext } from './context'

/**
 * The court's public keys for 电子送达 receipts, and the exact texts they sign, so a party, a
 * lawyer or another court can check a receipt or a whole proof without this software. Earlier
 * keys stay listed while they are configured: what they signed still verifies.
 */
export function publishedKeys(ctx: DeliveryContext) {
  return {
    algorithm: 'Ed25519' as const,
    signatureEncoding: 'hex' as const,
    headStatement: `${HEAD_STATEMENT_TAG}\ncase:{caseId}\nseq:{seq}\nhash:{hash}\nsigned-at:{signedAt}`,
    checkpointStatement: `${CHECKPOINT_STATEMENT_TAG}\n{caseId, documentId, hash, keyId, seq, signedAt, type as canonical JSON: keys sorted, no spaces}`,
    keys: ctx.keys.publicKeys(),
  }
}
