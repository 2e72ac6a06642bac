import { Type, type Static } from 'typebox'
import type { RuleStatus } from '../domain/enforcement/rules'
import type { BandedFigure as DomainBandedFigure } from '../domain/metrics/metricTargetBands'
import type { EnforcementFigure as DomainEnforcementFigure, EnforcementSubset, MetricClosure, TrialFigure as DomainTrialFigure } from '../domain/metrics/types'
import { Day, Enum, Nullable } from './common'

/**
 * 执行指挥中心 and the court's quality figures (court staff: judge, clerk, admin). A court's staff
 * see their court; staff of an intermediate court also see each of its basic courts and all of them
 * together. Rates are unrounded fractions 0–1 (the screen shows percentages with two decimals) and
 * `null` when their denominator is 0 (shown "—"); money is integer fen; days 'YYYY-MM-DD'.
 *
 *   GET  /court/metrics/scope                                    → MetricsScopeReply   the courts the asker may look at
 *   GET  /court/metrics/enforcement?MetricsQuery                 → EnforcementFiguresReply   figures, bands, subsets
 *   GET  /court/metrics/enforcement/trend?MetricsQuery           → EnforcementTrendReply     month by month
 *   GET  /court/metrics/enforcement/explain?ExplainQuery         → EnforcementExplainReply   the cases behind a figure
 *   GET  /court/metrics/trial?MetricsQuery                       → TrialFiguresReply (for the president; incl. 电子送达)
 *   GET  /court/metrics/trial/trend?MetricsQuery                 → TrialTrendReply
 *   GET  /court/metrics/trial/explain?TrialExplainQuery          → TrialExplainReply
 *   GET  /court/metrics/bands?courtId=                           → BandsReply
 *   PUT  /court/metrics/bands?courtId=  BandsBody (admin)        → BandsReply
 *   GET  /court/metrics/scorecards?ScorecardQuery                → ScorecardsReply   weekly, per team, no ranking
 *   GET  /court/metrics/scorecards.csv?ScorecardQuery            → text/csv (UTF-8 with BOM, opens in Excel/WPS)
 *   GET  /court/metrics/reports?courtId=                         → ReportView[]      《执行指挥中心监管通报》 kept
 *   POST /court/metrics/reports  ReportBody (Idempotency-Key)    → ReportView        generate a month's report (PDF)
 *   GET  /court/metrics/reports/:id                              → ReportView        with a fresh 5-minute download link
 *
 * Errors: 400 METRIC_PERIOD_INVALID (field 'from' / 'to'), METRIC_FIGURE_INVALID ('figure' / 'subset'),
 * METRIC_BAND_INVALID (the figure), METRIC_CURSOR_INVALID ('cursor'); 403 METRIC_FORBIDDEN (another
 * court, a litigant, a mediator); 403 FORBIDDEN for a non-admin PUT; 404 METRIC_REPORT_NOT_FOUND.
 */

// ————————————————————————————————————————————— shared pieces

export const EnforcementFigure = Enum<DomainEnforcementFigure>(
  {
    closureRate: true,
    withinLimitRate: true,
    terminationQualifiedRate: true,
    complaintClosureRate: true,
    performedAverageDays: true,
    recoveryRate: true,
  },
  { title: '指标' },
)
export type EnforcementFigure = Static<typeof EnforcementFigure>

export const TrialFigure = Enum<DomainTrialFigure | 'deliveredWithinDayRate'>(
  {
    closureRate: true,
    withinLimitRate: true,
    averageTrialDays: true,
    reviewOnTimeRate: true,
    mediationSuccessRate: true,
    deliveredWithinDayRate: true,
  },
  { title: '指标' },
)
export type TrialFigure = Static<typeof TrialFigure>

export const Subset = Enum<EnforcementSubset>({ agricultural: true, enterprise: true, governmentDebtor: true }, { title: '案件类别' })
export type Subset = Static<typeof Subset>

