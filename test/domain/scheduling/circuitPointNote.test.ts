import { circuitPointNote, type PartyNearPoints } from '../../../domain/scheduling/circuitPointNote'

// 张桂兰 (原告) lives in 拉布大林, 王建国 (被告) in 三河回族乡.
const APART: PartyNearPoints[] = [
  { idx: 0, sideName: '原告', nearIds: ['p-labudalin'] },
  { idx: 1, sideName: '被告', nearIds: ['p-sanhe'] },
]
const TOGETHER: PartyNearPoints[] = [
  { idx: 0, sideName: '原告', nearIds: ['p-sanhe'] },
  { idx: 1, sideName: '被告', nearIds: ['p-sanhe'] },
  { idx: 2, sideName: '被告', nearIds: ['p-sanhe'] },
]

describe('circuitPointNote (民事诉讼法第一百三十八条)', () => {
  it.each<{ label: string; point: string; viewer: number; parties: PartyNearPoints[]; note: string | null }>([
    { label: "the plaintiff's own township, read by the plaintiff", point: 'p-labudalin', viewer: 0, parties: APART, note: '离您家近' },
    { label: "the defendant's township, read by the plaintiff", point: 'p-sanhe', viewer: 0, parties: APART, note: '被告所在乡镇' },
    { label: "the defendant's township, read by the defendant", point: 'p-sanhe', viewer: 1, parties: APART, note: '离您家近' },
    { label: "the plaintiff's township, read by the defendant", point: 'p-labudalin', viewer: 1, parties: APART, note: '原告所在乡镇' },
    { label: 'a point near nobody', point: 'p-enhe', viewer: 0, parties: APART, note: null },
    { label: 'a point near both sides, two defendants named once', point: 'p-sanhe', viewer: 0, parties: TOGETHER, note: '离您家近，也离被告家近' },
    { label: 'a reader not among the parties near', point: 'p-sanhe', viewer: 5, parties: APART, note: '被告所在乡镇' },
  ])('$label', ({ point, viewer, parties, note }) => {
    expect(circuitPointNote(point, viewer, parties)).toBe(note)
  })
})
