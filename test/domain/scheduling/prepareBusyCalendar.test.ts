import fc from 'fast-check'
import { addDays, type HearingSlotInput, prepareBusyCalendar, suggestHearingSlots } from '../../../domain'

// A prepared calendar is only a faster way to say the same bookings: suggestions must not change.

const half = fc.constantFrom('am' as const, 'pm' as const)
const busyList = (today: string) =>
  fc.array(
    fc.record({ off: fc.integer({ min: -5, max: 200 }), half }).map(({ off, half: h }) => ({ date: addDays(today, off), half: h })),
    { maxLength: 120 },
  )

const courtCase = fc
  .record({
    filedOffset: fc.integer({ min: 0, max: 700 }),
    age: fc.integer({ min: 0, max: 60 }),
    procedure: fc.constantFrom('small-claims' as const, 'simple' as const, 'ordinary' as const),
    farmer: fc.boolean(),
  })
  .chain(({ filedOffset, age, procedure, farmer }) => {
    const filedOn = addDays('2026-01-01', filedOffset)
    const today = addDays(filedOn, age)
    return fc
      .record({
        judges: fc.array(busyList(today), { minLength: 1, maxLength: 6 }),
        rooms: fc.array(fc.record({ busy: busyList(today), circuitPoint: fc.boolean() }), { minLength: 1, maxLength: 4 }),
        // the case's judges are some of the court's, in the case's own order (its own judge first)
        pick: fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
      })
      .map(({ judges, rooms, pick }) => ({
        input: {
          today,
          procedure,
          filedOn,
          parties: [
            { id: 'p1', ...(farmer ? { farm: { region: 'ergun', activities: ['wheat-harvest', 'haymaking'] } } : {}), nearRoomIds: ['r0'] },
            { id: 'p2' },
          ],
          judges: judges.map((busy, i) => ({ id: `j${i}`, busy })),
          rooms: rooms.map((r, i) => ({ id: `r${i}`, busy: r.busy, circuitPoint: r.circuitPoint })),
        } satisfies HearingSlotInput,
        order: [...judges.keys()].sort((a, b) => (pick[a] ?? 0) - (pick[b] ?? 0)),
      }))
  })

test('suggestions from a prepared calendar equal suggestions from the bookings themselves', () => {
  fc.assert(
    fc.property(courtCase, ({ input, order }) => {
      const caseJudges = order.map((j) => input.judges[j])
      const direct = suggestHearingSlots({ ...input, judges: caseJudges })
      // The court's calendar lists the judges in its own order, and one judge the case does not use.
      const calendar = prepareBusyCalendar({
        from: addDays(input.today, -30),
        to: addDays(input.today, 900),
        judges: [{ id: 'other', busy: [{ date: addDays(input.today, 10), half: 'am' }] }, ...input.judges],
        rooms: [...input.rooms].reverse(),
      })
      const prepared = suggestHearingSlots({
        ...input,
        judges: caseJudges.map((j) => ({ id: j.id, busy: [] })),
        rooms: input.rooms.map((r) => ({ ...r, busy: [] })),
        calendar,
      })
      expect(prepared).toEqual(direct)
    }),
    { numRuns: 150 },
  )
})

test('bookings listed with the case add to the prepared calendar', () => {
  fc.assert(
    fc.property(courtCase, fc.nat(), ({ input }, cut) => {
      const direct = suggestHearingSlots(input)
      const calendar = prepareBusyCalendar({
        from: addDays(input.today, -30),
        to: addDays(input.today, 900),
        judges: input.judges.map((j) => ({ id: j.id, busy: j.busy.slice(0, cut % (j.busy.length + 1)) })),
        rooms: input.rooms,
      })
      const split = suggestHearingSlots({
        ...input,
        judges: input.judges.map((j) => ({ id: j.id, busy: j.busy.slice(cut % (j.busy.length + 1)) })),
        rooms: input.rooms.map((r) => ({ ...r, busy: [] })),
        calendar,
      })
      expect(split).toEqual(direct)
    }),
    { numRuns: 100 },
  )
})

