import fc from 'fast-check'
import { slotCells } from '../../../domain'

describe('slotCells', () => {
  it.each([
    { label: '30 minutes', at: '2026-11-26T09:00:00+08:00', minutes: 30, want: ['2026-11-26T09:00'] },
    { label: '60 minutes', at: '2026-11-26T09:30:00+08:00', minutes: 60, want: ['2026-11-26T09:30', '2026-11-26T10:00'] },
    { label: '90 minutes', at: '2026-11-26T14:00:00+08:00', minutes: 90, want: ['2026-11-26T14:00', '2026-11-26T14:30', '2026-11-26T15:00'] },
  ])('$label', ({ at, minutes, want }) => {
    expect(slotCells(at, minutes)).toEqual(want)
  })

  it.each([
    { label: 'UTC instant', at: '2026-11-26T01:00:00Z', minutes: 60 },
    { label: 'quarter past', at: '2026-11-26T09:15:00+08:00', minutes: 30 },
    { label: '45 minutes', at: '2026-11-26T09:00:00+08:00', minutes: 45 },
    { label: 'past midnight', at: '2026-11-26T23:30:00+08:00', minutes: 60 },
    { label: 'no such day', at: '2026-02-30T09:00:00+08:00', minutes: 30 },
  ])('refuses $label', ({ at, minutes }) => {
    expect(() => slotCells(at, minutes)).toThrow(expect.objectContaining({ code: expect.stringMatching(/SLOT_INVALID|DATE_INVALID/) }))
  })

  it('two sessions overlap exactly when they share a cell', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom(30, 60, 90),
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom(30, 60, 90),
        (a, la, b, lb) => {
          const at = (h: number) => `2026-11-26T${String(Math.floor(h / 2)).padStart(2, '0')}:${h % 2 ? '30' : '00'}:00+08:00`
          const sa = a * 30
          const sb = b * 30
          const overlap = sa < sb + lb && sb < sa + la
          const shared = slotCells(at(a), la).some((c) => slotCells(at(b), lb).includes(c))
          expect(shared).toBe(overlap)
        },
      ),
    )
  })
})
