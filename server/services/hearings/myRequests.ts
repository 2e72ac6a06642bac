import type { PageQuery } from '../../../contract/common'
import type { Actor } from '../../auth/actor'
import { pageRequest } from '../../db/page'
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

/** Parties: the requests on my cases a page at a time, newest first, with my answer and the hearing once set. */
export async function myRequests(ctx: HearingsContext, actor: Actor, q: PageQuery = {}) {
  const { rows, next } = await ctx.repo.requestPage(actor.sub, await ctx.cases.identityKey(actor), pageRequest(q))
  const items = []
  for (const r of rows) {
    const f = await ctx.repo.acceptedCase(r.case_id)
    const party = f ? await ctx.cases.partyOf(actor, f, await ctx.repo.parties(f.id)) : null
    if (f && party) items.push(await requestSummary(ctx, r, f, party))
  }
  return { items, next }
}
