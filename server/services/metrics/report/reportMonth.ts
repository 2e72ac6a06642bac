import { daysInMonth } from '../../../../domain/dates/daysInMonth'
import { badRequest } from '../../../errors'

/** The month a 通报 reports on: its figures' period and the twelve months of its trend. */
export interface ReportMonth {
  month: string
  /** 1 January of the month's year */
  from: string
  /** the month's last day */
  to: string
  /** e.g. '2021年10月' */
  monthText: string
  /** e.g. '2021年1月1日至2021年10月31日' */
  periodText: string
  /** the twelve calendar months ending with this one, oldest first, each whole */
  trend: Array<{ month: string; from: string; to: string }>
}

const pad = (n: number) => String(n).padStart(2, '0')
const monthPeriod = (y: number, m: number) => ({ month: `${y}-${pad(m)}`, from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(daysInMonth(y, m))}` })

/**
 * The period of the monthly 《执行指挥中心监管通报》 for `month`: its figures run from 1 January to the
 * month's last day (累计, as the courts' monthly reports count), its trend over the twelve months
 * ending with it. A month not yet begun has nothing to report: 400 METRIC_PERIOD_INVALID on
 * 'month'. The current month may be reported (a mid-month 通报 counts up to its last day, which
 * holds nothing after today).
 *
 * @param month 'YYYY-MM' (the contract checks the shape)
 * @param today 'YYYY-MM-DD' in Asia/Shanghai
 * @example reportMonth('2021-10', '2026-12-02').periodText // → '2021年1月1日至2021年10月31日'
 */
export function reportMonth(month: string, today: string): ReportMonth {
  const [y, m] = month.split('-').map(Number)
  if (!(y >= 2000 && m >= 1 && m <= 12) || month > today.slice(0, 7)) {
    throw badRequest('METRIC_PERIOD_INVALID', '只能生成本月及以前月份的监管通报，请重新选择月份', 'month')
  }
  const self = monthPeriod(y, m)
  const trend = Array.from({ length: 12 }, (_, i) => {
    const k = y * 12 + (m - 1) - (11 - i)
    return monthPeriod(Math.floor(k / 12), (k % 12) + 1)
  })
  return {
    month,
    from: `${y}-01-01`,
    to: self.to,
    monthText: `${y}年${m}月`,
    periodText: `${y}年1月1日至${y}年${m}月${daysInMonth(y, m)}日`,
    trend,
  }
}
