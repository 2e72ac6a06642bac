import { Type, type Static } from 'typebox'
import { RealNameStatus } from './auth'
import { Nullable, Role } from './common'

/** The signed-in user's own real-name profile (在线诉讼规则 art. 7). */

export const Profile = Type.Object({
  id: Type.String(),
  role: Role,
  displayName: Type.String(),
  courtId: Nullable(Type.String()),
  realName: Nullable(Type.String()),
  idNumberMasked: Nullable(Type.String()),
  birthDate: Nullable(Type.String()),
  sex: Type.Union([Type.Literal('male'), Type.Literal('female'), Type.Null()]),
  mobile: Nullable(Type.String()),
  address: Nullable(Type.String()),
  realNameStatus: RealNameStatus,
})
export type Profile = Static<typeof Profile>

/** PUT /me/profile */
export const ProfileInput = Type.Object({
  realName: Type.String({ title: '姓名', minLength: 1, maxLength: 30 }),
  idNumber: Type.String({ title: '身份证号', minLength: 1, maxLength: 18 }),
  mobile: Type.String({ title: '手机号', minLength: 1, maxLength: 11 }),
  address: Type.Optional(Type.String({ title: '住址', maxLength: 200 })),
})
export type ProfileInput = Static<typeof ProfileInput>
