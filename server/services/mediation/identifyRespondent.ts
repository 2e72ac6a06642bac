import { validateResidentId } from '../../../domain'
import { OPEN_MEDIATION_STATES } from '../../../domain/mediation/mediationLifecycle'
import type { Actor } from '../../auth/actor'
import { badRequest, conflict, forbidden } from '../../errors'
import type { MediationContext } from './context'
import { record } from './notify'
import { partyIn } from './people'
import { respond } from './view'
import { loadFor } from './viewer'

/**
 * 核实对方身份: an invitation that names the respondent only by name and mobile binds nobody, so
 * the respondent cannot take part in the app. The mediator (or the court's staff), having checked
 * who the person is — by phone, or when they come in — records the ID number; from then the
 * respondent is found by it once verified, exactly as if the applicant had given it.
 */
export async function identifyRespondent(ctx: MediationContext, actor: Actor, id: string, input: { idNumber: string }) {
  const { m, parties, viewer } = await loadFor(ctx, actor, id)
  if (viewer.kind === 'party') throw forbidden('只有调解员或法院工作人员可以核实对方身份')
  if (!OPEN_MEDIATION_STATES.includes(m.status)) throw conflict('MEDIATION_CLOSED', '这次调解已经结束，不能再修改')
  const respondent = partyIn(parties, 'respondent')
  if (respondent.user_id) throw conflict('MEDIATION_RESPONDENT_LINKED', '对方已经在小程序里确认了身份，不用再填写')
  const idNumber = input.idNumber.trim().toUpperCase()
  const checked = validateResidentId(idNumber, ctx.today())
  if (!checked.ok) throw badRequest('MEDIATION_RESPONDENT_ID_INVALID', `对方的身份证号有误：${checked.reason}`, 'idNumber')
  if (idNumber === partyIn(parties, 'applicant').id_number?.toUpperCase()) {
    throw badRequest('MEDIATION_RESPONDENT_IS_SELF', '这是申请人自己的身份证号，请核对对方的身份证号', 'idNumber')
  }
  await ctx.repo.updateParty(m.id, 'respondent', { id_number: idNumber })
  // Already verified under that number: the invitation is theirs now, as at a request naming it.
  const holders = await ctx.repo.verifiedByIdNumber(idNumber)
  if (holders.length === 1) await ctx.repo.linkParty(m.id, 'respondent', holders[0].id)
  await record(ctx, actor.sub, m, 'respondent-identified')
  return respond(ctx, actor, id)
}