export const BandedFigure = Enum<DomainBandedFigure>(
  {
    closureRate: true,
    withinLimitRate: true,
    terminationQualifiedRate: true,
    complaintClosureRate: true,
    recoveryRate: true,
    trialClosureRate: true,
    trialWithinLimitRate: true,
    reviewOnTimeRate: true,
    mediationSuccessRate: true,
  },
  { title: '指标' },
)
export type BandedFigure = Static<typeof BandedFigure>

export const Closure = Enum<MetricClosure>(
  { performed: true, 'terminated-this-round': true, terminated: true, withdrawn: true, 'not-enforced': true, rejected: true },
  { title: '结案方式' },
)
export type Closure = Static<typeof Closure>

/** 'month' = this calendar month up to today, 'year' = 1 January up to today, 'range' = from..to (both required). */
export const PeriodKind = Enum<'month' | 'year' | 'range'>({ month: true, year: true, range: true }, { title: '统计期间' })
export type PeriodKind = Static<typeof PeriodKind>

/**
 * 'court' = the court itself; for an intermediate court also 'area' = it and its basic courts
 * together (全市两级法院, what the 通报 reports) and 'basic' = its basic courts together. One basic
 * court alone: `courtId` of that court with 'court'.
 */
export const ScopeKind = Enum<'court' | 'area' | 'basic'>({ court: true, area: true, basic: true }, { title: '统计范围' })
export type ScopeKind = Static<typeof ScopeKind>

/** Which court, which courts, which period. Without `courtId` the asker's own court; without `period` 'year'. */
const metricsQueryFields = {
  courtId: Type.Optional(Type.String({ title: '法院', minLength: 1, maxLength: 64 })),
  scope: Type.Optional(ScopeKind),
  period: Type.Optional(PeriodKind),
  from: Type.Optional(Day('开始日期')),
  to: Type.Optional(Day('结束日期')),
}
export const MetricsQuery = Type.Object(metricsQueryFields)
export type MetricsQuery = Static<typeof MetricsQuery>

export const CourtBrief = Type.Object({ id: Type.String(), name: Type.String() })
export type CourtBrief = Static<typeof CourtBrief>

/** What a figure reply is about: the court (or the basic courts of an intermediate court) and the period, in words. */
export const MetricsSubject = Type.Object({
  court: CourtBrief,
  scope: ScopeKind,
  /** the courts counted: the court itself, it and its basic courts, or its basic courts */
  courts: Type.Array(CourtBrief),
  from: Type.String(),
  to: Type.String(),
  /** e.g. '2021年1月1日至2021年10月31日' */
  periodText: Type.String(),
  /** e.g. '鄂尔多斯市两级法院' (area), '鄂尔多斯市中级人民法院辖区基层法院' (basic), or the court's name */
  subjectText: Type.String(),
})
export type MetricsSubject = Static<typeof MetricsSubject>

export const BandPosition = Enum<'below' | 'within' | 'above' | 'no-data'>({ below: true, within: true, above: true, 'no-data': true })
export type BandPosition = Static<typeof BandPosition>

/** A target band (合理区间) as shown: its lines, where it comes from and how sure that is. */
export const BandView = Type.Object({
  figure: BandedFigure,
  name: Type.String(),
  min: Nullable(Type.Number()),
  max: Nullable(Type.Number()),
  /** e.g. '不低于90.00%' */
  text: Type.String(),
  source: Type.String(),
  status: Enum<RuleStatus>({ confirmed: true, 'one-source': true, unconfirmed: true }),
  /** true when the court set it (else the shipped default) */
  court: Type.Boolean(),
})
export type BandView = Static<typeof BandView>

/**
 * One figure on the dashboard: its value with numerator and denominator, as text, and against its band.
 * For 执行完毕平均用时 the value is days (numerator Σ days, denominator cases), and it has no band.
 */
