import { randomUUID } from 'node:crypto'
import type { Clock } from '../clock'
import { shanghaiIso } from '../clock'
import { AppError, forbidden } from '../errors'
import type { SignInLocksRepository } from '../repositories/signInLocks'
import type { UserRow, UsersRepository } from '../repositories/users'
import type { Actor } from '../auth/actor'
import type { WechatClient } from '../wechat'
import { badRequest } from '../errors'
import { dummyHash, hashPassword, passwordProblem, verifyPassword } from './passwords'
import type { SessionsService } from './sessions'

/** Wrong passwords in a row (within LOCK_WINDOW_MS of each other) before an account is locked. */
export const LOCK_AFTER_FAILURES = 5
const LOCK_WINDOW_MS = 15 * 60_000
/** The first lock lasts 15 minutes; each one after it twice as long as the one before, up to a day. */
export const lockMinutes = (earlierLockouts: number): number => Math.min(15 * 2 ** earlierLockouts, 24 * 60)

const waitText = (ms: number) => {
  const minutes = Math.max(1, Math.ceil(ms / 60_000))
  return minutes < 60 ? `${minutes}分钟` : minutes % 60 === 0 ? `${minutes / 60}小时` : `${Math.floor(minutes / 60)}小时${minutes % 60}分钟`
}
const locked = (untilMs: number, nowMs: number) =>
  new AppError(429, 'ACCOUNT_LOCKED', `密码输错次数太多，账号已暂时锁定，请${waitText(untilMs - nowMs)}后再试；急用请联系本院管理员解锁`, 'account')
const disabled = () => new AppError(403, 'ACCOUNT_DISABLED', '该账号已停用，请联系本院管理员')

export interface SessionUser {
  id: string
  role: Actor['role']
  displayName: string
  courtId: string | null
  realNameStatus: UserRow['real_name_status']
}

/** The user row a sign-in use case returns, for the route that opens the session. */
export type SignedInUser = UserRow

export const toSessionUser = (u: UserRow): SessionUser => ({
  id: u.id,
  role: u.role,
  displayName: u.display_name,
  courtId: u.court_id,
  realNameStatus: u.real_name_status,
})

/** A new account: no real name, ID or contact until its owner gives them (a litigant verifies them from 我的). */
export function newUserRow(fields: Pick<UserRow, 'id' | 'role' | 'court_id' | 'account' | 'password_hash' | 'openid' | 'display_name'>, now: string): UserRow {
  return {
    ...fields,
    real_name: null,
    id_number: null,
    mobile: null,
    address: null,
    real_name_status: 'none',
    demo: 0,
    created_at: now,
    updated_at: now,
    disabled_at: null,
    review_reason: null,
  }
}

/** Sign-in use cases. Each returns the user; the route opens a session and signs a token naming it. */
export function authService(deps: {
  users: UsersRepository
  signInLocks: SignInLocksRepository
  sessions: SessionsService
  wechat: WechatClient
  clock: Clock
  devLogin: boolean
  production: boolean
}) {
  const { users, signInLocks, sessions, wechat, clock } = deps
  // Made now, so the first unknown account's answer is not slower than the rest.
  void dummyHash()
  const devAllowed = deps.devLogin && !deps.production
  return {
    devLoginEnabled: () => devAllowed,

    /** A litigant's WeChat sign-in: the code from wx.login is exchanged server-side for an openid. */
    async wechat(code: string): Promise<UserRow> {
      const { openid } = await wechat.code2session(code)
      const existing = await users.byOpenid(openid)
      if (existing?.disabled_at) throw disabled()
      if (existing) return existing
      const row = newUserRow(
        { id: `u-${randomUUID()}`, role: 'litigant', court_id: null, account: null, password_hash: null, openid, display_name: '微信用户' },
        shanghaiIso(clock.now()),
      )
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
      if (user.disabled_at) throw disabled()
      return user
    },

    /**
     * Court staff sign in with account and password (scrypt). The same message for either
     * mistake, and the same work: an unknown account is checked against a dummy hash. Each
     * attempt is counted before the check; the fifth wrong one in a row locks the account name
     * (known or not) for 15 minutes, then 30, 60… until a right password or an admin unlocks it.
     */
    async staff(account: string, password: string): Promise<UserRow> {
      const nowMs = clock.now().getTime()
      const at = shanghaiIso(clock.now())
      const claim = await signInLocks.claimAttempt(account, at, shanghaiIso(new Date(nowMs - LOCK_WINDOW_MS)))
      if (claim.locked_until && claim.locked_until > at) throw locked(new Date(claim.locked_until).getTime(), nowMs)
      const lockNow = async () => {
        const untilMs = nowMs + lockMinutes(Number(claim.lockouts)) * 60_000
        await signInLocks.lock(account, shanghaiIso(new Date(untilMs)), Number(claim.lockouts) + 1, at)
        return locked(untilMs, nowMs)
      }
      // More guesses arrived together than are allowed in a row: the extra ones are not checked at all.
      if (Number(claim.failures) > LOCK_AFTER_FAILURES) throw await lockNow()
      const user = await users.byAccount(account)
      const real = user?.password_hash?.startsWith('scrypt$') ? user.password_hash : null
      const ok = (await verifyPassword(password, real ?? (await dummyHash()))) && real !== null
      if (!user || !ok) {
        if (Number(claim.failures) >= LOCK_AFTER_FAILURES) throw await lockNow()
        throw new AppError(401, 'STAFF_LOGIN_FAILED', '账号或密码不对，请重新输入', 'password')
      }
      await signInLocks.clear(account)
      if (user.disabled_at) throw disabled()
      if (user.role === 'litigant' || user.role === 'agent') throw forbidden('该账号不是法院工作人员账号')
      return user
    },

    /** Ends the session a request came with (退出登录). */
    logout: (sessionId: string) => sessions.revoke(sessionId, 'logout'),

    /**
     * A staff member changes their own password. Every session of the account ends — a device
     * someone else signed in on is signed out too — and the route opens a fresh one for this device.
     */
    async changePassword(actor: Actor, input: { currentPassword: string; newPassword: string }): Promise<UserRow> {
      const user = await users.byId(actor.sub)
      if (!user?.password_hash || !(await verifyPassword(input.currentPassword, user.password_hash))) {
        throw badRequest('PASSWORD_WRONG', '原密码不对，请重新输入', 'currentPassword')
      }
      if (input.newPassword === input.currentPassword) throw badRequest('PASSWORD_SAME', '新密码不能和原密码一样', 'newPassword')
      const problem = passwordProblem(input.newPassword)
      if (problem) throw badRequest('PASSWORD_WEAK', problem, 'newPassword')
      await users.setPasswordHash(user.id, await hashPassword(input.newPassword), shanghaiIso(clock.now()))
      await sessions.revokeAllOf(user.id, 'password')
      return user
    },
  }
}
export type AuthService = ReturnType<typeof authService>
