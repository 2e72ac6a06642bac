export type EvidenceMime = 'image/jpeg' | 'image/png' | 'application/pdf'

/** 20 MB: the largest evidence file accepted, a phone photo or a scanned contract. */
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024

/**
 * The type of an evidence file judged by its first bytes, never by its name: JPEG (FF D8 FF),
 * PNG (89 50 4E 47 0D 0A 1A 0A) and PDF (%PDF-) are accepted; anything else — a renamed
 * program, a document with a forged ".jpg" — is not. Keeps what a court stores readable and
 * harmless (在线诉讼规则 art. 11 on electronic material).
 *
 * @param head at least the first 8 bytes of the file
 * @returns the MIME type, or null when the content is not an accepted type
 * @example sniffFileType(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37])) // 'application/pdf'
 */
export function sniffFileType(head: Uint8Array): EvidenceMime | null {
  const starts = (sig: number[]) => sig.every((b, i) => head[i] === b)
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'
  return null
}
