import { randomUUID } from 'node:crypto'
import type { Actor } from '../../auth/actor'
import { badRequest } from '../../errors'
import type { MediationRow } from '../../repositories/mediation'
import type { UserRow } from '../../repositories/users'
import { caseOf } from './caseOf'
import type { MediationContext } from './context'
import type { CreateInput } from './types'

/** Where a request goes and whom it is against; in a case, also the case it belongs to. */
export interface Target {
  courtId: string
  respondent: { name: string; mobile: string | null; id_number: string | null }
  caseInfo: { filing_id: string; case_number: string | null; procedure: string | null; mediator_id: string | null } | null
}

async function inCase(ctx: MediationContext, actor: Actor, input: CreateInput): Promise<Target> {
  if (!input.filingId) throw badRequest('MEDIATION_CASE_REQUIRED', '请选择要调解的案件', 'filingId')
  const { f, other } = await caseOf(ctx, actor, input.filingId)
  return {
    courtId: f.target_court_id,
    respondent: { name: other.name, mobile: other.mobile, id_number: other.id_key },
    // A judge who mediates their own case (在线调解规则 art. 24, second paragraph).
    caseInfo: { filing_id: f.id, case_number: f.case_number, procedure: f.procedure, mediator_id: f.judge_id },
  }
}

async function preFiling(ctx: MediationContext, u: UserRow, input: CreateInput): Promise<Target> {
  const courtId = input.courtId ?? ''
  if (!courtId || !(await ctx.courts.byId(courtId))) throw badRequest('MEDIATION_COURT_UNKNOWN', '没有找到这个法院，请重新选择', 'courtId')
  const r = input.respondent!
  const idNumber = r.idNumber?.trim().toUpperCase() || null
  if ((idNumber && idNumber === u.id_number) || r.mobile.trim() === u.mobile) {
    throw badRequest('MEDIATION_RESPONDENT_IS_SELF', '对方当事人不能是您自己，请核对对方的手机号和身份证号', 'respondent.mobile')
  }
  return { courtId, respondent: { name: r.name.trim(), mobile: r.mobile.trim(), id_number: idNumber }, caseInfo: null }
}

export const targetOf = (ctx: MediationContext, actor: Actor, u: UserRow, input: CreateInput): Promise<Target> =>
  input.stage === 'in-case' ? inCase(ctx, actor, input) : preFiling(ctx, u, input)

/** The case's judge in a case; otherwise the mediator the applicant chose from the court's roster, if any (art. 10). */
export async function chosenMediator(ctx: MediationContext, input: CreateInput, target: Target): Promise<Pick<MediationRow, 'mediator_id' | 'chosen_by'>> {
  const judge = target.caseInfo?.mediator_id ?? null
  if (!input.mediatorId || target.caseInfo) return { mediator_id: judge, chosen_by: judge ? 'court' : null }
  const a = await ctx.repo.availability(input.mediatorId)
  if (!a || a.court_id !== target.courtId) throw badRequest('MEDIATION_MEDIATOR_INVALID', '这位调解员不在本院的调解员名册里，请重新选择', 'mediatorId')
  return { mediator_id: input.mediatorId, chosen_by: 'party' }
}

/** A new request as stored: waiting for a session, with the time limit to start once the mediator accepts. */
export function newMediationRow(
  input: CreateInput,
  u: UserRow,
  target: Target,
  mediator: Pick<MediationRow, 'mediator_id' | 'chosen_by'>,
  at: { now: string; day: string },
): MediationRow {
  const none = { mediator_confirmed_at: null, limit_due: null, booking_id: null, decline_reason: null, outcome: null, outcome_note: null, outcome_at: null }
  const unsettled = { agreement_terms: null, agreement_effective_at: null, jc_due: null, jc_claimed_at: null, jc_filing_id: null, draft_filing_id: null }
  return {
    id: `m-${randomUUID()}`,
    number: `TJ${at.day.replace(/-/g, '')}${randomUUID().slice(0, 6).toUpperCase()}`,
    court_id: target.courtId,
    stage: input.stage,
    filing_id: target.caseInfo?.filing_id ?? null,
    case_number: target.caseInfo?.case_number ?? null,
    procedure: target.caseInfo?.procedure ?? null,
    dispute: input.dispute.trim(),
    claim: input.claim.trim(),
    amount_fen: input.amountFen ?? null,
    status: 'requested',
    requested_by: u.id,
    requested_on: at.day,
    ...mediator,
    received_on: mediator.mediator_id ? at.day : null,
    ...none,
    ...unsettled,
    created_at: at.now,
    updated_at: at.now,
  }
}