export const FigureView = Type.Object({
  figure: Type.String(),
  /** e.g. '执结率' */
  name: Type.String(),
  value: Nullable(Type.Number()),
  numerator: Type.Number(),
  denominator: Type.Number(),
  /** e.g. '80.65%', '90.26天', '—' */
  text: Type.String(),
  /** e.g. '结案20,122件 / 受理24,951件' */
  detail: Type.String(),
  unit: Enum<'rate' | 'days'>({ rate: true, days: true }),
  band: Nullable(BandView),
  position: BandPosition,
  /** e.g. '低于目标区间（不低于90.00%）', '在目标区间内', '暂无数据', '未设目标区间' */
  positionText: Type.String(),
  /** whether GET …/explain lists its cases */
  explainable: Type.Boolean(),
})
export type FigureView = Static<typeof FigureView>

// ————————————————————————————————————————————— enforcement

/** The raw 执行 figures, the names and meanings of domain enforcementMetrics (rates null when their denominator is 0). */
export const EnforcementCounts = Type.Object({
  accepted: Type.Integer(),
  closed: Type.Integer(),
  closureRate: Nullable(Type.Number()),
  withPropertyClosed: Type.Integer(),
  withPropertyWithinLimit: Type.Integer(),
  withinLimitRate: Nullable(Type.Number()),
  terminated: Type.Integer(),
  terminationQualified: Type.Integer(),
  terminationQualifiedRate: Nullable(Type.Number()),
  complaintsReceived: Type.Integer(),
  complaintsClosed: Type.Integer(),
  complaintClosureRate: Nullable(Type.Number()),
  performedClosed: Type.Integer(),
  performedTotalDays: Type.Integer(),
  performedAverageDays: Nullable(Type.Number()),
  appliedFen: Type.Integer(),
  recoveredFen: Type.Integer(),
  recoveryRate: Nullable(Type.Number()),
})
export type EnforcementCounts = Static<typeof EnforcementCounts>

export const SubsetView = Type.Object({
  subset: Subset,
  /** '涉农' | '涉企' | '涉党政机关' */
  name: Type.String(),
  accepted: Type.Integer(),
  closed: Type.Integer(),
  closureRate: Nullable(Type.Number()),
  appliedFen: Type.Integer(),
  recoveredFen: Type.Integer(),
  recoveryRate: Nullable(Type.Number()),
  /** e.g. '受理5,953件，结案3,087件，执行到位42.99亿元' */
  text: Type.String(),
})
export type SubsetView = Static<typeof SubsetView>

/** GET /court/metrics/enforcement */
export const EnforcementFiguresReply = Type.Object({
  subject: MetricsSubject,
  counts: EnforcementCounts,
  /** in the order the report lists them: 执结率, 法定期限内, 终本合格率, 信访办结率, 平均用时, 到位率 */
  figures: Type.Array(FigureView),
  subsets: Type.Array(SubsetView),
})
export type EnforcementFiguresReply = Static<typeof EnforcementFiguresReply>

/** One month of a trend, clipped to the period. */
export const EnforcementTrendMonth = Type.Object({
  /** 'YYYY-MM' */
  month: Type.String(),
  from: Type.String(),
  to: Type.String(),
  counts: EnforcementCounts,
})
export type EnforcementTrendMonth = Static<typeof EnforcementTrendMonth>

/** GET /court/metrics/enforcement/trend: a month's 受理 counts the cases pending at its first day, so months do not add up. */
export const EnforcementTrendReply = Type.Object({
  subject: MetricsSubject,
  months: Type.Array(EnforcementTrendMonth),
  bands: Type.Array(BandView),
})
export type EnforcementTrendReply = Static<typeof EnforcementTrendReply>

/** Which side of a figure: the cases counted above the line, or below it. */
export const ExplainSide = Enum<'numerator' | 'denominator'>({ numerator: true, denominator: true }, { title: '分子或分母' })
export type ExplainSide = Static<typeof ExplainSide>

