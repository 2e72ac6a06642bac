import { http } from './client'

export type HalfDay = 'am' | 'pm'

/** A stretch of days a party cannot come to court. */
export interface BusyRange {
  from: string
  to: string
  reason: string
}

export interface FarmOption {
  region: string
  regionName: string
  activities: Array<{ activity: string; activityName: string; season: string; from: string; to: string }>
}

export interface FarmProfile {
  region: string | null
  regionName: string | null
  activities: string[]
  activityNames: string[]
  busy: BusyRange[]
  /** 'filing': pre-filled from the complaint, not saved yet; 'none': nothing known yet */
  source: 'profile' | 'filing' | 'none'
  updatedAt: string | null
  options: FarmOption[]
}

/** A suggested (or booked) half-day with its judge and place. */
export interface HearingSlot {
  date: string
  half: HalfDay
  time: string
  /** '12月16日（星期三）上午' */
  label: string
  judgeId: string
  judgeName: string
  roomId: string
  roomName: string
  roomKind: 'courtroom' | 'circuit-point' | 'mediation-room'
  address: string
  provisional: boolean
  notes: string[]
}

export interface ExcludedStretch {
  from: string
  to: string
  reason: string
}

export interface FarmInfo {
  region: string
  regionName: string
  activities: string[]
  source: 'profile' | 'filing' | null
}

export interface SummonsResult {
  partyIdx: number
  name: string
  side: string
  status: 'electronic' | 'paper'
  documentId: string | null
  message: string
}

export interface Hearing {
  id: string
  caseId: string
  date: string
  half: HalfDay
  time: string
  label: string
  judgeId: string
  judgeName: string
  roomId: string
  roomName: string
  roomKind: string
  address: string
  status: 'scheduled' | 'postponed' | 'held'
  postponeReason: string | null
  postponedAt: string | null
  heldAt: string | null
  createdAt: string
  summons: SummonsResult[]
}

export interface FarmWindowView {
  from: string
  to: string
  activity: string
  activityName: string
  season: string
  label: string
  overridden: boolean
  note: string | null
}

/** What the party's month calendar draws: holidays and their own farm windows over every page it can show. */
export interface CalendarData {
  from: string
  to: string
  today: string
  /** the last day within the trial limit */
  lastDay: string
  limitReason: string
  holidays: Array<{ from: string; to: string; name: string; provisional: boolean }>
  farm: FarmWindowView[]
  busy: BusyRange[]
}

export interface MyRequest {
  id: string
  caseId: string
  caseNumber: string
  status: 'open' | 'scheduled' | 'withdrawn'
  requestedAt: string
  answer: { kind: 'chose' | 'busy'; label: string | null } | null
  hearing: { label: string; roomName: string; address: string; status: Hearing['status']; postponeReason: string | null } | null
}

export interface RequestView {
  id: string
  caseId: string
  caseNumber: string
  status: MyRequest['status']
  requestedAt: string
  requestedBy: string
  me: { partyIdx: number; side: string; sideName: string; name: string; farm: FarmInfo | null }
  answer: { kind: 'chose' | 'busy'; slot: { date: string; half: HalfDay; label: string } | null; busy: BusyRange[]; answeredAt: string } | null
  slots: HearingSlot[]
  excluded: ExcludedStretch[]
  calendar: CalendarData
  hearing: Hearing | null
}

export type CaseHearingState = 'unscheduled' | 'asking' | 'scheduled' | 'postponed' | 'held'

export interface CaseSummary {
  caseId: string
  caseNumber: string
  plaintiffs: string[]
  defendants: string[]
  judgeName: string
  mine: boolean
  agricultural: boolean
  state: CaseHearingState
  hearing: { label: string; roomName: string } | null
  answered: number
  parties: number
}

export interface PartyAnswer {
  partyIdx: number
  kind: 'chose' | 'busy'
  slot: HearingSlot | null
  stillPossible: boolean | null
  problem: string | null
  warnings: string[]
  busy: BusyRange[]
  answeredAt: string
}

export interface CaseScheduling {
  caseId: string
  caseNumber: string
  procedure: string
  procedureName: string
  filedOn: string
  trialLimitEnd: string
  agricultural: boolean
  judgeId: string | null
  judgeName: string
  complaint: { servedOn: string; assumed: boolean }
  parties: Array<{
    idx: number
    side: string
    sideName: string
    name: string
    hasAccount: boolean
    farm: FarmInfo | null
    unavailable: BusyRange[]
    nearVenues: string[]
  }>
  slots: HearingSlot[]
  excluded: ExcludedStretch[]
  request: { id: string; status: string; requestedAt: string; requestedBy: string; answers: PartyAnswer[] } | null
  current: Hearing | null
  hearings: Hearing[]
  venues: Array<{ id: string; name: string; kind: string; address: string }>
  judges: Array<{ id: string; name: string }>
}

export interface FarmCalendarRow {
  region: string
  regionName: string
  activity: string
  activityName: string
  season: string
  defaultFrom: string
  defaultTo: string
  from: string
  to: string
  overridden: boolean
  note: string | null
  label: string
  source: string
  confidence: string
  confidenceLabel: string
}

export interface FarmCalendar {
  year: number
  rows: FarmCalendarRow[]
  updatedAt: string | null
  updatedBy: string | null
}

export interface FarmOverride {
  region: string
  activity: string
  from: string
  to: string
  note?: string
}

export const farmApi = {
  profile: () => http.get<FarmProfile>('/me/farm-profile').then((r) => r.data),
  saveProfile: (body: { region: string | null; activities: string[]; busy: Array<{ from: string; to: string; reason?: string }> }) =>
    http.put<FarmProfile>('/me/farm-profile', body).then((r) => r.data),
  calendar: (year: number) => http.get<FarmCalendar>(`/admin/farm-calendar/${year}`).then((r) => r.data),
  saveCalendar: (year: number, overrides: FarmOverride[]) => http.put<FarmCalendar>(`/admin/farm-calendar/${year}`, { overrides }).then((r) => r.data),
}

export const hearingsApi = {
  // The party's side
  myRequests: () => http.get<MyRequest[]>('/hearing-requests').then((r) => r.data),
  request: (id: string) => http.get<RequestView>(`/hearing-requests/${id}`).then((r) => r.data),
  choose: (id: string, slot: { date: string; half: HalfDay }) => http.post<RequestView>(`/hearing-requests/${id}/choice`, slot).then((r) => r.data),
  declareBusy: (id: string, busy: Array<{ from: string; to: string; reason?: string }>) =>
    http.post<RequestView>(`/hearing-requests/${id}/busy`, { busy }).then((r) => r.data),
  // The court's side
  cases: () => http.get<CaseSummary[]>('/hearings/cases').then((r) => r.data),
  scheduling: (caseId: string) => http.get<CaseScheduling>(`/hearings/cases/${caseId}`).then((r) => r.data),
  ask: (caseId: string) => http.post<CaseScheduling>(`/hearings/cases/${caseId}/requests`).then((r) => r.data),
  book: (caseId: string, body: { date: string; half: HalfDay; roomId: string; judgeId?: string; requestId?: string }) =>
    http.post<{ hearing: Hearing; warnings: string[] }>(`/hearings/cases/${caseId}/hearings`, body).then((r) => r.data),
  postpone: (hearingId: string, reason: string) => http.post<Hearing>(`/hearings/${hearingId}/postpone`, { reason }).then((r) => r.data),
  held: (hearingId: string) => http.post<Hearing>(`/hearings/${hearingId}/held`).then((r) => r.data),
}
