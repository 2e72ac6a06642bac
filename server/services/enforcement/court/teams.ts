import type { PageQuery } from '../../../../contract/common'
import type { AssignBody, CourtCasesQuery, TeamBody } from '../../../../contract/enforcement'
import { COURT_READERS, type Actor } from '../../../auth/actor'
import { orderedId } from '../../../db/ids'
import { encodeCursor, pageRequest } from '../../../db/page'
import { badRequest, conflict, forbidden, notFound } from '../../../errors'
import { loadForCourt, teamMemberIds } from '../access'
import type { EnforcementContext } from '../context'
import { stateOfCase } from '../facts'
import { recordNode, saveCase } from '../nodes/record'
import { receivedKey, type EnforcementCaseRow } from '../repository'
import { caseView, teamView } from '../views/caseView'
import { summaries } from '../views/summary'

const ROLE_NAMES: Record<string, string> = { judge: '法官', clerk: '书记员', admin: '管理员' }

/** Rows read at a time for a state filter, which the stored columns only narrow. */
const STATE_BATCH = 100

const courtOf = (actor: Actor) => {
  if (!actor.courtId || !COURT_READERS.includes(actor.role)) throw forbidden('只有法院工作人员可以查看')
  return actor.courtId
}

/** GET /court/enforcement/staff: the court's judges and clerks, to build a team from. */
export async function staffOptions(ctx: EnforcementContext, actor: Actor) {
  const courtId = courtOf(actor)
  const users = await ctx.users.staffOfCourt(courtId)
  return users
    .filter((u) => u.role === 'judge' || u.role === 'clerk')
    .map((u) => ({ id: u.id, name: u.display_name, role: u.role, roleName: ROLE_NAMES[u.role] ?? '' }))
}

async function checkMembers(ctx: EnforcementContext, courtId: string, body: TeamBody) {
  const fields = ['judgeId', 'assistantId', 'clerkId', 'bailiffId'] as const
  const ids = fields.map((f) => body[f])
  // A small court may have one person in two of the roles other than the judge's; the judge is the judge.
  if (ids.slice(1).includes(body.judgeId)) throw badRequest('ENFORCEMENT_TEAM_MEMBER', '团队的法官不能同时担任其他角色', 'judgeId')
  const users = new Map((await ctx.users.byIds(ids)).map((u) => [u.id, u]))
  fields.forEach((f) => {
    const u = users.get(body[f])
    const ok = u && u.court_id === courtId && !u.disabled_at && (f === 'judgeId' ? u.role === 'judge' : u.role === 'judge' || u.role === 'clerk')
    if (!ok) throw badRequest('ENFORCEMENT_TEAM_MEMBER', f === 'judgeId' ? '团队的法官请选择本院的一位法官' : '请选择本院的工作人员', f)
  })
}

export async function listTeams(ctx: EnforcementContext, actor: Actor) {
  const courtId = courtOf(actor)
  return Promise.all((await ctx.repo.teams(courtId)).map((t) => teamView(ctx, t)))
}

/** The admin defines a "3+1" team: 法官, 法官助理, 书记员, 法警 — existing staff accounts of the court. */
export async function saveTeam(ctx: EnforcementContext, actor: Actor, body: TeamBody, id?: string) {
  const courtId = courtOf(actor)
  await checkMembers(ctx, courtId, body)
  const now = ctx.nowIso()
  const cols = { name: body.name, judge_id: body.judgeId, assistant_id: body.assistantId, clerk_id: body.clerkId, bailiff_id: body.bailiffId, updated_at: now }
  if (id) {
    const t = await ctx.repo.teamById(id)
    if (!t || t.court_id !== courtId) throw notFound('ENFORCEMENT_TEAM_NOT_FOUND', '找不到这个执行团队')
    await ctx.repo.updateTeam(id, cols)
  } else {
    id = orderedId('et')
    await ctx.repo.insertTeam({ id, court_id: courtId, created_at: now, ...cols })
  }
  await ctx.audit.record({ actorId: actor.sub, action: 'enforcement.team-saved', subject: `enforcement-team:${id}`, detail: { ...cols }, at: now })
  return teamView(ctx, (await ctx.repo.teamById(id))!)
}

