import { partySideName } from '../../../domain/filing/partySideName'
import type { FilingKind } from '../../../domain/filing/types'
import { farmCalendarRows } from '../../../domain/scheduling/farmCalendar'
import type { PartyRow } from './access'
import type { PartyPlan } from './partyPlans'
import type { Scheduling } from './scheduling'

/** A party's farm season by the farm calendar's names, and whether it came from their profile or the complaint. */
export function farmInfo(p: PartyPlan) {
  if (!p.farm) return null
  const { region, activities } = p.farm
  const rows = farmCalendarRows().filter((r) => r.region === region)
  return {
    region,
    regionName: rows[0]?.regionName ?? region,
    activities: activities.map((a) => rows.find((r) => r.activity === a)?.activityName ?? a),
    source: p.farmSource,
  }
}

/** Who a party is: their place in the case, their side by the name the law gives it, their name. */
export const partyIdentity = (kind: FilingKind, row: PartyRow) => ({ idx: row.idx, side: row.side, sideName: partySideName(kind, row.side), name: row.name })

/** One party as the judge plans the hearing around them. */
export function partyForJudge(s: Scheduling, p: PartyPlan) {
  return {
    ...partyIdentity(s.data.kind, p.row),
    hasAccount: p.accountIds.length > 0,
    farm: farmInfo(p),
    unavailable: p.unavailable,
    nearVenues: p.nearRoomIds.map((id) => s.venues.find((v) => v.id === id)?.name ?? id),
    abroad: p.abroad,
  }
}
