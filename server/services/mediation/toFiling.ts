import type { FilingData } from '../../../domain/filing/types'
import type { Actor } from '../../auth/actor'
import { conflict } from '../../errors'
import type { MediationPartyRow, MediationRow } from '../../repositories/mediation'
import type { MediationContext } from './context'
import { actorKindOf, gate } from './lifecycle'
import { record } from './notify'
import { partyIn, serviceOf } from './people'
import { loadFor } from './viewer'

/** The complaint as far as the mediation already knows it: the other side as defendant, the claim, the facts and the service address. */
function complaintFrom(m: MediationRow, applicant: MediationPartyRow, respondent: MediationPartyRow, draft: FilingData): FilingData {
  const service = serviceOf(applicant)
  return {
    ...draft,
    parties: [
      ...draft.parties.filter((p) => p.side === 'plaintiff'),
      { side: 'defendant', type: 'person', name: respondent.name, idNumber: respondent.id_number ?? '', mobile: respondent.mobile ?? '', address: '' },
    ],
    claims: [{ text: m.claim, ...(m.amount_fen !== null ? { amountFen: Number(m.amount_fen) } : {}) }],
    facts: `${m.dispute}\n（本纠纷已经诉前在线调解，调解编号${m.number}，未能达成调解协议。）`,
    service: service ? { ...draft.service, mobile: service.mobile, postalAddress: service.postalAddress, app: service.app, sms: service.sms } : draft.service,
  }
}

/** A pre-filing mediation that failed becomes a filing draft with everything already known filled in (art. 21(1)). */
export async function toFiling(ctx: MediationContext, actor: Actor, id: string) {
  const { m, parties, viewer } = await loadFor(ctx, actor, id)
  if (gate('to-filing', m, actorKindOf(viewer)) !== 'allowed') throw conflict('MEDIATION_NOT_FAILED', '只有诉前调解不成功时才能转为网上立案')
  if (m.draft_filing_id) return { filingId: m.draft_filing_id }
  const applicant = partyIn(parties, 'applicant')
  const filerActor: Actor = { sub: applicant.user_id!, role: actor.role, courtId: null }
  const draft = await ctx.filingsService.create(filerActor, { kind: 'civil-first', courtId: m.court_id })
  await ctx.filingsService.saveDraft(filerActor, draft.id, complaintFrom(m, applicant, partyIn(parties, 'respondent'), draft.data))
  await ctx.repo.update(id, { draft_filing_id: draft.id, updated_at: ctx.nowIso() })
  await record(ctx, actor.sub, m, 'to-filing', { filingId: draft.id })
  return { filingId: draft.id }
}
