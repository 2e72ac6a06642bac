import { MEDIATION_LIFECYCLE, type MediationAction } from '../../../domain/mediation/mediationLifecycle'
import type { Actor } from '../../auth/actor'
import { badRequest, conflict } from '../../errors'
import type { MediationRow } from '../../repositories/mediation'
import { endBooking } from './bookingParts'
import type { MediationContext } from './context'
import { actorKindOf, gate } from './lifecycle'
import { notify, record } from './notify'
import type { OutcomeInput } from './types'
import { respond } from './view'
import { loadFor } from './viewer'

type Result = OutcomeInput['result']

const ACTION: Record<Result, MediationAction> = { agreement: 'record-agreement', 'no-agreement': 'record-no-agreement', withdrawn: 'record-withdrawn' }
const LEADS_TO: Record<Result, MediationRow['status']> = { agreement: 'signing', 'no-agreement': 'failed', withdrawn: 'withdrawn' }

/** An agreement must say who gives what when (art. 19); a failure must say why (art. 21). */
function checkText(result: Result, terms: string, note: string) {
  if (result === 'agreement' && terms.length < 10)
    throw badRequest('MEDIATION_TERMS_TOO_SHORT', '请写清调解协议的内容（谁在什么时候给付什么），至少10个字', 'terms')
  if (result === 'no-agreement' && note.length < 4)
    throw badRequest('MEDIATION_REASON_REQUIRED', '请写明调解不成的原因（《人民法院在线调解规则》第二十一条）', 'note')
}

function noticeText(m: MediationRow, result: Result, note: string): string {
  if (result === 'agreement') return '调解员已记录调解协议，请打开小程序核对协议内容并签名；双方都签名后协议生效（《人民法院在线调解规则》第十九条）'
  if (result === 'withdrawn') return '这次调解已撤回'
  return `这次调解没有达成协议。原因：${note}${m.stage === 'pre-filing' ? '。申请人可以在小程序中一键转为网上立案' : ''}`
}

/** After the session: an agreement (then signatures), no agreement (art. 21), or withdrawn (art. 25). */
export async function outcome(ctx: MediationContext, actor: Actor, id: string, input: OutcomeInput) {
  const { m, parties, viewer } = await loadFor(ctx, actor, id)
  const action = ACTION[input.result]
  const verdict = gate(action, m, actorKindOf(viewer))
  const now = ctx.nowIso()
  const terms = input.terms?.trim() ?? ''
  const note = input.note?.trim() ?? ''
  checkText(input.result, terms, note)
  if (verdict !== 'allowed')
    throw conflict('MEDIATION_OUTCOME_NOT_NOW', input.result === 'agreement' ? '调解时间还没有确定，不能记录调解协议' : '这次调解已经有结果了')
  await ctx.transact(async (trx) => {
    await endBooking(ctx, m.booking_id, 'released', trx)
    const patch = { status: LEADS_TO[input.result], outcome: input.result, outcome_note: note || null, outcome_at: now, updated_at: now }
    const ok = await ctx.repo.transition(id, MEDIATION_LIFECYCLE[action].in, { ...patch, agreement_terms: input.result === 'agreement' ? terms : null }, trx)
    if (!ok) throw conflict('MEDIATION_OUTCOME_NOT_NOW', '这次调解的状态刚刚变了，请刷新后再试')
  })
  await record(ctx, actor.sub, m, `outcome-${input.result}`, input.result === 'agreement' ? { terms } : { note })
  await notify(ctx, m, parties, ['applicant', 'respondent'], `outcome-${input.result}`, noticeText(m, input.result, note))
  return respond(ctx, actor, id)
}
