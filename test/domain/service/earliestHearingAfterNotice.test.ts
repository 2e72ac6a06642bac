import fc from 'fast-check'
import { addDays, daysBetween, DomainError, earliestHearingAfterNotice, HEARING_NOTICE_DAYS, isWorkday } from '../../../domain'

describe('earliestHearingAfterNotice (民事诉讼法第一百三十九条)', () => {
  it.each([
    { label: 'served Monday: Tuesday–Thursday clear, Friday', servedOn: '2026-10-12', clear: ['2026-10-13', '2026-10-15'], earliest: '2026-10-16' },
    { label: 'served Thursday: the weekend counts as clear days', servedOn: '2026-11-26', clear: ['2026-11-27', '2026-11-29'], earliest: '2026-11-30' },
    { label: 'served Wednesday: day 4 is a Sunday, so Monday', servedOn: '2026-11-25', clear: ['2026-11-26', '2026-11-28'], earliest: '2026-11-30' },
    { label: 'served Tuesday: day 4 is a Saturday, so Monday', servedOn: '2026-11-24', clear: ['2026-11-25', '2026-11-27'], earliest: '2026-11-30' },
    { label: 'served on a Saturday (e-service reaches any day)', servedOn: '2026-11-28', clear: ['2026-11-29', '2026-12-01'], earliest: '2026-12-02' },
    { label: 'day 4 in 国庆: after the holiday', servedOn: '2026-09-28', clear: ['2026-09-29', '2026-10-01'], earliest: '2026-10-08' },
    { label: 'day 4 a 调休 Saturday that is a working day', servedOn: '2026-10-06', clear: ['2026-10-07', '2026-10-09'], earliest: '2026-10-10' },
  ])('$label', ({ servedOn, clear, earliest }) => {
    expect(earliestHearingAfterNotice(servedOn)).toEqual({ clearDays: { from: clear[0], to: clear[1] }, earliestHearing: earliest })
  })

  it('uses the statutory three days', () => {
    expect(HEARING_NOTICE_DAYS).toBe(3)
  })

  it('always leaves three whole days and lands on the first working day after them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1500 }), (offset) => {
        const servedOn = addDays('2025-01-01', offset)
        const { clearDays, earliestHearing } = earliestHearingAfterNotice(servedOn)
        expect(daysBetween(servedOn, clearDays.from)).toBe(1)
        expect(daysBetween(clearDays.from, clearDays.to)).toBe(HEARING_NOTICE_DAYS - 1)
        expect(daysBetween(servedOn, earliestHearing)).toBeGreaterThanOrEqual(HEARING_NOTICE_DAYS + 1)
        expect(isWorkday(earliestHearing).workday).toBe(true)
        for (let d = addDays(clearDays.to, 1); d < earliestHearing; d = addDays(d, 1)) expect(isWorkday(d).workday).toBe(false)
      }),
    )
  })

  it('refuses an impossible day', () => {
    expect(() => earliestHearingAfterNotice('2026-02-30')).toThrow(DomainError)
  })
})
