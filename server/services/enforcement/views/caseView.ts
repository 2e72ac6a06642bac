import { checkTerminationOfCurrentProcedure } from '../../../../domain/enforcement/checkTerminationOfCurrentProcedure'
import { enforcementCaseState } from '../../../../domain/enforcement/enforcementCaseState'
import { terminationRecheckSchedule } from '../../../../domain/enforcement/terminationRecheckSchedule'
import { CLOSURE_MODE_NAMES, ENFORCEMENT_STATE_NAMES } from '../../../../domain/enforcement/types'
import type { EnforcementCaseView, PartyBrief, TeamView } from '../../../../contract/enforcement'
import type { FileInfo } from '../../../../contract/files'
import type { EnforcementRelation } from '../access'
import { teamMemberIds } from '../access'
import { readJson, type EnforcementContext, type StoredParty, type StoredSource } from '../context'
import { caseFacts, loadBundle, type StoredClosure } from '../facts'
import type { TeamRow } from '../repository'
import { courtRules } from '../rules/courtRules'
import { toFileInfo } from '../../files'
import { complaintView, controlView, leadView, ledgerView, recheckViews } from './parts'
import { timeline } from './timeline'

export const FEE_NOTICE = { text: '执行申请费执行后交纳，由被执行人负担', article: '《诉讼费用交纳办法》第二十条第二款、第三十八条' }

export const SOURCE_NAMES: Record<StoredSource['kind'], string> = {
  judgment: '民事判决书',
  mediation: '民事调解书',
  'judicial-confirmation': '确认调解协议效力的民事裁定书',
  'arbitral-award': '仲裁裁决书',
  'notarial-deed': '赋予强制执行效力的公证债权文书',
}
const CASE_TYPE_NAMES = { 执: '首次执行', 执恢: '恢复执行', 执保: '财产保全执行' } as const
const ROLE_NAMES = { judge: '法官', assistant: '法官助理', clerk: '书记员', bailiff: '法警' } as const

export const partyBriefs = (parties: StoredParty[], side: StoredParty['side']): PartyBrief[] =>
  parties.filter((p) => p.side === side).map((p) => ({ name: p.name, type: p.type, accountId: p.accountId }))

export async function teamView(ctx: EnforcementContext, t: TeamRow, openCases?: number): Promise<TeamView> {
  const ids = teamMemberIds(t)
  const names = new Map((await ctx.users.byIds(ids)).map((u) => [u.id, u.display_name]))
  const roles = ['judge', 'assistant', 'clerk', 'bailiff'] as const
  const count = openCases ?? (await ctx.repo.casesOfCourt(t.court_id)).filter((c) => c.team_id === t.id && !c.closed_on).length
  return {
    id: t.id,
    courtId: t.court_id,
    name: t.name,
    members: roles.map((role, i) => ({ role, roleName: ROLE_NAMES[role], accountId: ids[i], name: names.get(ids[i]) ?? '' })),
    openCases: count,
  }
}

