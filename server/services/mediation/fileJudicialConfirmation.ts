import type { FilingData, FilingParty } from '../../../domain/filing/types'
import { validateFiling } from '../../../domain/filing/validateFiling'
import type { Actor } from '../../auth/actor'
import { AppError, conflict } from '../../errors'
import type { MediationPartyRow, MediationRow } from '../../repositories/mediation'
import type { UserRow } from '../../repositories/users'
import type { MediationContext } from './context'
import { serviceOf } from './people'
import type { ServiceInput } from './types'

/** The first of the values that is known; '' when none is. */
const firstKnown = (...values: Array<string | null | undefined>): string => values.find((v): v is string => v !== null && v !== undefined) ?? ''

/** Both parties apply together, so both stand on the applying side, reached where they asked to be served. */
function applyingParty(p: MediationPartyRow, u: UserRow | undefined): FilingParty {
  const s = serviceOf(p)
  return {
    side: 'plaintiff',
    type: 'person',
    name: p.name,
    idNumber: firstKnown(u?.id_number, p.id_number),
    mobile: firstKnown(s?.mobile, u?.mobile, p.mobile),
    address: firstKnown(s?.postalAddress, u?.address),
  }
}

/** The applicant's service address for the court's documents; SMS and the app unless they said otherwise. */
function applicantService(applicant: MediationPartyRow): FilingData['service'] {
  const s: Partial<ServiceInput> = serviceOf(applicant) ?? {}
  return {
    app: s.app ?? true,
    sms: s.sms ?? true,
    mobile: s.mobile ?? '',
    postalAddress: s.postalAddress ?? '',
    consentElectronic: true,
    consentSteps: ['filing', 'notices', 'judgment'],
  }
}

/** The 申请司法确认 as the ordinary filing flow takes it: the agreement, who made it before whom, and the applicant's service address. */
async function applicationData(ctx: MediationContext, m: MediationRow, people: Array<{ p: MediationPartyRow; u: UserRow | undefined }>): Promise<FilingData> {
  const mediator = m.mediator_id ? await ctx.users.byId(m.mediator_id) : undefined
  const court = await ctx.courts.byId(m.court_id)
  const effectiveOn = m.agreement_effective_at!.slice(0, 10)
  const before = `${court?.name ?? '人民法院'}在线调解（调解员：${mediator?.display_name ?? ''}）`
  return {
    kind: 'judicial-confirmation',
    courtId: m.court_id,
    targetCourtId: m.court_id,
    parties: people.map(({ p, u }) => applyingParty(p, u)),
    claims: [{ text: `确认双方于${effectiveOn}达成的调解协议（调解编号${m.number}）有效` }],
    facts: `双方的纠纷经${before}，于${effectiveOn}达成调解协议，双方均已电子签名，协议已生效。协议内容：${m.agreement_terms ?? ''}`,
    procedure: 'simple',
    agricultural: false,
    evidence: [{ name: `调解协议（${m.number}）`, proves: `双方在线签署、于${effectiveOn}生效的调解协议，全文见调解编号${m.number}`, fileIds: [] }],
    service: applicantService(people.find((x) => x.p.role === 'applicant')!.p),
    declaration: true,
  }
}

/** Files 申请司法确认 for both parties, as the applicant, through the ordinary filing flow; returns the filing's id. */
export async function fileJudicialConfirmation(ctx: MediationContext, m: MediationRow, parties: MediationPartyRow[]): Promise<string> {
  const people = await Promise.all(parties.map(async (p) => ({ p, u: p.user_id ? await ctx.users.byId(p.user_id) : undefined })))
  const data = await applicationData(ctx, m, people)
  const problems = validateFiling(data, ctx.today())
  if (problems.length > 0) {
    const p = problems[0]
    throw new AppError(400, p.code, `司法确认申请材料不完整：${p.message}`, p.field, problems)
  }
  const filer = people.find((x) => x.p.role === 'applicant')!.u
  if (!filer) throw conflict('MEDIATION_PARTY_UNLINKED', '申请人的账号不存在，无法提交司法确认申请')
  const filerActor: Actor = { sub: filer.id, role: filer.role, courtId: null }
  const draft = await ctx.filingsService.create(filerActor, { kind: 'judicial-confirmation', courtId: m.court_id })
  await ctx.filingsService.saveDraft(filerActor, draft.id, data)
  return (await ctx.filingsService.submit(filerActor, draft.id)).id
}
