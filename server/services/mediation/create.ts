import { validateMediationRequest } from '../../../domain/mediation/validateMediationRequest'
import type { Actor } from '../../auth/actor'
import type { MediationRow } from '../../repositories/mediation'
import type { UserRow } from '../../repositories/users'
import { rejectAll, type MediationContext } from './context'
import { chosenMediator, newMediationRow, targetOf, type Target } from './createParts'
import { notify, record } from './notify'
import { isVerified, needRealName, userOf } from './people'
import type { CreateInput } from './types'
import { respond } from './view'

/** Stores the request with both parties: the applicant consented and left a service address; the respondent is invited. */
async function store(ctx: MediationContext, row: MediationRow, u: UserRow, target: Target, input: CreateInput, invitee: string | null) {
  const s = input.service
  await ctx.transact(async (trx) => {
    await ctx.repo.insert(trx, row)
    await ctx.repo.insertParty(trx, {
      mediation_id: row.id,
      role: 'applicant',
      user_id: u.id,
      name: u.real_name!,
      mobile: u.mobile,
      id_number: u.id_number,
      consent_at: row.created_at,
      service_json: JSON.stringify({ mobile: s.mobile.trim(), postalAddress: s.postalAddress.trim(), app: s.app, sms: s.sms }),
      signed_at: null,
      jc_applied_at: null,
    })
    await ctx.repo.insertParty(trx, {
      mediation_id: row.id,
      role: 'respondent',
      user_id: invitee,
      ...target.respondent,
      consent_at: null,
      service_json: null,
      signed_at: null,
      jc_applied_at: null,
    })
    await record(ctx, u.id, row, 'requested', { stage: row.stage }, trx)
  })
}

/** A verified party asks for mediation, before filing against a named person or in an accepted case of theirs. */
export async function create(ctx: MediationContext, actor: Actor, input: CreateInput) {
  const u = await userOf(ctx, actor)
  if (!isVerified(u) || !u.id_number) throw needRealName()
  const problems = validateMediationRequest(input, ctx.today())
  if (problems.length > 0) rejectAll(problems)
  const at = { now: ctx.nowIso(), day: ctx.today() }
  const target = await targetOf(ctx, actor, u, input)
  const mediator = await chosenMediator(ctx, input, target)
  const row = newMediationRow(input, u, target, mediator, at)
  // Someone already verified under the ID number the invitation names gets it in the app at once.
  const { id_number } = target.respondent
  const matches = id_number ? (await ctx.repo.verifiedByIdNumber(id_number)).filter((x) => x.id !== u.id) : []
  await store(ctx, row, u, target, input, matches.length === 1 ? matches[0].id : null)
  const parties = await ctx.repo.parties(row.id)
  if (row.mediator_id)
    await notify(ctx, row, parties, ['mediator'], 'assigned', `${u.real_name}申请调解，请在3个工作日内确认是否接受（《人民法院在线调解规则》第十二条）`)
  return respond(ctx, actor, row.id)
}
