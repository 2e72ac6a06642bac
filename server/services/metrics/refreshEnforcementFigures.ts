import { caseTimeLimit } from '../../../domain/enforcement/caseTimeLimit'
import { ENFORCEMENT_RULES } from '../../../domain/enforcement/defaultEnforcementRules'
import type { ExcludedPeriod } from '../../../domain/enforcement/facts'
import type { ClosureMode } from '../../../domain/enforcement/types'
import { daysBetween } from '../../../domain/dates/daysBetween'
import { enforcementLimitEnd } from '../../../domain/metrics/enforcementLimitEnd'
import { metricClosureOf } from '../../../domain/metrics/metricClosureOf'
import type { Q } from '../../db/query'
import type { EnforcementFiguresTable } from '../../db/schemaMetrics'

/** The parts of a stored party the subsets read. */
interface PartyShape {
  side: 'applicant' | 'respondent'
  type: 'person' | 'organisation'
  name: string
}

// A respondent organisation named as an organ of state (人民政府, 局, 委员会 …) is a 涉党政机关 case.
const GOVERNMENT = /(人民政府|政府|机关|局|委员会|管委会|管理委员会|办公室|办事处|人民武装部|党委|人大常委会)$/

/** 涉党政机关: a respondent is an organ of state; 涉企: an organisation on either side that is not one. */
export function partySubsets(parties: readonly PartyShape[]): { enterprise: boolean; governmentDebtor: boolean } {
  const orgs = parties.filter((p) => p.type === 'organisation')
  return {
    governmentDebtor: orgs.some((p) => p.side === 'respondent' && GOVERNMENT.test(p.name.trim())),
    enterprise: orgs.some((p) => !GOVERNMENT.test(p.name.trim())),
  }
}

const parse = <T>(json: string | null): T | null => (json ? (JSON.parse(json) as T) : null)

/**
 * Writes the one row the figures count for an enforcement case (enforcement_figures), from what
 * the enforcement tables hold now, in the caller's transaction; a case not (yet) 立案 has none.
 * - 有财产可供执行: not closed by 终本, and property was found to dispose of (the recorded outcome
 *   'disposable', a verified lead found, a control measure) or money was received;
 * - excluded days: the 第九条 periods of 《审限规定》 as caseTimeLimit counts them, through the closing
 *   day (today while open), so `limit_end_on` = enforcementLimitEnd(立案, excluded days);
 * - 终本 checklist: closing by 终本 is refused unless the checklist is complete, so a stored 终本 is complete;
 * - applied = 申请执行标的, recovered = Σ 执行款 received.
 * Called from the enforcement use cases' transaction (recordNode), so the row commits with the change.
 */
export async function refreshEnforcementFigures(q: Q, caseId: string, today: string): Promise<void> {
  const c = await q.selectFrom('enforcement_cases').selectAll().where('id', '=', caseId).executeTakeFirst()
  if (!c || !c.filed_on || c.refused_on) {
    await q.deleteFrom('enforcement_figures').where('case_id', '=', caseId).execute()
    return
  }
  const [money, found, controls] = await Promise.all([
    q
      .selectFrom('enforcement_receipts')
      .select((eb) => eb.fn.sum<number | string>('amount_fen').as('fen'))
      .where('case_id', '=', caseId)
      .executeTakeFirst(),
    q.selectFrom('enforcement_leads').select('id').where('case_id', '=', caseId).where('outcome', '=', 'found').limit(1).execute(),
    q.selectFrom('enforcement_controls').select('id').where('case_id', '=', caseId).limit(1).execute(),
  ])
  const facts = parse<{ propertyOutcome?: string; excludedPeriods?: ExcludedPeriod[] }>(c.facts_json) ?? {}
  const closure = parse<{ mode: ClosureMode }>(c.closure_json)
  const metricClosure = closure && c.closed_on ? metricClosureOf(closure.mode) : null
  const recovered = Number(money?.fen ?? 0)
  const hasProperty =
    metricClosure !== 'terminated-this-round' && (facts.propertyOutcome === 'disposable' || found.length > 0 || controls.length > 0 || recovered > 0)
  const asOf = c.closed_on ?? today
  const excludedDays = caseTimeLimit(
    { filedOn: c.filed_on, asOf: asOf < c.filed_on ? c.filed_on : asOf, excludedPeriods: facts.excludedPeriods ?? [] },
    ENFORCEMENT_RULES,
  ).excludedDays
  const subsets = partySubsets(parse<PartyShape[]>(c.parties_json) ?? [])
  const row: EnforcementFiguresTable = {
    case_id: c.id,
    court_id: c.court_id,
    team_id: c.team_id,
    filed_on: c.filed_on,
    closed_on: metricClosure ? c.closed_on : null,
    closure: metricClosure,
    has_property: hasProperty ? 1 : 0,
    excluded_days: excludedDays,
    limit_end_on: enforcementLimitEnd(c.filed_on, excludedDays),
    checklist_complete: metricClosure === 'terminated-this-round' ? 1 : 0,
    duration_days: metricClosure && c.closed_on ? daysBetween(c.filed_on, c.closed_on) : null,
    applied_fen: Number(c.amount_fen),
    recovered_fen: recovered,
    agricultural: c.agricultural,
    enterprise: subsets.enterprise ? 1 : 0,
    government_debtor: subsets.governmentDebtor ? 1 : 0,
    updated_at: today,
  }
  const { case_id: _id, ...update } = row
  await q
    .insertInto('enforcement_figures')
    .values(row)
    .onConflict((oc) => oc.column('case_id').doUpdateSet(update))
    .execute()
}
