import Fastify from 'fastify'
import { Type, type TSchema } from 'typebox'
import type { AuthService } from '../../../server/services/auth'
import { toSessionUser } from '../../../server/services/auth'
import type { Services } from '../../../server/services'
import type { HolidayTable } from '../../../domain/calendar/holidayTable'
import type { FeeQuote as DomainFeeQuote } from '../../../domain/fees/quoteFee'
import type { ReviewClock as DomainReviewClock } from '../../../domain/filing/reviewClock'
import type { FilingData as DomainFilingData, ServiceAddressConfirmation } from '../../../domain/filing/types'
import type { Slot } from '../../../domain/mediation/types'
import type { FarmWindowOverride } from '../../../domain/scheduling/farmCalendar'
import type { FarmRegionOption } from '../../../domain/scheduling/farmRegionOptions'
import type { ExcludedStretch as DomainExcludedStretch } from '../../../domain/scheduling/suggestHearingSlots'
import type { AverageWageEntry as DomainAverageWageEntry } from '../../../domain/smallClaims/averageWageFor'
import { DemoUser, SessionUser, TokenReply } from '../../../contract/auth'
import { HolidaysReply, LoadedYearReply } from '../../../contract/calendar'
import { ErrorEnvelope, HealthReply } from '../../../contract/common'
import { Colleague, Court } from '../../../contract/courts'
import {
  AddressView,
  CaseStatus,
  CaseSummary as DeliveryCaseSummary,
  DocumentView,
  Inbox,
  IssueReply,
  MyAddress,
  OutboxItem,
  Proof,
  ServiceKeys,
} from '../../../contract/delivery'
import { FarmCalendar, FarmOption, FarmOverride, FarmProfile } from '../../../contract/farm'
import { FileInfo } from '../../../contract/files'
import { DraftSaved, FeeQuote, FilingData, FilingSummary, FilingView, ReviewClock } from '../../../contract/filings'
import { BookReply, CaseScheduling, CaseSummary as HearingCaseSummary, ExcludedStretch, Hearing, MyRequest, RequestView } from '../../../contract/hearings'
import {
  AvailabilityReply,
  MediationSummary,
  MediationView,
  Notices,
  OfferedSlot,
  OkReply,
  RemindersReply,
  SlotsReply,
  ToFilingReply,
} from '../../../contract/mediation'
import { Profile } from '../../../contract/me'
import { CaseMessage, MessageThread, UnansweredCase } from '../../../contract/messages'
import { AdminAverageWages, AverageWageEntry, AverageWagesReply } from '../../../contract/wages'
import { acceptedCase, wheatSaleComplaint } from '../fixtures'
import { makeApp, type TestApp } from '../helpers'
import { MON_FRI_MORNINGS, WANG_CONSENT, wheatRequest } from '../mediation/fixtures'
import { SUMMONS, WANG_ADDRESS } from '../delivery/helpers'
import { assertNoViolations, checkReplies, contractProblems } from './replyCheck'

// ---- at compile time: what each service returns is what the contract says -----------------------------
// `npm run typecheck` compiles this file: a service whose reply drifts from its contract type fails here,
// naming the resource, before any route or page is run.

type Reply<F> = F extends (...args: never[]) => Promise<infer R> ? R : never
type Replies<S> = { [K in keyof S]: Reply<S[K]> }[keyof S]
/** `never` (a method that is not async, or not there) fails too, so no line passes vacuously. */
type Conforms<Returned, Contract> = [Returned] extends [never] ? false : [Returned] extends [Contract] ? true : false
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type Expect<T extends true> = T
type S = Services
/** What any of the named methods of a service resolves to. */
type RepliesOf<T, K extends keyof T> = Replies<Pick<T, K>>

