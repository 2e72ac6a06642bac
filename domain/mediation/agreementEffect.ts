/**
 * Whether a mediation agreement has taken effect: “调解协议自各方当事人均完成电子签章之时起发生法律效力”
 * — 《人民法院在线调解规则》第十九条. An agreement settles a dispute between at least two parties,
 * so it is never in effect with fewer than two; it takes effect at the moment the last party signs.
 *
 * @param signatures one entry per party: the name and the signing instant (ISO 8601, all in the
 *   same +08:00 form so they order as text) or null while unsigned
 * @returns `effective`, `effectiveAt` (the last signature, or null), counts, and who has not signed yet
 * @example
 * agreementEffect([{ name: '张桂兰', signedAt: '2026-11-27T10:05:00+08:00' }, { name: '王建国', signedAt: null }])
 * // { effective: false, effectiveAt: null, signed: 1, total: 2, unsigned: ['王建国'] }
 */
export function agreementEffect(signatures: Array<{ name: string; signedAt: string | null }>): {
  effective: boolean
  effectiveAt: string | null
  signed: number
  total: number
  unsigned: string[]
} {
  const unsigned = signatures.filter((s) => !s.signedAt).map((s) => s.name)
  const times = signatures.map((s) => s.signedAt).filter((t): t is string => !!t)
  const effective = signatures.length >= 2 && unsigned.length === 0
  return {
    effective,
    effectiveAt: effective ? times.reduce((a, b) => (b > a ? b : a)) : null,
    signed: times.length,
    total: signatures.length,
    unsigned,
  }
}
