import type { Colleague } from '../../contract/courts'
import type { CorrectionItem, CreateFilingBody, FilingData, FilingSummary, FilingView } from '../../contract/filings'
import type { AcceptBody } from '../../contract/review'
import { http } from './client'

export type { FileInfo } from '../../contract/files'
export type { FeeQuote, FilingStatus, FilingSummary, FilingView, ReviewClock } from '../../contract/filings'

export const filingsApi = {
  create: (input: CreateFilingBody, idempotencyKey?: string) =>
    http.post<FilingView>('/filings', input, { headers: idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {} }).then((r) => r.data),
  list: () => http.get<FilingSummary[]>('/filings').then((r) => r.data),
  get: (id: string) => http.get<FilingView>(`/filings/${id}`).then((r) => r.data),
  deleteDraft: (id: string) => http.delete(`/filings/${id}`).then(() => undefined),
  saveDraft: (id: string, data: FilingData) => http.put<FilingView>(`/filings/${id}/draft`, data).then((r) => r.data),
  submit: (id: string, idempotencyKey: string) =>
    http.post<FilingView>(`/filings/${id}/submit`, undefined, { headers: { 'Idempotency-Key': idempotencyKey } }).then((r) => r.data),
}

export const reviewApi = {
  queue: (agriculturalFirst: boolean) => http.get<FilingSummary[]>('/review/filings', { params: { agriculturalFirst } }).then((r) => r.data),
  accept: (id: string, input: AcceptBody) => http.post<FilingView>(`/review/filings/${id}/accept`, input).then((r) => r.data),
  requestCorrection: (id: string, items: CorrectionItem[]) => http.post<FilingView>(`/review/filings/${id}/request-correction`, { items }).then((r) => r.data),
  decline: (id: string, reason: string) => http.post<FilingView>(`/review/filings/${id}/decline`, { reason }).then((r) => r.data),
  forward: (id: string) => http.post<FilingView>(`/review/filings/${id}/forward`).then((r) => r.data),
}

export const staffApi = {
  colleagues: () => http.get<Colleague[]>('/court/staff').then((r) => r.data),
}
