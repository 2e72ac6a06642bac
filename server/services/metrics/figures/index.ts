import type {
  BandedFigure,
  BandsBody,
  BandsReply,
  CourtQuery,
  EnforcementExplainReply,
  EnforcementFiguresReply,
  EnforcementTrendReply,
  ExplainQuery,
  MetricsQuery,
  MetricsScopeReply,
  TrialExplainQuery,
  TrialExplainReply,
  TrialFiguresReply,
  TrialTrendReply,
} from '../../../../contract/metrics'
import { calendarMonthsOf } from '../../../../domain/metrics/calendarMonthsOf'
import { metricTargetBandsWith } from '../../../../domain/metrics/metricTargetBandsWith'
import type { Actor } from '../../../auth/actor'
import { type Clock, shanghaiDay, shanghaiIso } from '../../../clock'
import type { Db } from '../../../db/connect'
import { forbidden } from '../../../errors'
import { enforcementFiguresSql } from '../enforcementSql'
import { resolveMetricsScope } from '../metricsScope'
import { bandViews, loadBands, overridesOf, type Bands } from './bands'
import { explainEnforcementSql } from './explainSql'
import { resolvePeriod } from './period'
import { trialFigureViews } from './trialViews'
import { explainTrialSql } from './trialExplainSql'
import { serviceFiguresSql, trialCountsOf, trialFiguresSql } from './trialSql'
import { countsOf, enforcementFigureViews, subjectOf, subsetViews } from './views'

export interface FiguresDeps {
  store: Db
  clock: Clock
}

const ENFORCEMENT_BANDS: readonly BandedFigure[] = ['closureRate', 'withinLimitRate', 'terminationQualifiedRate', 'complaintClosureRate', 'recoveryRate']
const TRIAL_BANDS: readonly BandedFigure[] = ['trialClosureRate', 'trialWithinLimitRate', 'reviewOnTimeRate', 'mediationSuccessRate']
const only = (bands: Bands, figures: readonly BandedFigure[]): Bands =>
  Object.fromEntries(Object.entries(bands).filter(([f]) => figures.includes(f as BandedFigure))) as Bands

/** The court's target bands: read by whoever may see its figures, set by its own admin. */
function bandsUseCases(deps: FiguresDeps) {
  const db = deps.store.db
  return {
    /** GET /court/metrics/bands */
    async bands(actor: Actor, q: CourtQuery): Promise<BandsReply> {
      const s = await resolveMetricsScope(db, actor, { courtId: q.courtId, scope: 'court' })
      return { court: s.court, bands: bandViews(await loadBands(db, s.court.id)) }
    },

    /**
     * PUT /court/metrics/bands: an admin of the court replaces its settings (an intermediate
     * court's admin reads a basic court's bands but does not set them: each court sets its own).
     */
    async putBands(actor: Actor, q: CourtQuery, body: BandsBody): Promise<BandsReply> {
      const s = await resolveMetricsScope(db, actor, { courtId: q.courtId, scope: 'court' })
      if (actor.role !== 'admin' || actor.courtId !== s.court.id) throw forbidden('只有本院的管理员可以设定目标区间')
      const overrides = overridesOf(body)
      const bands = metricTargetBandsWith(overrides)
      const row = { bands_json: JSON.stringify(overrides), updated_by: actor.sub, updated_at: shanghaiIso(deps.clock.now()) }
      await db
        .insertInto('metric_bands')
        .values({ court_id: s.court.id, ...row })
        .onConflict((oc) => oc.column('court_id').doUpdateSet(row))
        .execute()
      return { court: s.court, bands: bandViews(bands) }
    },
  }
}

/**
 * The 执行指挥中心's figures: each use case authorizes through resolveMetricsScope (the asker's
 * court, or a basic court under their intermediate court), resolves the period, has the database
 * aggregate (never every case in memory) and replies with the court's bands.
 */