export type ServicesKeepTheContract = {
  auth: Expect<Conforms<ReturnType<typeof toSessionUser>, SessionUser>>
  demoUsers: Expect<Conforms<Reply<AuthService['demoUsers']>[number]['role'], DemoUser['role']>>
  me: Expect<Conforms<RepliesOf<S['profile'], 'get' | 'update'>, Profile>>
  courts: Expect<Conforms<Reply<S['courts']['list']>, Court[]>>
  staff: Expect<Conforms<Reply<S['courts']['staff']>, Colleague[]>>
  holidays: Expect<Conforms<Reply<S['calendar']['table']>, HolidaysReply>>
  holidayLoad: Expect<Conforms<Reply<S['calendar']['load']>, LoadedYearReply>>
  files: Expect<Conforms<Reply<S['files']['store']>, FileInfo>>
  filing: Expect<Conforms<RepliesOf<S['filings'], 'create' | 'get' | 'submit'>, FilingView>>
  draftSaved: Expect<Conforms<Reply<S['filings']['saveDraft']>, DraftSaved>>
  filings: Expect<Conforms<Reply<S['filings']['listMine']>['items'], FilingSummary[]>>
  review: Expect<Conforms<RepliesOf<S['filings'], 'accept' | 'requestCorrection' | 'decline' | 'forward'>, FilingView>>
  reviewQueue: Expect<Conforms<Reply<S['filings']['queue']>['items'], FilingSummary[]>>
  inbox: Expect<Conforms<Reply<S['delivery']['inbox']>['body'], Inbox>>
  addresses: Expect<Conforms<Reply<S['delivery']['myAddresses']>, MyAddress[]>>
  address: Expect<Conforms<Reply<S['delivery']['confirmAddress']>, MyAddress>>
  deliveryCases: Expect<Conforms<Reply<S['delivery']['casesOfCourt']>['items'], DeliveryCaseSummary[]>>
  deliveryCase: Expect<Conforms<Reply<S['delivery']['caseStatus']>, CaseStatus>>
  issue: Expect<Conforms<Reply<S['delivery']['issue']>, IssueReply>>
  document: Expect<Conforms<RepliesOf<S['delivery'], 'document' | 'open' | 'sign'>, DocumentView>>
  proof: Expect<Conforms<Reply<S['delivery']['proof']>, Proof>>
  serviceKeys: Expect<Conforms<ReturnType<S['delivery']['keys']>, ServiceKeys>>
  outbox: Expect<Conforms<Reply<S['delivery']['outbox']>, OutboxItem[]>>
  mediation: Expect<
    Conforms<
      RepliesOf<
        S['mediation'],
        'create' | 'get' | 'book' | 'accept' | 'withdraw' | 'confirm' | 'decline' | 'assign' | 'outcome' | 'sign' | 'applyJudicialConfirmation'
      >,
      MediationView
    >
  >
  mediations: Expect<Conforms<Reply<S['mediation']['list']>['items'], MediationSummary[]>>
  slots: Expect<Conforms<Reply<S['mediation']['slots']>, SlotsReply>>
  toFiling: Expect<Conforms<Reply<S['mediation']['toFiling']>, ToFilingReply>>
  availability: Expect<Conforms<RepliesOf<S['mediation'], 'getAvailability' | 'setAvailability'>, AvailabilityReply>>
  notices: Expect<Conforms<Reply<S['mediation']['notices']>, Notices>>
  noticesRead: Expect<Conforms<Reply<S['mediation']['markNoticesRead']>, OkReply>>
  reminders: Expect<Conforms<Reply<S['mediation']['remindTomorrow']>, RemindersReply>>
  hearingCases: Expect<Conforms<Reply<S['hearings']['casesOfCourt']>['items'], HearingCaseSummary[]>>
  scheduling: Expect<Conforms<RepliesOf<S['hearings'], 'caseScheduling' | 'ask' | 'agreePeriods'>, CaseScheduling>>
  booking: Expect<Conforms<Reply<S['hearings']['book']>, BookReply>>
  hearing: Expect<Conforms<RepliesOf<S['hearings'], 'postpone' | 'held'>, Hearing>>
  myRequests: Expect<Conforms<Reply<S['hearings']['myRequests']>['items'], MyRequest[]>>
  request: Expect<Conforms<RepliesOf<S['hearings'], 'request' | 'choose' | 'declareBusy'>, RequestView>>
  farmProfile: Expect<Conforms<RepliesOf<S['farm'], 'getProfile' | 'saveProfile'>, FarmProfile>>
  farmCalendar: Expect<Conforms<RepliesOf<S['farm'], 'getCalendar' | 'saveCalendar'>, FarmCalendar>>
  thread: Expect<Conforms<Reply<S['messages']['thread']>, MessageThread>>
  message: Expect<Conforms<Reply<S['messages']['post']>, CaseMessage>>
  unanswered: Expect<Conforms<Reply<S['messages']['unanswered']>['items'], UnansweredCase[]>>
  wages: Expect<Conforms<Reply<S['wages']['list']>, AverageWagesReply>>
  adminWages: Expect<Conforms<RepliesOf<S['wages'], 'adminList' | 'save'>, AdminAverageWages>>
}

