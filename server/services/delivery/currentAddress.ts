import type { ServiceAddressConfirmation } from '../../../domain/filing/types'
import type { FilingRow } from '../../repositories/filings'
import type { DeliveryContext } from './context'

/** Where the address in force came from: the party's own confirmation, or the filing for the filer's side. */
export type AddressSource = 'filing' | 'party'

export interface CurrentAddress {
  address: ServiceAddressConfirmation
  source: AddressSource
  confirmedAt: string | null
  version: number
}

/**
 * The party's 送达地址确认书 in force: their own latest, else — for the plaintiffs — the one the
 * filing gave (the filer confirmed it when submitting). A defendant has none until they confirm.
 */
export async function currentAddress(ctx: DeliveryContext, f: FilingRow, party: { idx: number; side: string }): Promise<CurrentAddress | null> {
  const row = await ctx.delivery.latestAddress(f.id, party.idx)
  if (row) return { address: JSON.parse(row.data_json) as ServiceAddressConfirmation, source: 'party', confirmedAt: row.confirmed_at, version: row.version }
  if (party.side === 'plaintiff') return { address: ctx.cases.record(f).data.service, source: 'filing', confirmedAt: f.submitted_at, version: 0 }
  return null
}
