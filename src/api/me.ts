import type { MobileCodeSent, Profile, ProfileInput } from '../../contract/me'
import { http } from './client'

export type { MobileCodeSent, ProfileInput } from '../../contract/me'

export const meApi = {
  get: () => http.get<Profile>('/me').then((r) => r.data),
  updateProfile: (input: ProfileInput) => http.put<Profile>('/me/profile', input).then((r) => r.data),
  /** Sends a code by SMS to the new number; the account keeps its number until the code comes back. */
  sendMobileCode: (mobile: string) => http.post<MobileCodeSent>('/me/mobile/code', { mobile }).then((r) => r.data),
  confirmMobile: (code: string) => http.post<Profile>('/me/mobile/confirm', { code }).then((r) => r.data),
}
