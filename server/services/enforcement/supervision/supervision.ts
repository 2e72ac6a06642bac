import type { PageQuery } from '../../../../contract/common'
import type { RemindReply, RiskView, SupervisionQuery, SupervisionReply, TasksReply, TaskView } from '../../../../contract/enforcement'
import { enforcementNodeDeadlines } from '../../../../domain/enforcement/enforcementNodeDeadlines'
import { enforcementRiskChecks } from '../../../../domain/enforcement/enforcementRiskChecks'
import { ENFORCEMENT_NODE_NAMES, type EnforcementNodeKind } from '../../../../domain/enforcement/types'
import { COURT_READERS, type Actor } from '../../../auth/actor'
import { pageRequest } from '../../../db/page'
import { badRequest, conflict, forbidden } from '../../../errors'
import { teamMemberIds } from '../access'
import type { EnforcementContext } from '../context'
import { caseFacts, loadBundles } from '../facts'
import type { EnforcementRules } from '../../../../domain/enforcement/rules'
import type { EnforcementCaseRow, TeamRow } from '../repository'
import { courtRulesOnce } from '../rules/courtRules'
import { deadlineView, words } from '../views/deadline'
import { summaries } from '../views/summary'

/**
 * Who may read the court's 督办 list and send its reminders: the court's judges (院长、庭长 and the
 * 执行局's judges supervise) and its admin (the 执行指挥中心's desk). Clerks work cases and see
 * their team's tasks; they do not supervise other teams.
 */
export const SUPERVISORS: readonly string[] = ['judge', 'admin']

const staffCourt = (actor: Actor) => {
  if (!actor.courtId || !COURT_READERS.includes(actor.role)) throw forbidden('只有法院工作人员可以查看')
  return actor.courtId
}

/**
 * A case that can still owe the court something: every one not refused. Once closed, only what still
 * binds is left in its deadlines (re-checks after 终本, measures not released, money not paid out).
 */
const watched = (c: EnforcementCaseRow) => !c.refused_on

interface Context {
  teams: Map<string, TeamRow>
  names: Map<string, string>
  today: string
  rules: (courtId: string) => Promise<EnforcementRules>
}

async function risksOf(ctx: EnforcementContext, rows: EnforcementCaseRow[], k: Context): Promise<RiskView[]> {
  const out: RiskView[] = []
  for (const bundle of await loadBundles(ctx.repo, rows)) {
    const { c } = bundle
    const facts = caseFacts(bundle)
    const team = c.team_id ? k.teams.get(c.team_id) : undefined
    for (const r of enforcementRiskChecks(facts, k.today, await k.rules(c.court_id))) {
      out.push({
        code: r.code,
        title: r.title,
        message: r.message,
        article: r.article,
        status: r.status,
        caseId: c.id,
        caseNumber: c.case_number,
        node: r.node,
        nodeName: r.node === 'complaint' ? '执行信访' : ENFORCEMENT_NODE_NAMES[r.node as EnforcementNodeKind],
        due: r.due,
        severity: r.severity,
        daysOverdue: r.daysOverdue,
        daysLeft: r.daysLeft,
        agricultural: c.agricultural === 1,
        teamId: team?.id ?? null,
        teamName: team?.name ?? null,
        handlerId: c.handler_id,
        handlerName: c.handler_id ? (k.names.get(c.handler_id) ?? null) : null,
      })
    }
  }
  // 涉农 first (the green channel), then as the domain orders one case's: overdue before warnings,
  // the longest overdue first, the nearest due day first.
  return out.sort((a, b) => {
    if (a.agricultural !== b.agricultural) return a.agricultural ? -1 : 1
    if (a.severity !== b.severity) return a.severity === 'overdue' ? -1 : 1
    if (a.daysOverdue !== b.daysOverdue) return b.daysOverdue - a.daysOverdue
    return a.due < b.due ? -1 : a.due > b.due ? 1 : 0
  })
}

async function courtContext(ctx: EnforcementContext, courtId: string, rows: EnforcementCaseRow[]): Promise<Context> {
  const teams = new Map((await ctx.repo.teams(courtId)).map((t) => [t.id, t]))
  const ids = [...new Set(rows.flatMap((c) => (c.handler_id ? [c.handler_id] : [])))]
  const names = new Map((await ctx.users.byIds(ids)).map((u) => [u.id, u.display_name]))
  return { teams, names, today: ctx.today(), rules: courtRulesOnce(ctx) }
}

/**
 * GET /court/enforcement/tasks: the asking member's work a page of cases at a time — the cases of
 * every team they are on, the oldest received first (the ones whose deadlines run out soonest);
 * for the page's cases, the deadlines not yet met (涉农 first, then the nearest) and the risk
 * points. Staff on no team get empty lists; nobody sees another team's cases here.
 */
export async function tasks(ctx: EnforcementContext, actor: Actor, q: PageQuery = {}): Promise<{ reply: TasksReply; next: string | null }> {
  const courtId = staffCourt(actor)
  const page = pageRequest(q)
  const mine = (await ctx.repo.teams(courtId)).filter((t) => teamMemberIds(t).includes(actor.sub)).map((t) => t.id)
  if (mine.length === 0) return { reply: { cases: [], tasks: [], risks: [] }, next: null }
  const { rows, next } = await ctx.repo.workPage(courtId, mine, page)
  const k = await courtContext(ctx, courtId, rows)
  const list: Array<TaskView & { agri: boolean }> = []
  for (const bundle of await loadBundles(ctx.repo, rows)) {
    const { c } = bundle
    const facts = caseFacts(bundle)
    for (const d of enforcementNodeDeadlines(facts, k.today, await k.rules(c.court_id))) {
      if (d.doneOn !== undefined) continue
      const deadline = deadlineView(d, k.today)
      list.push({
        caseId: c.id,
        caseNumber: c.case_number,
        agricultural: c.agricultural === 1,
        node: d.node,
        name: d.name,
        text: `${d.name}：应当在${words(d.due)}前完成${deadline.overdue ? '，已经超期' : ''}`,
        deadline,
        targetId: d.target.id ?? null,
        agri: c.agricultural === 1,
      })
    }
  }
  list.sort((a, b) => (a.agri !== b.agri ? (a.agri ? -1 : 1) : a.deadline.due < b.deadline.due ? -1 : a.deadline.due > b.deadline.due ? 1 : 0))
  const reply = {
    cases: await summaries(
      ctx,
      rows.filter((c) => !c.closed_on),
      { keepOrder: true },
    ),
    tasks: list.map(({ agri: _, ...t }) => t),
    risks: await risksOf(ctx, rows, k),
  }
  return { reply, next }
}

