import fc from 'fast-check'
import { addDays, addMonths, BOOKING_HORIZON_MONTHS, checkBookingWindow, DomainError } from '../../../domain'

const TODAY = '2026-11-25'

/** The code checkBookingWindow throws for `day`, or null when the day is inside the window. */
function codeFor(day: string, today = TODAY, field?: string): { code: string; field?: string; message: string } | null {
  try {
    checkBookingWindow(day, today, field)
    return null
  } catch (err) {
    if (!(err instanceof DomainError)) throw err
    return { code: err.code, field: err.field, message: err.message }
  }
}

describe('checkBookingWindow', () => {
  it.each([
    { label: 'today', day: '2026-11-25', code: null },
    { label: 'tomorrow', day: '2026-11-26', code: null },
    { label: 'next spring', day: '2027-04-01', code: null },
    { label: 'exactly 24 months ahead', day: '2028-11-25', code: null },
    { label: 'a leap day inside the window', day: '2028-02-29', code: null },
    { label: 'one day past 24 months', day: '2028-11-26', code: 'DATE_TOO_FAR_AHEAD' },
    { label: 'the last day of the calendar', day: '9999-12-31', code: 'DATE_TOO_FAR_AHEAD' },
    { label: 'yesterday', day: '2026-11-24', code: 'DATE_IN_PAST' },
    { label: 'the first day of the calendar', day: '0001-01-01', code: 'DATE_IN_PAST' },
    { label: 'a day that does not exist', day: '2027-02-30', code: 'DATE_INVALID' },
    { label: 'a badly written day', day: '2027/3/1', code: 'DATE_INVALID' },
  ])('$label → $code', ({ day, code }) => {
    const problem = codeFor(day)
    expect(problem?.code ?? null).toBe(code)
    if (problem) expect(problem.message).toMatch(/[\u4e00-\u9fa5]/)
  })

  it('names the field it was given, and says the last day allowed', () => {
    expect(codeFor('2030-01-01', TODAY, 'hearing.date')).toEqual({
      code: 'DATE_TOO_FAR_AHEAD',
      field: 'hearing.date',
      message: '日期太远了：最晚只能定在2028年11月25日（星期六），请重新选择',
    })
    expect(codeFor('2026-11-01')?.field).toBe('date')
  })

  it('keeps a window of exactly 24 months from any today, leap days included', () => {
    const days = fc.integer({ min: 0, max: 365 * 60 }).map((n) => addDays('2000-01-01', n))
    fc.assert(
      fc.property(days, fc.integer({ min: -40, max: 800 }), (today, offset) => {
        const day = addDays(today, offset)
        const inside = offset >= 0 && day <= addMonths(today, BOOKING_HORIZON_MONTHS)
        expect(codeFor(day, today) === null).toBe(inside)
      }),
    )
  })
})
