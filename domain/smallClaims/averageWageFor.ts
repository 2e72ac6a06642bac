import data from '../data/average-wages.json'
import { parseCalendarDay } from '../dates/parseCalendarDay'
import { DomainError } from '../errors'

/** A province's average annual wage of employed persons for one year, integer fen, with its source. */
export interface AverageWageEntry {
  /** the 2-digit province-level code, '15' for 内蒙古自治区 */
  province: string
  provinceName: string
  year: number
  wageFen: number
  /** which statistic it is, e.g. 城镇非私营单位就业人员年平均工资 */
  series: string
  source: string
  /** false until checked against the statistics bureau's or the high court's publication */
  confirmed: boolean
  note?: string
}

/** The shipped figures and where they come from; the court's admin adds each new year. */
export const AVERAGE_WAGES: { source: string; wages: readonly AverageWageEntry[] } = data

const fail = (message: string, field: string) => new DomainError('AVERAGE_WAGE_INVALID', message, field)

function checked(wages: readonly AverageWageEntry[]): readonly AverageWageEntry[] {
  if (!Array.isArray(wages)) throw fail('平均工资数据应为列表', 'wages')
  wages.forEach((w, i) => {
    if (typeof w?.province !== 'string' || !/^\d{2}$/.test(w.province)) throw fail('省份代码应为两位数字，如内蒙古为15', `wages[${i}].province`)
    if (!Number.isInteger(w.year) || w.year < 2000 || w.year > 2100) throw fail('年度应为2000至2100之间的年份', `wages[${i}].year`)
    if (!Number.isSafeInteger(w.wageFen) || w.wageFen <= 0) throw fail('年平均工资应为正数，以分计', `wages[${i}].wageFen`)
  })
  return wages
}

/**
 * The average annual wage of employed persons (就业人员年平均工资) that sets a filing's small-claims
 * threshold (《民事诉讼法》第一百六十五条): the province's figure for the year before the filing
 * (上年度); until that year's figure is published, the latest published year's figure
 * (《民诉法解释》第二百七十二条). Figures are court data: the shipped ones
 * (domain/data/average-wages.json) carry their source and `confirmed: false` until checked, and
 * the court's admin passes the figures it keeps (`wages`), one entry per province and year.
 * A year's figure counts as published once it is in the list; figures of the filing year or
 * later are never used.
 *
 * @param input.province the 2-digit province-level code of the court, '15' for 内蒙古
 * @param input.filedOn 'YYYY-MM-DD', the filing day
 * @param input.wages the court's figures; default the shipped ones
 * @returns the entry used and `previousYear` (true when it is the 上年度 figure itself, false when
 *   an older one stands in), or null when the list has no figure for the province before that year
 * @throws DomainError 'DATE_INVALID' for a bad `filedOn`; 'AVERAGE_WAGE_INVALID' for a malformed entry
 * @example
 * averageWageFor({ province: '15', filedOn: '2024-05-10' }) // { year: 2023, wageFen: 10_885_600, previousYear: true, confirmed: false, … }
 * averageWageFor({ province: '15', filedOn: '2026-03-01' }) // the 2023 figure, previousYear: false
 */
export function averageWageFor(input: {
  province: string
  filedOn: string
  wages?: readonly AverageWageEntry[]
}): (AverageWageEntry & { previousYear: boolean }) | null {
  const { year } = parseCalendarDay(input.filedOn, 'filedOn')
  const wages = input.wages === undefined ? AVERAGE_WAGES.wages : checked(input.wages)
  let best: AverageWageEntry | undefined
  for (const w of wages) {
    if (w.province === input.province && w.year < year && (best === undefined || w.year > best.year)) best = w
  }
  return best ? { ...best, previousYear: best.year === year - 1 } : null
}
