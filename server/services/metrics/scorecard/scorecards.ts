import { sql } from 'kysely'
import type { ScorecardQuery, ScorecardsReply, TeamScorecard } from '../../../../contract/metrics'
import type { Actor } from '../../../auth/actor'
import type { Q } from '../../../db/query'
import { enforcementFiguresSql } from '../enforcementSql'
import { resolveMetricsScope } from '../metricsScope'
import { courtBands } from './courtBands'
import { countsOf, enforcementFigureViews } from './figureViews'
import type { MetricsReadDeps } from './scorecardDeps'
import { scorecardWeek, type ScorecardWeek } from './scorecardWeek'

/** Why the scorecards carry no ranking (最高人民法院 2024 审判质量管理指标 rules, digest Appendix C). */
export const NO_RANKING_NOTICE = '各项指标用于分析研判、查找短板，按团队名称排列，不作排名、不予通报排名（最高人民法院2024年审判质量管理指标有关规定）。'

const ROLE_NAMES = [
  ['judge_id', '法官'],
  ['assistant_id', '法官助理'],
  ['clerk_id', '书记员'],
  ['bailiff_id', '法警'],
] as const

const n = (v: unknown) => Number(v ?? 0)

const DIGITS = '零一二三四五六七八九'
/** 一 … 九十九 as a number ('十二' → 12, '二十' → 20). */
function numeral(s: string): number {
  const [tens, ones] = s.includes('十') ? s.split('十') : ['', s]
  return (s.includes('十') ? (tens === '' ? 1 : DIGITS.indexOf(tens)) * 10 : 0) + (ones === '' ? 0 : DIGITS.indexOf(ones))
}

/**
 * The order of team names as a court lists them: by name in Chinese (pinyin) order, with numbers
 * read as numbers, so 执行一组, 执行二组 … 执行十组 come in their count and not as 二 (èr) before 一 (yī).
 */
export function byTeamName(a: string, b: string): number {
  const key = (name: string) => name.replace(/[一二三四五六七八九十]{1,3}/g, (m) => String(numeral(m)).padStart(3, '0'))
  return key(a).localeCompare(key(b), 'zh-Hans-CN', { numeric: true })
}

/** Per team of the court: open at the week's end, given to it during the week, closed during the week. */
async function weekCounts(q: Q, courtId: string, w: ScorecardWeek) {
  const rows = await q
    .selectFrom('enforcement_cases as c')
    .select([
      'c.team_id',
      sql<number>`sum(case when c.filed_on <= ${w.weekTo} and (c.closed_on is null or c.closed_on > ${w.weekTo}) then 1 else 0 end)`.as('workload'),
      sql<number>`sum(case when c.assigned_on >= ${w.weekFrom} and c.assigned_on <= ${w.weekTo} then 1 else 0 end)`.as('received'),
      sql<number>`sum(case when c.closed_on >= ${w.weekFrom} and c.closed_on <= ${w.weekTo} then 1 else 0 end)`.as('closed'),
    ])
    .where('c.court_id', '=', courtId)
    .where('c.team_id', 'is not', null)
    .where('c.filed_on', 'is not', null)
    .where('c.refused_on', 'is', null)
    .groupBy('c.team_id')
    .execute()
  return new Map(rows.map((r) => [r.team_id as string, { workload: n(r.workload), received: n(r.received), closed: n(r.closed) }]))
}

/**
 * GET /court/metrics/scorecards: the week of each “3+1” execution team of a court — open cases at
 * the week's end (在办), cases given to it and closed during the week, its overdue 督办 nodes, and
 * the 执行 figures over its cases from 1 January to the week's Sunday against the court's bands.
 * The teams come by name, never by result: the 2024 quality-indicator rules make the figures
 * material for analysis, not a league table. Staff of the court and of the intermediate court
 * above it may look (resolveMetricsScope); everyone else gets 403.
 *
 * Overdue nodes are the 督办 list as it stands today (the enforcement rules judge a node against
 * today's date), so a past week shows today's overdue items, not those of its Sunday.
 *
 * @param deps the database, the day and the court's 督办 list
 * @param actor who asks
 * @param query `courtId` (default the asker's court) and `week` (any day of it; default this week)
 */
export async function teamScorecards(deps: MetricsReadDeps, actor: Actor, query: ScorecardQuery): Promise<ScorecardsReply> {
  const scope = await resolveMetricsScope(deps.db, actor, { courtId: query.courtId, scope: 'court' })
  const courtId = scope.court.id
  const w = scorecardWeek(query.week ?? deps.today())
  const teams = (await deps.db.selectFrom('enforcement_teams').selectAll().where('court_id', '=', courtId).execute()).sort((a, b) => byTeamName(a.name, b.name))
  const memberIds = [...new Set(teams.flatMap((t) => ROLE_NAMES.map(([col]) => t[col])))]
  const names = new Map(
    memberIds.length === 0
      ? []
      : (await deps.db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', memberIds).execute()).map((u) => [u.id, u.display_name]),
  )
  const counts = await weekCounts(deps.db, courtId, w)
  const bands = await courtBands(deps.db, courtId)
  // The 督办 list walks every case of the court: only worth it when there is a team to count for.
  const overdue = new Map<string, number>()
  if (teams.length > 0) {
    for (const r of (await deps.supervisionOf(courtId, actor.sub)).risks)
      if (r.severity === 'overdue' && r.teamId) overdue.set(r.teamId, (overdue.get(r.teamId) ?? 0) + 1)
  }
  const cards: TeamScorecard[] = []
  for (const t of teams) {
    const m = await enforcementFiguresSql(deps.db, { courtIds: [courtId], teamId: t.id }, { from: w.figuresFrom, to: w.weekTo })
    const c = counts.get(t.id) ?? { workload: 0, received: 0, closed: 0 }
    cards.push({
      teamId: t.id,
      teamName: t.name,
      members: ROLE_NAMES.map(([col, role]) => `${(names.get(t[col]) ?? '未登记').replace(/（[^）]*）$/, '')}（${role}）`).join('、'),
      workload: c.workload,
      received: c.received,
      closedThisWeek: c.closed,
      overdueNodes: overdue.get(t.id) ?? 0,
      counts: countsOf(m),
      figures: enforcementFigureViews(m, bands, false),
    })
  }
  return {
    court: scope.court,
    weekFrom: w.weekFrom,
    weekTo: w.weekTo,
    weekText: w.weekText,
    figuresFrom: w.figuresFrom,
    teams: cards,
    notice: NO_RANKING_NOTICE,
  }
}
