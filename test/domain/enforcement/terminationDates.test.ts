import fc from 'fast-check'
import { addDays, addMonths, earliestTerminationDay, ENFORCEMENT_RULES, terminationRecheckSchedule } from '../../../domain'

const R = ENFORCEMENT_RULES

describe('earliestTerminationDay (《终本规定》第一条第（四）项: 立案后已超过三个月)', () => {
  it.each([
    { label: 'the day after the third month ends', filedOn: '2026-01-10', day: '2026-04-11' },
    { label: 'from a 31st into a short month', filedOn: '2025-11-30', day: '2026-03-01' },
    { label: 'across a leap February', filedOn: '2027-11-30', day: '2028-03-01' },
    { label: 'from 05-31: three months end on 08-31', filedOn: '2026-05-31', day: '2026-09-01' },
    { label: 'a day off does not matter: it is a condition, not a deadline', filedOn: '2026-07-01', day: '2026-10-02' },
  ])('$label', ({ filedOn, day }) => {
    expect(earliestTerminationDay(filedOn, R)).toEqual({ day, article: '《终本规定》第一条第（四）项', status: 'confirmed' })
  })
})

describe('terminationRecheckSchedule (《终本规定》第九条第二款: 五年内每六个月)', () => {
  it.each([
    { label: 'mid-month', terminatedOn: '2026-04-15', first: '2026-10-15', second: '2027-04-15', last: '2031-04-15' },
    {
      label: 'from the 31st: short months end on their last day, the next ones go back to the 31st',
      terminatedOn: '2026-08-31',
      first: '2027-02-28',
      second: '2027-08-31',
      last: '2031-08-31',
    },
    { label: 'a leap-day 终本', terminatedOn: '2028-02-29', first: '2028-08-29', second: '2029-02-28', last: '2033-02-28' },
  ])('$label', ({ terminatedOn, first, second, last }) => {
    const s = terminationRecheckSchedule(terminatedOn, R)
    expect(s).toHaveLength(10)
    expect(s[0]).toMatchObject({ index: 1, due: first, after: terminatedOn, name: '终本后第1次财产复查', article: '《终本规定》第九条第二款' })
    expect(s[1]).toMatchObject({ index: 2, due: second, after: first })
    expect(s[9]).toMatchObject({ index: 10, due: last })
  })

  it('ten re-checks, each six months on from the 终本, within five years', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 25000 }).map((n) => addDays('2010-01-01', n)),
        (terminatedOn) => {
          const s = terminationRecheckSchedule(terminatedOn, R)
          expect(s.map((r) => r.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
          s.forEach((r, i) => {
            expect(r.due).toBe(addMonths(terminatedOn, 6 * (i + 1)))
            expect(r.after < r.due).toBe(true)
            if (i > 0) expect(r.after).toBe(s[i - 1].due)
          })
          expect(s[9].due <= addMonths(terminatedOn, 60)).toBe(true)
        },
      ),
    )
  })
})
