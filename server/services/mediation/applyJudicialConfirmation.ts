import { formatChineseDate } from '../../../domain/dates/formatChineseDate'
import { judicialConfirmationWindow } from '../../../domain/mediation/judicialConfirmationWindow'
import type { Actor } from '../../auth/actor'
import { badRequest, conflict } from '../../errors'
import type { MediationPartyRow, MediationRow } from '../../repositories/mediation'
import type { MediationContext } from './context'
import { fileJudicialConfirmation } from './fileJudicialConfirmation'
import { partyGate } from './lifecycle'
import { notify, record } from './notify'
import { partyIn } from './people'
import { respond } from './view'
import { loadFor } from './viewer'

/** The last day to apply; refuses once it has passed. */
function openWindow(ctx: MediationContext, effectiveOn: string): string {
  const window = judicialConfirmationWindow({ effectiveOn, today: ctx.today() })
  if (window.open) return window.due
  throw conflict(
    'MEDIATION_JC_EXPIRED',
    `调解协议于${formatChineseDate(effectiveOn)}生效，申请司法确认的期限已在${formatChineseDate(window.due)}届满（《民事诉讼法》第二百零五条：生效之日起三十日内），不能再申请；可以就协议内容向法院起诉`,
  )
}

/** Files the pair's application once; a failure lets a later application try again rather than leave the pair stuck half-filed. */
async function fileOnce(ctx: MediationContext, actorId: string, m: MediationRow, parties: MediationPartyRow[]) {
  if (!(await ctx.repo.claimJudicialConfirmation(m.id, ctx.nowIso()))) return
  try {
    const filingId = await fileJudicialConfirmation(ctx, m, parties)
    await ctx.repo.update(m.id, { jc_filing_id: filingId, updated_at: ctx.nowIso() })
    await record(ctx, actorId, m, 'jc-filed', { filingId })
    const text = '双方已共同申请司法确认，申请已提交法院立案审查，裁定书将通过电子送达发给您'
    await notify(ctx, m, parties, ['applicant', 'respondent', 'mediator'], 'jc-filed', text)
  } catch (err) {
    await ctx.repo.update(m.id, { jc_claimed_at: null })
    throw err
  }
}

/**
 * 司法确认 (民诉法 art. 205): both parties apply within 30 days of the agreement taking effect.
 * The application that completes the pair files a 申请司法确认 (民特, no fee) into the court's review queue.
 */
export async function applyJudicialConfirmation(ctx: MediationContext, actor: Actor, id: string, declaration: boolean) {
  const { m, parties, viewer } = await loadFor(ctx, actor, id)
  const { role, verdict } = partyGate('apply-jc', m, viewer)
  if (!declaration) throw badRequest('MEDIATION_DECLARATION_REQUIRED', '请阅读并勾选承诺：调解协议是双方真实意思表示，不损害他人利益', 'declaration')
  if (verdict === 'not-in-stage') throw conflict('MEDIATION_JC_NOT_PREFILING', '诉讼中达成的调解协议由法院制作调解书，不需要申请司法确认')
  if (verdict !== 'allowed' || !m.agreement_effective_at)
    throw conflict('MEDIATION_JC_NOT_EFFECTIVE', '调解协议还没有生效（需要双方都签名），暂时不能申请司法确认')
  if (m.jc_filing_id) return respond(ctx, actor, id)
  const due = openWindow(ctx, m.agreement_effective_at.slice(0, 10))
  const me = partyIn(parties, role)
  const now = ctx.nowIso()
  if (!me.jc_applied_at) {
    await ctx.repo.markJudicialConfirmationApplied(id, role, now)
    await record(ctx, actor.sub, m, 'jc-applied', { by: role })
  }
  const after = await ctx.repo.parties(id)
  if (after.every((p) => p.jc_applied_at)) await fileOnce(ctx, actor.sub, m, after)
  else {
    await ctx.repo.update(id, { updated_at: now })
    const text = `${me.name}已申请司法确认。司法确认需要双方共同申请，请在${formatChineseDate(due)}前在小程序中申请`
    await notify(ctx, m, after, [role === 'applicant' ? 'respondent' : 'applicant'], 'jc-applied', text)
  }
  return respond(ctx, actor, id)
}