/** The case goes to a team and its 承办人 (a judge of the team), within 7 days of 立案 (若干期限规定第二条). */
export async function assignCase(ctx: EnforcementContext, actor: Actor, id: string, body: AssignBody) {
  const { c } = await loadForCourt(ctx, actor, id)
  if (!c.filed_on || c.closed_on) throw conflict('ENFORCEMENT_STATE', '只有已立案、未结案的案件可以分配执行团队')
  const team = await ctx.repo.teamById(body.teamId)
  if (!team || team.court_id !== c.court_id) throw badRequest('ENFORCEMENT_TEAM_NOT_FOUND', '请选择本院的执行团队', 'teamId')
  if (!teamMemberIds(team).slice(0, 2).includes(body.handlerId))
    throw badRequest('ENFORCEMENT_TEAM_MEMBER', '承办人请选择这个团队的法官或法官助理', 'handlerId')
  const handler = (await ctx.users.byId(body.handlerId))!
  const today = ctx.today()
  await recordNode(ctx, actor, c, { kind: 'handler-assignment', on: today, text: `由${team.name}办理，承办人${handler.display_name}` }, async (q) => {
    await saveCase(ctx, q, c, { team_id: team.id, handler_id: handler.id, assigned_on: c.assigned_on ?? today })
    if (c.filing_id)
      await q
        .updateTable('filings')
        .set({ judge_id: handler.role === 'judge' ? handler.id : team.judge_id })
        .where('id', '=', c.filing_id)
        .execute()
  })
  const relation = teamMemberIds(team).includes(actor.sub) ? 'team' : 'court'
  return caseView(ctx, id, relation)
}

/** The 立案 queue a page at a time: applications waiting, 涉农 first, then the nearest 7-day deadline. */
export async function queue(ctx: EnforcementContext, actor: Actor, q: PageQuery) {
  const courtId = courtOf(actor)
  const { rows, next } = await ctx.repo.queuePage(courtId, pageRequest(q, true))
  return { items: await summaries(ctx, rows, { keepOrder: true }), next }
}

/**
 * The court's cases a page at a time, newest received first; a team's with `teamId`, a team
 * member's own with `mine`. The state is partly in the case's JSON: batches are read in the
 * list's order, narrowed by the stored columns, until the page is full.
 */
export async function courtCases(ctx: EnforcementContext, actor: Actor, query: CourtCasesQuery & PageQuery) {
  const courtId = courtOf(actor)
  const page = pageRequest(query)
  const teams = await ctx.repo.teams(courtId)
  const mine = teams.filter((t) => teamMemberIds(t).includes(actor.sub)).map((t) => t.id)
  const teamIds = query.mine ? mine.filter((id) => !query.teamId || id === query.teamId) : query.teamId ? [query.teamId] : null
  if (teamIds?.length === 0) return { items: [], next: null }
  // Most rows the columns let through are in the state; a bigger batch saves round trips when not.
  const batch = query.state ? Math.max(page.limit + 1, STATE_BATCH) : page.limit + 1
  const hits: EnforcementCaseRow[] = []
  for (let after = page.after; ;) {
    const rows = await ctx.repo.courtCasesAfter(courtId, { teamIds, state: query.state }, after, batch)
    hits.push(...(query.state ? rows.filter((c) => stateOfCase(c) === query.state) : rows))
    const last = rows[rows.length - 1]
    if (hits.length > page.limit || rows.length < batch || !last) break
    after = receivedKey(last)
  }
  const rows = hits.slice(0, page.limit)
  const last = rows[rows.length - 1]
  return { items: await summaries(ctx, rows, { keepOrder: true }), next: hits.length > page.limit && last ? encodeCursor(receivedKey(last)) : null }
}
