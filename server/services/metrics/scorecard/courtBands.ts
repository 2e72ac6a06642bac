import { metricTargetBandsWith } from '../../../../domain/metrics/metricTargetBandsWith'
import type { Q } from '../../../db/query'
import type { CourtBands } from './figureViews'

/**
 * The court's target bands: the shipped defaults with the court's own settings (metric_bands) over
 * them. A court without settings gets the defaults.
 *
 * @param q the database or a transaction
 * @param courtId the court whose bands the figures are judged against
 */
export async function courtBands(q: Q, courtId: string): Promise<CourtBands> {
  const row = await q.selectFrom('metric_bands').select('bands_json').where('court_id', '=', courtId).executeTakeFirst()
  return metricTargetBandsWith(row ? (JSON.parse(row.bands_json) as Parameters<typeof metricTargetBandsWith>[0]) : {})
}
