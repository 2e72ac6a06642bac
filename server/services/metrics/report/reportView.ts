import type { ReportView } from '../../../../contract/metrics'
import type { MetricReportTable } from '../../../db/schemaMetrics'
import type { Q } from '../../../db/query'
import { reportMonth } from './reportMonth'
import { reportTitle } from './reportData'

/** Stored reports as the app shows them: court name, title, and who made them by name (never an id in the text). */
export async function reportViews(q: Q, rows: MetricReportTable[]): Promise<ReportView[]> {
  if (rows.length === 0) return []
  const courts = new Map(
    (
      await q
        .selectFrom('courts')
        .select(['id', 'name'])
        .where('id', 'in', [...new Set(rows.map((r) => r.court_id))])
        .execute()
    ).map((c) => [c.id, c.name]),
  )
  const users = new Map(
    (
      await q
        .selectFrom('users')
        .select(['id', 'display_name'])
        .where('id', 'in', [...new Set(rows.map((r) => r.created_by))])
        .execute()
    ).map((u) => [u.id, u.display_name]),
  )
  return rows.map((r) => {
    const name = courts.get(r.court_id) ?? ''
    return {
      id: r.id,
      court: { id: r.court_id, name },
      scope: r.scope,
      month: r.month,
      // The month is stored as reported; the title follows from it (the check against today does not apply to a stored one).
      title: reportTitle(name, reportMonth(r.month, '9999-12-31')),
      from: r.from_on,
      to: r.to_on,
      fileId: r.file_id,
      size: Number(r.size),
      sha256: r.sha256,
      signature: r.signature,
      keyId: r.key_id,
      createdAt: r.created_at,
      createdBy: users.get(r.created_by) ?? '',
      url: null,
      urlExpiresAt: null,
    }
  })
}
