import fc from 'fast-check'
import { generateSlots, isWorkday, slotCells, type Availability } from '../../../domain'

const weekdays = (start: string, end: string) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start, end }))
const base: Availability = { slotMinutes: 60, weekly: weekdays('09:00', '11:00'), overrides: [] }

describe('generateSlots', () => {
  it.each([
    { label: 'a Thursday: two one-hour sessions', a: base, from: '2026-11-26', to: '2026-11-26', want: ['09:00', '10:00'] },
    { label: 'a Saturday: none', a: base, from: '2026-11-28', to: '2026-11-28', want: [] },
    { label: '国庆 holiday Thursday: none', a: base, from: '2026-10-01', to: '2026-10-01', want: [] },
    {
      label: '调休 makeup Saturday runs on the Monday hours',
      a: { ...base, weekly: [{ weekday: 1, start: '14:00', end: '15:00' }] },
      from: '2026-10-10',
      to: '2026-10-10',
      want: ['14:00'],
    },
    { label: '30-minute sessions', a: { ...base, slotMinutes: 30 as const }, from: '2026-11-26', to: '2026-11-26', want: ['09:00', '09:30', '10:00', '10:30'] },
    {
      label: '90 minutes in two hours: one, the rest does not fit',
      a: { ...base, slotMinutes: 90 as const },
      from: '2026-11-26',
      to: '2026-11-26',
      want: ['09:00'],
    },
    { label: 'a day off by override', a: { ...base, overrides: [{ date: '2026-11-26', blocks: [] }] }, from: '2026-11-26', to: '2026-11-26', want: [] },
    {
      label: 'extra hours on a Saturday by override',
      a: { ...base, overrides: [{ date: '2026-11-28', blocks: [{ start: '08:30', end: '09:30' }] }] },
      from: '2026-11-28',
      to: '2026-11-28',
      want: ['08:30'],
    },
    {
      label: 'an override replaces the weekly hours of that day',
      a: { ...base, overrides: [{ date: '2026-11-26', blocks: [{ start: '15:00', end: '16:00' }] }] },
      from: '2026-11-26',
      to: '2026-11-26',
      want: ['15:00'],
    },
    {
      label: 'two blocks, given out of order, come back in time order',
      a: {
        ...base,
        weekly: [
          { weekday: 4, start: '14:00', end: '15:00' },
          { weekday: 4, start: '09:00', end: '10:00' },
        ],
      },
      from: '2026-11-26',
      to: '2026-11-26',
      want: ['09:00', '14:00'],
    },
  ])('$label', ({ a, from, to, want }) => {
    expect(generateSlots(a, from, to).map((s) => s.start)).toEqual(want)
  })

  it('gives instants with the +08:00 offset', () => {
    expect(generateSlots(base, '2026-11-26', '2026-11-26')[0]).toEqual({
      date: '2026-11-26',
      start: '09:00',
      end: '10:00',
      startsAt: '2026-11-26T09:00:00+08:00',
      endsAt: '2026-11-26T10:00:00+08:00',
      minutes: 60,
      provisional: false,
    })
  })

  it('marks days in a year without a published holiday table as provisional', () => {
    expect(generateSlots(base, '2027-03-01', '2027-03-01')[0].provisional).toBe(true)
  })

  it('ends a session at midnight on the next day', () => {
    const late = generateSlots(
      { ...base, overrides: [{ date: '2026-11-26', blocks: [{ start: '23:30', end: '24:00' }] }], slotMinutes: 30 },
      '2026-11-26',
      '2026-11-26',
    )
    expect(late[0].endsAt).toBe('2026-11-27T00:00:00+08:00')
  })

  it.each([
    { label: 'to before from', from: '2026-11-27', to: '2026-11-26' },
    { label: 'more than a year', from: '2026-01-01', to: '2027-01-03' },
  ])('refuses a range: $label', ({ from, to }) => {
    expect(() => generateSlots(base, from, to)).toThrow(expect.objectContaining({ code: 'RANGE_INVALID' }))
  })

  it('only offers weekly sessions on working days, and none of a day overlap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 700 }), fc.constantFrom(30, 60, 90), (offset, minutes) => {
        const start = new Date(Date.UTC(2025, 0, 1) + offset * 864e5).toISOString().slice(0, 10)
        const end = new Date(Date.UTC(2025, 0, 1) + (offset + 20) * 864e5).toISOString().slice(0, 10)
        const slots = generateSlots({ slotMinutes: minutes as 30 | 60 | 90, weekly: weekdays('08:30', '12:00'), overrides: [] }, start, end)
        const cells = slots.flatMap((s) => slotCells(s.startsAt, s.minutes))
        expect(new Set(cells).size).toBe(cells.length)
        for (const s of slots) expect(isWorkday(s.date).workday).toBe(true)
      }),
      { numRuns: 60 },
    )
  })
})
