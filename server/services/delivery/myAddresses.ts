import type { ServiceAddressConfirmation } from '../../../domain/filing/types'
import type { Actor } from '../../auth/actor'
import type { CasePartyRow } from '../../repositories/delivery'
import type { FilingRow } from '../../repositories/filings'
import { partyKey } from './access'
import { currentAddress, type CurrentAddress } from './currentAddress'
import type { DeliveryContext } from './context'

/** The confirmation in force as the party's list shows it; version 0 means none yet. */
const inForce = (current: CurrentAddress | null) =>
  current
    ? { current: current.address, source: current.source, confirmedAt: current.confirmedAt, version: current.version }
    : { current: null, source: null, confirmedAt: null, version: 0 }

/** One case's 送达地址确认书 for one party: the one in force, its version, and what to suggest when there is none. */
async function addressOf(ctx: DeliveryContext, c: FilingRow, p: CasePartyRow) {
  const { data } = ctx.cases.record(c)
  return {
    caseId: c.id,
    caseNumber: c.case_number ?? '',
    partyIdx: p.idx,
    partyName: p.name,
    side: p.side,
    ...inForce(await currentAddress(ctx, c, p)),
    suggested: { mobile: p.mobile ?? '', postalAddress: data.parties[p.idx]?.address ?? '' },
  }
}
export type MyAddress = Awaited<ReturnType<typeof addressOf>>

/** The 送达地址确认书 of every case naming me, with the one in force and how many times it changed. */
export async function myAddresses(ctx: DeliveryContext, actor: Actor): Promise<MyAddress[]> {
  const key = await partyKey(ctx, actor)
  if (!key) return []
  const out: MyAddress[] = []
  for (const c of await ctx.delivery.casesNaming(key)) {
    for (const p of (await ctx.delivery.parties(c.id)).filter((x) => x.id_key === key)) out.push(await addressOf(ctx, c, p))
  }
  return out
}

/** The form as stored: trimmed, the e-mail only when given, no steps without consent. */
export const normalisedAddress = (input: ServiceAddressConfirmation): ServiceAddressConfirmation => ({
  app: input.app,
  sms: input.sms,
  mobile: input.mobile.trim(),
  ...(input.email?.trim() ? { email: input.email.trim() } : {}),
  postalAddress: input.postalAddress.trim(),
  consentElectronic: input.consentElectronic,
  consentSteps: input.consentElectronic ? input.consentSteps : [],
})
