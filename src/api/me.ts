import type { Profile, ProfileInput } from '../../contract/me'
import { http } from './client'

export type { ProfileInput } from '../../contract/me'

export const meApi = {
  get: () => http.get<Profile>('/me').then((r) => r.data),
  updateProfile: (input: ProfileInput) => http.put<Profile>('/me/profile', input).then((r) => r.data),
}
