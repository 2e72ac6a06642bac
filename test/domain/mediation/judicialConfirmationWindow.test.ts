import { judicialConfirmationWindow } from '../../../domain'

describe('judicialConfirmationWindow (民事诉讼法 art. 205)', () => {
  it.each([
    { label: 'the day after it took effect', effectiveOn: '2026-11-27', today: '2026-11-28', due: '2026-12-28', open: true, daysLeft: 30 },
    { label: 'on the last day', effectiveOn: '2026-11-27', today: '2026-12-28', due: '2026-12-28', open: true, daysLeft: 0 },
    { label: 'one day late', effectiveOn: '2026-11-27', today: '2026-12-29', due: '2026-12-28', open: false, daysLeft: -1 },
    // 2026-09-10 + 30 = 10-10, a 调休 working Saturday: no roll.
    { label: 'a 调休 Saturday is a working last day', effectiveOn: '2026-09-10', today: '2026-10-10', due: '2026-10-10', open: true, daysLeft: 0 },
    // 2026-09-05 + 30 = 10-05, inside 国庆: rolls to 10-08.
    { label: 'a last day in 国庆 rolls to 10-08', effectiveOn: '2026-09-05', today: '2026-10-07', due: '2026-10-08', open: true, daysLeft: 1 },
  ])('$label', ({ effectiveOn, today, due, open, daysLeft }) => {
    expect(judicialConfirmationWindow({ effectiveOn, today })).toEqual({ due, open, daysLeft, provisional: false, article: '《民事诉讼法》第二百零五条' })
  })
})
