import { Type, type Static } from 'typebox'
import { RealNameStatus } from './auth'
import { Enum, Nullable, Role } from './common'

/** The signed-in user's own real-name profile (在线诉讼规则 art. 7). */

/** Why a verified profile is back in review: its name, its ID number, or both were changed. */
export const ReviewReason = Enum<'name' | 'id-number' | 'name-and-id-number'>({ name: true, 'id-number': true, 'name-and-id-number': true })
export type ReviewReason = Static<typeof ReviewReason>

export const Profile = Type.Object({
  id: Type.String(),
  role: Role,
  displayName: Type.String(),
  courtId: Nullable(Type.String()),
  realName: Nullable(Type.String()),
  idNumberMasked: Nullable(Type.String()),
  birthDate: Nullable(Type.String()),
  sex: Type.Union([Type.Literal('male'), Type.Literal('female'), Type.Null()]),
  /** the confirmed number: the only one used to reach or find the person */
  mobile: Nullable(Type.String()),
  /** a new number waiting for the code sent to it */
  pendingMobile: Nullable(Type.String()),
  address: Nullable(Type.String()),
  realNameStatus: RealNameStatus,
  /** set while a verified profile is back in review because its name or ID number changed */
  reviewReason: Nullable(ReviewReason),
  /** the ID card photos sent for review; null until sent */
  idCard: Nullable(
    Type.Object({
      front: Type.Boolean(),
      back: Type.Boolean(),
      holding: Type.Boolean(),
      submittedAt: Type.String(),
      decidedAt: Nullable(Type.String()),
    }),
  ),
  /** why the court sent the real-name details back (status `rejected`), in plain Chinese */
  rejectReason: Nullable(Type.String()),
})
export type Profile = Static<typeof Profile>

/** PUT /me/profile — the mobile, when sent, must be the confirmed one: a new number goes through POST /me/mobile/code. */
export const ProfileInput = Type.Object({
  realName: Type.String({ title: '姓名', minLength: 1, maxLength: 30 }),
  idNumber: Type.String({ title: '身份证号', minLength: 1, maxLength: 18 }),
  mobile: Type.Optional(Type.String({ title: '手机号', maxLength: 11 })),
  address: Type.Optional(Type.String({ title: '住址', maxLength: 200 })),
})
export type ProfileInput = Static<typeof ProfileInput>

/** POST /me/mobile/code — sends a six-digit code by SMS to the new number. */
export const MobileCodeInput = Type.Object({ mobile: Type.String({ title: '新手机号', minLength: 1, maxLength: 11 }) }, { additionalProperties: false })
export type MobileCodeInput = Static<typeof MobileCodeInput>

export const MobileCodeSent = Type.Object({
  mobile: Type.String(),
  /** when the code stops working */
  expiresAt: Type.String(),
  /** when another code may be asked for */
  resendAt: Type.String(),
})
export type MobileCodeSent = Static<typeof MobileCodeSent>

/** POST /me/mobile/confirm — the code from the SMS; the new number becomes the account's. */
export const MobileConfirmInput = Type.Object({ code: Type.String({ title: '验证码', minLength: 1, maxLength: 12 }) }, { additionalProperties: false })
export type MobileConfirmInput = Static<typeof MobileConfirmInput>
