import { chainLinkInput, GENESIS_HASH, type ServiceEvent } from './chainLink'

export interface StoredLink {
  event: ServiceEvent
  prevHash: string
  hash: string
}

export type ChainBreak = 'seq-gap' | 'prev-mismatch' | 'hash-mismatch'

export type ChainVerdict =
  { ok: true; length: number; head: string } | { ok: false; length: number; brokenAt: { seq: number; reason: ChainBreak; message: string } }

const MESSAGES: Record<ChainBreak, string> = {
  'seq-gap': '记录的序号不连续，有记录被删除或插入',
  'prev-mismatch': '这条记录与上一条记录对不上，记录被改动过',
  'hash-mismatch': '这条记录的内容与其校验值不符，记录被改动过',
}

/**
 * Checks a case's receipt chain from the first event: sequence numbers run 1, 2, 3 … without a
 * gap, each event names the previous event's hash, and each stored hash is the SHA-256 of
 * {@link chainLinkInput}. Stops at the first event that fails, so a tampered row is pinpointed
 * (在线诉讼规则 art. 31: the electronic record is the service receipt; it must hold up).
 * The hash function is passed in, so the rule stays pure and runs wherever SHA-256 is available.
 *
 * @param links the stored events in seq order
 * @param sha256Hex hex SHA-256 of a UTF-8 string
 * @returns ok with the head hash, or the first broken seq, why, and a Chinese message
 * @example verifyChain([], sha) // { ok: true, length: 0, head: GENESIS_HASH }
 */
export function verifyChain(links: readonly StoredLink[], sha256Hex: (text: string) => string): ChainVerdict {
  let prev = GENESIS_HASH
  for (let i = 0; i < links.length; i++) {
    const link = links[i]
    const seq = link.event.seq
    const fail = (reason: ChainBreak): ChainVerdict => ({ ok: false, length: links.length, brokenAt: { seq, reason, message: MESSAGES[reason] } })
    if (seq !== i + 1) return fail('seq-gap')
    if (link.prevHash !== prev) return fail('prev-mismatch')
    if (sha256Hex(chainLinkInput(link.prevHash, link.event)) !== link.hash) return fail('hash-mismatch')
    prev = link.hash
  }
  return { ok: true, length: links.length, head: prev }
}
