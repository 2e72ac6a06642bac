import { orderHearingVenues } from '../../../domain'

const courtroom = { id: 'r1', kind: 'courtroom' as const }
const courtroom2 = { id: 'r2', kind: 'courtroom' as const }
const near = { id: 'p-near', kind: 'circuit-point' as const }
const far = { id: 'p-far', kind: 'circuit-point' as const }
const venues = [far, courtroom, near, courtroom2]

describe('orderHearingVenues (民事诉讼法第一百三十八条)', () => {
  it.each([
    {
      label: '涉农: the circuit point near a party, then the courthouse, then the rest',
      agricultural: true,
      nearIds: ['p-near'],
      order: ['p-near', 'r1', 'r2', 'p-far'],
    },
    { label: 'not 涉农: the courthouse, then the point near a party', agricultural: false, nearIds: ['p-near'], order: ['r1', 'r2', 'p-near', 'p-far'] },
    { label: '涉农 with no party near a point: the courthouse first', agricultural: true, nearIds: [], order: ['r1', 'r2', 'p-far', 'p-near'] },
  ])('$label', ({ agricultural, nearIds, order }) => {
    expect(orderHearingVenues(venues, { agricultural, nearIds }).map((v) => v.id)).toEqual(order)
  })

  it('leaves the list it was given alone', () => {
    orderHearingVenues(venues, { agricultural: true, nearIds: ['p-near'] })
    expect(venues.map((v) => v.id)).toEqual(['p-far', 'r1', 'p-near', 'r2'])
  })
})
