import { type Draft, ENTERPRISE_RECOVERED_FEN, FROM, GOVERNMENT_RECOVERED_FEN, GOVERNMENT_UNRECOVERED_FEN, TO } from './ordosPlan'
import type { SeededRandom } from './seededRandom'

/** Integer parts of `total` in proportion to `weights`, summing to exactly `total` (largest remainders). */
export function allocate(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  const raw = weights.map((w) => (total * w) / sum)
  const parts = raw.map(Math.floor)
  let left = total - parts.reduce((a, b) => a + b, 0)
  const byRemainder = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0])
  for (let k = 0; left > 0; k = (k + 1) % byRemainder.length, left--) {
    const i = (byRemainder[k] as readonly [number, number])[1]
    parts[i] = (parts[i] as number) + 1
  }
  return parts
}

/** Recovered amounts from the shares; the enterprise and government cases closed within the period to the report's sums. */
export function fixAmounts(drafts: Draft[], rnd: SeededRandom): void {
  const inPeriod = (d: Draft) => d.closed !== undefined && d.closed >= FROM && d.closed <= TO
  for (const d of drafts) {
    if (d.kind === 'government' && !inPeriod(d)) d.appliedFen = Math.round(rnd.logNormal(8_000_000, 0.9)) * 100
    d.recoveredFen = Math.floor(d.appliedFen * d.share)
  }
  const enterprise = drafts.filter((d) => d.kind === 'enterprise' && inPeriod(d))
  const raw = enterprise.reduce((s, d) => s + d.recoveredFen, 0)
  const scale = ENTERPRISE_RECOVERED_FEN / raw
  allocate(
    ENTERPRISE_RECOVERED_FEN,
    enterprise.map((d) => d.recoveredFen),
  ).forEach((recovered, i) => {
    const d = enterprise[i] as Draft
    d.recoveredFen = recovered
    d.appliedFen = d.share > 0 ? Math.ceil(recovered / d.share) : Math.round((d.appliedFen * scale) / 100) * 100
  })
  const government = drafts.filter((d) => d.kind === 'government' && inPeriod(d))
  const performed = government.filter((d) => d.closure === 'performed')
  const others = government.filter((d) => d.closure !== 'performed')
  allocate(
    GOVERNMENT_RECOVERED_FEN,
    performed.map(() => rnd.logNormal(1, 0.8)),
  ).forEach((fen, i) => {
    const d = performed[i] as Draft
    d.appliedFen = fen
    d.recoveredFen = fen
  })
  allocate(
    GOVERNMENT_UNRECOVERED_FEN,
    others.map(() => rnd.logNormal(1, 0.8)),
  ).forEach((fen, i) => {
    const d = others[i] as Draft
    d.appliedFen = fen
    d.recoveredFen = 0
  })
}
