/** A place a hearing can sit, as the court lists it. */
export interface HearingVenue {
  id: string
  name: string
  kind: 'courtroom' | 'mediation-room' | 'circuit-point'
}

/**
 * The circuit points (巡回审判点) near a party: those whose place name — the point's name without
 * '巡回审判点' — appears in the party's address. Courts name a circuit point after the village or
 * township it serves, so a party living there can be heard there (民事诉讼法第一百三十八条,
 * 巡回审理，就地办案).
 *
 * @param address the party's address as filed
 * @param venues the court's venues; only circuit points can be near
 * @returns the ids of the circuit points near, in the venues' order
 * @example
 * circuitPointsNear('额尔古纳市拉布大林街道', [{ id: 'p-labudalin', name: '拉布大林巡回审判点', kind: 'circuit-point' }])
 * // ['p-labudalin']
 */
export function circuitPointsNear(address: string, venues: HearingVenue[]): string[] {
  return venues.filter((v) => v.kind === 'circuit-point' && address.includes(v.name.replace(/巡回审判点$/, ''))).map((v) => v.id)
}
