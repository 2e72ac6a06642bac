import { complaintServedOn } from '../../../domain/scheduling/complaintServedOn'
import { legalServiceDate } from '../../../domain/service/legalServiceDate'
import { shanghaiDay } from '../../clock'
import type { FilingRow } from '../../repositories/filings'
import type { PartyRow } from './access'
import type { HearingsContext } from './context'

type Receipt = Awaited<ReturnType<HearingsContext['repo']['complaintCopyReceipts']>>[number]

/** The day a receipt of the 起诉状副本 makes it served: the day it reached the party, or a public notice's deemed day. */
function servedOnOf(r: Receipt): string {
  if (r.type === 'delivered') return legalServiceDate({ method: 'electronic', deliveredOn: shanghaiDay(new Date(r.at)) }).servedOn
  const { publishedOn } = JSON.parse(r.detail_json) as { publishedOn?: string }
  return legalServiceDate({ method: 'public-notice', publishedOn: String(publishedOn) }).servedOn
}

/** When the 起诉状副本 reached the defendants, from e-service's receipts (see complaintServedOn for the rule). */
export async function complaintServed(ctx: HearingsContext, f: FilingRow, parties: PartyRow[], today: string) {
  const defendants = parties.filter((p) => p.side === 'defendant')
  const receipts = defendants.length === 0 ? [] : await ctx.repo.complaintCopyReceipts(f.id)
  return complaintServedOn({
    filedOn: f.decided_on!,
    today,
    defendants: defendants.map((d) => receipts.filter((r) => r.party_idx === d.idx).map(servedOnOf)),
  })
}
