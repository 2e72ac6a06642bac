import { validateMediationRequest } from '../../../domain/mediation/validateMediationRequest'
import { badRequest } from '../../errors'
import type { MediationPartyRow, MediationRow } from '../../repositories/mediation'
import { rejectAll, type MediationContext } from './context'
import type { ConsentInput } from './types'

/** Consent (art. 4) and an e-service address (art. 8) the first time a party takes part. */
export async function consentIfNeeded(ctx: MediationContext, m: MediationRow, party: MediationPartyRow, input: ConsentInput): Promise<void> {
  if (party.consent_at) return
  if (input.consent !== true) throw badRequest('MEDIATION_CONSENT_REQUIRED', '在线调解需要您的同意，请勾选“同意在线调解”', 'consent')
  const s = input.service
  if (!s) throw badRequest('MEDIATION_SERVICE_REQUIRED', '请填写接收调解通知和文书的手机号和地址', 'service')
  // The same checks as a request, on the address alone.
  const problems = validateMediationRequest({ stage: 'in-case', dispute: '（对方当事人确认送达地址）', claim: '同意', consent: true, service: s }, ctx.today())
  if (problems.length > 0) rejectAll(problems)
  const service = JSON.stringify({ mobile: s.mobile.trim(), postalAddress: s.postalAddress.trim(), app: s.app, sms: s.sms })
  await ctx.repo.updateParty(m.id, party.role, { consent_at: ctx.nowIso(), service_json: service })
  party.consent_at = ctx.nowIso()
  party.service_json = service
}
