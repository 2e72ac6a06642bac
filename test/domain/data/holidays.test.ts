import raw from 'chinese-days/dist/chinese-days.json'
import data from '../../../domain/data/holidays.json'
import { holidayTableFor, isWorkday, publishedHolidayYears } from '../../../domain'

// chinese-days' raw data (not its functions, which depend on the machine's time zone) is the
// source the checked-in table was generated from; this keeps the two in step.
const source = raw as { holidays: Record<string, string>; workdays: Record<string, string> }

describe('domain/data/holidays.json', () => {
  it('agrees with chinese-days on every day of 2004–2026', () => {
    const mismatches: string[] = []
    for (let t = Date.UTC(2004, 0, 1); t <= Date.UTC(2026, 11, 31); t += 864e5) {
      const d = new Date(t)
      const date = d.toISOString().slice(0, 10)
      const weekend = d.getUTCDay() === 0 || d.getUTCDay() === 6
      const expected = !!source.workdays[date] || (!weekend && !source.holidays[date])
      const got = isWorkday(date)
      if (got.workday !== expected || got.provisional || (got.holiday !== undefined) !== !!source.holidays[date]) {
        mismatches.push(date)
      }
    }
    expect(mismatches).toEqual([])
  })

  it('names each holiday like the State Council notices', () => {
    const names = new Set(publishedHolidayYears().flatMap((y) => holidayTableFor(y)?.holidays.map((h) => h.name) ?? []))
    expect([...names].sort()).toEqual(
      ['中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日', '中秋节', '元旦', '劳动节', '国庆节', '春节', '清明节', '端午节'].sort(),
    )
  })

  it('has makeup workdays only on weekends', () => {
    for (const y of publishedHolidayYears()) {
      for (const m of holidayTableFor(y)?.makeupWorkdays ?? []) {
        expect([0, 6]).toContain(new Date(`${m.date}T00:00:00Z`).getUTCDay())
      }
    }
  })

  it('carries festival dates for every year from 2027 to 2100', () => {
    expect(data.festivalsFrom).toBe(2027)
    expect(data.festivals).toHaveLength(2100 - 2027 + 1)
    for (const f of data.festivals) expect(f).toMatch(/^(01|02)\d\d 04\d\d (05|06)\d\d (09|10)\d\d$/)
  })

  it('stays small enough for the mini-program main package', () => {
    expect(JSON.stringify(data).length).toBeLessThan(10_000)
  })
})
