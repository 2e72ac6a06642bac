import { formatChineseDate } from '../../../domain'

describe('formatChineseDate', () => {
  it.each([
    { label: 'Thursday', date: '2026-10-08', want: '10月8日（星期四）' },
    { label: 'Sunday says 星期日', date: '2026-10-04', want: '10月4日（星期日）' },
    { label: 'no leading zeros', date: '2027-01-01', want: '1月1日（星期五）' },
    { label: 'Saturday', date: '2026-10-10', want: '10月10日（星期六）' },
  ])('$label', ({ date, want }) => {
    expect(formatChineseDate(date)).toBe(want)
  })

  it('rejects a non-existent day', () => {
    expect(() => formatChineseDate('2026-02-30')).toThrow(expect.objectContaining({ code: 'DATE_INVALID' }))
  })
})