const requireSupervisor = (actor: Actor) => {
  const courtId = staffCourt(actor)
  if (!SUPERVISORS.includes(actor.role)) throw forbidden('只有本院的法官或执行指挥中心可以查看督办事项')
  return courtId
}

async function teamOf(ctx: EnforcementContext, courtId: string, teamId: string) {
  const team = await ctx.repo.teamById(teamId)
  if (!team || team.court_id !== courtId) throw badRequest('ENFORCEMENT_TEAM_NOT_FOUND', '请选择本院的执行团队', 'teamId')
  return team
}

function supervisionOf(courtId: string, today: string, risks: RiskView[]): SupervisionReply {
  const groups = new Map<string | null, { teamId: string | null; teamName: string; overdue: number; warning: number }>()
  for (const r of risks) {
    const g = groups.get(r.teamId) ?? { teamId: r.teamId, teamName: r.teamName ?? '未分配团队', overdue: 0, warning: 0 }
    g[r.severity] += 1
    groups.set(r.teamId, g)
  }
  return { courtId, today, risks, byTeam: [...groups.values()].sort((a, b) => b.overdue - a.overdue || b.warning - a.warning) }
}

/**
 * GET /court/enforcement/supervision?teamId=: the 督办 list of the 执行指挥中心 a page of cases at a
 * time, the oldest received first — every overdue node and risk point of the page's cases
 * (enforcementRiskChecks), each with its article, team, 承办人 and the day it fell due; 涉农 first,
 * then the most overdue. With `teamId`, one team's; `byTeam` counts the page's per team (cases not
 * yet given to a team under “未分配团队”), so the pages' counts add up to the whole list's.
 */
export async function supervision(ctx: EnforcementContext, actor: Actor, q: SupervisionQuery & PageQuery = {}) {
  const courtId = requireSupervisor(actor)
  const page = pageRequest(q)
  if (q.teamId) await teamOf(ctx, courtId, q.teamId)
  const { rows, next } = await ctx.repo.workPage(courtId, q.teamId ? [q.teamId] : null, page)
  const k = await courtContext(ctx, courtId, rows)
  return { reply: supervisionOf(courtId, k.today, await risksOf(ctx, rows, k)), next }
}

/** Every risk point of the court's cases, or of one team's: a reminder names them all, a report counts them. */
async function allRisks(ctx: EnforcementContext, courtId: string, teamId?: string) {
  const rows = (await ctx.repo.casesOfCourt(courtId)).filter((c) => (!teamId || c.team_id === teamId) && watched(c))
  return risksOf(ctx, rows, await courtContext(ctx, courtId, rows))
}

/** The whole 督办 list of the court in one reply, for the reports and scorecards that count it. */
export async function wholeSupervision(ctx: EnforcementContext, actor: Actor): Promise<SupervisionReply> {
  const courtId = requireSupervisor(actor)
  return supervisionOf(courtId, ctx.today(), await allRisks(ctx, courtId))
}

/**
 * POST /court/enforcement/supervision/remind: 督办 — each member of the team (once, whatever roles
 * they hold) gets a message naming how many items are overdue or expiring and the first of them.
 * Nothing is sent when the team has nothing due (409), so a second tap does not nag.
 */
export async function remind(ctx: EnforcementContext, actor: Actor, teamId: string): Promise<RemindReply> {
  const courtId = requireSupervisor(actor)
  const team = await teamOf(ctx, courtId, teamId)
  const risks = await allRisks(ctx, courtId, team.id)
  if (risks.length === 0) throw conflict('ENFORCEMENT_NOTHING_TO_REMIND', `${team.name}目前没有超期或即将到期的事项`, 'teamId')
  const overdue = risks.filter((r) => r.severity === 'overdue').length
  const warning = risks.length - overdue
  const first = risks
    .slice(0, 3)
    .map((r) => `${r.caseNumber ?? '待立案'}${r.title}（${words(r.due)}）`)
    .join('；')
  const text = `【执行督办】${team.name}：超期${overdue}项、即将到期${warning}项，请尽快办理。${first}${risks.length > 3 ? '等' : ''}`
  const members = await ctx.users.byIds([...new Set(teamMemberIds(team))])
  const sentAt = ctx.nowIso()
  await ctx.transact((q) =>
    ctx.audit.record(
      { actorId: actor.sub, action: 'enforcement.supervision-remind', subject: `enforcement-team:${team.id}`, detail: { overdue, warning }, at: sentAt },
      q,
    ),
  )
  for (const m of members) {
    await ctx.notifier.send({ channel: 'wechat', to: m.id, courtId, template: 'enforcement-supervision', text, data: { teamId: team.id } })
  }
  return { teamId: team.id, teamName: team.name, sentTo: members.map((m) => ({ accountId: m.id, name: m.display_name })), overdue, warning, text, sentAt }
}
