import { http } from './client'
import type { Profile } from './types'

export interface ProfileInput {
  realName: string
  idNumber: string
  mobile: string
  address?: string
}

export const meApi = {
  get: () => http.get<Profile>('/me').then((r) => r.data),
  updateProfile: (input: ProfileInput) => http.put<Profile>('/me/profile', input).then((r) => r.data),
}
