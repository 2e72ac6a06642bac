import type { EnforcementComplaint, EnforcementMetricCase } from '../../../domain/metrics/types'
import { closeLater, drawDuration, durationZone, leadsFor, recoveryShare } from './ordosCaseShape'
import { type OrdosContext, ordosContext } from './ordosContext'
import type { OrdosCourt } from './ordosCourts'
import { fixAmounts } from './ordosAmounts'
import { BACKGROUND, CLOSED_PLAN, type Closure, day, type Draft, FIRST, FROM, OPEN_PLAN, TO, YEAR_END } from './ordosPlan'
import { finish } from './ordosRecords'
import { fitPerformedDays } from './fitPerformedDays'

export { ORDOS_PERIOD } from './ordosPlan'

/** A synthetic enforcement case: the shape the figures read, plus where it is and what the applicant brought. */
export interface OrdosEnforcementCase extends EnforcementMetricCase {
  courtId: string
  /** e.g. '（2021）内0622执1234号' */
  caseNumber: string
  /** property leads (财产线索) the applicant submitted */
  propertyLeads: number
}

/** A synthetic 执行信访 complaint, about one case. */
export interface OrdosComplaint extends EnforcementComplaint {
  courtId: string
  caseId: string
}

export interface OrdosYear {
  courts: readonly OrdosCourt[]
  /** sorted by filing day; numbered per court and year in that order */
  cases: OrdosEnforcementCase[]
  complaints: OrdosComplaint[]
}

/**
 * A deterministic synthetic year (2020–2021) of enforcement cases and 执行信访 complaints for
 * 鄂尔多斯市中级人民法院 and its basic courts (ORDOS_COURTS, ordosCourts.ts), built so that
 * `enforcementMetrics` over 2021-01-01..2021-10-31 reproduces the court's published January–October
 * figures exactly: 受理 24,951, 结案 20,122 (执结率 80.65 %), 有财产可供执行案件法定期限内结案率 89.49 %,
 * 终本合格率 100 %, 执行信访办结率 72.22 %, 执行完毕平均用时 90.26 天, 涉企 5,953 受理 / 3,087 结案 /
 * 42.99亿元 到位, 涉党政机关 50 受理 / 32 结案 / 6.97亿元 申请 / 2.52亿元 到位.
 *
 * How the figures are reached — by quotas, not by chance; chance only decides which case is which:
 * - 结案: 20,122 cases get a closing workday inside the period (months weighted), split by mode as
 *   `CLOSED_PLAN` (执行完毕 9,102, 终本 8,424, 终结 1,904, 销案 340, 不予执行 176, 驳回 176), each
 *   mode with its quota of enterprise and government cases. A case closed within the period is
 *   always 受理; 4,829 more are filed by 10-31 and not closed by then (a quarter filed in 2020,
 *   the 旧存 still open; a third closed in November or December), so 受理 = 24,951.
 * - 法定期限内: the six-month limit spans 181 to 184 days, so a with-property case closed at most
 *   181 + excludedDays days after filing is within it on any calendar, and one closed at least
 *   185 + excludedDays days after is over it. 10,202 with-property cases, 1,072 of them over.
 * - 终本: every one closed within the period has its checklist complete (no case closed by 终本
 *   within three months of filing, 《终本规定》第一条第（四）项).
 * - 平均用时: the 执行完毕 durations are drawn (mostly weeks to four months, 760 beyond the limit),
 *   then closing days are moved a few workdays at a time, inside the period and each case's
 *   zone, until they sum to 821,547 days.
 * - Amounts: drawn log-normally (natural persons around ¥50,000, enterprises around ¥500,000);
 *   the enterprise recoveries are then scaled to sum to exactly 42.99亿元 (执行完毕 recovers in full,
 *   others a share, the applied amount following from the share); the 32 government cases closed
 *   split 2.52亿元 among the 14 performed ones and 4.45亿元 unrecovered among the rest.
 * - Complaints: 180 received within the period, 130 closed by 10-31, the rest open or closed later.
 *   Background: 1,800 cases filed and closed in 2020 and 1,400 filed in November–December 2021,
 *   with complaints of their own, none of them in the figures.
 * Filing and closing days are working days of the published holiday table.
 *
 * The output is plain arrays (no class, no Date), so the enforcement tables can take it with a
 * mapping; a case's `closure` uses the figures' names (MetricClosure of domain/metrics). About 28,000 cases
 * in well under a second.
 *
 * @param seed PRNG seed (default 2021); any seed gives the same figures, another spread of cases
 * @returns courts, cases (sorted by filing day, numbered per court and year), complaints
 * @throws Error if the quotas cannot be placed (a changed plan that no longer fits the calendar)
 * @example
 * const year = generateOrdosYear()
 * enforcementMetrics({ ...ORDOS_PERIOD, cases: year.cases, complaints: year.complaints }).accepted // 24951
 */
