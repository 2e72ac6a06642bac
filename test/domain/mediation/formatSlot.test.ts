import { clockMinutes, formatSlot } from '../../../domain'

describe('formatSlot', () => {
  it.each([
    { label: 'morning', s: '2026-11-26T09:00:00+08:00', e: '2026-11-26T10:00:00+08:00', want: '11月26日（星期四）上午 9:00–10:00' },
    { label: 'afternoon', s: '2026-11-26T14:30:00+08:00', e: '2026-11-26T15:30:00+08:00', want: '11月26日（星期四）下午 14:30–15:30' },
    { label: 'evening to midnight', s: '2026-11-26T23:30:00+08:00', e: '2026-11-27T00:00:00+08:00', want: '11月26日（星期四）晚上 23:30–24:00' },
  ])('$label', ({ s, e, want }) => {
    expect(formatSlot(s, e)).toBe(want)
  })

  it('refuses a non-instant', () => {
    expect(() => formatSlot('tomorrow', 'later')).toThrow(expect.objectContaining({ code: 'SLOT_INVALID' }))
  })
})

describe('clockMinutes', () => {
  it.each([
    { label: 'midnight', t: '00:00', want: 0 },
    { label: 'half past nine', t: '09:30', want: 570 },
    { label: 'end of day', t: '24:00', want: 1440 },
  ])('$label', ({ t, want }) => {
    expect(clockMinutes(t)).toBe(want)
  })

  it.each([{ t: '24:30' }, { t: '9:30' }, { t: '09:60' }])('refuses $t', ({ t }) => {
    expect(() => clockMinutes(t)).toThrow(expect.objectContaining({ code: 'TIME_INVALID' }))
  })
})
