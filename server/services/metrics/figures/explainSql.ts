import { sql, type Expression, type SqlBool } from 'kysely'
import type { EnforcementFigure, ExplainCase, ExplainSide, Subset } from '../../../../contract/metrics'
import type { MetricClosure, MetricPeriod } from '../../../../domain/metrics/types'
import type { Q } from '../../../db/query'
import { badRequest } from '../../../errors'
import { acceptedWhere, roleSql, type FigureScope } from '../enforcementSql'
import { decodeCursor, encodeCursor } from './cursor'
import { CLOSURE_NAMES, dayText, moneyText } from './words'

const SUBSET_COLUMNS: Readonly<Record<Subset, string>> = { agricultural: 'agricultural', enterprise: 'enterprise', governmentDebtor: 'government_debtor' }

const NAMES: Readonly<Record<EnforcementFigure, [string, string, string]>> = {
  closureRate: ['执结率', '期间内结案的案件', '期间内受理的案件（旧存加新收）'],
  withinLimitRate: ['有财产可供执行案件法定期限内结案率', '在法定期限内结案的有财产案件', '期间内结案的有财产可供执行案件'],
  terminationQualifiedRate: ['无财产可供执行案件终本合格率', '终本合格的案件', '期间内以终结本次执行程序结案的案件'],
  complaintClosureRate: ['执行信访办结率', '期末前办结的信访', '期间内收到的执行信访'],
  performedAverageDays: ['执行完毕平均用时', '期间内执行完毕的案件（用时相加）', '期间内执行完毕的案件'],
  recoveryRate: ['执行到位率', '期间内结案且有执行款到位的案件', '期间内结案的案件（申请执行标的相加）'],
}

/** The WHERE of one side of a case figure, over rows already 受理 in the period. */
function sideWhere(figure: Exclude<EnforcementFigure, 'complaintClosureRate'>, side: ExplainSide, period: MetricPeriod): Expression<SqlBool> | null {
  const r = roleSql(period)
  const sides: Record<typeof figure, [Expression<SqlBool>, Expression<SqlBool> | null]> = {
    closureRate: [r.closed, null],
    withinLimitRate: [r.withinLimit, r.withProperty],
    terminationQualifiedRate: [r.terminationQualified, r.terminated],
    performedAverageDays: [r.performed, r.performed],
    recoveryRate: [r.recovered, r.closed],
  }
  return sides[figure][side === 'numerator' ? 0 : 1]
}

interface Row {
  id: string
  case_number: string | null
  court_name: string
  day: string
  closed_on: string | null
  closure: MetricClosure | null
  applied_fen: number | string
  recovered_fen: number | string
  limit_end_on: string | null
  has_property: number | null
  checklist_complete: number | null
  duration_days: number | null
}

/** Why a case is counted where it is, in the words of its figure. */
function noteOf(figure: EnforcementFigure, r: Row, period: MetricPeriod): string {
  const closedIn = r.closed_on !== null && r.closed_on <= period.to
  const how = r.closure ? CLOSURE_NAMES[r.closure] : ''
  if (!closedIn) return r.closed_on ? `期末后于${dayText(r.closed_on)}结案，期间内未结` : '尚未结案'
  switch (figure) {
    case 'withinLimitRate':
      return `立案后${r.duration_days ?? 0}天结案，${r.closed_on! <= r.limit_end_on! ? '在法定期限内' : '超过法定期限'}（期限至${dayText(r.limit_end_on!)}）`
    case 'terminationQualifiedRate':
      return r.checklist_complete === 1 ? '终本程序性要件齐全，合格' : '终本程序性要件不全，不合格'
    case 'performedAverageDays':
      return `立案后${r.duration_days ?? 0}天执行完毕`
    case 'recoveryRate':
      return `执行到位${moneyText(Number(r.recovered_fen))}，申请执行${moneyText(Number(r.applied_fen))}`
    default:
      return `${dayText(r.closed_on!)}以${how}结案`
  }
}

function itemOf(figure: EnforcementFigure, r: Row, period: MetricPeriod, complaint: boolean, linkId: string): ExplainCase {
  const answered = r.closed_on !== null && r.closed_on <= period.to
  return {
    kind: complaint ? 'complaint' : 'case',
    id: r.id,
    linkId,
    caseNumber: r.case_number ?? '未立案',
    courtName: r.court_name,
    filedOn: r.day,
    closedOn: r.closed_on,
    closure: complaint ? null : r.closure,
    closureName: complaint ? (answered ? '已办结' : '未办结') : r.closure && r.closed_on ? CLOSURE_NAMES[r.closure] : '未结',
    appliedFen: Number(r.applied_fen),
    recoveredFen: Number(r.recovered_fen),
    note: complaint ? (answered ? `${dayText(r.closed_on!)}办结` : '期末前未办结') : noteOf(figure, r, period),
  }
}

export interface ExplainAsk {
  figure: EnforcementFigure
  side: ExplainSide
  subset?: Subset
  cursor?: string
  limit: number
}

export interface ExplainPage {
  title: string
  numerator: number
  denominator: number
  total: number
  items: ExplainCase[]
  nextCursor: string | null
}

/**
 * The cases (or, for 执行信访办结率, the complaints) behind one side of a figure, a page at a time
 * in the order of 立案 (receipt) and id, with both counts of the figure. The conditions are those of
 * enforcementFiguresSql (roleSql), so the list and the figure cannot disagree.
 */
