import { farmCalendarRows } from './farmCalendar'

export interface FarmRegionOption {
  region: string
  regionName: string
  activities: Array<{ activity: string; activityName: string; season: string; from: string; to: string }>
}

/**
 * The farm calendar as a party chooses from it: each region once, with its activities and their
 * default windows, in the order of the court's calendar data. Filing (涉农) and the 农忙 profile
 * offer the same choices, so a region picked in one is understood by the other.
 *
 * @returns regions with their activities
 * @example farmRegionOptions()[0] // { region: 'ergun', regionName: '额尔古纳', activities: [{ activity: 'sowing', … }, …] }
 */
export function farmRegionOptions(): FarmRegionOption[] {
  const regions = new Map<string, FarmRegionOption>()
  for (const r of farmCalendarRows()) {
    const entry = regions.get(r.region) ?? { region: r.region, regionName: r.regionName, activities: [] }
    entry.activities.push({ activity: r.activity, activityName: r.activityName, season: r.season, from: r.from, to: r.to })
    regions.set(r.region, entry)
  }
  return [...regions.values()]
}