export function figuresService(deps: FiguresDeps) {
  const db = deps.store.db
  const today = () => shanghaiDay(deps.clock.now())
  const asked = async (actor: Actor, q: MetricsQuery) => {
    const scope = await resolveMetricsScope(db, actor, { courtId: q.courtId, scope: q.scope })
    const period = resolvePeriod(q, today())
    return { scope, period, figureScope: { courtIds: scope.courts.map((c) => c.id) }, subject: subjectOf(scope, period) }
  }

  return {
    /** GET /court/metrics/scope */
    async scope(actor: Actor): Promise<MetricsScopeReply> {
      const s = await resolveMetricsScope(db, actor, { scope: 'court' })
      return { court: s.court, level: s.level, basicCourts: s.basicCourts, today: today(), canEditBands: actor.role === 'admin' }
    },

    /** GET /court/metrics/enforcement */
    async enforcement(actor: Actor, q: MetricsQuery): Promise<EnforcementFiguresReply> {
      const a = await asked(actor, q)
      const [m, bands] = await Promise.all([enforcementFiguresSql(db, a.figureScope, a.period), loadBands(db, a.scope.court.id)])
      return { subject: a.subject, counts: countsOf(m), figures: enforcementFigureViews(m, bands), subsets: subsetViews(m) }
    },

    /** GET /court/metrics/enforcement/trend: one aggregation per calendar month of the period. */
    async enforcementTrend(actor: Actor, q: MetricsQuery): Promise<EnforcementTrendReply> {
      const a = await asked(actor, q)
      const months = await Promise.all(
        calendarMonthsOf(a.period).map(async (p) => ({ ...p, counts: countsOf(await enforcementFiguresSql(db, a.figureScope, p)) })),
      )
      return { subject: a.subject, months, bands: bandViews(only(await loadBands(db, a.scope.court.id), ENFORCEMENT_BANDS)) }
    },

    /** GET /court/metrics/enforcement/explain */
    async enforcementExplain(actor: Actor, q: ExplainQuery): Promise<EnforcementExplainReply> {
      const a = await asked(actor, q)
      const side = q.side ?? 'numerator'
      const page = await explainEnforcementSql(db, a.figureScope, a.period, {
        figure: q.figure,
        side,
        subset: q.subset,
        cursor: q.cursor,
        limit: q.limit ?? 20,
      })
      return { subject: a.subject, figure: q.figure, subset: q.subset ?? null, side, ...page }
    },

    /** GET /court/metrics/trial */
    async trial(actor: Actor, q: MetricsQuery): Promise<TrialFiguresReply> {
      const a = await asked(actor, q)
      const ids = a.figureScope.courtIds
      const [m, s, bands] = await Promise.all([
        trialFiguresSql(db, ids, a.period),
        serviceFiguresSql(db, deps.store.engine, ids, a.period),
        loadBands(db, a.scope.court.id),
      ])
      const counts = trialCountsOf(m, s)
      return { subject: a.subject, counts, figures: trialFigureViews(counts, bands) }
    },

    /** GET /court/metrics/trial/trend */
    async trialTrend(actor: Actor, q: MetricsQuery): Promise<TrialTrendReply> {
      const a = await asked(actor, q)
      const ids = a.figureScope.courtIds
      const months = await Promise.all(
        calendarMonthsOf(a.period).map(async (p) => {
          const [m, s] = await Promise.all([trialFiguresSql(db, ids, p), serviceFiguresSql(db, deps.store.engine, ids, p)])
          return { ...p, counts: trialCountsOf(m, s) }
        }),
      )
      return { subject: a.subject, months, bands: bandViews(only(await loadBands(db, a.scope.court.id), TRIAL_BANDS)) }
    },

    /** GET /court/metrics/trial/explain */
    async trialExplain(actor: Actor, q: TrialExplainQuery): Promise<TrialExplainReply> {
      const a = await asked(actor, q)
      const side = q.side ?? 'numerator'
      const page = await explainTrialSql(db, deps.store.engine, a.figureScope.courtIds, a.period, {
        figure: q.figure,
        side,
        cursor: q.cursor,
        limit: q.limit ?? 20,
      })
      return { subject: a.subject, figure: q.figure, side, ...page }
    },
    ...bandsUseCases(deps),
  }
}
export type FiguresService = ReturnType<typeof figuresService>