/** Where the contract restates a domain shape, the two are the same type: neither can drift alone. */
export type ContractMatchesTheDomain = {
  filingData: Expect<Same<FilingData, DomainFilingData>>
  feeQuote: Expect<Same<FeeQuote, DomainFeeQuote>>
  reviewClock: Expect<Same<ReviewClock, DomainReviewClock>>
  holidayTable: Expect<Same<HolidaysReply['table'], HolidayTable>>
  address: Expect<Same<AddressView, ServiceAddressConfirmation>>
  farmOption: Expect<Same<FarmOption, FarmRegionOption>>
  farmOverride: Expect<Same<FarmOverride, FarmWindowOverride>>
  excluded: Expect<Same<ExcludedStretch, DomainExcludedStretch>>
  offeredSlot: Expect<Same<Omit<OfferedSlot, 'label' | 'current'>, Slot>>
  averageWage: Expect<Same<AverageWageEntry, DomainAverageWageEntry>>
}

// ---- at run time: the JSON a client receives passes the contract's schema -----------------------------

let t: TestApp
const ctx: Record<string, string> = {}

beforeAll(async () => {
  t = await makeApp()
}, 60_000)
afterAll(async () => {
  await t.close()
})

type Method = 'GET' | 'POST' | 'PUT'
async function call(who: string | null, method: Method, url: string, payload?: unknown) {
  const res = await t.app.inject({
    method,
    url: url.startsWith('/api/') ? url : `/api/v1${url}`,
    headers: who ? await t.as(who) : {},
    ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
  })
  return { status: res.statusCode, body: res.json() as unknown }
}

/**
 * One call per route family, in an order that builds a case as the app would: sign in, file, accept,
 * serve, schedule a hearing, mediate, message the judge. Each reply, as JSON on the wire, must pass
 * the schema its route declares; `keep` stores an id for the calls after it.
 */
