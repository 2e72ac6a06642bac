import type { HearingVenue } from './circuitPointsNear'

/**
 * The court's venues in the order a hearing should try them; suggestHearingSlots takes the first
 * free one. A case concerning agriculture (涉农) goes to the village first — a circuit point near a
 * party, then the courthouse (民事诉讼法第一百三十八条, 巡回审理，就地办案); any other case to the
 * courthouse first, then a circuit point near a party. Circuit points near no party come last.
 * Venues of the same rank keep their order.
 *
 * @param venues the court's courtrooms and circuit points
 * @param input.agricultural whether the case concerns agriculture
 * @param input.nearIds ids of the circuit points near any party (see circuitPointsNear)
 * @returns a new array, best first
 * @example
 * orderHearingVenues([courtroom, nearPoint, farPoint], { agricultural: true, nearIds: [nearPoint.id] })
 * // [nearPoint, courtroom, farPoint]
 */
export function orderHearingVenues<V extends Pick<HearingVenue, 'id' | 'kind'>>(venues: V[], input: { agricultural: boolean; nearIds: string[] }): V[] {
  const near = new Set(input.nearIds)
  const rank = (v: V) => {
    if (v.kind === 'courtroom') return input.agricultural ? 1 : 0
    if (!near.has(v.id)) return 2
    return input.agricultural ? 0 : 1
  }
  return [...venues].sort((a, b) => rank(a) - rank(b))
}
