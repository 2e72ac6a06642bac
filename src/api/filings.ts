import type { FilingData, FilingKind, Procedure } from '@domain'
import { http } from './client'

export interface FeeQuote {
  minFen: number
  maxFen: number
  lines: Array<{ label: string; fen: number; article: string }>
  /** whether the fee is paid in advance (《诉讼费用交纳办法》第二十条); absent on fees quoted before it was asked */
  prepay?: { required: boolean; article: string }
}
export interface ReviewClock {
  due: string
  daysLeft: number
  overdue: boolean
  provisional: boolean
}
export type FilingStatus = 'draft' | 'submitted' | 'correction-requested' | 'accepted' | 'declined'
export interface FileInfo {
  id: string
  name: string
  mime: string
  size: number
  sha256: string
}

export interface FilingView {
  id: string
  kind: FilingKind
  status: FilingStatus
  version: number
  filingNumber: string | null
  courtId: string
  targetCourtId: string
  crossRegion: boolean
  forwarded: boolean
  agricultural: boolean
  data: FilingData
  fee: FeeQuote | null
  submittedAt: string | null
  review: ReviewClock | null
  correction: { items: Array<{ field: string; message: string }>; requestedAt: string } | null
  declineReason: string | null
  caseNumber: string | null
  procedure: Procedure | null
  judgeName: string | null
  decidedAt: string | null
  files: FileInfo[]
  history: Array<{ action: string; at: string; actorName: string; detail: Record<string, unknown> }>
}

export interface FilingSummary {
  id: string
  kind: FilingKind
  status: FilingStatus
  filingNumber: string | null
  caseNumber: string | null
  plaintiffs: string[]
  defendants: string[]
  agricultural: boolean
  crossRegion: boolean
  forwarded: boolean
  courtId: string
  targetCourtId: string
  submittedAt: string | null
  updatedAt: string
  review: ReviewClock | null
}

export const filingsApi = {
  create: (input: { kind: FilingKind; courtId: string; targetCourtId?: string }, idempotencyKey?: string) =>
    http.post<FilingView>('/filings', input, { headers: idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {} }).then((r) => r.data),
  list: () => http.get<FilingSummary[]>('/filings').then((r) => r.data),
  get: (id: string) => http.get<FilingView>(`/filings/${id}`).then((r) => r.data),
  saveDraft: (id: string, data: FilingData) => http.put<FilingView>(`/filings/${id}/draft`, data).then((r) => r.data),
  submit: (id: string, idempotencyKey: string) =>
    http.post<FilingView>(`/filings/${id}/submit`, undefined, { headers: { 'Idempotency-Key': idempotencyKey } }).then((r) => r.data),
}

export const reviewApi = {
  queue: (agriculturalFirst: boolean) => http.get<FilingSummary[]>('/review/filings', { params: { agriculturalFirst } }).then((r) => r.data),
  accept: (id: string, input: { procedure: Procedure; judgeId: string }) => http.post<FilingView>(`/review/filings/${id}/accept`, input).then((r) => r.data),
  requestCorrection: (id: string, items: Array<{ field: string; message: string }>) =>
    http.post<FilingView>(`/review/filings/${id}/request-correction`, { items }).then((r) => r.data),
  decline: (id: string, reason: string) => http.post<FilingView>(`/review/filings/${id}/decline`, { reason }).then((r) => r.data),
  forward: (id: string) => http.post<FilingView>(`/review/filings/${id}/forward`).then((r) => r.data),
}

export const staffApi = {
  colleagues: () => http.get<Array<{ id: string; role: string; displayName: string }>>('/court/staff').then((r) => r.data),
}