export async function explainEnforcementSql(q: Q, scope: FigureScope, period: MetricPeriod, ask: ExplainAsk): Promise<ExplainPage> {
  const after = decodeCursor(ask.cursor)
  const [name, top, bottom] = NAMES[ask.figure]
  const title = `${name}的${ask.side === 'numerator' ? '分子' : '分母'}：${ask.side === 'numerator' ? top : bottom}`
  if (ask.figure === 'complaintClosureRate') {
    if (ask.subset) throw badRequest('METRIC_FIGURE_INVALID', '执行信访办结率不分涉农、涉企、涉党政机关案件', 'subset')
    return { title, ...(await complaintsPage(q, scope, period, ask, after)) }
  }
  const figure = ask.figure
  const base = (side: ExplainSide) => {
    const conds: Expression<SqlBool>[] = [acceptedWhere(scope, period)]
    const cond = sideWhere(figure, side, period)
    if (cond) conds.push(cond)
    if (ask.subset) conds.push(sql<SqlBool>`f.${sql.ref(SUBSET_COLUMNS[ask.subset])} = 1`)
    return q.selectFrom('enforcement_figures as f').where(sql<SqlBool>`${sql.join(conds, sql` and `)}`)
  }
  const countOf = async (side: ExplainSide) =>
    Number(
      (
        await base(side)
          .select(sql<number>`count(*)`.as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
  // The amounts are the recovery rate's numerator and denominator; the days the average's.
  const sumOf = async (side: ExplainSide, column: string) =>
    Number(
      (
        await base(side)
          .select(sql<number>`coalesce(sum(${sql.ref(column)}), 0)`.as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
  let page = base(ask.side)
    .innerJoin('enforcement_cases as c', 'c.id', 'f.case_id')
    .innerJoin('courts as ct', 'ct.id', 'f.court_id')
    .select([
      'f.case_id as id',
      'c.case_number',
      'ct.name as court_name',
      'f.filed_on as day',
      'f.closed_on',
      'f.closure',
      'f.applied_fen',
      'f.recovered_fen',
      'f.limit_end_on',
      'f.has_property',
      'f.checklist_complete',
      'f.duration_days',
    ])
  if (after) page = page.where(sql<SqlBool>`(f.filed_on > ${after.day} or (f.filed_on = ${after.day} and f.case_id > ${after.id}))`)
  const [rows, numeratorCount, denominatorCount] = await Promise.all([
    page
      .orderBy('f.filed_on')
      .orderBy('f.case_id')
      .limit(ask.limit + 1)
      .execute(),
    countOf('numerator'),
    countOf('denominator'),
  ])
  const [numerator, denominator] =
    figure === 'recoveryRate'
      ? [await sumOf('numerator', 'f.recovered_fen'), await sumOf('denominator', 'f.applied_fen')]
      : figure === 'performedAverageDays'
        ? [await sumOf('numerator', 'f.duration_days'), denominatorCount]
        : [numeratorCount, denominatorCount]
  const more = rows.length > ask.limit
  const shown = (rows as Row[]).slice(0, ask.limit)
  const last = shown[shown.length - 1]
  return {
    title,
    numerator,
    denominator,
    total: ask.side === 'numerator' ? numeratorCount : denominatorCount,
    items: shown.map((r) => itemOf(figure, r, period, false, r.id)),
    nextCursor: more && last ? encodeCursor({ day: last.day, id: last.id }) : null,
  }
}

async function complaintsPage(q: Q, scope: FigureScope, period: MetricPeriod, ask: ExplainAsk, after: { day: string; id: string } | null) {
  const base = () => {
    let b = q
      .selectFrom('enforcement_complaints as k')
      .innerJoin('enforcement_cases as c', 'c.id', 'k.case_id')
      .where('c.court_id', 'in', scope.courtIds.length === 0 ? ['-'] : [...scope.courtIds])
      .where('k.received_on', '>=', period.from)
      .where('k.received_on', '<=', period.to)
    if (scope.teamId !== undefined) b = b.where('c.team_id', '=', scope.teamId)
    return b
  }
  const closedCond = sql<SqlBool>`(k.answered_on is not null and k.answered_on <= ${period.to})`
  const counts = await base()
    .select([sql<number>`count(*)`.as('received'), sql<number>`sum(case when ${closedCond} then 1 else 0 end)`.as('closed')])
    .executeTakeFirstOrThrow()
  let page = base()
    .innerJoin('courts as ct', 'ct.id', 'c.court_id')
    .select([
      'k.id',
      'k.case_id',
      'c.case_number',
      'ct.name as court_name',
      'k.received_on as day',
      'k.answered_on as closed_on',
      'c.amount_fen as applied_fen',
    ])
  if (ask.side === 'numerator') page = page.where(closedCond)
  if (after) page = page.where(sql<SqlBool>`(k.received_on > ${after.day} or (k.received_on = ${after.day} and k.id > ${after.id}))`)
  const rows = await page
    .orderBy('k.received_on')
    .orderBy('k.id')
    .limit(ask.limit + 1)
    .execute()
  const numerator = Number(counts.closed ?? 0)
  const denominator = Number(counts.received ?? 0)
  const shown = rows.slice(0, ask.limit)
  const last = shown[shown.length - 1]
  const item = (r: (typeof rows)[number]) =>
    itemOf(
      'complaintClosureRate',
      { ...r, closure: null, recovered_fen: 0, limit_end_on: null, has_property: null, checklist_complete: null, duration_days: null },
      period,
      true,
      r.case_id,
    )
  return {
    numerator,
    denominator,
    total: ask.side === 'numerator' ? numerator : denominator,
    items: shown.map(item),
    nextCursor: rows.length > ask.limit && last ? encodeCursor({ day: last.day, id: last.id }) : null,
  }
}
