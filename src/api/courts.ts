import { http } from './client'
import type { Court } from './types'

export const courtsApi = {
  list: () => http.get<Court[]>('/courts').then((r) => r.data),
}