const walk: Array<{ label: string; call: () => ReturnType<typeof call>; status: number; schema: TSchema; keep?: (body: never) => void }> = [
  { label: 'health', call: () => call(null, 'GET', '/api/health'), status: 200, schema: HealthReply },
  { label: 'auth: demo users', call: () => call(null, 'GET', '/auth/dev-users'), status: 200, schema: Type.Array(DemoUser) },
  { label: 'auth: demo sign-in', call: () => call(null, 'POST', '/auth/dev', { userId: 'd-zhang-guilan' }), status: 200, schema: TokenReply },
  { label: 'me', call: () => call('d-zhang-guilan', 'GET', '/me'), status: 200, schema: Profile },
  { label: 'courts', call: () => call(null, 'GET', '/courts'), status: 200, schema: Type.Array(Court) },
  { label: 'court staff', call: () => call('s-judge-wang', 'GET', '/court/staff'), status: 200, schema: Type.Array(Colleague) },
  { label: 'calendar: holidays', call: () => call(null, 'GET', '/calendar/holidays?since=2025'), status: 200, schema: HolidaysReply },
  {
    label: 'filings: a new draft',
    call: () => call('d-zhang-guilan', 'POST', '/filings', { kind: 'civil-first', courtId: 'c-ergun' }),
    status: 201,
    schema: FilingView,
    keep: (b: { id: string }) => (ctx.draft = b.id),
  },
  {
    label: 'filings: saving the draft',
    call: () => call('d-zhang-guilan', 'PUT', `/filings/${ctx.draft}/draft`, wheatSaleComplaint()),
    status: 200,
    schema: DraftSaved,
  },
  { label: 'filings: submitting', call: () => call('d-zhang-guilan', 'POST', `/filings/${ctx.draft}/submit`), status: 200, schema: FilingView },
  { label: 'filings: mine', call: () => call('d-zhang-guilan', 'GET', '/filings'), status: 200, schema: Type.Array(FilingSummary) },
  { label: 'review: the queue', call: () => call('s-judge-wang', 'GET', '/review/filings'), status: 200, schema: Type.Array(FilingSummary) },
  {
    label: 'review: accepting',
    call: () => call('s-judge-wang', 'POST', `/review/filings/${ctx.draft}/accept`, { procedure: 'simple', judgeId: 's-judge-wang' }),
    status: 200,
    schema: FilingView,
  },
  { label: 'delivery: my addresses', call: () => call('d-wang-jianguo', 'GET', '/service/addresses'), status: 200, schema: Type.Array(MyAddress) },
  {
    label: 'delivery: confirming an address',
    call: () => call('d-wang-jianguo', 'PUT', `/service/cases/${ctx.draft}/address`, WANG_ADDRESS),
    status: 200,
    schema: MyAddress,
  },
  {
    label: 'delivery: issuing a summons',
    call: () => call('s-judge-wang', 'POST', `/service/cases/${ctx.draft}/documents`, SUMMONS),
    status: 201,
    schema: IssueReply,
    keep: (b: { documents: Array<{ id: string }> }) => (ctx.document = b.documents[0].id),
  },
  { label: 'delivery: the inbox', call: () => call('d-wang-jianguo', 'GET', '/service/inbox'), status: 200, schema: Inbox },
  {
    label: 'delivery: opening a document',
    call: () => call('d-wang-jianguo', 'POST', `/service/documents/${ctx.document}/open`),
    status: 200,
    schema: DocumentView,
  },
  {
    label: 'delivery: signing for it',
    call: () => call('d-wang-jianguo', 'POST', `/service/documents/${ctx.document}/sign`),
    status: 200,
    schema: DocumentView,
  },
  { label: 'delivery: reading it', call: () => call('d-wang-jianguo', 'GET', `/service/documents/${ctx.document}`), status: 200, schema: DocumentView },
  { label: 'delivery: the court’s cases', call: () => call('s-judge-wang', 'GET', '/service/cases'), status: 200, schema: Type.Array(DeliveryCaseSummary) },
  { label: 'delivery: one case', call: () => call('s-judge-wang', 'GET', `/service/cases/${ctx.draft}`), status: 200, schema: CaseStatus },
  { label: 'delivery: the proof', call: () => call('s-judge-wang', 'GET', `/service/${ctx.draft}/proof`), status: 200, schema: Proof },
  { label: 'delivery: the public keys', call: () => call(null, 'GET', '/service/keys'), status: 200, schema: ServiceKeys },
  { label: 'delivery: the outbox', call: () => call('s-admin-sun', 'GET', '/admin/outbox'), status: 200, schema: Type.Array(OutboxItem) },
  { label: 'farm: my profile', call: () => call('d-zhang-guilan', 'GET', '/me/farm-profile'), status: 200, schema: FarmProfile },
  { label: 'farm: the court’s calendar', call: () => call('s-admin-sun', 'GET', '/admin/farm-calendar/2027'), status: 200, schema: FarmCalendar },
  { label: 'wages: a province', call: () => call('d-zhang-guilan', 'GET', '/average-wages?province=15'), status: 200, schema: AverageWagesReply },
  { label: 'wages: the admin’s list', call: () => call('s-admin-sun', 'GET', '/admin/average-wages'), status: 200, schema: AdminAverageWages },
  {
    label: 'wages: the admin enters a year',
    call: () =>
      call('s-admin-sun', 'PUT', '/admin/average-wages/2025', {
        wageFen: 11_000_000,
        series: '城镇非私营单位就业人员年平均工资',
        source: '统计局',
        confirmed: false,
      }),
    status: 200,
    schema: AdminAverageWages,
  },
  {
    label: 'hearings: asking the parties',
    call: () => call('s-judge-wang', 'POST', `/hearings/cases/${ctx.case}/requests`),
    status: 201,
    schema: CaseScheduling,
  },
  {
    label: 'hearings: my requests',
    call: () => call('d-zhang-guilan', 'GET', '/hearing-requests'),
    status: 200,
    schema: Type.Array(MyRequest),
    keep: (b: Array<{ id: string; caseId: string }>) => (ctx.request = b.find((r) => r.caseId === ctx.case)!.id),
  },
  {
    label: 'hearings: one request',
    call: () => call('d-zhang-guilan', 'GET', `/hearing-requests/${ctx.request}`),
    status: 200,
    schema: RequestView,
    keep: (b: { slots: Array<{ date: string; half: string; roomId: string }> }) =>
      Object.assign(ctx, { date: b.slots[0].date, half: b.slots[0].half, roomId: b.slots[0].roomId }),
  },
  {
    label: 'hearings: choosing a half-day',
    call: () => call('d-zhang-guilan', 'POST', `/hearing-requests/${ctx.request}/choice`, { date: ctx.date, half: ctx.half }),
    status: 200,
    schema: RequestView,
  },
  { label: 'hearings: the court’s cases', call: () => call('s-judge-wang', 'GET', '/hearings/cases'), status: 200, schema: Type.Array(HearingCaseSummary) },
  { label: 'hearings: one case', call: () => call('s-judge-wang', 'GET', `/hearings/cases/${ctx.case}`), status: 200, schema: CaseScheduling },
  {
    label: 'hearings: booking',
    call: () =>
      call('s-judge-wang', 'POST', `/hearings/cases/${ctx.case}/hearings`, { date: ctx.date, half: ctx.half, roomId: ctx.roomId, requestId: ctx.request }),
    status: 201,
    schema: BookReply,
  },
  {
    label: 'mediation: availability',
    call: () => call('s-mediator-chen', 'PUT', '/mediation/availability', MON_FRI_MORNINGS),
    status: 200,
    schema: AvailabilityReply,
  },
  {
    label: 'mediation: a request',
    call: () => call('d-zhang-guilan', 'POST', '/mediations', wheatRequest()),
    status: 201,
    schema: MediationView,
    keep: (b: { id: string }) => (ctx.mediation = b.id),
  },
  {
    label: 'mediation: free sessions',
    call: () => call('d-zhang-guilan', 'GET', `/mediations/${ctx.mediation}/slots`),
    status: 200,
    schema: SlotsReply,
    keep: (b: { groups: Array<{ slots: Array<{ startsAt: string }> }> }) => (ctx.startsAt = b.groups[0].slots[0].startsAt),
  },
  {
    label: 'mediation: booking',
    call: () => call('d-zhang-guilan', 'POST', `/mediations/${ctx.mediation}/booking`, { startsAt: ctx.startsAt, mediatorId: 's-mediator-chen' }),
    status: 200,
    schema: MediationView,
  },
  {
    label: 'mediation: the other side accepts',
    call: () => call('d-wang-jianguo', 'POST', `/mediations/${ctx.mediation}/accept`, WANG_CONSENT),
    status: 200,
    schema: MediationView,
  },
  {
    label: 'mediation: the mediator confirms',
    call: () => call('s-mediator-chen', 'POST', `/mediations/${ctx.mediation}/confirm`),
    status: 200,
    schema: MediationView,
  },
  { label: 'mediation: mine', call: () => call('d-zhang-guilan', 'GET', '/mediations'), status: 200, schema: Type.Array(MediationSummary) },
  { label: 'mediation: notices', call: () => call('d-wang-jianguo', 'GET', '/mediation/notices'), status: 200, schema: Notices },
  {
    label: 'messages: writing to the judge',
    call: () => call('d-zhang-guilan', 'POST', `/cases/${ctx.case}/messages`, { body: '请问开庭要带哪些材料？' }),
    status: 201,
    schema: CaseMessage,
  },
  { label: 'messages: the thread', call: () => call('d-zhang-guilan', 'GET', `/cases/${ctx.case}/messages`), status: 200, schema: MessageThread },
  { label: 'messages: unanswered', call: () => call('s-judge-wang', 'GET', '/messages/unanswered'), status: 200, schema: Type.Array(UnansweredCase) },
  { label: 'an error', call: () => call('d-zhang-guilan', 'GET', '/filings/no-such-filing'), status: 404, schema: ErrorEnvelope },
]

