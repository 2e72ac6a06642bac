import { COURT_READERS, PARTY_ROLES, type Actor } from '../../auth/actor'
import { forbidden, notFound } from '../../errors'
import type { EnforcementContext } from './context'
import type { EnforcementCaseRow, TeamRow } from './repository'

/**
 * How the asking person stands to an enforcement case:
 * - `applicant`: applied for it, or is named as an applicant with a verified identity;
 * - `respondent`: named as a respondent (被执行人) with a verified identity — sees the case, acts on nothing;
 * - `team`: a member of the "3+1" team the case is assigned to — records its nodes;
 * - `court`: other judges, clerks and the admin of the case's court (立案, assignment, 督办) — read and supervise.
 * - `supervisor`: judges, clerks and the admin of the intermediate court above the case's court — its
 *   执行指挥中心 supervises the basic courts' cases (its figures list them), so they read, and act on nothing.
 * A mediator, staff of any other court and anyone else stand in no relation to it.
 */
export type EnforcementRelation = 'applicant' | 'respondent' | 'team' | 'court' | 'supervisor' | null

export const teamMemberIds = (t: TeamRow) => [t.judge_id, t.assistant_id, t.clerk_id, t.bailiff_id]

export async function relationTo(ctx: EnforcementContext, actor: Actor, c: EnforcementCaseRow): Promise<EnforcementRelation> {
  if (PARTY_ROLES.includes(actor.role)) {
    if (c.applicant_id === actor.sub) return 'applicant'
    const key = await ctx.cases.identityKey(actor)
    if (!key) return null
    const sides = (await ctx.repo.sideOf(c.id, key)).map((r) => r.side)
    return sides.includes('applicant') ? 'applicant' : sides.includes('respondent') ? 'respondent' : null
  }
  if (!COURT_READERS.includes(actor.role) || !actor.courtId) return null
  if (actor.courtId !== c.court_id) return (await ctx.courts.byId(c.court_id))?.parent_id === actor.courtId ? 'supervisor' : null
  if (c.team_id) {
    const team = await ctx.repo.teamById(c.team_id)
    if (team && teamMemberIds(team).includes(actor.sub)) return 'team'
  }
  return 'court'
}

/** The case, or 404 when there is none. */
export async function loadCase(ctx: EnforcementContext, id: string): Promise<EnforcementCaseRow> {
  const c = await ctx.repo.caseById(id)
  if (!c) throw notFound('ENFORCEMENT_NOT_FOUND', '找不到这件执行案件')
  return c
}

/** A case the asking person may see, with how they stand to it. */
export async function loadVisible(ctx: EnforcementContext, actor: Actor, id: string) {
  const c = await loadCase(ctx, id)
  const relation = await relationTo(ctx, actor, c)
  if (!relation) throw forbidden(PARTY_ROLES.includes(actor.role) ? '这不是您的执行案件，无法查看' : '这件执行案件不属于本院，无法查看')
  return { c, relation }
}

/** A case staff may read: of their own court, or of a basic court under theirs (the 执行指挥中心's case links). */
export async function loadForStaffReading(ctx: EnforcementContext, actor: Actor, id: string) {
  const { c, relation } = await loadVisible(ctx, actor, id)
  if (relation !== 'team' && relation !== 'court' && relation !== 'supervisor') throw forbidden('只有法院工作人员可以查看')
  return { c, relation }
}

/** A case of the asking staff member's court (立案, assignment, supervision). */
export async function loadForCourt(ctx: EnforcementContext, actor: Actor, id: string) {
  const { c, relation } = await loadVisible(ctx, actor, id)
  if (relation !== 'team' && relation !== 'court') throw forbidden('只有本院工作人员可以办理')
  return { c, relation }
}

/** A case the asking person works as a member of its team: only they record its nodes. */
export async function loadForTeam(ctx: EnforcementContext, actor: Actor, id: string) {
  const { c, relation } = await loadVisible(ctx, actor, id)
  if (relation !== 'team') throw forbidden('只有承办这件案件的执行团队成员可以记录执行节点')
  return c
}

/** A case the asking litigant applied for (or is named as applicant in). */
export async function loadForApplicant(ctx: EnforcementContext, actor: Actor, id: string) {
  const { c, relation } = await loadVisible(ctx, actor, id)
  if (relation !== 'applicant') throw forbidden('只有申请执行人可以办理这一项')
  return c
}
