import type { Colleague } from '../../contract/courts'
import type { CorrectionItem, CreateFilingBody, DraftSaved, FilingData, FilingSummary, FilingView } from '../../contract/filings'
import type { AcceptBody } from '../../contract/review'
import { http } from './client'
import { pageOf } from './paging'

export type { ListPage } from './paging'
export type { FileInfo } from '../../contract/files'
export type { FeeQuote, FilingStatus, FilingSummary, FilingView, ReviewClock } from '../../contract/filings'

export const filingsApi = {
  create: (input: CreateFilingBody, idempotencyKey?: string) =>
    http.post<FilingView>('/filings', input, { headers: idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {} }).then((r) => r.data),
  /** The newest 100 (the most a page holds), for pickers that show them all. */
  list: () => http.get<FilingSummary[]>('/filings', { params: { limit: 100 } }).then((r) => r.data),
  /** 我的案件 a page at a time, newest change first. */
  page: (cursor?: string) => http.get<FilingSummary[]>('/filings', { params: { cursor } }).then(pageOf),
  get: (id: string) => http.get<FilingView>(`/filings/${id}`).then((r) => r.data),
  deleteDraft: (id: string) => http.delete(`/filings/${id}`).then(() => undefined),
  /** Saves the form; the reply says only what changed (the phone keeps the form it sent). */
  saveDraft: (id: string, data: FilingData) => http.put<DraftSaved>(`/filings/${id}/draft`, data).then((r) => r.data),
  submit: (id: string, idempotencyKey: string) =>
    http.post<FilingView>(`/filings/${id}/submit`, undefined, { headers: { 'Idempotency-Key': idempotencyKey } }).then((r) => r.data),
}

export const reviewApi = {
  /** The review queue a page at a time, newest first (涉农 first when asked). */
  queue: (agriculturalFirst: boolean, cursor?: string) => http.get<FilingSummary[]>('/review/filings', { params: { agriculturalFirst, cursor } }).then(pageOf),
  accept: (id: string, input: AcceptBody) => http.post<FilingView>(`/review/filings/${id}/accept`, input).then((r) => r.data),
  requestCorrection: (id: string, items: CorrectionItem[]) => http.post<FilingView>(`/review/filings/${id}/request-correction`, { items }).then((r) => r.data),
  decline: (id: string, reason: string) => http.post<FilingView>(`/review/filings/${id}/decline`, { reason }).then((r) => r.data),
  forward: (id: string) => http.post<FilingView>(`/review/filings/${id}/forward`).then((r) => r.data),
}

export const staffApi = {
  colleagues: () => http.get<Colleague[]>('/court/staff').then((r) => r.data),
}
