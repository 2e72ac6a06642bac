import type {
  AcceptEnforcementBody,
  AnswerComplaintBody,
  ComplaintBody,
  RecheckBody,
  ResumeBody,
  ApplyBody,
  AssignBody,
  CloseBody,
  CourtCasesQuery,
  LeadInput,
  NodeBody,
  RefuseEnforcementBody,
  RulesBody,
  SupervisionQuery,
  TeamBody,
} from '../../../contract/enforcement'
import type { PageQuery } from '../../../contract/common'
import type { Actor } from '../../auth/actor'
import { pageRequest } from '../../db/page'
import { badRequest, conflict } from '../../errors'
import { loadForApplicant, loadForStaffReading, loadForTeam, loadVisible } from './access'
import { addLeads, apply, leadFileRefs, requireOwnFiles } from './apply/apply'
import { answerComplaint, complain, courtComplaints } from './complaints/complaints'
import { recordRecheck, resume } from './resume/resume'
import { remind, supervision, tasks, wholeSupervision } from './supervision/supervision'
import { eligibleCases, periodView } from './apply/eligible'
import { closeCase, terminationCheck } from './closure/close'
import { acceptCase, refuseCase } from './court/accept'
import { assignCase, courtCases, listTeams, queue, saveTeam, staffOptions } from './court/teams'
import { enforcementContext, type EnforcementDeps } from './context'
import { recordStep } from './nodes/recordStep'
import { getRules, putRules } from './rules/courtRules'
import { caseView } from './views/caseView'
import { summaries } from './views/summary'
import { enforcementApplicationPeriod } from '../../../domain/enforcement/enforcementApplicationPeriod'

export type { EnforcementDeps } from './context'
export { enforcementRepository } from './repository'
export { manualConnector } from './connectors'

/** 执行: the applicant's application, leads and progress; the court's 立案, teams, nodes, ledger and closure. */
export function enforcementService(deps: EnforcementDeps) {
  const ctx = enforcementContext(deps)
  return {
    eligible: async (actor: Actor) => (await eligibleCases(ctx, actor)).map((e) => e.view),
    period: (from: string | undefined, resuming = false) => {
      if (!from) throw badRequest('ENFORCEMENT_PERIOD_FROM', '请填写履行期限届满日', 'from')
      return periodView(enforcementApplicationPeriod({ from, on: ctx.today(), resumingAfterTermination: resuming }))
    },
    apply: (actor: Actor, body: ApplyBody) => apply(ctx, actor, body),
    /** 我的执行案件 a page at a time, newest received first. */
    myCases: async (actor: Actor, q: PageQuery) => {
      const page = pageRequest(q)
      const key = await ctx.cases.identityKey(actor)
      const { rows, next } = await ctx.repo.partyPage(actor.sub, key, page)
      return { items: await summaries(ctx, rows, { keepOrder: true }), next }
    },
    caseForParty: async (actor: Actor, id: string) => {
      const { relation } = await loadVisible(ctx, actor, id)
      return caseView(ctx, id, relation)
    },
    complain: (actor: Actor, id: string, body: ComplaintBody) => complain(ctx, actor, id, body),
    resume: (actor: Actor, id: string, body: ResumeBody) => resume(ctx, actor, id, body),
    addLead: async (actor: Actor, id: string, lead: LeadInput) => {
      const c = await loadForApplicant(ctx, actor, id)
      await requireOwnFiles(
        ctx,
        actor,
        leadFileRefs([lead], 'lead').map((r) => ({ ...r, field: r.field.replace('lead[0].', '') })),
      )
      await addLeads(ctx, actor, c, [lead], 'applicant')
      return caseView(ctx, id, 'applicant')
    },
    // the court
    queue: (actor: Actor, q: PageQuery) => queue(ctx, actor, q),
    courtCases: (actor: Actor, q: CourtCasesQuery & PageQuery) => courtCases(ctx, actor, q),
    caseForCourt: async (actor: Actor, id: string) => {
      const { relation } = await loadForStaffReading(ctx, actor, id)
      return caseView(ctx, id, relation)
    },
    accept: (actor: Actor, id: string, body: AcceptEnforcementBody) => acceptCase(ctx, actor, id, body),
    refuse: (actor: Actor, id: string, body: RefuseEnforcementBody) => refuseCase(ctx, actor, id, body),
    teams: (actor: Actor) => listTeams(ctx, actor),
    saveTeam: (actor: Actor, body: TeamBody, id?: string) => saveTeam(ctx, actor, body, id),
    staff: (actor: Actor) => staffOptions(ctx, actor),
    connectors: () => ctx.connectors.map((k) => ({ id: k.id, name: k.name, manual: k.manual })),
    assign: (actor: Actor, id: string, body: AssignBody) => assignCase(ctx, actor, id, body),
    record: (actor: Actor, id: string, body: NodeBody) => recordStep(ctx, actor, id, body),
    /** A lead the court found itself (a 网络查控 hit, a visit): by the case's team, on the same 7/3-day clock. */
    addCourtLead: async (actor: Actor, id: string, lead: LeadInput) => {
      const c = await loadForTeam(ctx, actor, id)
      if (!c.filed_on || c.closed_on) throw conflict('ENFORCEMENT_STATE', '只有已立案、未结案的案件可以登记财产线索')
      await requireOwnFiles(
        ctx,
        actor,
        leadFileRefs([lead], 'lead').map((r) => ({ ...r, field: r.field.replace('lead[0].', '') })),
      )
      await addLeads(ctx, actor, c, [lead], 'court')
      return caseView(ctx, id, 'team')
    },
    recheck: (actor: Actor, id: string, body: RecheckBody) => recordRecheck(ctx, actor, id, body),
    tasks: (actor: Actor, q?: PageQuery) => tasks(ctx, actor, q),
    supervision: (actor: Actor, q?: SupervisionQuery & PageQuery) => supervision(ctx, actor, q),
    wholeSupervision: (actor: Actor) => wholeSupervision(ctx, actor),
    remind: (actor: Actor, teamId: string) => remind(ctx, actor, teamId),
    complaints: (actor: Actor, q?: PageQuery) => courtComplaints(ctx, actor, q),
    answerComplaint: (actor: Actor, id: string, body: AnswerComplaintBody) => answerComplaint(ctx, actor, id, body),
    terminationCheck: (actor: Actor, id: string) => terminationCheck(ctx, actor, id),
    close: (actor: Actor, id: string, body: CloseBody) => closeCase(ctx, actor, id, body),
    rules: (actor: Actor) => getRules(ctx, actor),
    putRules: (actor: Actor, body: RulesBody) => putRules(ctx, actor, body),
  }
}
export type EnforcementService = ReturnType<typeof enforcementService>
