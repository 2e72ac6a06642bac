import type { FarmCalendar, FarmOverride, FarmProfile, FarmProfileBody } from '../../contract/farm'
import type {
  AgreedPeriodsBody,
  BookBody,
  BookReply,
  BusyBody,
  CaseScheduling,
  CaseSummary,
  ChoiceBody,
  Hearing,
  MyRequest,
  RequestView,
} from '../../contract/hearings'
import { http } from './client'
import { pageOf } from './paging'

export type { BusyRange, FarmCalendar, FarmCalendarRow, FarmOption, FarmOverride, FarmProfile } from '../../contract/farm'
export type {
  CalendarData,
  CaseHearingState,
  CaseScheduling,
  CaseSummary,
  ExcludedStretch,
  FarmInfo,
  FarmWindowView,
  HalfDay,
  Hearing,
  HearingSlot,
  MyRequest,
  PartyAnswer,
  RequestView,
  SummonsResult,
} from '../../contract/hearings'

export const farmApi = {
  profile: () => http.get<FarmProfile>('/me/farm-profile').then((r) => r.data),
  saveProfile: (body: FarmProfileBody) => http.put<FarmProfile>('/me/farm-profile', body).then((r) => r.data),
  calendar: (year: number) => http.get<FarmCalendar>(`/admin/farm-calendar/${year}`).then((r) => r.data),
  saveCalendar: (year: number, overrides: FarmOverride[]) => http.put<FarmCalendar>(`/admin/farm-calendar/${year}`, { overrides }).then((r) => r.data),
}

export const hearingsApi = {
  // The party's side
  /** The requests on my cases a page at a time, newest first. */
  myRequests: (cursor?: string) => http.get<MyRequest[]>('/hearing-requests', { params: { cursor } }).then(pageOf),
  request: (id: string) => http.get<RequestView>(`/hearing-requests/${id}`).then((r) => r.data),
  choose: (id: string, slot: ChoiceBody) => http.post<RequestView>(`/hearing-requests/${id}/choice`, slot).then((r) => r.data),
  declareBusy: (id: string, busy: BusyBody['busy']) => http.post<RequestView>(`/hearing-requests/${id}/busy`, { busy }).then((r) => r.data),
  // The court's side
  /** The court's cases and their hearings a page at a time, newest 立案 first. */
  cases: (cursor?: string) => http.get<CaseSummary[]>('/hearings/cases', { params: { cursor } }).then(pageOf),
  scheduling: (caseId: string) => http.get<CaseScheduling>(`/hearings/cases/${caseId}`).then((r) => r.data),
  ask: (caseId: string) => http.post<CaseScheduling>(`/hearings/cases/${caseId}/requests`).then((r) => r.data),
  book: (caseId: string, body: BookBody) => http.post<BookReply>(`/hearings/cases/${caseId}/hearings`, body).then((r) => r.data),
  postpone: (hearingId: string, reason: string) => http.post<Hearing>(`/hearings/${hearingId}/postpone`, { reason }).then((r) => r.data),
  held: (hearingId: string) => http.post<Hearing>(`/hearings/${hearingId}/held`).then((r) => r.data),
  /** Small claims: the periods agreed with the parties (《民诉法解释》第二百七十五条); an empty body clears them. */
  agreePeriods: (caseId: string, body: AgreedPeriodsBody) => http.put<CaseScheduling>(`/hearings/cases/${caseId}/agreed-periods`, body).then((r) => r.data),
}