export const ExplainQuery = Type.Object({
  ...metricsQueryFields,
  figure: EnforcementFigure,
  side: Type.Optional(ExplainSide),
  subset: Type.Optional(Subset),
  /** opaque, from the previous page's `nextCursor` */
  cursor: Type.Optional(Type.String({ title: '翻页位置', maxLength: 200 })),
  /** default 20, at most 100 */
  limit: Type.Optional(Type.Integer({ title: '每页条数', minimum: 1, maximum: 100 })),
})
export type ExplainQuery = Static<typeof ExplainQuery>

/**
 * A case behind a figure. `linkId` opens it: GET /court/enforcement/cases/:linkId. For the 信访 figure
 * the rows are complaints (`kind` 'complaint'), each with its case's number and the case's `linkId`.
 */
export const ExplainCase = Type.Object({
  kind: Enum<'case' | 'complaint'>({ case: true, complaint: true }),
  /** the case's id, or the complaint's */
  id: Type.String(),
  linkId: Type.String(),
  /** e.g. '（2021）内0622执1234号' ('未立案' before a number is given) */
  caseNumber: Type.String(),
  courtName: Type.String(),
  /** 立案之日 (a complaint: the day received) */
  filedOn: Type.String(),
  closedOn: Nullable(Type.String()),
  closure: Nullable(Closure),
  /** '执行完毕' …, '未结' */
  closureName: Type.String(),
  appliedFen: Type.Integer(),
  recoveredFen: Type.Integer(),
  /** e.g. '立案后186天结案，超过法定期限' — why it is counted where it is */
  note: Type.String(),
})
export type ExplainCase = Static<typeof ExplainCase>

/** GET /court/metrics/enforcement/explain */
export const EnforcementExplainReply = Type.Object({
  subject: MetricsSubject,
  figure: EnforcementFigure,
  subset: Nullable(Subset),
  side: ExplainSide,
  /** e.g. '执结率的分子：期间内结案的案件' */
  title: Type.String(),
  numerator: Type.Integer(),
  denominator: Type.Integer(),
  /** the rows of this side in all (= numerator or denominator) */
  total: Type.Integer(),
  items: Type.Array(ExplainCase),
  /** null on the last page */
  nextCursor: Nullable(Type.String()),
})
export type EnforcementExplainReply = Static<typeof EnforcementExplainReply>

// ————————————————————————————————————————————— trial (for the president)

/** The raw 审判 figures, the names of domain trialMetrics, plus 电子送达 delivered within a day of sending. */
export const TrialCounts = Type.Object({
  accepted: Type.Integer(),
  closed: Type.Integer(),
  closureRate: Nullable(Type.Number()),
  closedWithinLimit: Type.Integer(),
  withinLimitRate: Nullable(Type.Number()),
  trialTotalDays: Type.Integer(),
  averageTrialDays: Nullable(Type.Number()),
  filingsDecided: Type.Integer(),
  filingsOnTime: Type.Integer(),
  reviewOnTimeRate: Nullable(Type.Number()),
  mediationsClosed: Type.Integer(),
  mediationsAgreed: Type.Integer(),
  mediationSuccessRate: Nullable(Type.Number()),
  /** 电子送达 sent within the period (to a party, by the system) */
  servicesSent: Type.Integer(),
  /** of them, delivered (read/confirmed or deemed served) within 24 hours of sending */
  servicesWithinDay: Type.Integer(),
  deliveredWithinDayRate: Nullable(Type.Number()),
})
export type TrialCounts = Static<typeof TrialCounts>

/** GET /court/metrics/trial */
export const TrialFiguresReply = Type.Object({
  subject: MetricsSubject,
  counts: TrialCounts,
  /** 结案率, 审限内结案率, 平均审理天数, 立案审查按期率, 诉前调解成功率, 电子送达一日内送达率 */
  figures: Type.Array(FigureView),
})
export type TrialFiguresReply = Static<typeof TrialFiguresReply>

export const TrialTrendMonth = Type.Object({ month: Type.String(), from: Type.String(), to: Type.String(), counts: TrialCounts })
export type TrialTrendMonth = Static<typeof TrialTrendMonth>

