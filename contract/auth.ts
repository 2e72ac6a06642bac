import { Type, type Static } from 'typebox'
import { Enum, Role } from './common'

/** Sign-in: WeChat, demo accounts (development only) and court staff passwords. */

/** `rejected`: the court found the ID card photos or the details wrong; the party is told why and sends them again. */
export const RealNameStatus = Enum<'none' | 'submitted' | 'verified' | 'rejected'>({ none: true, submitted: true, verified: true, rejected: true })
export type RealNameStatus = Static<typeof RealNameStatus>

/** The signed-in user as the app keeps it beside the token. */
export const SessionUser = Type.Object({
  id: Type.String(),
  role: Role,
  displayName: Type.String(),
  courtId: Type.Union([Type.String(), Type.Null()]),
  realNameStatus: RealNameStatus,
})
export type SessionUser = Static<typeof SessionUser>

export const TokenReply = Type.Object({ token: Type.String(), user: SessionUser })
export type TokenReply = Static<typeof TokenReply>

/** POST /auth/wechat */
export const WechatLoginBody = Type.Object({ code: Type.String({ title: '微信登录凭证', minLength: 1, maxLength: 128 }) })
export type WechatLoginBody = Static<typeof WechatLoginBody>

/** GET /auth/dev-users */
export const DemoUser = Type.Object({ id: Type.String(), displayName: Type.String(), role: Role })
export type DemoUser = Static<typeof DemoUser>

/** POST /auth/dev */
export const DevLoginBody = Type.Object({ userId: Type.String({ title: '演示用户', minLength: 1, maxLength: 64 }) })
export type DevLoginBody = Static<typeof DevLoginBody>

/** POST /auth/staff */
export const StaffLoginBody = Type.Object({
  account: Type.String({ title: '账号', minLength: 1, maxLength: 64 }),
  password: Type.String({ title: '密码', minLength: 1, maxLength: 128 }),
})
export type StaffLoginBody = Static<typeof StaffLoginBody>