export function generateOrdosYear(seed = 2021): OrdosYear {
  const ctx = ordosContext(seed)
  const drafts = [...closedWithinPeriod(ctx), ...openAtPeriodEnd(ctx), ...background(ctx)]
  fixAmounts(drafts, ctx.rnd)
  return finish(drafts, ctx.rnd, ctx.workdayIn, ctx.isWd)
}

/** The 20,122 cases closed within the period, by mode and quota; the 执行完毕 days then fitted to their sum. */
function closedWithinPeriod(ctx: OrdosContext): Draft[] {
  const { rnd } = ctx
  const drafts: Draft[] = []
  for (const closure of Object.keys(CLOSED_PLAN) as Closure[]) {
    const plan = CLOSED_PLAN[closure]
    const slots = ctx.kinds(plan)
    for (let i = 0; i < plan.total; i++) {
      const hasProperty = i < plan.withProperty
      const over = hasProperty && i < plan.overLimit
      const excludedDays =
        hasProperty && rnd.chance(over ? 0.15 : 0.06)
          ? rnd.int(10, over ? 40 : 90)
          : closure === 'terminated-this-round' && rnd.chance(0.03)
            ? rnd.int(15, 60)
            : 0
      const zone = durationZone(closure, hasProperty, over, excludedDays)
      const drawn = drawDuration(rnd, closure, hasProperty, over, excludedDays)
      let placed: [number, number] | null = null
      for (let t = 0; t < 50 && placed === null; t++) {
        const closed = ctx.closingDay()
        const filed = ctx.filingBefore(closed, drawn, zone[0], zone[1])
        if (filed !== null) placed = [filed, closed]
      }
      if (placed === null) throw new Error(`cannot place a ${closure} case in the period`)
      const d = ctx.draft(slots[i] as Draft['kind'], placed[0])
      Object.assign(d, { closed: placed[1], closure, hasProperty, excludedDays, zone })
      d.share = recoveryShare(rnd, closure, hasProperty)
      d.propertyLeads = leadsFor(rnd, closure, hasProperty)
      drafts.push(d)
    }
  }
  fitPerformedDays(
    drafts.filter((d) => d.closure === 'performed'),
    rnd,
    ctx.isWd,
  )
  return drafts
}

/** The 4,829 cases 受理 but not closed by the period's last day: a quarter 旧存 from 2020, a third closed in November–December. */
function openAtPeriodEnd(ctx: OrdosContext): Draft[] {
  const { rnd } = ctx
  return ctx.kinds(OPEN_PLAN).map((kind) => {
    const filed = rnd.chance(0.25) ? ctx.workdayIn(day('2020-03-01'), day('2020-12-31')) : ctx.workdayIn(FROM, TO)
    const d = ctx.draft(kind, filed)
    d.hasProperty = rnd.chance(0.5)
    d.propertyLeads = rnd.int(0, 3)
    d.share = rnd.chance(0.3) ? rnd.next() * 0.5 : 0
    if (rnd.chance(0.35)) closeLater(d, rnd, Math.max(filed + 20, TO + 1), YEAR_END, ctx.workdayIn)
    return d
  })
}

/** Cases outside the figures: filed and closed in 2020, and filed in November–December 2021. */
function background(ctx: OrdosContext): Draft[] {
  const { rnd } = ctx
  const drafts: Draft[] = []
  for (let i = 0; i < BACKGROUND.closedBefore; i++) {
    const d = ctx.draft(rnd.chance(0.2) ? 'enterprise' : 'other', ctx.workdayIn(FIRST, day('2020-11-30')))
    closeLater(d, rnd, d.filed + 5, FROM - 1, ctx.workdayIn)
    drafts.push(d)
  }
  for (let i = 0; i < BACKGROUND.filedAfter; i++) {
    const d = ctx.draft(rnd.chance(0.2) ? 'enterprise' : 'other', ctx.workdayIn(TO + 1, day('2021-12-24')))
    d.propertyLeads = rnd.int(0, 3)
    if (rnd.chance(0.3)) closeLater(d, rnd, d.filed + 3, YEAR_END, ctx.workdayIn)
    drafts.push(d)
  }
  return drafts
}
