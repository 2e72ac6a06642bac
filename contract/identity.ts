import { Type, type Static } from 'typebox'
import { RealNameStatus } from './auth'
import { Nullable } from './common'
import { ReviewReason } from './me'

/** 实名核验: the ID card photos a party sends, and the court's review of them (在线诉讼规则第七条). */

const FileId = (title: string) => Type.String({ title, minLength: 1, maxLength: 64 })

/** POST /me/id-card — photos the party uploaded themself (POST /files), images only. */
export const IdCardInput = Type.Object(
  {
    frontFileId: FileId('身份证人像面照片'),
    backFileId: FileId('身份证国徽面照片'),
    holdingFileId: Type.Optional(FileId('手持身份证照片')),
  },
  { additionalProperties: false },
)
export type IdCardInput = Static<typeof IdCardInput>

/** GET /identity-reviews — the court's queue, oldest first. */
export const IdentityQueueQuery = Type.Object(
  {
    cursor: Type.Optional(Type.String({ title: '翻页位置', maxLength: 200 })),
    limit: Type.Optional(Type.Integer({ title: '每页条数', minimum: 1, maximum: 100, default: 20 })),
  },
  { additionalProperties: false },
)
export type IdentityQueueQuery = Static<typeof IdentityQueueQuery>

export const IdentityQueueItem = Type.Object({
  userId: Type.String(),
  realName: Nullable(Type.String()),
  /** masked: the full number only on the review page */
  idNumberMasked: Nullable(Type.String()),
  submittedAt: Type.String(),
  reviewReason: Nullable(ReviewReason),
})
export type IdentityQueueItem = Static<typeof IdentityQueueItem>

export const IdentityQueue = Type.Object({
  items: Type.Array(IdentityQueueItem),
  /** pass it back for the next page; null on the last page */
  nextCursor: Nullable(Type.String()),
})
export type IdentityQueue = Static<typeof IdentityQueue>

/** A short-lived link to one photo (five minutes), for `<Image src>`. */
export const PhotoLink = Type.Object({ url: Type.String(), expiresAt: Type.String() })
export type PhotoLink = Static<typeof PhotoLink>

/** GET /identity-reviews/:userId — what a clerk compares. */
export const IdentityReview = Type.Object({
  userId: Type.String(),
  realName: Nullable(Type.String()),
  idNumber: Nullable(Type.String()),
  birthDate: Nullable(Type.String()),
  sex: Type.Union([Type.Literal('male'), Type.Literal('female'), Type.Null()]),
  address: Nullable(Type.String()),
  mobile: Nullable(Type.String()),
  realNameStatus: RealNameStatus,
  reviewReason: Nullable(ReviewReason),
  photos: Nullable(
    Type.Object({
      front: PhotoLink,
      back: PhotoLink,
      holding: Nullable(PhotoLink),
      submittedAt: Type.String(),
    }),
  ),
  decidedAt: Nullable(Type.String()),
  decidedBy: Nullable(Type.String()),
  rejectReason: Nullable(Type.String()),
})
export type IdentityReview = Static<typeof IdentityReview>

export const IdentityReviewParams = Type.Object({ userId: Type.String({ title: '用户', minLength: 1, maxLength: 64 }) })
export type IdentityReviewParams = Static<typeof IdentityReviewParams>

/** POST /identity-reviews/:userId/reject — the reason the party reads, in plain Chinese. */
export const IdentityRejectInput = Type.Object({ reason: Type.String({ title: '退回原因', maxLength: 200 }) }, { additionalProperties: false })
export type IdentityRejectInput = Static<typeof IdentityRejectInput>
