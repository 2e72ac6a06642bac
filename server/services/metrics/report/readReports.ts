import type { CourtQuery, ReportView } from '../../../../contract/metrics'
import type { Actor } from '../../../auth/actor'
import { AppError, notFound } from '../../../errors'
import { resolveMetricsScope } from '../metricsScope'
import { requireCourtReader } from './generateReport'
import type { ReportDeps } from './reportDeps'
import type { ReportLinkQuery } from './reportLinks'
import { reportViews } from './reportView'

const missing = () => notFound('METRIC_REPORT_NOT_FOUND', '找不到这份监管通报')

/** GET /court/metrics/reports?courtId=: the court's kept reports, newest first, for its staff and the intermediate court's. */
export async function listReports(deps: ReportDeps, actor: Actor, query: CourtQuery): Promise<ReportView[]> {
  requireCourtReader(actor)
  const scope = await resolveMetricsScope(deps.db, actor, { courtId: query.courtId, scope: 'court' })
  const rows = await deps.db
    .selectFrom('metric_reports')
    .selectAll()
    .where('court_id', '=', scope.court.id)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute()
  return reportViews(deps.db, rows)
}

async function readable(deps: ReportDeps, actor: Actor, id: string) {
  requireCourtReader(actor)
  const row = await deps.db.selectFrom('metric_reports').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw missing()
  await resolveMetricsScope(deps.db, actor, { courtId: row.court_id, scope: 'court' })
  return row
}

/** GET /court/metrics/reports/:id: one report with a fresh five-minute link to its PDF. */
export async function getReport(deps: ReportDeps, actor: Actor, id: string): Promise<ReportView> {
  const [view] = await reportViews(deps.db, [await readable(deps, actor, id)])
  const link = deps.links.create(id, actor.sub)
  return { ...view, url: link.url, urlExpiresAt: link.expiresAt }
}

/**
 * GET /court/metrics/reports/:id/file?u&exp&sig: the PDF behind a report link. The link names the
 * user; who they are now (role, court, not disabled) is read again and must still be admitted to
 * the report's court.
 */
export async function reportFile(deps: ReportDeps, id: string, q: ReportLinkQuery): Promise<{ bytes: Buffer; name: string }> {
  const userId = deps.links.userFor(id, q)
  const user = await deps.db.selectFrom('users').select(['id', 'role', 'court_id', 'disabled_at']).where('id', '=', userId).executeTakeFirst()
  if (!user || user.disabled_at) throw new AppError(401, 'FILE_LINK_EXPIRED', '通报下载链接已过期，请返回后重新打开')
  const row = await readable(deps, { sub: user.id, role: user.role, courtId: user.court_id }, id)
  const file = await deps.db.selectFrom('files').selectAll().where('id', '=', row.file_id).executeTakeFirst()
  if (!file) throw missing()
  // Checked against the hash the report was signed over, wherever the store keeps it.
  return { bytes: await deps.objects.read(file.storage_name, row.sha256), name: file.original_name }
}
