/** A party as the note on a circuit point names them: by place in the case and the name of their side. */
export interface PartyNearPoints {
  idx: number
  /** 原告, 被告, 申请执行人 … */
  sideName: string
  /** the circuit points near this party's own address (see circuitPointsNear) */
  nearIds: string[]
}

/**
 * What a circuit point is to the party reading the suggestions. Courts hold hearings in the
 * village (民事诉讼法第一百三十八条, 巡回审理，就地办案), but "near your home" must mean near this
 * party's own address: a point in the other side's township is that side's, and saying so lets
 * the party weigh the trip. A point near both sides is between them and says so.
 *
 * @param pointId the circuit point of a suggested half-day
 * @param viewerIdx the place in the case of the party reading
 * @param parties every party with the points near their own address
 * @returns '离您家近', '离您家近，也离被告家近', '被告所在乡镇', or null when the point is near no party
 * @example
 * circuitPointNote('p-sanhe', 0, [{ idx: 0, sideName: '原告', nearIds: ['p-labudalin'] }, { idx: 1, sideName: '被告', nearIds: ['p-sanhe'] }])
 * // '被告所在乡镇'
 */
export function circuitPointNote(pointId: string, viewerIdx: number, parties: PartyNearPoints[]): string | null {
  const nearMe = parties.some((p) => p.idx === viewerIdx && p.nearIds.includes(pointId))
  const others = [...new Set(parties.filter((p) => p.idx !== viewerIdx && p.nearIds.includes(pointId)).map((p) => p.sideName))]
  if (nearMe) return others.length > 0 ? `离您家近，也离${others.join('、')}家近` : '离您家近'
  return others.length > 0 ? `${others.join('、')}所在乡镇` : null
}