/** GET /court/metrics/trial/trend */
export const TrialTrendReply = Type.Object({ subject: MetricsSubject, months: Type.Array(TrialTrendMonth), bands: Type.Array(BandView) })
export type TrialTrendReply = Static<typeof TrialTrendReply>

export const TrialExplainQuery = Type.Object({
  ...metricsQueryFields,
  figure: TrialFigure,
  side: Type.Optional(ExplainSide),
  cursor: Type.Optional(Type.String({ title: '翻页位置', maxLength: 200 })),
  limit: Type.Optional(Type.Integer({ title: '每页条数', minimum: 1, maximum: 100 })),
})
export type TrialExplainQuery = Static<typeof TrialExplainQuery>

/**
 * A record behind a trial figure: a case or a filing (`linkId` → GET /court/filings/:linkId), a
 * mediation (`linkId` → the mediation), or a 电子送达 (`linkId` → the case's filing).
 */
export const TrialExplainItem = Type.Object({
  kind: Enum<'case' | 'filing' | 'mediation' | 'service'>({ case: true, filing: true, mediation: true, service: true }),
  id: Type.String(),
  linkId: Type.String(),
  /** the case number, or '立案申请' / '诉前调解' when there is none yet */
  caseNumber: Type.String(),
  startedOn: Type.String(),
  endedOn: Nullable(Type.String()),
  note: Type.String(),
})
export type TrialExplainItem = Static<typeof TrialExplainItem>

/** GET /court/metrics/trial/explain */
export const TrialExplainReply = Type.Object({
  subject: MetricsSubject,
  figure: TrialFigure,
  side: ExplainSide,
  title: Type.String(),
  numerator: Type.Integer(),
  denominator: Type.Integer(),
  total: Type.Integer(),
  items: Type.Array(TrialExplainItem),
  nextCursor: Nullable(Type.String()),
})
export type TrialExplainReply = Static<typeof TrialExplainReply>

// ————————————————————————————————————————————— scope and bands

/** GET /court/metrics/scope: the asker's court, and for an intermediate court its basic courts. */
export const MetricsScopeReply = Type.Object({
  court: CourtBrief,
  /** 'intermediate' | 'basic' */
  level: Enum<'intermediate' | 'basic'>({ intermediate: true, basic: true }),
  basicCourts: Type.Array(CourtBrief),
  /** today, in Asia/Shanghai, for the period pickers */
  today: Type.String(),
  canEditBands: Type.Boolean(),
})
export type MetricsScopeReply = Static<typeof MetricsScopeReply>

export const CourtQuery = Type.Object({ courtId: Type.Optional(Type.String({ title: '法院', minLength: 1, maxLength: 64 })) })
export type CourtQuery = Static<typeof CourtQuery>

/** GET/PUT /court/metrics/bands: every figure that has a band, after the court's settings. */
export const BandsReply = Type.Object({ court: CourtBrief, bands: Type.Array(BandView) })
export type BandsReply = Static<typeof BandsReply>

const BandLine = Type.Number({ title: '目标值', minimum: 0, maximum: 1 })

/** A figure's band as the court sets it: at least one of the lines; `null` removes the band (no default then either). */
export const BandSetting = Type.Object({ min: Type.Optional(BandLine), max: Type.Optional(BandLine) })
export type BandSetting = Static<typeof BandSetting>

/**
 * PUT /court/metrics/bands (admin of the court): the court's bands, replacing its earlier settings.
 * A figure left out keeps the shipped default.
 */
export const BandsBody = Type.Object({
  bands: Type.Array(Type.Object({ figure: BandedFigure, band: Nullable(BandSetting) }), { title: '目标区间', maxItems: 20 }),
})
export type BandsBody = Static<typeof BandsBody>

// ————————————————————————————————————————————— weekly team scorecards

