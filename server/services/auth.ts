import { randomUUID } from 'node:crypto'
import type { Clock } from '../clock'
import { shanghaiIso } from '../clock'
import { AppError, forbidden } from '../errors'
import type { UserRow, UsersRepository } from '../repositories/users'
import type { Actor } from '../auth/actor'
import type { WechatClient } from '../wechat'
import { verifyPassword } from './passwords'

export interface SessionUser {
  id: string
  role: Actor['role']
  displayName: string
  courtId: string | null
  realNameStatus: UserRow['real_name_status']
}

export const toSessionUser = (u: UserRow): SessionUser => ({
  id: u.id,
  role: u.role,
  displayName: u.display_name,
  courtId: u.court_id,
  realNameStatus: u.real_name_status,
})
export const toActor = (u: UserRow): Actor => ({ sub: u.id, role: u.role, courtId: u.court_id })

/** Sign-in use cases. Each returns the user; the route signs the token. */
export function authService(deps: { users: UsersRepository; wechat: WechatClient; clock: Clock; devLogin: boolean; production: boolean }) {
  const { users, wechat, clock } = deps
  const devAllowed = deps.devLogin && !deps.production
  return {
    devLoginEnabled: () => devAllowed,

    /** A litigant's WeChat sign-in: the code from wx.login is exchanged server-side for an openid. */
    async wechat(code: string): Promise<UserRow> {
      const { openid } = await wechat.code2session(code)
      const existing = await users.byOpenid(openid)
      if (existing) return existing
      const now = shanghaiIso(clock.now())
      const row: UserRow = {
        id: `u-${randomUUID()}`,
        role: 'litigant',
        court_id: null,
        account: null,
        password_hash: null,
        openid,
        display_name: '微信用户',
        real_name: null,
        id_number: null,
        mobile: null,
        address: null,
        real_name_status: 'none',
        demo: 0,
        created_at: now,
        updated_at: now,
      }
      await users.insert(row)
      return (await users.byOpenid(openid)) ?? row
    },

    async demoUsers() {
      if (!devAllowed) throw new AppError(404, 'DEV_LOGIN_DISABLED', '演示登录未开启')
      return users.demoLitigants()
    },

    /** Development only: sign in as a seeded demo litigant without WeChat. */
    async dev(userId: string): Promise<UserRow> {
      if (!devAllowed) throw new AppError(404, 'DEV_LOGIN_DISABLED', '演示登录未开启')
      const user = await users.byId(userId)
      if (!user || user.demo !== 1 || !['litigant', 'agent'].includes(user.role)) {
        throw new AppError(400, 'DEV_USER_UNKNOWN', '没有这个演示用户', 'userId')
      }
      return user
    },

    /** Court staff sign in with account and password (scrypt). The same message for either mistake. */
    async staff(account: string, password: string): Promise<UserRow> {
      const user = await users.byAccount(account)
      const ok = await verifyPassword(password, user?.password_hash ?? null)
      if (!user || !ok) throw new AppError(401, 'STAFF_LOGIN_FAILED', '账号或密码不对，请重新输入', 'password')
      if (user.role === 'litigant' || user.role === 'agent') throw forbidden('该账号不是法院工作人员账号')
      return user
    },
  }
}
export type AuthService = ReturnType<typeof authService>
