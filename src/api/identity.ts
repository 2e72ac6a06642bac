import type { IdCardInput, IdentityQueue, IdentityReview } from '../../contract/identity'
import type { Profile } from '../../contract/me'
import { http } from './client'

export type { IdentityQueue, IdentityQueueItem, IdentityReview } from '../../contract/identity'

/** 实名核验: the party's ID card photos, and the court's review queue. */
export const identityApi = {
  submitIdCard: (input: IdCardInput) => http.post<Profile>('/me/id-card', input).then((r) => r.data),
  queue: (cursor?: string) => http.get<IdentityQueue>('/identity-reviews', { params: cursor ? { cursor } : {} }).then((r) => r.data),
  review: (userId: string) => http.get<IdentityReview>(`/identity-reviews/${encodeURIComponent(userId)}`).then((r) => r.data),
  verify: (userId: string) => http.post<IdentityReview>(`/identity-reviews/${encodeURIComponent(userId)}/verify`).then((r) => r.data),
  reject: (userId: string, reason: string) =>
    http.post<IdentityReview>(`/identity-reviews/${encodeURIComponent(userId)}/reject`, { reason }).then((r) => r.data),
}
