import type { Actor } from '../../auth/actor'
import type { FilingRow } from '../../repositories/filings'
import type { HearingAnswerRow, HearingRequestRow, HearingRow } from '../../repositories/hearings'
import type { PartyRow } from './access'
import type { HearingsContext } from './context'
import { halfDayLabel } from './labels'

const answerSummary = (a: HearingAnswerRow) => ({ kind: a.kind, label: a.date && a.half ? halfDayLabel(a.date, a.half) : null })

async function hearingSummary(ctx: HearingsContext, h: HearingRow) {
  const venue = (await ctx.courts.rooms(h.court_id)).find((v) => v.id === h.room_id)
  return {
    label: halfDayLabel(h.date, h.half),
    roomName: venue?.name ?? '',
    address: venue?.address ?? '',
    status: h.status,
    postponeReason: h.postpone_reason,
  }
}

/** One request as it shows in the party's list: my answer, and the hearing once it is set. */
async function requestSummary(ctx: HearingsContext, r: HearingRequestRow, f: FilingRow, party: PartyRow) {
  const answer = (await ctx.repo.answers(r.id)).find((a) => a.party_idx === party.idx)
  const hearing = r.hearing_id ? await ctx.repo.hearing(r.hearing_id) : undefined
  return {
    id: r.id,
    caseId: f.id,
    caseNumber: f.case_number ?? '',
    status: r.status,
    requestedAt: r.requested_at,
    answer: answer ? answerSummary(answer) : null,
    hearing: hearing ? await hearingSummary(ctx, hearing) : null,
  }
}

/** Parties: the requests on my cases, newest first, with my answer and the hearing once set. */
export async function myRequests(ctx: HearingsContext, actor: Actor) {
  const cases = await ctx.repo.casesOfParty(actor.sub, await ctx.cases.identityKey(actor))
  const requests = await ctx.repo.requestsOfCases(cases.map((c) => c.id))
  const out = []
  for (const r of requests) {
    const f = cases.find((c) => c.id === r.case_id)!
    const party = await ctx.cases.partyOf(actor, f, await ctx.repo.parties(f.id))
    if (party) out.push(await requestSummary(ctx, r, f, party))
  }
  return out
}
