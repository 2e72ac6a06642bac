import { circuitPointsNear, type HearingVenue } from '../../../domain/scheduling/circuitPointsNear'
import type { HearingAnswerRow } from '../../repositories/hearings'
import type { CaseRecord } from '../cases/caseKernel'
import type { BusyRange } from '../farm'
import type { PartyRow } from './access'
import type { HearingsContext } from './context'

/** What one party brings to scheduling, and where it came from (for the judge's view). */
export interface PartyPlan {
  row: PartyRow
  accountIds: string[]
  farm?: { region: string; activities: string[] }
  farmSource: 'profile' | 'filing' | null
  unavailable: BusyRange[]
  nearRoomIds: string[]
  /** a defendant without domicile in China: 30 days to answer (民事诉讼法第二百八十五条) */
  abroad: boolean
}

type Profile = Awaited<ReturnType<HearingsContext['farm']['profilesOf']>>[number]

/** The party the filer filed as: their own by verified ID number, else the first plaintiff. */
async function filerParty(ctx: HearingsContext, c: CaseRecord, rows: PartyRow[]): Promise<PartyRow | undefined> {
  const filer = await ctx.users.byId(c.row.filer_id)
  const own = filer ? await ctx.cases.partyOf({ sub: filer.id, role: filer.role, courtId: filer.court_id }, c.row, rows) : null
  return own ?? rows.find((p) => p.side === 'plaintiff')
}

/** A party's own 农忙 profile counts; failing that, the filer's farm details from the complaint stand until they save one. */
function farmOf(own: Profile[], filedFarm: CaseRecord['data']['farm'] | undefined): Pick<PartyPlan, 'farm' | 'farmSource'> {
  const withRegion = own.find((p) => p.region)
  if (withRegion?.region) return { farm: { region: withRegion.region, activities: JSON.parse(withRegion.activities_json) as string[] }, farmSource: 'profile' }
  if (own.length === 0 && filedFarm?.region) return { farm: { region: filedFarm.region, activities: filedFarm.activities }, farmSource: 'filing' }
  return { farmSource: null }
}

/**
 * Each party of the case as scheduling sees them: their accounts, farm season, the days they
 * cannot come (from their profiles and their answer to the open request), and the circuit points
 * near where they live.
 */
export async function partyPlans(
  ctx: HearingsContext,
  c: CaseRecord,
  rows: PartyRow[],
  answers: HearingAnswerRow[],
  venues: HearingVenue[],
): Promise<PartyPlan[]> {
  const accounts = await ctx.repo.accountsOf([...new Set(rows.map((p) => p.id_key))])
  const profiles = new Map((await ctx.farm.profilesOf(accounts.map((a) => a.id))).map((p) => [p.user_id, p] as const))
  const filer = await filerParty(ctx, c, rows)
  return rows.map((row) => {
    const accountIds = accounts.filter((a) => a.id_number?.toUpperCase() === row.id_key).map((a) => a.id)
    const own = accountIds.map((id) => profiles.get(id)).filter((p) => p !== undefined)
    const answer = answers.find((a) => a.party_idx === row.idx)
    const unavailable = [...own.flatMap((p) => JSON.parse(p.busy_json) as BusyRange[]), ...(answer ? (JSON.parse(answer.busy_json) as BusyRange[]) : [])]
    return {
      row,
      accountIds,
      ...farmOf(own, filer?.idx === row.idx ? c.data.farm : undefined),
      unavailable,
      nearRoomIds: circuitPointsNear(c.data.parties[row.idx]?.address ?? '', venues),
      // The 30-day defence period is a defendant's (第二百八十五条); a plaintiff abroad changes nothing here.
      abroad: row.side === 'defendant' && c.data.parties[row.idx]?.abroad === true,
    }
  })
}
