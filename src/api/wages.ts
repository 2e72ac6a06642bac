import type { AverageWageEntry } from '@domain/smallClaims/averageWageFor'
import { http } from './client'

/**
 * GET /average-wages?province=NN: the court's figures for the small-claims threshold (上年度就业人员
 * 年平均工资, 《民事诉讼法》第一百六十五条), one entry per year, as the court's admin keeps them.
 */
export interface AverageWagesReply {
  wages: AverageWageEntry[]
}

export const wagesApi = {
  /** @param province the 2-digit province-level code, '15' for 内蒙古 */
  list: (province: string) => http.get<AverageWagesReply>('/average-wages', { params: { province } }).then((r) => r.data),
}
