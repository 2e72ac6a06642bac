import { enforcementApplicationPeriod } from '../../../../domain/enforcement/enforcementApplicationPeriod'
import { isAgriculturalEnforcement } from '../../../../domain/enforcement/isAgriculturalEnforcement'
import { PROPERTY_LEAD_KINDS } from '../../../../domain/enforcement/types'
import type { ApplyBody, LeadInput } from '../../../../contract/enforcement'
import type { Actor } from '../../../auth/actor'
import { orderedId } from '../../../db/ids'
import type { Q } from '../../../db/query'
import { badRequest, conflict } from '../../../errors'
import type { EnforcementContext, StoredParty, StoredSource } from '../context'
import { recordNode } from '../nodes/record'
import type { EnforcementCaseRow, LeadRow } from '../repository'
import { courtRules } from '../rules/courtRules'
import { caseView } from '../views/caseView'
import { eligibleCases, periodView } from './eligible'

/** Refuses a file id the asking person did not upload, at the field that cites it (as filings do). */
export async function requireOwnFiles(ctx: EnforcementContext, actor: Actor, refs: Array<{ id: string; field: string }>) {
  if (refs.length === 0) return
  const owned = new Set((await ctx.files.byIds([...new Set(refs.map((r) => r.id))])).filter((f) => f.owner_id === actor.sub).map((f) => f.id))
  const foreign = refs.find((r) => !owned.has(r.id))
  if (foreign) throw badRequest('ENFORCEMENT_FILE_UNKNOWN', '有一个附件没有上传成功，请重新上传这个附件', foreign.field)
}

export const leadFileRefs = (leads: LeadInput[], prefix = 'leads') =>
  leads.flatMap((l, i) => l.photoFileIds.map((id, j) => ({ id, field: `${prefix}[${i}].photoFileIds[${j}]` })))

export function leadRow(caseId: string, l: LeadInput, by: 'applicant' | 'court', authorId: string, on: string, at: string): LeadRow {
  return {
    id: orderedId('el'),
    case_id: caseId,
    kind: l.kind,
    description: l.description,
    location: l.location,
    urgent: l.urgent ? 1 : 0,
    urgent_reason: l.urgentReason ?? null,
    photo_ids_json: JSON.stringify(l.photoFileIds),
    submitted_on: on,
    submitted_by: by,
    author_id: authorId,
    verified_on: null,
    outcome: null,
    note: null,
    created_at: at,
  }
}

export const leadText = (l: LeadInput, by: 'applicant' | 'court') =>
  `${by === 'applicant' ? '申请执行人提交了' : '法院登记了'}财产线索：${PROPERTY_LEAD_KINDS[l.kind].name}（${l.location}）${l.urgent ? '，申请紧急核查' : ''}`

/** Stores the leads of an application or of a later submission, each as a node of the timeline. */
export async function addLeads(ctx: EnforcementContext, actor: Actor, c: EnforcementCaseRow, leads: LeadInput[], by: 'applicant' | 'court') {
  const today = ctx.today()
  for (const l of leads) {
    const row = leadRow(c.id, l, by, actor.sub, today, ctx.nowIso())
    await recordNode(ctx, actor, c, { kind: 'lead-verification', on: today, text: leadText(l, by), detail: { targetId: row.id } }, async (q: Q) => {
      await ctx.repo.insertLead(q, row)
      if (c.filing_id && l.photoFileIds.length > 0) await ctx.filings.linkFiles(q, c.filing_id, l.photoFileIds)
    })
  }
}

async function fromOutside(ctx: EnforcementContext, actor: Actor, s: Extract<ApplyBody['source'], { kind: 'outside' }>) {
  await requireOwnFiles(
    ctx,
    actor,
    s.fileIds.map((id, i) => ({ id, field: `source.fileIds[${i}]` })),
  )
  const court = await ctx.courts.byId(s.courtId)
  if (!court) throw badRequest('ENFORCEMENT_COURT_UNKNOWN', '请选择执行法院', 'source.courtId')
  const me = (await ctx.users.byId(actor.sub))!
  const applicant: StoredParty = {
    side: 'applicant',
    type: 'person',
    name: me.real_name ?? me.display_name,
    idKey: me.real_name_status === 'verified' && me.id_number ? me.id_number.toUpperCase() : '',
    accountId: me.id,
    mobile: me.mobile,
    address: me.address,
  }
  const respondents: StoredParty[] = s.respondents.map((p) => ({
    side: 'respondent',
    type: p.type,
    name: p.name,
    idKey: (p.idNumber ?? '').toUpperCase(),
    accountId: null,
    mobile: p.mobile ?? null,
    address: p.address ?? null,
  }))
  const source: StoredSource = {
    kind: s.documentKind,
    documentNumber: s.documentNumber,
    issuer: s.issuer,
    effectiveOn: s.effectiveOn,
    performanceDueOn: s.performanceDueOn ?? s.effectiveOn,
    fileIds: s.fileIds,
  }
  return { courtId: court.id, parties: [applicant, ...respondents], source, amountFen: s.amountFen, cause: s.cause ?? null, sourceCaseId: null }
}