/** `week`: any day of the week wanted (Monday to Sunday); without it, this week. */
export const ScorecardQuery = Type.Object({
  courtId: Type.Optional(Type.String({ title: '法院', minLength: 1, maxLength: 64 })),
  week: Type.Optional(Day('周')),
})
export type ScorecardQuery = Static<typeof ScorecardQuery>

/**
 * One team's week. `figures` are over the team's cases from 1 January to the week's Sunday (a
 * week alone is too few cases for a rate), each against the court's band; no rank, no order by
 * result (the teams come in the court's order of teams).
 */
export const TeamScorecard = Type.Object({
  teamId: Type.String(),
  teamName: Type.String(),
  /** e.g. '张法官（法官）、李助理（法官助理）…' */
  members: Type.String(),
  /** open cases of the team at the week's end */
  workload: Type.Integer(),
  /** cases assigned to the team during the week */
  received: Type.Integer(),
  /** cases the team closed during the week */
  closedThisWeek: Type.Integer(),
  /** 督办: nodes past their deadline on the team's open cases at the week's end */
  overdueNodes: Type.Integer(),
  counts: EnforcementCounts,
  figures: Type.Array(FigureView),
})
export type TeamScorecard = Static<typeof TeamScorecard>

/** GET /court/metrics/scorecards */
export const ScorecardsReply = Type.Object({
  court: CourtBrief,
  /** Monday and Sunday of the week */
  weekFrom: Type.String(),
  weekTo: Type.String(),
  /** e.g. '2021年第43周（10月25日至10月31日）' */
  weekText: Type.String(),
  /** the year-to-date period the figures are over */
  figuresFrom: Type.String(),
  teams: Type.Array(TeamScorecard),
  /** why there is no ranking (2024 质量指标 rules: for analysis, not to be ranked and circulated) */
  notice: Type.String(),
})
export type ScorecardsReply = Static<typeof ScorecardsReply>

// ————————————————————————————————————————————— 《执行指挥中心监管通报》

/**
 * POST /court/metrics/reports: the month to report on ('YYYY-MM'); without `courtId` the asker's
 * court; without `scope` 'area' for an intermediate court (两级法院), 'court' for a basic one.
 */
export const ReportBody = Type.Object({
  courtId: Type.Optional(Type.String({ title: '法院', minLength: 1, maxLength: 64 })),
  scope: Type.Optional(ScopeKind),
  month: Type.String({ title: '月份', pattern: '^20\\d\\d-(0[1-9]|1[0-2])$', maxLength: 7 }),
})
export type ReportBody = Static<typeof ReportBody>

/** A generated monthly report, kept with its SHA-256 and the server's Ed25519 signature over it. */
export const ReportView = Type.Object({
  id: Type.String(),
  court: CourtBrief,
  scope: ScopeKind,
  month: Type.String(),
  /** e.g. '鄂尔多斯市中级人民法院执行指挥中心监管通报（2021年10月）' */
  title: Type.String(),
  /** the period the figures are over: 1 January to the month's last day */
  from: Type.String(),
  to: Type.String(),
  fileId: Type.String(),
  size: Type.Integer(),
  sha256: Type.String(),
  /** base64url Ed25519 signature over 'metrics-report\n<id>\n<courtId>\n<month>\n<sha256>' */
  signature: Type.String(),
  keyId: Type.String(),
  createdAt: Type.String(),
  createdBy: Type.String(),
  /** a 5-minute signed link for the asker (GET, no header needed); only in GET /reports/:id and the POST reply */
  url: Nullable(Type.String()),
  urlExpiresAt: Nullable(Type.String()),
})
export type ReportView = Static<typeof ReportView>

/** The stable error codes of the metrics routes. */
export type MetricsErrorCode =
  'METRIC_PERIOD_INVALID' | 'METRIC_FIGURE_INVALID' | 'METRIC_BAND_INVALID' | 'METRIC_CURSOR_INVALID' | 'METRIC_FORBIDDEN' | 'METRIC_REPORT_NOT_FOUND'
