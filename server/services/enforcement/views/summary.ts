import { acceptanceDeadline } from '../../../../domain/enforcement/acceptanceDeadline'
import { compareEnforcementQueue } from '../../../../domain/enforcement/compareEnforcementQueue'
import { enforcementCaseState } from '../../../../domain/enforcement/enforcementCaseState'
import { enforcementNodeDeadlines } from '../../../../domain/enforcement/enforcementNodeDeadlines'
import { ENFORCEMENT_STATE_NAMES } from '../../../../domain/enforcement/types'
import type { EnforcementSummary } from '../../../../contract/enforcement'
import { readJson, type EnforcementContext, type StoredParty } from '../context'
import { caseFacts, loadBundles } from '../facts'
import type { EnforcementCaseRow } from '../repository'
import { courtRulesOnce } from '../rules/courtRules'
import { deadlineView } from './deadline'

/**
 * Cases in a list, 涉农 first and then by the nearest deadline (compareEnforcementQueue); a page of
 * a paginated list keeps the order its rows were read in (`keepOrder`), which its cursor follows.
 */
export async function summaries(ctx: EnforcementContext, rows: EnforcementCaseRow[], opts: { keepOrder?: boolean } = {}): Promise<EnforcementSummary[]> {
  const today = ctx.today()
  const teams = new Map<string, string>()
  // A court's queue is thousands of cases of one court and a few handlers: each is read once.
  const rulesOf = courtRulesOnce(ctx)
  const handlers = new Map((await ctx.users.byIds([...new Set(rows.flatMap((c) => (c.handler_id ? [c.handler_id] : [])))])).map((u) => [u.id, u]))
  const out: Array<EnforcementSummary & { sortDue?: string }> = []
  for (const bundle of await loadBundles(ctx.repo, rows)) {
    const { c } = bundle
    const rules = await rulesOf(c.court_id)
    const facts = caseFacts(bundle)
    const state = enforcementCaseState(facts)
    const next =
      state === 'applied'
        ? { ...acceptanceDeadline(c.received_on, rules), name: '立案审查' }
        : enforcementNodeDeadlines(facts, today, rules)
            .filter((d) => d.doneOn === undefined)
            .sort((a, b) => (a.due < b.due ? -1 : 1))[0]
    if (c.team_id && !teams.has(c.team_id)) teams.set(c.team_id, (await ctx.repo.teamById(c.team_id))?.name ?? '')
    const handler = c.handler_id ? handlers.get(c.handler_id) : undefined
    const parties = readJson<StoredParty[]>(c.parties_json) ?? []
    const clock = next ? deadlineView(next, today) : null
    out.push({
      id: c.id,
      caseNumber: c.case_number,
      caseType: c.case_type,
      state,
      stateName: ENFORCEMENT_STATE_NAMES[state],
      agricultural: c.agricultural === 1,
      courtId: c.court_id,
      applicants: parties.filter((p) => p.side === 'applicant').map((p) => p.name),
      respondents: parties.filter((p) => p.side === 'respondent').map((p) => p.name),
      amountFen: Number(c.amount_fen),
      appliedOn: c.received_on,
      clock,
      nextStep: next ? next.name : null,
      teamName: c.team_id ? (teams.get(c.team_id) ?? null) : null,
      handlerName: handler?.display_name ?? null,
      late: clock?.overdue ?? false,
      sortDue: next?.due,
    })
  }
  if (!opts.keepOrder)
    out.sort((a, b) =>
      compareEnforcementQueue({ id: a.id, agricultural: a.agricultural, due: a.sortDue }, { id: b.id, agricultural: b.agricultural, due: b.sortDue }),
    )
  return out.map(({ sortDue: _, ...s }) => s)
}