async function fromCase(ctx: EnforcementContext, actor: Actor, sourceCaseId: string) {
  const found = (await eligibleCases(ctx, actor)).find((e) => e.view.sourceCaseId === sourceCaseId)
  if (!found) throw badRequest('ENFORCEMENT_SOURCE_NOT_EFFECTIVE', '这件案件的判决书、调解书或裁定书还没有生效，暂时不能申请执行', 'source.sourceCaseId')
  if (found.view.existingEnforcementId) throw conflict('ENFORCEMENT_ALREADY_APPLIED', '这件案件已经申请过执行，请在“我的执行案件”里查看', 'source.sourceCaseId')
  return { courtId: found.view.courtId, parties: found.parties, source: found.source, amountFen: found.view.amountFen, cause: found.cause, sourceCaseId }
}

/**
 * 申请执行: from an effective document of a case in the system, or from an outside one (仲裁裁决,
 * 公证债权文书) uploaded by the applicant. The 2-year period is computed and kept; a late application
 * is accepted with the law's warning (《民诉法解释》第四百八十一条). No fee is asked (交纳办法第二十条).
 */
export async function apply(ctx: EnforcementContext, actor: Actor, body: ApplyBody) {
  await requireOwnFiles(ctx, actor, leadFileRefs(body.leads))
  const base = body.source.kind === 'case' ? await fromCase(ctx, actor, body.source.sourceCaseId) : await fromOutside(ctx, actor, body.source)
  const rules = await courtRules(ctx, base.courtId)
  const today = ctx.today()
  const period = periodView(enforcementApplicationPeriod({ from: base.source.performanceDueOn, on: today }))
  const agri = isAgriculturalEnforcement({ cause: base.cause ?? undefined, subjects: [body.requests, ...body.leads.map((l) => l.description)] }, rules)
  const reasons = [...agri.reasons, ...(body.agricultural && !agri.agricultural ? ['申请人申报为涉农案件'] : [])]
  if (body.leads.some((l) => l.kind === 'livestock' || l.kind === 'land-contract-rights' || l.kind === 'farm-machinery') && reasons.length === 0)
    reasons.push('财产线索涉及牲畜、草场或农机具')
  const now = ctx.nowIso()
  const row: EnforcementCaseRow = {
    id: orderedId('ec'),
    court_id: base.courtId,
    case_type: '执',
    applicant_id: actor.sub,
    filing_id: null,
    source_case_id: base.sourceCaseId,
    source_json: JSON.stringify(base.source),
    parties_json: JSON.stringify(base.parties),
    amount_fen: base.amountFen,
    requests: body.requests,
    cause: base.cause,
    agricultural: reasons.length > 0 ? 1 : 0,
    agricultural_json: JSON.stringify(reasons),
    received_on: today,
    period_json: JSON.stringify(period),
    refused_on: null,
    refusal_json: null,
    case_number: null,
    filed_on: null,
    team_id: null,
    handler_id: null,
    assigned_on: null,
    facts_json: '{}',
    closed_on: null,
    closure_json: null,
    resumed_from_id: null,
    version: 1,
    created_at: now,
    updated_at: now,
  }
  const text = `提交了执行申请（${period.text}${period.late ? '，已超过期限，法院仍会受理' : ''}），等待法院立案审查`
  await recordNode(ctx, actor, row, { kind: 'filing', on: today, text, detail: { application: true } }, async (q) => {
    await ctx.repo.insertCase(q, row)
    await ctx.repo.insertParties(
      q,
      base.parties.flatMap((p, idx) => (p.idKey ? [{ case_id: row.id, idx, side: p.side, name: p.name, id_key: p.idKey }] : [])),
    )
  })
  await addLeads(ctx, actor, row, body.leads, 'applicant')
  return caseView(ctx, row.id, 'applicant')
}
