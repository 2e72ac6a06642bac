import { provisionalHolidaysFor } from '../../../domain'

const datesOf = (year: number, name: string) =>
  provisionalHolidaysFor(year)
    ?.holidays.filter((h) => h.name.split('、').includes(name))
    .map((h) => h.date)

describe('provisionalHolidaysFor', () => {
  // Festival dates checked against published lunar calendars (万年历), not against chinese-days.
  it.each([
    {
      label: '2027 春节: 除夕 02-05 … 初七 02-12',
      year: 2027,
      name: '春节',
      want: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'],
    },
    { label: '2027 清明 04-05', year: 2027, name: '清明节', want: ['2027-04-05'] },
    { label: '2027 端午 06-09', year: 2027, name: '端午节', want: ['2027-06-09'] },
    { label: '2027 中秋 09-15', year: 2027, name: '中秋节', want: ['2027-09-15'] },
    { label: '2027 劳动节 05-01…05-05', year: 2027, name: '劳动节', want: ['2027-05-01', '2027-05-02', '2027-05-03', '2027-05-04', '2027-05-05'] },
    { label: '2027 元旦', year: 2027, name: '元旦', want: ['2027-01-01'] },
    {
      label: '2028 春节 starts 除夕 01-25',
      year: 2028,
      name: '春节',
      want: ['2028-01-25', '2028-01-26', '2028-01-27', '2028-01-28', '2028-01-29', '2028-01-30', '2028-01-31', '2028-02-01'],
    },
    { label: '2028 清明 04-04', year: 2028, name: '清明节', want: ['2028-04-04'] },
    { label: '2028 端午 05-28', year: 2028, name: '端午节', want: ['2028-05-28'] },
    { label: '2028 中秋 10-03 inside 国庆', year: 2028, name: '中秋节', want: ['2028-10-03'] },
    { label: '2030 中秋 09-12', year: 2030, name: '中秋节', want: ['2030-09-12'] },
    {
      label: '2030 春节 初一 02-03',
      year: 2030,
      name: '春节',
      want: ['2030-02-02', '2030-02-03', '2030-02-04', '2030-02-05', '2030-02-06', '2030-02-07', '2030-02-08', '2030-02-09'],
    },
  ])('$label', ({ year, name, want }) => {
    expect(datesOf(year, name)).toEqual(want)
  })

  it('always has 国庆 10-01…10-07 and no makeup workdays', () => {
    for (let y = 2027; y <= 2100; y++) {
      const t = provisionalHolidaysFor(y)
      expect(t?.makeupWorkdays).toEqual([])
      expect(datesOf(y, '国庆节')).toEqual([1, 2, 3, 4, 5, 6, 7].map((d) => `${y}-10-0${d}`))
      // 1 + 8 + 1 + 5 + 1 + 1 + 7 = 24 days; 23 when 中秋 falls inside 国庆 (the only possible overlap).
      const midAutumnInNationalDay = datesOf(y, '中秋节')?.[0]?.slice(5, 7) === '10'
      expect(t?.holidays).toHaveLength(midAutumnInNationalDay ? 23 : 24)
    }
  })

  it('is undefined for published years and beyond 2100', () => {
    expect(provisionalHolidaysFor(2026)).toBeUndefined()
    expect(provisionalHolidaysFor(2101)).toBeUndefined()
  })
})
