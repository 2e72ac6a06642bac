import type { AdminAverageWages, AverageWageBody } from '../../contract/wages'
import { http } from './client'

export type { AdminAverageWage, AdminAverageWages, AverageWageBody } from '../../contract/wages'

/** The court admin's average-wage figures (the small-claims threshold), per year of the court's province. */
export const adminWagesApi = {
  list: () => http.get<AdminAverageWages>('/admin/average-wages').then((r) => r.data),
  save: (year: number, body: AverageWageBody) => http.put<AdminAverageWages>(`/admin/average-wages/${year}`, body).then((r) => r.data),
}