describe('every route family answers what the contract says', () => {
  beforeAll(async () => {
    // A second, separately accepted case, so hearings and messages start from a clean case.
    ctx.case = (await acceptedCase(t)).id
  }, 60_000)

  it.each(walk)('$label', async ({ call: run, status, schema, keep }) => {
    const res = await run()
    expect({ status: res.status, problems: contractProblems(schema, res.body) }).toEqual({ status, problems: [] })
    keep?.(res.body as never)
  })

  it('left no reply anywhere in the walk that broke its route’s schema', () => {
    expect(t.violations).toEqual([])
  })
})

describe('the reply check', () => {
  it.each([
    { label: 'a status outside the list', value: { ...filingSummary(), status: 'lost' }, problem: '/status' },
    { label: 'a missing field', value: (({ kind: _kind, ...rest }) => rest)(filingSummary()), problem: '(reply)' },
    {
      label: 'a count sent as text',
      value: { ...filingSummary(), review: { due: '2026-12-02', daysLeft: '5', overdue: false, provisional: false } },
      problem: '/review',
    },
  ])('names $label', ({ value, problem }) => {
    const problems = contractProblems(FilingSummary, value)
    expect(problems.length).toBeGreaterThan(0)
    expect(problems.some((p) => p.startsWith(problem))).toBe(true)
  })

  it('passes a reply that keeps the contract', () => {
    expect(contractProblems(FilingSummary, filingSummary())).toEqual([])
  })

  it('records a route whose reply breaks its schema, though the client still gets an answer', async () => {
    const app = Fastify()
    const violations = checkReplies(app)
    app.get('/drifted', { schema: { response: { 200: FilingSummary } } }, async () => ({ ...filingSummary(), status: 'lost' }))
    app.get('/kept', { schema: { response: { 200: FilingSummary } } }, async () => filingSummary())
    await app.ready()
    expect((await app.inject({ url: '/drifted' })).statusCode).toBe(200)
    expect((await app.inject({ url: '/kept' })).statusCode).toBe(200)
    await app.close()
    expect(violations).toEqual([{ route: 'GET /drifted', status: 200, problems: [expect.stringMatching(/^\/status/)] }])
    expect(() => assertNoViolations(violations)).toThrow(/GET \/drifted → 200: \/status/)
  })
})

function filingSummary(): FilingSummary {
  return {
    id: 'f-1',
    kind: 'civil-first',
    status: 'submitted',
    filingNumber: 'WS-1',
    caseNumber: null,
    plaintiffs: ['张桂兰'],
    claimedFen: 1_500_000,
    defendants: ['王建国'],
    agricultural: true,
    crossRegion: false,
    forwarded: false,
    courtId: 'c-ergun',
    targetCourtId: 'c-ergun',
    submittedAt: '2026-11-25T09:00:00+08:00',
    updatedAt: '2026-11-25T09:00:00+08:00',
    review: { due: '2026-12-02', daysLeft: 7, overdue: false, provisional: false },
  }
}
