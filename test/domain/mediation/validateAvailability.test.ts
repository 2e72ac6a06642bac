import { validateAvailability, type Availability } from '../../../domain'

const ok: Availability = { slotMinutes: 60, weekly: [{ weekday: 1, start: '09:00', end: '12:00' }], overrides: [{ date: '2026-11-28', blocks: [] }] }

describe('validateAvailability', () => {
  it('accepts weekday hours and a day off', () => {
    expect(validateAvailability(ok)).toEqual([])
  })

  it.each([
    { label: 'session length', a: { ...ok, slotMinutes: 45 as never }, code: 'MEDIATION_SLOT_LENGTH_INVALID', field: 'slotMinutes' },
    {
      label: 'weekly on a Saturday',
      a: { ...ok, weekly: [{ weekday: 6, start: '09:00', end: '12:00' }] },
      code: 'MEDIATION_WEEKDAY_INVALID',
      field: 'weekly[0].weekday',
    },
    {
      label: 'not on the half hour',
      a: { ...ok, weekly: [{ weekday: 1, start: '09:15', end: '12:00' }] },
      code: 'MEDIATION_HOURS_NOT_HALF_HOUR',
      field: 'weekly[0]',
    },
    { label: 'end before start', a: { ...ok, weekly: [{ weekday: 1, start: '12:00', end: '09:00' }] }, code: 'MEDIATION_HOURS_ORDER', field: 'weekly[0]' },
    {
      label: 'too short for a session',
      a: { ...ok, weekly: [{ weekday: 1, start: '09:00', end: '09:30' }] },
      code: 'MEDIATION_HOURS_TOO_SHORT',
      field: 'weekly[0]',
    },
    {
      label: 'overlapping blocks',
      a: {
        ...ok,
        weekly: [
          { weekday: 2, start: '09:00', end: '11:00' },
          { weekday: 2, start: '10:00', end: '12:00' },
        ],
      },
      code: 'MEDIATION_HOURS_OVERLAP',
      field: 'weekly[1]',
    },
    { label: 'bad clock time', a: { ...ok, weekly: [{ weekday: 1, start: '9点', end: '12:00' }] }, code: 'TIME_INVALID', field: 'weekly[0].start' },
    { label: 'bad override date', a: { ...ok, overrides: [{ date: '2026-02-30', blocks: [] }] }, code: 'DATE_INVALID', field: 'overrides[0].date' },
    {
      label: 'a date twice',
      a: {
        ...ok,
        overrides: [
          { date: '2026-11-28', blocks: [] },
          { date: '2026-11-28', blocks: [{ start: '09:00', end: '10:00' }] },
        ],
      },
      code: 'MEDIATION_OVERRIDE_DUPLICATE',
      field: 'overrides[1].date',
    },
    {
      label: 'override block too short',
      a: { ...ok, overrides: [{ date: '2026-11-28', blocks: [{ start: '09:00', end: '09:30' }] }] },
      code: 'MEDIATION_HOURS_TOO_SHORT',
      field: 'overrides[0].blocks[0]',
    },
  ])('refuses $label', ({ a, code, field }) => {
    const problems = validateAvailability(a)
    expect(problems[0]).toMatchObject({ code, field })
    expect(problems[0].message).toMatch(/[\u4e00-\u9fa5]/)
  })

  it('adjacent blocks are not an overlap', () => {
    expect(
      validateAvailability({
        ...ok,
        weekly: [
          { weekday: 3, start: '09:00', end: '10:00' },
          { weekday: 3, start: '10:00', end: '11:00' },
        ],
      }),
    ).toEqual([])
  })
})
