import type {
  AvailabilityInput,
  AvailabilityReply,
  BookBody,
  ConsentBody,
  CreateMediationInput,
  MediationSummary,
  MediationView,
  Notices,
  OkReply,
  OutcomeBody,
  SlotsReply,
  ToFilingReply,
} from '../../contract/mediation'
import { http } from './client'
import { pageOf } from './paging'

export type {
  AvailabilityInput,
  AvailabilityReply,
  Countdown,
  CreateMediationInput,
  Deadline,
  MediationAction,
  MediationStatus,
  MediationSummary,
  MediationView,
  Notices,
  OfferedSlot,
  ServiceAddress,
  SlotsReply,
  Venue,
} from '../../contract/mediation'

const keyed = (key?: string) => ({ headers: key ? { 'Idempotency-Key': key } : {} })

export const mediationApi = {
  create: (input: CreateMediationInput, key?: string) => http.post<MediationView>('/mediations', input, keyed(key)).then((r) => r.data),
  /** 我的调解 (or a mediator's, or the court's) a page at a time, newest change first. */
  list: (cursor?: string) => http.get<MediationSummary[]>('/mediations', { params: { cursor } }).then(pageOf),
  get: (id: string) => http.get<MediationView>(`/mediations/${id}`).then((r) => r.data),
  slots: (id: string, from?: string, days = 14) => http.get<SlotsReply>(`/mediations/${id}/slots`, { params: { from, days } }).then((r) => r.data),
  book: (id: string, input: BookBody, key?: string) => http.post<MediationView>(`/mediations/${id}/booking`, input, keyed(key)).then((r) => r.data),
  accept: (id: string, input: ConsentBody) => http.post<MediationView>(`/mediations/${id}/accept`, input).then((r) => r.data),
  withdraw: (id: string, reason?: string) => http.post<MediationView>(`/mediations/${id}/withdraw`, { reason }).then((r) => r.data),
  confirm: (id: string) => http.post<MediationView>(`/mediations/${id}/confirm`).then((r) => r.data),
  decline: (id: string, reason: string) => http.post<MediationView>(`/mediations/${id}/decline`, { reason }).then((r) => r.data),
  assign: (id: string, mediatorId: string) => http.post<MediationView>(`/mediations/${id}/assign`, { mediatorId }).then((r) => r.data),
  /** The mediator records the respondent's ID number after checking who they are, so the respondent can take part in the app. */
  identifyRespondent: (id: string, idNumber: string) => http.post<MediationView>(`/mediations/${id}/respondent-id`, { idNumber }).then((r) => r.data),
  outcome: (id: string, input: OutcomeBody) => http.post<MediationView>(`/mediations/${id}/outcome`, input).then((r) => r.data),
  sign: (id: string) => http.post<MediationView>(`/mediations/${id}/sign`).then((r) => r.data),
  applyJudicialConfirmation: (id: string, declaration: boolean) =>
    http.post<MediationView>(`/mediations/${id}/judicial-confirmation`, { declaration }).then((r) => r.data),
  toFiling: (id: string) => http.post<ToFilingReply>(`/mediations/${id}/to-filing`).then((r) => r.data),
  availability: () => http.get<AvailabilityReply>('/mediation/availability').then((r) => r.data),
  setAvailability: (input: AvailabilityInput) => http.put<AvailabilityReply>('/mediation/availability', input).then((r) => r.data),
  notices: () => http.get<Notices>('/mediation/notices').then((r) => r.data),
  markRead: () => http.post<OkReply>('/mediation/notices/read').then((r) => r.data),
}
