import type { AxiosResponse } from 'axios'
import type {
  AcceptEnforcementBody,
  AddLeadBody,
  ApplicationPeriodView,
  ApplyBody,
  AssignBody,
  CloseBody,
  ComplaintBody,
  ComplaintView,
  ConnectorView,
  CourtCasesQuery,
  CourtLeadBody,
  EligibleCase,
  EnforcementCaseView,
  EnforcementSummary,
  NodeBody,
  RecheckBody,
  RefuseEnforcementBody,
  ResumeBody,
  StaffOption,
  SupervisionReply,
  TasksReply,
  TeamBody,
  TeamView,
  TerminationCheckView,
} from '../../contract/enforcement'
import { http } from './client'
import { nextCursorOf, pageOf, type ListPage } from './paging'

export type {
  ApplicationPeriodView,
  ApplyBody,
  ClosureMode,
  ComplaintView,
  ControlView,
  DeadlineView,
  EligibleCase,
  EnforcementCaseView,
  EnforcementState,
  EnforcementSummary,
  LeadInput,
  LeadKind,
  LeadView,
  LedgerView,
  MeasureKind,
  NodeBody,
  NodeBodyKind,
  ReceiptView,
  RecheckView,
  RiskView,
  StaffOption,
  SupervisionReply,
  TaskView,
  TasksReply,
  TeamBody,
  TeamRole,
  TeamView,
  TerminationCheckView,
  TerminationView,
  TimelineNode,
} from '../../contract/enforcement'

const keyed = (key?: string) => ({ headers: key ? { 'Idempotency-Key': key } : {} })
const C = '/court/enforcement'

/** 执行 as the applicant (and the respondent, read-only) sees it. */
export const enforcementApi = {
  eligible: () => http.get<EligibleCase[]>('/enforcement/eligible').then((r) => r.data),
  period: (from: string, resuming?: boolean) =>
    http.get<ApplicationPeriodView>('/enforcement/period', { params: resuming ? { from, resuming } : { from } }).then((r) => r.data),
  apply: (body: ApplyBody, key?: string) => http.post<EnforcementCaseView>('/enforcement/applications', body, keyed(key)).then((r) => r.data),
  /** The newest 100 (the most a page holds), for 我的案件, which shows them beside the filings. */
  list: () => http.get<EnforcementSummary[]>('/enforcement/cases', { params: { limit: 100 } }).then((r) => r.data),
  /** 我的执行案件 a page at a time, newest received first. */
  page: (cursor?: string) => http.get<EnforcementSummary[]>('/enforcement/cases', { params: { cursor } }).then(pageOf),
  get: (id: string) => http.get<EnforcementCaseView>(`/enforcement/cases/${id}`).then((r) => r.data),
  addLead: (id: string, body: AddLeadBody, key?: string) =>
    http.post<EnforcementCaseView>(`/enforcement/cases/${id}/leads`, body, keyed(key)).then((r) => r.data),
  complain: (id: string, body: ComplaintBody, key?: string) =>
    http.post<EnforcementCaseView>(`/enforcement/cases/${id}/complaints`, body, keyed(key)).then((r) => r.data),
  resume: (id: string, body: ResumeBody, key?: string) =>
    http.post<EnforcementCaseView>(`/enforcement/cases/${id}/resume`, body, keyed(key)).then((r) => r.data),
}

/** 执行 as the court works it: 立案, teams, nodes, 结案, tasks and the 督办 list. */
/** A list whose reply is one object per page (its parts are lists): the page as the one row, keyed by its cursor. */
const replyPageOf = <R>(r: AxiosResponse<R>, cursor: string | undefined): ListPage<R & { page: string }> => ({
  items: [{ ...r.data, page: cursor ?? '' }],
  next: nextCursorOf(r),
})

export const executionApi = {
  /** The 立案 queue a page at a time: 涉农 first, then the nearest 7-day deadline. */
  queue: (cursor?: string) => http.get<EnforcementSummary[]>(`${C}/queue`, { params: { cursor } }).then(pageOf),
  /** The court's cases a page at a time, newest received first. */
  cases: (query: CourtCasesQuery = {}, cursor?: string) => http.get<EnforcementSummary[]>(`${C}/cases`, { params: { ...query, cursor } }).then(pageOf),
  get: (id: string) => http.get<EnforcementCaseView>(`${C}/cases/${id}`).then((r) => r.data),
  accept: (id: string, body: AcceptEnforcementBody = {}) => http.post<EnforcementCaseView>(`${C}/cases/${id}/accept`, body).then((r) => r.data),
  refuse: (id: string, body: RefuseEnforcementBody) => http.post<EnforcementCaseView>(`${C}/cases/${id}/refuse`, body).then((r) => r.data),
  assign: (id: string, body: AssignBody) => http.post<EnforcementCaseView>(`${C}/cases/${id}/assign`, body).then((r) => r.data),
  record: (id: string, body: NodeBody, key?: string) => http.post<EnforcementCaseView>(`${C}/cases/${id}/nodes`, body, keyed(key)).then((r) => r.data),
  addLead: (id: string, body: CourtLeadBody) => http.post<EnforcementCaseView>(`${C}/cases/${id}/leads`, body).then((r) => r.data),
  terminationCheck: (id: string) => http.get<TerminationCheckView>(`${C}/cases/${id}/termination-check`).then((r) => r.data),
  close: (id: string, body: CloseBody) => http.post<EnforcementCaseView>(`${C}/cases/${id}/close`, body).then((r) => r.data),
  recheck: (id: string, body: RecheckBody) => http.post<EnforcementCaseView>(`${C}/cases/${id}/rechecks`, body).then((r) => r.data),
  teams: () => http.get<TeamView[]>(`${C}/teams`).then((r) => r.data),
  createTeam: (body: TeamBody) => http.post<TeamView>(`${C}/teams`, body).then((r) => r.data),
  updateTeam: (id: string, body: TeamBody) => http.put<TeamView>(`${C}/teams/${id}`, body).then((r) => r.data),
  staff: () => http.get<StaffOption[]>(`${C}/staff`).then((r) => r.data),
  connectors: () => http.get<ConnectorView[]>(`${C}/connectors`).then((r) => r.data),
  /** 我的执行任务 a page of cases at a time (the oldest received first): each page one reply, known by where it starts. */
  tasks: (cursor?: string) => http.get<TasksReply>(`${C}/tasks`, { params: { cursor } }).then((r) => replyPageOf(r, cursor)),
  /** The 督办 list a page of cases at a time, the court's or one team's; each page's counts are of its own cases. */
  supervision: (teamId?: string, cursor?: string) =>
    http.get<SupervisionReply>(`${C}/supervision`, { params: { ...(teamId ? { teamId } : {}), cursor } }).then((r) => replyPageOf(r, cursor)),
  /** 执行信访 a page at a time: the unanswered first, the oldest received first. */
  complaints: (cursor?: string) => http.get<ComplaintView[]>(`${C}/complaints`, { params: { cursor } }).then(pageOf),
  answerComplaint: (id: string, reply: string) => http.post<ComplaintView>(`${C}/complaints/${id}/answer`, { reply }).then((r) => r.data),
}
