import { circuitPointsNear, type HearingVenue } from '../../../domain'

const VENUES: HearingVenue[] = [
  { id: 'r-ergun-1', name: '第一法庭', kind: 'courtroom' },
  { id: 'p-labudalin', name: '拉布大林巡回审判点', kind: 'circuit-point' },
  { id: 'p-sanhe', name: '三河回族乡巡回审判点', kind: 'circuit-point' },
  { id: 'r-ergun-m', name: '三河回族乡调解室', kind: 'mediation-room' },
]

describe('circuitPointsNear (民事诉讼法第一百三十八条)', () => {
  it.each([
    { label: 'the village in the address', address: '额尔古纳市拉布大林街道团结村', near: ['p-labudalin'] },
    { label: 'the township in the address', address: '额尔古纳市三河回族乡', near: ['p-sanhe'] },
    { label: 'an address elsewhere', address: '呼和浩特市新城区', near: [] },
    { label: 'no address', address: '', near: [] },
    { label: 'a courtroom is never near, even by name', address: '第一法庭旁', near: [] },
  ])('$label', ({ address, near }) => {
    expect(circuitPointsNear(address, VENUES)).toEqual(near)
  })
})
