import type { BandedFigure, BandPosition, BandsBody, BandView } from '../../../../contract/metrics'
import { figureInBand } from '../../../../domain/metrics/figureInBand'
import type { MetricTargetBand } from '../../../../domain/metrics/metricTargetBands'
import { metricTargetBandsWith } from '../../../../domain/metrics/metricTargetBandsWith'
import type { Q } from '../../../db/query'
import { percent } from './words'

export type Bands = Partial<Record<BandedFigure, MetricTargetBand>>
type Overrides = Partial<Record<BandedFigure, { min?: number; max?: number } | null>>

/** The court's stored settings (metric_bands), {} when it set none. */
export async function courtOverrides(q: Q, courtId: string): Promise<Overrides> {
  const row = await q.selectFrom('metric_bands').select('bands_json').where('court_id', '=', courtId).executeTakeFirst()
  return row ? (JSON.parse(row.bands_json) as Overrides) : {}
}

/** The bands a court's figures are read against: the shipped defaults under the court's own lines. */
export async function loadBands(q: Q, courtId: string): Promise<Bands> {
  return metricTargetBandsWith(await courtOverrides(q, courtId))
}

/** The body of PUT /bands as the domain's overrides; a figure named twice keeps its last line. */
export function overridesOf(body: BandsBody): Overrides {
  const out: Overrides = {}
  for (const b of body.bands) out[b.figure] = b.band === null ? null : { ...b.band }
  return out
}

/** '不低于90.00%', '80.00%至95.00%', '不高于5.00%'. */
function bandText(b: MetricTargetBand): string {
  if (b.min !== undefined && b.max !== undefined) return `${percent(b.min)}至${percent(b.max)}`
  return b.min !== undefined ? `不低于${percent(b.min)}` : `不高于${percent(b.max ?? 1)}`
}

export function bandView(figure: BandedFigure, b: MetricTargetBand): BandView {
  return {
    figure,
    name: b.name,
    min: b.min ?? null,
    max: b.max ?? null,
    text: bandText(b),
    source: b.source,
    status: b.status,
    court: b.court === true,
  }
}

/** Every band, in the order of the figures. */
export const bandViews = (bands: Bands): BandView[] => (Object.entries(bands) as [BandedFigure, MetricTargetBand][]).map(([f, b]) => bandView(f, b))

/** Where a value sits against its band, and in words. */
export function position(value: number | null, band: MetricTargetBand | undefined): { position: BandPosition; positionText: string } {
  if (value === null) return { position: 'no-data', positionText: '暂无数据' }
  if (!band) return { position: 'no-data', positionText: '未设目标区间' }
  const p = figureInBand(value, band)
  const text = { below: `低于目标区间（${bandText(band)}）`, above: `高于目标区间（${bandText(band)}）`, within: '在目标区间内', 'no-data': '暂无数据' }[p]
  return { position: p, positionText: text }
}
