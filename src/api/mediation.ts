import type { DateOverride, Slot, WeeklyHours } from '@domain'
import { http } from './client'

export type MediationStatus = 'requested' | 'scheduling' | 'confirmed' | 'signing' | 'settled' | 'failed' | 'withdrawn' | 'declined'
export type MediationAction =
  | 'book'
  | 'accept'
  | 'withdraw'
  | 'sign'
  | 'apply-jc'
  | 'to-filing'
  | 'confirm'
  | 'decline'
  | 'record-agreement'
  | 'record-no-agreement'
  | 'record-withdrawn'
  | 'assign'

export interface Countdown {
  due: string
  workdaysLeft: number
  overdue: boolean
  label: string
}
export interface Deadline {
  due: string
  provisional: boolean
  article: string
  countdown: Countdown | null
}

export interface ServiceAddress {
  mobile: string
  postalAddress: string
  app: boolean
  sms: boolean
}

export interface MediationSummary {
  id: string
  number: string
  stage: 'pre-filing' | 'in-case'
  status: MediationStatus
  statusText: string
  caseNumber: string | null
  dispute: string
  applicantName: string
  respondentName: string
  mediatorName: string | null
  myRole: 'applicant' | 'respondent' | 'mediator' | 'staff'
  booking: { startsAt: string; label: string; venueKind: string } | null
  confirmation: (Deadline & { confirmedAt: string | null }) | null
  assignment: Deadline | null
  todo: string | null
  updatedAt: string
}

export interface MediationView {
  id: string
  number: string
  stage: 'pre-filing' | 'in-case'
  status: MediationStatus
  statusText: string
  court: { id: string; name: string }
  caseNumber: string | null
  procedure: string | null
  dispute: string
  claim: string
  amountFen: number | null
  requestedOn: string
  viewer: { kind: 'party' | 'mediator' | 'staff'; role: 'applicant' | 'respondent' | null; needsConsent: boolean }
  parties: Array<{
    role: 'applicant' | 'respondent'
    name: string
    mobile: string | null
    consented: boolean
    signedAt: string | null
    jcAppliedAt: string | null
    me: boolean
  }>
  mediator: { id: string; name: string; chosenBy: 'party' | 'court' | null } | null
  assignment: Deadline | null
  confirmation: (Deadline & { confirmedAt: string | null }) | null
  booking: {
    id: string
    startsAt: string
    endsAt: string
    minutes: number
    label: string
    venue: { kind: 'online' | 'room'; roomName: string | null; address: string | null; videoUrl: string | null }
    proposedBy: 'applicant' | 'respondent' | 'mediator'
    accepted: { applicant: boolean; respondent: boolean; mediator: boolean }
    waitingFor: string[]
  } | null
  timeLimit: { days: number; due: string; article: string } | null
  declineReason: string | null
  outcome: { result: 'agreement' | 'no-agreement' | 'withdrawn' | 'refused'; note: string | null; at: string | null } | null
  agreement: { terms: string; effective: boolean; effectiveAt: string | null; signed: number; total: number; unsigned: string[] } | null
  judicialConfirmation: { due: string; open: boolean; daysLeft: number; article: string; applied: string[]; filingId: string | null } | null
  draftFilingId: string | null
  actions: MediationAction[]
  history: Array<{ action: string; at: string; actorName: string }>
}

export interface CreateMediationInput {
  stage: 'pre-filing' | 'in-case'
  courtId?: string
  filingId?: string
  dispute: string
  claim: string
  amountFen?: number
  respondent?: { name: string; mobile: string; idNumber?: string }
  consent: boolean
  service: ServiceAddress
  mediatorId?: string
}

export type OfferedSlot = Slot & { label: string; current?: boolean }
export interface SlotsReply {
  from: string
  to: string
  groups: Array<{
    mediator: { id: string; name: string }
    venue: { kind: 'online' | 'room'; roomName: string | null; address: string | null }
    slots: OfferedSlot[]
  }>
}

export type Venue = { kind: 'online' } | { kind: 'room'; roomId: string }
export interface AvailabilityInput {
  slotMinutes: number
  weekly: WeeklyHours[]
  overrides: DateOverride[]
  venue: Venue
}
export interface AvailabilityReply extends AvailabilityInput {
  saved: boolean
  rooms: Array<{ id: string; name: string; kind: string; address: string | null }>
  preview: OfferedSlot[]
}

export interface Notices {
  unread: number
  items: Array<{ id: string; mediationId: string; kind: string; text: string; at: string; read: boolean }>
}

const keyed = (key?: string) => ({ headers: key ? { 'Idempotency-Key': key } : {} })

export const mediationApi = {
  create: (input: CreateMediationInput, key?: string) => http.post<MediationView>('/mediations', input, keyed(key)).then((r) => r.data),
  list: () => http.get<MediationSummary[]>('/mediations').then((r) => r.data),
  get: (id: string) => http.get<MediationView>(`/mediations/${id}`).then((r) => r.data),
  slots: (id: string, from?: string, days = 14) => http.get<SlotsReply>(`/mediations/${id}/slots`, { params: { from, days } }).then((r) => r.data),
  book: (id: string, input: { startsAt: string; mediatorId?: string; consent?: boolean; service?: ServiceAddress }, key?: string) =>
    http.post<MediationView>(`/mediations/${id}/booking`, input, keyed(key)).then((r) => r.data),
  accept: (id: string, input: { consent?: boolean; service?: ServiceAddress }) =>
    http.post<MediationView>(`/mediations/${id}/accept`, input).then((r) => r.data),
  withdraw: (id: string, reason?: string) => http.post<MediationView>(`/mediations/${id}/withdraw`, { reason }).then((r) => r.data),
  confirm: (id: string) => http.post<MediationView>(`/mediations/${id}/confirm`).then((r) => r.data),
  decline: (id: string, reason: string) => http.post<MediationView>(`/mediations/${id}/decline`, { reason }).then((r) => r.data),
  assign: (id: string, mediatorId: string) => http.post<MediationView>(`/mediations/${id}/assign`, { mediatorId }).then((r) => r.data),
  outcome: (id: string, input: { result: 'agreement' | 'no-agreement' | 'withdrawn'; terms?: string; note?: string }) =>
    http.post<MediationView>(`/mediations/${id}/outcome`, input).then((r) => r.data),
  sign: (id: string) => http.post<MediationView>(`/mediations/${id}/sign`).then((r) => r.data),
  applyJudicialConfirmation: (id: string, declaration: boolean) =>
    http.post<MediationView>(`/mediations/${id}/judicial-confirmation`, { declaration }).then((r) => r.data),
  toFiling: (id: string) => http.post<{ filingId: string }>(`/mediations/${id}/to-filing`).then((r) => r.data),
  availability: () => http.get<AvailabilityReply>('/mediation/availability').then((r) => r.data),
  setAvailability: (input: AvailabilityInput) => http.put<AvailabilityReply>('/mediation/availability', input).then((r) => r.data),
  notices: () => http.get<Notices>('/mediation/notices').then((r) => r.data),
  markRead: () => http.post<{ ok: true }>('/mediation/notices/read').then((r) => r.data),
}
