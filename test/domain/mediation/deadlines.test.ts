import fc from 'fast-check'
import { addDays, assignmentDeadline, confirmationDeadline, isWorkday, workdayCountdown } from '../../../domain'

describe('confirmationDeadline (在线调解规则 art. 12: three working days)', () => {
  it.each([
    // 2026-09-30 (Wed) → 10-01…10-07 国庆 off → 10-08 Thu (1), 10-09 Fri (2), 10-10 Sat 调休 workday (3).
    { label: 'over 国庆 and its 调休 Saturday', from: '2026-09-30', want: '2026-10-10' },
    // 2026-11-27 (Fri) → Sat, Sun skipped → 11-30 Mon (1), 12-01 Tue (2), 12-02 Wed (3).
    { label: 'over a weekend', from: '2026-11-27', want: '2026-12-02' },
    { label: 'a plain week', from: '2026-11-23', want: '2026-11-26' },
    { label: 'received on a Sunday', from: '2026-11-29', want: '2026-12-02' },
    { label: 'received during 国庆: 10-08, 10-09, 10-10', from: '2026-10-03', want: '2026-10-10' },
  ])('$label', ({ from, want }) => {
    expect(confirmationDeadline(from)).toEqual({ due: want, provisional: false, article: '《人民法院在线调解规则》第十二条' })
  })

  it('is provisional when it runs into an unpublished year', () => {
    expect(confirmationDeadline('2026-12-30').provisional).toBe(true)
  })

  it('names art. 10 for the assignment deadline, counted the same way', () => {
    expect(assignmentDeadline('2026-09-30')).toEqual({ due: '2026-10-10', provisional: false, article: '《人民法院在线调解规则》第十条' })
  })

  it('always lands on a working day after the start', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 720 }), (n) => {
        const from = addDays('2025-01-01', n)
        const { due } = confirmationDeadline(from)
        expect(isWorkday(due).workday).toBe(true)
        expect(due > from).toBe(true)
      }),
      { numRuns: 80 },
    )
  })
})

describe('workdayCountdown', () => {
  it.each([
    { label: 'three to go over 国庆', today: '2026-09-30', due: '2026-10-10', left: 3, overdue: false, text: '还剩3个工作日' },
    { label: 'the holiday does not count down', today: '2026-10-05', due: '2026-10-10', left: 3, overdue: false, text: '还剩3个工作日' },
    { label: 'due today', today: '2026-10-10', due: '2026-10-10', left: 0, overdue: false, text: '今天到期' },
    { label: 'overdue by two working days', today: '2026-10-13', due: '2026-10-10', left: -2, overdue: true, text: '已超期2个工作日' },
    { label: 'overdue over a Sunday only', today: '2026-10-11', due: '2026-10-10', left: 0, overdue: true, text: '已超期' },
  ])('$label', ({ today, due, left, overdue, text }) => {
    expect(workdayCountdown(today, due)).toEqual({ due, workdaysLeft: left, overdue, label: text })
  })
})