const base: HearingSlotInput = {
  today: '2026-07-20',
  procedure: 'simple',
  filedOn: '2026-07-01',
  parties: [{ id: 'p1' }],
  judges: [{ id: 'j1', busy: [] }],
  rooms: [{ id: 'r1', busy: [] }],
}

test('a booking in the calendar keeps its half-day out of the suggestions', () => {
  const calendar = prepareBusyCalendar({
    from: '2026-07-20',
    to: '2027-07-19',
    judges: [{ id: 'j1', busy: [{ date: '2026-07-27', half: 'am' }] }],
    rooms: [{ id: 'r1', busy: [] }],
  })
  expect(suggestHearingSlots(base).slots[0]).toMatchObject({ date: '2026-07-27', half: 'am' })
  expect(suggestHearingSlots({ ...base, calendar }).slots[0]).toEqual({
    date: '2026-07-27',
    half: 'pm',
    judgeId: 'j1',
    roomId: 'r1',
    provisional: false,
    notes: [],
  })
})

test('days outside the calendar count as free', () => {
  const booked = [
    { date: '2026-07-27', half: 'am' as const },
    { date: '2026-07-27', half: 'pm' as const },
  ]
  const calendar = prepareBusyCalendar({ from: '2026-07-28', to: '2027-07-19', judges: [{ id: 'j1', busy: booked }], rooms: [{ id: 'r1', busy: [] }] })
  expect(suggestHearingSlots({ ...base, calendar }).slots[0]).toMatchObject({ date: '2026-07-27', half: 'am' })
})

test.each<[string, Parameters<typeof prepareBusyCalendar>[0] | null, Partial<HearingSlotInput> | null, string, string]>([
  ['end before start', { from: '2026-07-20', to: '2026-07-19', judges: [], rooms: [] }, null, 'HEARING_INPUT_INVALID', 'to'],
  ['longer than three years', { from: '2026-07-20', to: '2030-07-20', judges: [], rooms: [] }, null, 'HEARING_INPUT_INVALID', 'to'],
  ['a bad start day', { from: '2026-02-30', to: '2026-07-20', judges: [], rooms: [] }, null, 'DATE_INVALID', 'from'],
  [
    'a judge twice',
    {
      from: '2026-07-20',
      to: '2026-08-20',
      judges: [
        { id: 'j1', busy: [] },
        { id: 'j1', busy: [] },
      ],
      rooms: [],
    },
    null,
    'HEARING_INPUT_INVALID',
    'judges[1].id',
  ],
  [
    'a bad half-day',
    { from: '2026-07-20', to: '2026-08-20', judges: [{ id: 'j1', busy: [{ date: '2026-07-21', half: 'noon' as 'am' }] }], rooms: [] },
    null,
    'HEARING_INPUT_INVALID',
    'judges[0].busy[0].half',
  ],
  [
    'a case judge missing from the calendar',
    { from: '2026-07-20', to: '2026-08-20', judges: [{ id: 'j9', busy: [] }], rooms: [{ id: 'r1', busy: [] }] },
    {},
    'HEARING_INPUT_INVALID',
    'judges[0].id',
  ],
  [
    'a case room missing from the calendar',
    { from: '2026-07-20', to: '2026-08-20', judges: [{ id: 'j1', busy: [] }], rooms: [{ id: 'r9', busy: [] }] },
    {},
    'HEARING_INPUT_INVALID',
    'rooms[0].id',
  ],
])('refuses %s', (_label, prep, suggest, code, field) => {
  const run = () => {
    const calendar = prepareBusyCalendar(prep!)
    if (suggest) suggestHearingSlots({ ...base, ...suggest, calendar })
  }
  expect(run).toThrow(expect.objectContaining({ code, field }))
})
