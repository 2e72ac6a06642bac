import { AVERAGE_WAGES, averageWageFor, type AverageWageEntry } from '../../../domain'

const entry = (year: number, wageFen: number, province = '15'): AverageWageEntry => ({
  province,
  provinceName: '内蒙古自治区',
  year,
  wageFen,
  series: '城镇非私营单位就业人员年平均工资',
  source: '测试',
  confirmed: true,
})

describe('averageWageFor — 《民诉法解释》第二百七十二条', () => {
  it.each([
    { label: 'filed in 2024: the 2023 figure, the previous year', filedOn: '2024-05-10', year: 2023, wageFen: 10_885_600, previousYear: true },
    { label: 'filed on the last day of 2023: the 2022 figure', filedOn: '2023-12-31', year: 2022, wageFen: 10_099_000, previousYear: true },
    { label: 'filed in 2026 before 2025 is known: the latest, 2023, stands in', filedOn: '2026-03-01', year: 2023, wageFen: 10_885_600, previousYear: false },
  ])('shipped 内蒙古 figures: $label', ({ filedOn, year, wageFen, previousYear }) => {
    expect(averageWageFor({ province: '15', filedOn })).toMatchObject({ year, wageFen, previousYear, provinceName: '内蒙古自治区', confirmed: false })
  })

  it.each([
    { label: 'no figure before the filing year', province: '15', filedOn: '2022-06-01' },
    { label: 'a province without figures', province: '11', filedOn: '2026-06-01' },
  ])('null for $label', ({ province, filedOn }) => {
    expect(averageWageFor({ province, filedOn })).toBeNull()
  })

  it.each([
    { label: 'the court’s 2025 figure once published', filedOn: '2026-07-01', want: 2025 },
    { label: 'never the filing year’s own figure', filedOn: '2025-12-31', want: 2024 },
    { label: 'ignores other provinces', filedOn: '2024-01-02', want: 2023 },
  ])('court figures: $label', ({ filedOn, want }) => {
    const wages = [entry(2023, 10_000_000), entry(2024, 11_000_000), entry(2025, 12_000_000), entry(2023, 99_000_000, '11')]
    expect(averageWageFor({ province: '15', filedOn, wages })?.year).toBe(want)
  })

  it.each([
    { label: 'a one-digit province', wage: { ...entry(2024, 1), province: '5' }, field: 'wages[0].province' },
    { label: 'a year out of range', wage: entry(1999, 1), field: 'wages[0].year' },
    { label: 'no wage', wage: entry(2024, 0), field: 'wages[0].wageFen' },
    { label: 'a fractional wage', wage: entry(2024, 10.5), field: 'wages[0].wageFen' },
  ])('refuses $label', ({ wage, field }) => {
    expect(() => averageWageFor({ province: '15', filedOn: '2026-01-01', wages: [wage] })).toThrow(
      expect.objectContaining({ code: 'AVERAGE_WAGE_INVALID', field }),
    )
  })

  it('refuses a bad filing day', () => {
    expect(() => averageWageFor({ province: '15', filedOn: '2026-02-30' })).toThrow(expect.objectContaining({ code: 'DATE_INVALID', field: 'filedOn' }))
  })

  it('ships each figure with its source, marked unconfirmed until checked', () => {
    expect(AVERAGE_WAGES.source).toContain('第二百七十二条')
    expect(AVERAGE_WAGES.wages.length).toBeGreaterThan(0)
    for (const w of AVERAGE_WAGES.wages) {
      expect(w.source).toMatch(/统计局/)
      expect(w.confirmed).toBe(false)
      expect(w.note).toMatch(/待核对/)
    }
  })
})
