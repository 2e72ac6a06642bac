/**
 * The short form of a signed chain head that a party keeps: 送达凭证编号, e.g. `12-3F9A1C2B-7E41`
 * — the receipt's place in the case's record, the start of its hash and the start of the court's
 * signature, in capitals a person can read out on the phone. It identifies the full head (seq,
 * hash, signature) in the proof; it is not itself a proof. A record that has lost receipts no
 * longer has the party's code in it.
 *
 * @param seq the head's sequence number
 * @param hash hex SHA-256 of the head
 * @param signature hex Ed25519 signature of the head
 * @example receiptCode(12, '3f9a1c2b…', '7e41…') // '12-3F9A1C2B-7E41'
 */
export function receiptCode(seq: number, hash: string, signature: string): string {
  return `${seq}-${hash.slice(0, 8)}-${signature.slice(0, 4)}`.toUpperCase()
}
