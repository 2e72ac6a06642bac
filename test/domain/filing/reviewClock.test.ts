import { reviewClock } from '../../../domain/filing/reviewClock'

describe('reviewClock (7 days, art. 126, counted by art. 85)', () => {
  it.each([
    { label: 'received on a Wednesday, due the next Wednesday', startedOn: '2026-11-25', today: '2026-11-25', due: '2026-12-02', daysLeft: 7, overdue: false },
    { label: 'two days later', startedOn: '2026-11-25', today: '2026-11-27', due: '2026-12-02', daysLeft: 5, overdue: false },
    { label: 'the last day itself', startedOn: '2026-11-25', today: '2026-12-02', due: '2026-12-02', daysLeft: 0, overdue: false },
    { label: 'a day late', startedOn: '2026-11-25', today: '2026-12-03', due: '2026-12-02', daysLeft: -1, overdue: true },
    { label: 'ending in 国庆 moves to the first working day', startedOn: '2026-09-28', today: '2026-09-28', due: '2026-10-08', daysLeft: 10, overdue: false },
  ])('$label', ({ startedOn, today, due, daysLeft, overdue }) => {
    expect(reviewClock(startedOn, today)).toMatchObject({ due, daysLeft, overdue, provisional: false })
  })

  it('is provisional when it ends in a year whose holidays are not yet published', () => {
    expect(reviewClock('2027-01-25', '2027-01-25').provisional).toBe(true)
  })
})
