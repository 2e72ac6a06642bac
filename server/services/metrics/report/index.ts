import path from 'node:path'
import type { Kysely } from 'kysely'
import type { CourtQuery, ReportBody, ScorecardQuery } from '../../../../contract/metrics'
import type { Actor } from '../../../auth/actor'
import { shanghaiDay, type Clock } from '../../../clock'
import type { AppConfig } from '../../../config'
import type { Database } from '../../../db/schema'
import type { Transact } from '../../../db/query'
import { loadKeyRing } from '../../../signing'
import type { EnforcementService } from '../../enforcement'
import { scorecardsCsv } from '../scorecardCsv'
import { teamScorecards } from '../scorecard/scorecards'
import { generateReport } from './generateReport'
import { getReport, listReports, reportFile } from './readReports'
import type { ReportDeps } from './reportDeps'
import type { ReportLinkQuery } from './reportLinks'
import { reportLinks } from './reportLinks'
import type { ObjectStore } from '../../storage/objectStore'

/**
 * The team scorecards and the monthly 通报, bound once per app: the database, the clock, the
 * server's signing key ring (the one that signs 电子送达 receipts, so the court publishes one key),
 * the file store, and the enforcement 督办 list of a court. A court's 督办 list is read as its
 * 执行指挥中心 desk once the metrics scope has admitted the asker to that court.
 */
export function metricsReportsService(deps: {
  db: Kysely<Database>
  transact: Transact
  clock: Clock
  config: Pick<AppConfig, 'uploadDir' | 'jwtSecret' | 'serviceSigning'>
  enforcement: Pick<EnforcementService, 'wholeSupervision'>
  objects: ObjectStore
  env?: Record<string, string | undefined>
}) {
  const ctx: ReportDeps = {
    db: deps.db,
    transact: deps.transact,
    clock: deps.clock,
    today: () => shanghaiDay(deps.clock.now()),
    supervisionOf: (courtId, askerId) => deps.enforcement.wholeSupervision({ sub: askerId, role: 'admin', courtId }),
    objects: deps.objects,
    tmpDir: path.join(deps.config.uploadDir, 'tmp'),
    keys: loadKeyRing(deps.config.serviceSigning),
    links: reportLinks({ secret: deps.config.jwtSecret, nowMs: () => deps.clock.now().getTime() }),
    env: deps.env ?? process.env,
  }
  return {
    scorecards: (actor: Actor, q: ScorecardQuery) => teamScorecards(ctx, actor, q),
    scorecardsCsv: async (actor: Actor, q: ScorecardQuery) => {
      const reply = await teamScorecards(ctx, actor, q)
      return { csv: scorecardsCsv(reply), fileName: `${reply.court.name}执行团队周评估（${reply.weekFrom}至${reply.weekTo}）.csv` }
    },
    generate: (actor: Actor, body: ReportBody) => generateReport(ctx, actor, body),
    list: (actor: Actor, q: CourtQuery) => listReports(ctx, actor, q),
    one: (actor: Actor, id: string) => getReport(ctx, actor, id),
    file: (id: string, q: ReportLinkQuery) => reportFile(ctx, id, q),
  }
}
export type MetricsReportsService = ReturnType<typeof metricsReportsService>
