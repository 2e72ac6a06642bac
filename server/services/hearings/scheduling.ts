import { addDays } from '../../../domain/dates/addDays'
import type { FilingData, Procedure } from '../../../domain/filing/types'
import { trialLimitEnd } from '../../../domain/periods/trialLimitEnd'
import type { FarmWindowOverride } from '../../../domain/scheduling/farmCalendar'
import type { HalfDay } from '../../../domain/scheduling/hearingInput'
import type { AgreedPeriods } from '../../../domain/service/renderDocument'
import { orderHearingVenues } from '../../../domain/scheduling/orderHearingVenues'
import type { FilingRow } from '../../repositories/filings'
import type { HearingAnswerRow, HearingRequestRow } from '../../repositories/hearings'
import type { CaseRecord } from '../cases/caseKernel'
import { complaintServed } from './complaintServed'
import type { HearingsContext } from './context'
import { type PartyPlan, partyPlans } from './partyPlans'

export type Venue = Awaited<ReturnType<HearingsContext['repo']['venuesOfCourt']>>[number]
type Busy = Array<{ date: string; half: HalfDay }>

/** Everything scheduling one case reads, gathered from real data: the case, its parties, the court's judges and venues. */
export interface Scheduling {
  f: FilingRow
  data: FilingData
  today: string
  procedure: Procedure
  filedOn: string
  limitEnd: string
  complaint: { servedOn: string; assumed: boolean }
  /** small claims: the periods the judge recorded as agreed with the parties (《民诉法解释》第二百七十五条) */
  agreed: AgreedPeriods
  parties: PartyPlan[]
  judges: Array<{ id: string; name: string; busy: Busy }>
  venues: Array<Venue & { busy: Busy }>
  overrides: FarmWindowOverride[]
  openRequest: HearingRequestRow | undefined
  answers: HearingAnswerRow[]
}

type Live = Awaited<ReturnType<HearingsContext['repo']['liveHearingsOfCourt']>>
const busyOf = (live: Live, taken: (h: Live[number]) => boolean): Busy => live.filter(taken).map((h) => ({ date: h.date, half: h.half }))

/** The court's judges with the half-days they sit, the case's own judge first (suggestHearingSlots prefers the first). */
async function judgesOf(ctx: HearingsContext, f: FilingRow, live: Live): Promise<Scheduling['judges']> {
  const rows = await ctx.repo.judgesOfCourt(f.target_court_id)
  return rows
    .map((j) => ({ id: j.id, name: j.display_name, busy: busyOf(live, (h) => h.judge_id === j.id) }))
    .sort((a, b) => Number(b.id === f.judge_id) - Number(a.id === f.judge_id))
}

/** Loads what suggestions and checks of one case need, as of today. */
export async function loadScheduling(ctx: HearingsContext, c: CaseRecord): Promise<Scheduling> {
  const { row: f, data } = c
  const today = ctx.today()
  const procedure = f.procedure as Procedure
  const filedOn = f.decided_on!
  const partyRows = await ctx.repo.parties(f.id)
  const openRequest = await ctx.repo.openRequest(f.id)
  const answers = openRequest ? await ctx.repo.answers(openRequest.id) : []
  const venueRows = await ctx.repo.venuesOfCourt(f.target_court_id)
  const parties = await partyPlans(ctx, c, partyRows, answers, venueRows)
  const live = await ctx.repo.liveHearingsOfCourt(f.target_court_id, addDays(today, 1))
  const venues = orderHearingVenues(
    venueRows.map((v) => ({ ...v, busy: busyOf(live, (h) => h.room_id === v.id) })),
    { agricultural: f.agricultural === 1, nearIds: parties.flatMap((p) => p.nearRoomIds) },
  )
  return {
    f,
    data,
    today,
    procedure,
    filedOn,
    limitEnd: trialLimitEnd({ procedure, filedOn }),
    complaint: await complaintServed(ctx, c, partyRows, today),
    agreed: f.agreed_periods_json ? (JSON.parse(f.agreed_periods_json) as AgreedPeriods) : {},
    parties,
    judges: await judgesOf(ctx, f, live),
    venues,
    overrides: await ctx.farmService.overridesOf(f.target_court_id),
    openRequest,
    answers,
  }
}
