import fc from 'fast-check'
import { DomainError, isWorkday, weekdayOf } from '../../../domain'

describe('isWorkday', () => {
  it.each([
    // 2026 National Day: 10-01…10-07 off, Sunday 09-20 and Saturday 10-10 are 调休 workdays.
    { label: '国庆 2026-10-01', date: '2026-10-01', want: { workday: false, provisional: false, holiday: '国庆节' } },
    { label: '国庆 Saturday 2026-10-03', date: '2026-10-03', want: { workday: false, provisional: false, holiday: '国庆节' } },
    { label: '国庆 last day 2026-10-07 (Wednesday)', date: '2026-10-07', want: { workday: false, provisional: false, holiday: '国庆节' } },
    { label: 'first day back 2026-10-08', date: '2026-10-08', want: { workday: true, provisional: false } },
    { label: '调休 Saturday 2026-10-10 is a working day', date: '2026-10-10', want: { workday: true, provisional: false } },
    { label: '调休 Sunday 2026-09-20 is a working day', date: '2026-09-20', want: { workday: true, provisional: false } },
    { label: '调休 Saturday 2026-02-14 (春节)', date: '2026-02-14', want: { workday: true, provisional: false } },
    { label: '春节 2026-02-17 (初一)', date: '2026-02-17', want: { workday: false, provisional: false, holiday: '春节' } },
    { label: '清明 2026-04-06 (Monday)', date: '2026-04-06', want: { workday: false, provisional: false, holiday: '清明节' } },
    { label: '端午 2026-06-19', date: '2026-06-19', want: { workday: false, provisional: false, holiday: '端午节' } },
    { label: '中秋 2026-09-25', date: '2026-09-25', want: { workday: false, provisional: false, holiday: '中秋节' } },
    { label: 'ordinary Saturday', date: '2026-11-07', want: { workday: false, provisional: false } },
    { label: 'ordinary Tuesday', date: '2026-11-10', want: { workday: true, provisional: false } },
    {
      label: '2015 victory day',
      date: '2015-09-03',
      want: { workday: false, provisional: false, holiday: '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日' },
    },
    // 2027 is not published: festivals by rule, provisional. chinese-days alone calls 02-08 a workday.
    { label: '2027 元旦 (provisional)', date: '2027-01-01', want: { workday: false, provisional: true, holiday: '元旦' } },
    { label: '2027 除夕 02-05 (provisional)', date: '2027-02-05', want: { workday: false, provisional: true, holiday: '春节' } },
    { label: '2027 初三 02-08, a Monday (provisional)', date: '2027-02-08', want: { workday: false, provisional: true, holiday: '春节' } },
    { label: '2027 初七 02-12 (provisional)', date: '2027-02-12', want: { workday: false, provisional: true, holiday: '春节' } },
    { label: '2027 初八 02-13 is a Saturday', date: '2027-02-13', want: { workday: false, provisional: true } },
    { label: '2027 02-15 back to work', date: '2027-02-15', want: { workday: true, provisional: true } },
    { label: '2027 清明 04-05', date: '2027-04-05', want: { workday: false, provisional: true, holiday: '清明节' } },
    { label: '2027 劳动节 05-05', date: '2027-05-05', want: { workday: false, provisional: true, holiday: '劳动节' } },
    { label: '2027 端午 06-09', date: '2027-06-09', want: { workday: false, provisional: true, holiday: '端午节' } },
    { label: '2027 中秋 09-15', date: '2027-09-15', want: { workday: false, provisional: true, holiday: '中秋节' } },
    { label: '2027 国庆 10-07', date: '2027-10-07', want: { workday: false, provisional: true, holiday: '国庆节' } },
    { label: '2027 10-08 Friday', date: '2027-10-08', want: { workday: true, provisional: true } },
    { label: '2028 中秋 falls in 国庆', date: '2028-10-03', want: { workday: false, provisional: true, holiday: '中秋节、国庆节' } },
  ])('$label', ({ date, want }) => {
    expect(isWorkday(date)).toEqual(want)
  })

  it.each([
    { label: 'before the first published year', date: '2003-06-02', code: 'DATE_OUT_OF_RANGE' },
    { label: 'after the lunar table ends', date: '2101-01-03', code: 'DATE_OUT_OF_RANGE' },
    { label: 'a non-existent day', date: '2026-02-30', code: 'DATE_INVALID' },
  ])('rejects $label', ({ date, code }) => {
    expect(() => isWorkday(date)).toThrow(expect.objectContaining({ code }) as DomainError)
  })

  it('provisional exactly for years after 2026; weekdays outside holidays work, weekends outside makeup days rest', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2004, 0, 1) / 864e5, max: Date.UTC(2100, 11, 31) / 864e5 }), (n) => {
        const date = new Date(n * 864e5).toISOString().slice(0, 10)
        const r = isWorkday(date)
        expect(r.provisional).toBe(Number(date.slice(0, 4)) > 2026)
        const weekend = [0, 6].includes(weekdayOf(date))
        if (r.holiday !== undefined) expect(r.workday).toBe(false)
        else if (!weekend) expect(r.workday).toBe(true)
        if (r.provisional && weekend) expect(r.workday).toBe(false)
      }),
    )
  })
})
