import { createHash, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { ReportBody, ReportView } from '../../../../contract/metrics'
import { COURT_READERS, type Actor } from '../../../auth/actor'
import { shanghaiDay, shanghaiIso } from '../../../clock'
import { orderedId } from '../../../db/ids'
import { AppError, forbidden } from '../../../errors'
import { resolveMetricsScope } from '../metricsScope'
import { CjkFontMissing, findCjkFont, type CjkFont } from '../reportFont'
import { reportData } from './reportData'
import { reportStatement, type ReportDeps } from './reportDeps'
import { reportMonth } from './reportMonth'
import { reportPdf } from './reportPdf'
import { reportViews } from './reportView'

/** Who may generate a 通报: it prints the 督办 list, which the court's judges and admin supervise (enforcement SUPERVISORS). */
export const REPORT_AUTHORS: readonly string[] = ['judge', 'admin']

function font(env: ReportDeps['env']): CjkFont {
  try {
    return findCjkFont(env)
  } catch (err) {
    if (err instanceof CjkFontMissing) throw new AppError(503, 'REPORT_FONT_MISSING', '服务器缺少中文字体，暂时无法生成监管通报，请联系管理员')
    throw err
  }
}

/**
 * POST /court/metrics/reports: generates the month's 《执行指挥中心监管通报》 as a PDF (reportData →
 * reportPdf), stores it in the file store like any file, and keeps it with its SHA-256 and the
 * server's Ed25519 signature over reportStatement, in one transaction (the request's
 * Idempotency-Key commits with it, so a repeat gets this report back). Staff of the court, or of
 * the intermediate court above it, who supervise (judges, admin) may generate; other staff may read.
 *
 * @param deps the database, clock, key ring, file store and links
 * @param actor who asks
 * @param body the month, and optionally the court and scope
 * @returns the stored report with a five-minute download link
 */
export async function generateReport(deps: ReportDeps, actor: Actor, body: ReportBody): Promise<ReportView> {
  const scope = await resolveMetricsScope(deps.db, actor, { courtId: body.courtId, scope: body.scope })
  if (!REPORT_AUTHORS.includes(actor.role)) throw forbidden('只有法官或执行指挥中心可以生成监管通报')
  const now = deps.clock.now()
  const period = reportMonth(body.month, shanghaiDay(now))
  const data = await reportData(deps, scope, period, actor.sub)
  const pdf = await reportPdf(data, font(deps.env), now)
  const sha256 = createHash('sha256').update(pdf).digest('hex')
  const id = orderedId('mr')
  const signed = deps.keys.sign(reportStatement({ id, courtId: scope.court.id, month: period.month, sha256 }))
  const fileId = `file-${randomUUID()}`
  // Through the object store like evidence, so every process (and the S3 bucket) has it; an
  // object left by a failed commit is only an unreferenced copy under its own hash.
  fs.mkdirSync(deps.tmpDir, { recursive: true })
  const tmp = path.join(deps.tmpDir, fileId)
  fs.writeFileSync(tmp, pdf, { flag: 'wx' })
  await deps.objects.putFile(sha256, tmp, pdf.length)
  const createdAt = shanghaiIso(now)
  const row = {
    id,
    court_id: scope.court.id,
    scope: scope.scope,
    month: period.month,
    from_on: period.from,
    to_on: period.to,
    file_id: fileId,
    size: pdf.length,
    sha256,
    signature: Buffer.from(signed.signature, 'hex').toString('base64url'),
    key_id: signed.keyId,
    created_by: actor.sub,
    created_at: createdAt,
  }
  await deps.transact(async (q) => {
    await q
      .insertInto('files')
      .values({
        id: fileId,
        owner_id: actor.sub,
        original_name: `${data.title}.pdf`,
        mime: 'application/pdf',
        size: pdf.length,
        sha256,
        storage_name: sha256,
        created_at: createdAt,
      })
      .execute()
    await q.insertInto('metric_reports').values(row).execute()
  })
  const [view] = await reportViews(deps.db, [row])
  const link = deps.links.create(id, actor.sub)
  return { ...view, url: link.url, urlExpiresAt: link.expiresAt }
}

/** Only court staff read reports; checked before anything is looked up. */
export const requireCourtReader = (actor: Actor) => {
  if (!COURT_READERS.includes(actor.role) || !actor.courtId) throw forbidden('只有法院工作人员可以查看监管通报')
}
