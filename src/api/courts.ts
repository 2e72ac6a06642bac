import type { Court } from '../../contract/courts'
import { http } from './client'

export const courtsApi = {
  list: () => http.get<Court[]>('/courts').then((r) => r.data),
}
