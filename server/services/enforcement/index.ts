import type {
  AcceptEnforcementBody,
  ApplyBody,
  AssignBody,
  CloseBody,
  CourtCasesQuery,
  LeadInput,
  NodeBody,
  RefuseEnforcementBody,
  RulesBody,
  TeamBody,
} from '../../../contract/enforcement'
import type { Actor } from '../../auth/actor'
import { badRequest } from '../../errors'
import { loadForApplicant, loadForCourt, loadVisible } from './access'
import { addLeads, apply } from './apply/apply'
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
    myCases: async (actor: Actor) => {
      const key = await ctx.cases.identityKey(actor)
      const named = key ? (await ctx.repo.casesNaming(key)).map((r) => r.case_id) : []
      const own = await ctx.repo.casesOfApplicant(actor.sub)
      const others = await Promise.all([...new Set(named)].filter((id) => !own.some((c) => c.id === id)).map((id) => ctx.repo.caseById(id)))
      return summaries(ctx, [...own, ...others.flatMap((c) => (c ? [c] : []))])
    },
    caseForParty: async (actor: Actor, id: string) => {
      const { relation } = await loadVisible(ctx, actor, id)
      return caseView(ctx, id, relation)
    },
    addLead: async (actor: Actor, id: string, lead: LeadInput) => {
      const c = await loadForApplicant(ctx, actor, id)
      const { requireOwnFiles, leadFileRefs } = await import('./apply/apply')
      await requireOwnFiles(
        ctx,
        actor,
        leadFileRefs([lead], 'lead').map((r) => ({ ...r, field: r.field.replace('lead[0].', '') })),
      )
      await addLeads(ctx, actor, c, [lead], 'applicant')
      return caseView(ctx, id, 'applicant')
    },
    // the court
    queue: (actor: Actor) => queue(ctx, actor),
    courtCases: (actor: Actor, q: CourtCasesQuery) => courtCases(ctx, actor, q),
    caseForCourt: async (actor: Actor, id: string) => {
      const { relation } = await loadForCourt(ctx, actor, id)
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
    terminationCheck: (actor: Actor, id: string) => terminationCheck(ctx, actor, id),
    close: (actor: Actor, id: string, body: CloseBody) => closeCase(ctx, actor, id, body),
    rules: (actor: Actor) => getRules(ctx, actor),
    putRules: (actor: Actor, body: RulesBody) => putRules(ctx, actor, body),
  }
}
export type EnforcementService = ReturnType<typeof enforcementService>
