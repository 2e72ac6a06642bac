import { complaintServedOn } from '../../../domain/scheduling/complaintServedOn'
import type { ServiceMethod } from '../../../domain/service/documentServedOn'
import type { CaseRecord } from '../cases/caseKernel'
import { serviceDateOf } from '../delivery/serviceDate'
import type { PartyRow } from './access'
import type { HearingsContext } from './context'

type Receipt = Awaited<ReturnType<HearingsContext['repo']['complaintCopyReceipts']>>[number]

/**
 * The days the 起诉状副本 copies sent to one defendant count as served, by e-service's own rule
 * (serviceDateOf: the earliest channel; read or signed for an address they had not confirmed; 30
 * days of public notice, 60 abroad). A copy not served yet gives no day.
 */
function servedDays(receipts: Receipt[], abroad: boolean): string[] {
  const byDoc = new Map<string, Receipt[]>()
  for (const r of receipts) byDoc.set(r.document_id, [...(byDoc.get(r.document_id) ?? []), r])
  const days: string[] = []
  for (const events of byDoc.values()) {
    const served = serviceDateOf(events[0].method as ServiceMethod, events, abroad)
    if (served) days.push(served.servedOn)
  }
  return days
}

/** When the 起诉状副本 reached the defendants, from e-service's receipts (see complaintServedOn for the rule). */
export async function complaintServed(ctx: HearingsContext, c: CaseRecord, parties: PartyRow[], today: string) {
  const f = c.row
  const defendants = parties.filter((p) => p.side === 'defendant')
  const receipts = defendants.length === 0 ? [] : await ctx.repo.complaintCopyReceipts(f.id)
  return complaintServedOn({
    filedOn: f.decided_on!,
    today,
    defendants: defendants.map((d) =>
      servedDays(
        receipts.filter((r) => r.party_idx === d.idx),
        c.data.parties[d.idx]?.abroad === true,
      ),
    ),
  })
}
