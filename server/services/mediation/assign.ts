import { MEDIATION_LIFECYCLE } from '../../../domain/mediation/mediationLifecycle'
import type { Actor } from '../../auth/actor'
import { badRequest, conflict } from '../../errors'
import { MEDIATOR_ROLES, type MediationContext } from './context'
import { actorKindOf, gate } from './lifecycle'
import { notify, record } from './notify'
import { respond } from './view'
import { isCourtStaffOf, loadFor, loadMediation } from './viewer'

/** The court assigns a mediator (art. 10) to a request nobody chose one for, or after a decline. */
export async function assign(ctx: MediationContext, actor: Actor, id: string, mediatorId: string) {
  const { m, parties, viewer } = await loadFor(ctx, actor, id)
  // A judge of the court assigns as staff even when they are also this mediation's mediator.
  const who = isCourtStaffOf(actor, m) ? 'staff' : actorKindOf(viewer)
  if (gate('assign', m, who) !== 'allowed') throw conflict('MEDIATION_ALREADY_SCHEDULED', '这次调解已经约定了时间，不能再更换调解员')
  const mediator = await ctx.users.byId(mediatorId)
  if (!mediator || !MEDIATOR_ROLES.includes(mediator.role) || mediator.court_id !== m.court_id)
    throw badRequest('MEDIATION_MEDIATOR_INVALID', '请选择本院的一位调解员或法官', 'mediatorId')
  const patch = { status: 'requested' as const, mediator_id: mediator.id, chosen_by: 'court' as const, received_on: ctx.today(), updated_at: ctx.nowIso() }
  if (!(await ctx.repo.transition(id, MEDIATION_LIFECYCLE.assign.in, patch)))
    throw conflict('MEDIATION_ALREADY_SCHEDULED', '这次调解的状态刚刚变了，请刷新后再试')
  const after = await loadMediation(ctx, id)
  await record(ctx, actor.sub, after, 'assigned', { mediator: mediator.display_name })
  await notify(ctx, after, parties, ['mediator'], 'assigned', '法院指定您主持这次调解，请在3个工作日内确认是否接受（《人民法院在线调解规则》第十二条）')
  await notify(ctx, after, parties, ['applicant', 'respondent'], 'assigned', `法院指定${mediator.display_name}主持调解，请在小程序中选择调解时间`)
  return respond(ctx, actor, id)
}
