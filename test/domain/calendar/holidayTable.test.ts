import {
  DomainError,
  dueDate,
  holidayTableFor,
  installHolidayTable,
  isWorkday,
  publishedHolidayYears,
  resetHolidayTable,
  type HolidayTable,
} from '../../../domain'

// A made-up 2027 arrangement standing in for the State Council's notice.
const table2027: HolidayTable = {
  '2027': {
    holidays: [...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ date: `2027-10-${d}`, name: '国庆节' })), { date: '2027-02-08', name: '春节' }],
    makeupWorkdays: [{ date: '2027-10-09', name: '国庆节' }],
  },
}

afterEach(() => resetHolidayTable())

describe('holiday table', () => {
  it('ships 2004–2026', () => {
    const years = publishedHolidayYears()
    expect(years[0]).toBe(2004)
    expect(years[years.length - 1]).toBe(2026)
    expect(years).toHaveLength(23)
  })

  it('gives the published 2026 arrangement', () => {
    const t = holidayTableFor(2026)
    expect(t?.holidays.filter((h) => h.name === '国庆节').map((h) => h.date)).toEqual([
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ])
    expect(t?.makeupWorkdays).toEqual([
      { date: '2026-01-04', name: '元旦' },
      { date: '2026-02-14', name: '春节' },
      { date: '2026-02-28', name: '春节' },
      { date: '2026-05-09', name: '劳动节' },
      { date: '2026-09-20', name: '国庆节' },
      { date: '2026-10-10', name: '国庆节' },
    ])
    expect(holidayTableFor(2027)).toBeUndefined()
  })

  it('returns a copy', () => {
    holidayTableFor(2026)?.makeupWorkdays.splice(0)
    expect(isWorkday('2026-10-10').workday).toBe(true)
    expect(holidayTableFor(2026)?.makeupWorkdays).toHaveLength(6)
  })

  it('installs a newly published year: answers become final', () => {
    expect(isWorkday('2027-10-09')).toEqual({ workday: false, provisional: true })
    installHolidayTable(table2027)
    expect(publishedHolidayYears()).toContain(2027)
    expect(isWorkday('2027-10-09')).toEqual({ workday: true, provisional: false })
    expect(isWorkday('2027-02-08')).toEqual({ workday: false, provisional: false, holiday: '春节' })
    // The installed table replaces the provisional rule for the whole year: 02-09 is no longer assumed off.
    expect(isWorkday('2027-02-09')).toEqual({ workday: true, provisional: false })
    expect(dueDate({ rule: 'appeal-judgment', from: '2027-09-22' })).toEqual({
      due: '2027-10-08',
      provisional: false,
      article: '《民事诉讼法》第一百七十一条',
      rolledFrom: '2027-10-07',
    })
    // 2028 still follows the provisional rule.
    expect(isWorkday('2028-01-03').provisional).toBe(true)
  })

  it('replaces a built-in year and resets back to it', () => {
    installHolidayTable({ '2026': { holidays: [], makeupWorkdays: [] } })
    expect(isWorkday('2026-10-08')).toEqual({ workday: true, provisional: false })
    expect(isWorkday('2026-10-10')).toEqual({ workday: false, provisional: false })
    expect(isWorkday('2026-10-01')).toEqual({ workday: true, provisional: false })
    resetHolidayTable()
    expect(isWorkday('2026-10-01')).toEqual({ workday: false, provisional: false, holiday: '国庆节' })
  })

  it.each([
    { label: 'a bad year key', table: { '27': { holidays: [], makeupWorkdays: [] } }, code: 'HOLIDAY_TABLE_INVALID', field: '27' },
    {
      label: 'a date outside its year',
      table: { '2027': { holidays: [{ date: '2028-01-01', name: '元旦' }], makeupWorkdays: [] } },
      code: 'HOLIDAY_TABLE_INVALID',
      field: '2027.holidays[0].date',
    },
    {
      label: 'a non-existent date',
      table: { '2027': { holidays: [{ date: '2027-02-30', name: '春节' }], makeupWorkdays: [] } },
      code: 'DATE_INVALID',
      field: '2027.holidays[0].date',
    },
    {
      label: 'a missing name',
      table: { '2027': { holidays: [{ date: '2027-10-01', name: ' ' }], makeupWorkdays: [] } },
      code: 'HOLIDAY_TABLE_INVALID',
      field: '2027.holidays[0]',
    },
    {
      label: 'a weekday makeup day',
      table: { '2027': { holidays: [], makeupWorkdays: [{ date: '2027-10-08', name: '国庆节' }] } },
      code: 'HOLIDAY_TABLE_INVALID',
      field: '2027.makeupWorkdays[0].date',
    },
    {
      label: 'a day both off and on',
      table: { '2027': { holidays: [{ date: '2027-10-09', name: '国庆节' }], makeupWorkdays: [{ date: '2027-10-09', name: '国庆节' }] } },
      code: 'HOLIDAY_TABLE_INVALID',
      field: '2027.makeupWorkdays[0].date',
    },
    { label: 'holidays not a list', table: { '2027': { holidays: 'x', makeupWorkdays: [] } }, code: 'HOLIDAY_TABLE_INVALID', field: '2027.holidays' },
  ])('rejects $label and installs nothing', ({ table, code, field }) => {
    const withGoodYear = { '2028': { holidays: [{ date: '2028-01-03', name: '元旦' }], makeupWorkdays: [] }, ...table }
    let error: unknown
    try {
      installHolidayTable(withGoodYear as unknown as HolidayTable)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(DomainError)
    expect(error).toMatchObject({ code, field })
    expect(publishedHolidayYears()).not.toContain(2028)
    expect(isWorkday('2028-01-03').provisional).toBe(true)
  })
})