/** One case in full as the viewer may see it (the respondent sees it all but can act on nothing). */
// eslint-disable-next-line max-lines-per-function -- the view is one object literal, field by field
export async function caseView(ctx: EnforcementContext, id: string, relation: Exclude<EnforcementRelation, null>): Promise<EnforcementCaseView> {
  const c = (await ctx.repo.caseById(id))!
  const b = await loadBundle(ctx.repo, c)
  const rules = await courtRules(ctx, c.court_id)
  const today = ctx.today()
  const facts = caseFacts(b)
  const parties = readJson<StoredParty[]>(c.parties_json) ?? []
  const source = readJson<StoredSource>(c.source_json)!
  const closure = readJson<StoredClosure>(c.closure_json)
  const refusal = readJson<{ on: string; reasons: string[] }>(c.refusal_json)
  const fileIds = [
    ...source.fileIds,
    ...b.leads.flatMap((l) => JSON.parse(l.photo_ids_json) as string[]),
    ...b.complaints.flatMap((k) => JSON.parse(k.file_ids_json) as string[]),
  ]
  const files = new Map<string, FileInfo>((await ctx.files.byIds([...new Set(fileIds)])).map((f) => [f.id, toFileInfo(f)]))
  const people = new Map(
    (await ctx.users.byIds([...new Set([...b.complaints.flatMap((k) => [k.complainant_id, k.answered_by ?? '']), c.handler_id ?? ''])])).map((u) => [
      u.id,
      u.display_name,
    ]),
  )
  const court = await ctx.courts.byId(c.court_id)
  const team = c.team_id ? await ctx.repo.teamById(c.team_id) : undefined
  const state = enforcementCaseState(facts)
  const terminated = closure?.mode === 'terminated-for-now'
  const resumedFrom = c.resumed_from_id ? await ctx.repo.caseById(c.resumed_from_id) : undefined
  const resumedAs = await ctx.repo.resumedFrom(c.id)
  const isParty = relation === 'applicant' || relation === 'respondent'
  return {
    id: c.id,
    caseNumber: c.case_number,
    caseType: c.case_type,
    caseTypeName: CASE_TYPE_NAMES[c.case_type],
    state,
    stateName: ENFORCEMENT_STATE_NAMES[state],
    courtId: c.court_id,
    courtName: court?.name ?? '',
    agricultural: c.agricultural === 1,
    agriculturalReasons: JSON.parse(c.agricultural_json) as string[],
    source: {
      kind: source.kind,
      kindName: SOURCE_NAMES[source.kind],
      sourceCaseId: c.source_case_id,
      documentNumber: source.documentNumber,
      issuer: source.issuer,
      effectiveOn: source.effectiveOn,
      performanceDueOn: source.performanceDueOn,
      files: source.fileIds.flatMap((f) => (files.has(f) ? [files.get(f)!] : [])),
    },
    applicants: partyBriefs(parties, 'applicant'),
    respondents: partyBriefs(parties, 'respondent'),
    amountFen: Number(c.amount_fen),
    requests: c.requests,
    appliedOn: c.received_on,
    period: JSON.parse(c.period_json) as EnforcementCaseView['period'],
    fee: FEE_NOTICE,
    team: team ? await teamView(ctx, team) : null,
    handler: c.handler_id ? { accountId: c.handler_id, name: people.get(c.handler_id) ?? '' } : null,
    viewer: {
      side: relation,
      canAddLeads: relation === 'applicant' && state !== 'refused' && !(state === 'closed' && !terminated),
      canComplain: isParty && state !== 'applied',
      canResume: relation === 'applicant' && terminated,
      canRecord: relation === 'team' && state !== 'closed' && state !== 'refused',
    },
    timeline: timeline(facts, await ctx.repo.nodes(c.id), today, rules),
    leads: b.leads.map((l) => leadView(l, rules, today, files)),
    controls: b.controls.map((k) => controlView(k, rules)),
    ledger: ledgerView(b.receipts, await ctx.repo.ledger(c.id), rules, today, c.agricultural === 1, c.case_number ? `执行款专户（${c.case_number}）` : null),
    termination:
      terminated && closure
        ? {
            ruledOn: closure.on,
            rulingNumber: closure.rulingNumber,
            conditions: checkTerminationOfCurrentProcedure({ ...facts, filedOn: c.filed_on! }, closure.on, rules).conditions.map((k) => ({
              ...k,
              id: String(k.id),
            })),
            resumeText: '发现被执行人有可供执行的财产，可以随时申请恢复执行，不受申请执行期限的限制（《终本规定》第九条）。',
            canResume: relation === 'applicant',
            rechecksUntil: terminationRecheckSchedule(closure.on, rules).at(-1)!.due,
            rechecks: recheckViews(closure.on, b.rechecks, rules, today),
          }
        : null,
    complaints: b.complaints.map((k) => complaintView(k, rules, today, c.case_number, people, files)),
    closure: closure
      ? { mode: closure.mode, modeName: CLOSURE_MODE_NAMES[closure.mode], on: closure.on, rulingNumber: closure.rulingNumber, reason: closure.reason }
      : null,
    refusal,
    resumedFrom: resumedFrom ? { id: resumedFrom.id, caseNumber: resumedFrom.case_number } : null,
    resumedAs: resumedAs.map((r) => ({ id: r.id, caseNumber: r.case_number })),
    version: c.version,
  }
}
