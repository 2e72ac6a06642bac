import type { DemoUser, TokenReply } from '../../contract/auth'
import { http } from './client'

export const authApi = {
  wechat: (code: string) => http.post<TokenReply>('/auth/wechat', { code }).then((r) => r.data),
  devUsers: () => http.get<DemoUser[]>('/auth/dev-users').then((r) => r.data),
  dev: (userId: string) => http.post<TokenReply>('/auth/dev', { userId }).then((r) => r.data),
  staff: (account: string, password: string) => http.post<TokenReply>('/auth/staff', { account, password }).then((r) => r.data),
  /**
   * Ends this device's session on the server, so the token is worthless even if it was copied.
   * The token is passed in: the caller clears the stored session at once, before this request goes out.
   */
  logout: (token: string) => http.post('/auth/logout', undefined, { headers: { Authorization: `Bearer ${token}` } }).then(() => undefined),
}
