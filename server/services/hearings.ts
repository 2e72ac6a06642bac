import { isWorkday } from '../../domain/calendar/isWorkday'
import { nextWorkday } from '../../domain/calendar/nextWorkday'
import { addDays } from '../../domain/dates/addDays'
import { calendarDayOf, dayNumberOf, daysInMonth, formatCalendarDay } from '../../domain/dates/calendarDay'
import { formatChineseDate } from '../../domain/dates/formatChineseDate'
import { parseCalendarDay } from '../../domain/dates/parseCalendarDay'
import type { FilingData, Procedure } from '../../domain/filing/types'
import { trialLimitEnd } from '../../domain/periods/trialLimitEnd'
import { describeFarmWindow, farmCalendarRows, farmWindowsFor, type FarmWindowOverride } from '../../domain/scheduling/farmCalendar'
import { type HalfDay, type HearingParty, type HearingSlotInput, PROCEDURE_LIMIT_NAMES } from '../../domain/scheduling/hearingInput'
import { type ExcludedStretch, type HearingSlot, suggestHearingSlots } from '../../domain/scheduling/suggestHearingSlots'
import { legalServiceDate } from '../../domain/service/legalServiceDate'
import type { CaseHearingState } from '../../contract/hearings'
import type { Clock } from '../clock'
import { shanghaiDay, shanghaiIso } from '../clock'
import { AppError, badRequest, conflict, forbidden, notFound } from '../errors'
import type { AuditRepository } from '../repositories/audit'
import type { CourtsRepository } from '../repositories/courts'
import type { FarmRepository } from '../repositories/farm'
import type { FilingRow } from '../repositories/filings'
import { type HearingAnswerRow, type HearingRequestRow, type HearingRow, type HearingsRepository, isUniqueViolation, orderedId } from '../repositories/hearings'
import type { UsersRepository } from '../repositories/users'
import type { Actor } from '../types'
import { type BusyRange, checkBusyRanges, type FarmService } from './farm'
import type { Notifier } from './notify'
import type { ServiceService } from './service'

const SCHEDULERS = ['judge', 'clerk']
const COURT_READERS = ['judge', 'clerk', 'admin']
const PARTY_ROLES = ['litigant', 'agent']
const SIDES: Record<string, string> = { plaintiff: '原告', defendant: '被告', 'third-party': '第三人' }

/** When each half-day session starts, as the 传票 states it. */
export const HALF_DAY_TIMES: Record<HalfDay, string> = { am: '09:00', pm: '14:30' }
const HALF_NAMES: Record<HalfDay, string> = { am: '上午', pm: '下午' }
/** How many months ahead the party's calendar can be paged, so next year's farm season can be seen. */
const CALENDAR_MONTHS_AHEAD = 12

/** '12月16日（星期三）上午', as people say it. */
export const halfDayLabel = (date: string, half: HalfDay) => `${formatChineseDate(date)}${HALF_NAMES[half]}`

type PartyRow = Awaited<ReturnType<HearingsRepository['parties']>>[number]
type Venue = Awaited<ReturnType<HearingsRepository['venuesOfCourt']>>[number]

/** What one party brings to scheduling, and where it came from (for the judge's view). */
interface PartyPlan {
  row: PartyRow
  accountIds: string[]
  farm?: { region: string; activities: string[] }
  farmSource: 'profile' | 'filing' | null
  unavailable: BusyRange[]
  nearRoomIds: string[]
}

interface Scheduling {
  f: FilingRow
  data: FilingData
  today: string
  procedure: Procedure
  filedOn: string
  limitEnd: string
  complaint: { servedOn: string; assumed: boolean }
  parties: PartyPlan[]
  judges: Array<{ id: string; name: string; busy: Array<{ date: string; half: HalfDay }> }>
  venues: Array<Venue & { busy: Array<{ date: string; half: HalfDay }> }>
  overrides: FarmWindowOverride[]
  openRequest: HearingRequestRow | undefined
  answers: HearingAnswerRow[]
}

interface SummonsResult {
  partyIdx: number
  name: string
  side: string
  status: 'electronic' | 'paper'
  documentId: string | null
  message: string
}

/** A circuit point is near a party when the village it is named after appears in the party's address. */
function nearVenues(address: string, venues: Venue[]): string[] {
  return venues.filter((v) => v.kind === 'circuit-point' && address.includes(v.name.replace(/巡回审判点$/, ''))).map((v) => v.id)
}

const monthEndOf = (date: string) => `${date.slice(0, 7)}-${String(daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)))).padStart(2, '0')}`

function addMonthsToMonthStart(date: string, months: number): string {
  const { year, month } = parseCalendarDay(date)
  const m = month - 1 + months
  return `${year + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`
}

/**
 * 开庭排期: the judge asks the parties, each party picks a suggested half-day (or declares busy dates
 * and asks again), the judge confirms — booking the judge and the courtroom or circuit point and
 * serving the 传票 on every party through e-service — and a hearing can be postponed with a reason
 * (民事诉讼法第一百四十九条) and scheduled again the same way. Suggestions come from
 * suggestHearingSlots over real data: the court's hearings, the parties' 农忙 profiles and busy
 * dates, the court's farm calendar, the case's procedure and filing day.
 */
export function hearingsService(deps: {
  hearings: HearingsRepository
  farm: FarmRepository
  farmService: FarmService
  users: UsersRepository
  courts: CourtsRepository
  audit: AuditRepository
  notifier: Notifier
  service: Pick<ServiceService, 'issue'>
  clock: Clock
}) {
  const { hearings: repo, farm, farmService, users, courts, audit, notifier, clock } = deps
  const today = () => shanghaiDay(clock.now())
  const nowIso = () => shanghaiIso(clock.now())

  // ---- who may ---------------------------------------------------------------------------------

  async function loadCase(caseId: string): Promise<FilingRow> {
    const f = await repo.acceptedCase(caseId)
    if (!f || !f.case_number || !f.procedure || !f.decided_on) throw notFound('HEARING_CASE_NOT_FOUND', '找不到这个案件')
    return f
  }

  const isCourtReader = (actor: Actor, f: FilingRow) => COURT_READERS.includes(actor.role) && actor.courtId === f.target_court_id

  function requireReader(actor: Actor, f: FilingRow) {
    if (!isCourtReader(actor, f)) throw forbidden('这个案件不属于本院，无法查看开庭安排')
  }

  function requireScheduler(actor: Actor, f: FilingRow) {
    if (!SCHEDULERS.includes(actor.role) || actor.courtId !== f.target_court_id) throw forbidden('只有本案所在法院的法官或书记员可以安排开庭')
  }

  async function idKeyOf(actor: Actor): Promise<string | null> {
    if (!PARTY_ROLES.includes(actor.role)) return null
    const u = await users.byId(actor.sub)
    // Only a verified identity may act as the party an ID number names (在线诉讼规则第七条).
    return u?.real_name_status === 'verified' && u.id_number ? u.id_number.toUpperCase() : null
  }

  /** The party the actor answers for: their own (by verified ID number), or — for the filer — the first plaintiff. */
  async function partyOf(actor: Actor, f: FilingRow, parties: PartyRow[]): Promise<PartyRow | null> {
    if (!PARTY_ROLES.includes(actor.role)) return null
    const key = await idKeyOf(actor)
    const own = key ? parties.find((p) => p.id_key === key) : undefined
    if (own) return own
    if (f.filer_id === actor.sub) return parties.find((p) => p.side === 'plaintiff') ?? null
    return null
  }

  // ---- the scheduling input from real data -----------------------------------------------------

  /** When the 起诉状副本 reached the defendants: from e-service receipts, else the latest the law allows from now. */
  async function complaintServed(f: FilingRow, parties: PartyRow[], day: string): Promise<{ servedOn: string; assumed: boolean }> {
    const filedOn = f.decided_on!
    const fallback = [addDays(filedOn, 5), nextWorkday(day)].sort()[1]
    const defendants = parties.filter((p) => p.side === 'defendant')
    if (defendants.length === 0) return { servedOn: addDays(filedOn, 5), assumed: true }
    const receipts = await repo.complaintCopyReceipts(f.id)
    let latest = ''
    let assumed = false
    for (const d of defendants) {
      const dates = receipts
        .filter((r) => r.party_idx === d.idx)
        .map((r) =>
          r.type === 'delivered'
            ? legalServiceDate({ method: 'electronic', deliveredOn: shanghaiDay(new Date(r.at)) }).servedOn
            : legalServiceDate({ method: 'public-notice', publishedOn: String((JSON.parse(r.detail_json) as { publishedOn?: string }).publishedOn) }).servedOn,
        )
        .sort()
      // A defendant not yet served can be served tomorrow at the earliest: the defence period cannot have started.
      const served = dates[0] ?? fallback
      if (!dates[0]) assumed = true
      if (served > latest) latest = served
    }
    return { servedOn: latest < filedOn ? filedOn : latest, assumed }
  }

  async function load(f: FilingRow): Promise<Scheduling> {
    const day = today()
    const data = JSON.parse(f.data_json) as FilingData
    const procedure = f.procedure as Procedure
    const filedOn = f.decided_on!
    const partyRows = await repo.parties(f.id)
    const accounts = await repo.accountsOf([...new Set(partyRows.map((p) => p.id_key))])
    const profiles = new Map((await farm.profilesOf(accounts.map((a) => a.id))).map((p) => [p.user_id, p] as const))
    const filer = await users.byId(f.filer_id)
    const filerKey = filer?.real_name_status === 'verified' ? filer.id_number?.toUpperCase() : undefined
    const filerParty = partyRows.find((p) => p.id_key === filerKey) ?? partyRows.find((p) => p.side === 'plaintiff')
    const openRequest = await repo.openRequest(f.id)
    const answers = openRequest ? await repo.answers(openRequest.id) : []
    const venueRows = await repo.venuesOfCourt(f.target_court_id)

    const parties: PartyPlan[] = partyRows.map((row) => {
      const accountIds = accounts.filter((a) => a.id_number?.toUpperCase() === row.id_key).map((a) => a.id)
      const own = accountIds.map((id) => profiles.get(id)).filter((p) => p !== undefined)
      const withRegion = own.find((p) => p.region)
      let farmInfo: PartyPlan['farm']
      let farmSource: PartyPlan['farmSource'] = null
      if (withRegion) {
        farmInfo = { region: withRegion.region!, activities: JSON.parse(withRegion.activities_json) as string[] }
        farmSource = 'profile'
      } else if (own.length === 0 && filerParty?.idx === row.idx && data.farm?.region) {
        // The filer's farm details from the complaint stand until they save a profile of their own.
        farmInfo = { region: data.farm.region, activities: data.farm.activities }
        farmSource = 'filing'
      }
      const answer = answers.find((a) => a.party_idx === row.idx)
      const unavailable = [...own.flatMap((p) => JSON.parse(p.busy_json) as BusyRange[]), ...(answer ? (JSON.parse(answer.busy_json) as BusyRange[]) : [])]
      return { row, accountIds, farm: farmInfo, farmSource, unavailable, nearRoomIds: nearVenues(data.parties[row.idx]?.address ?? '', venueRows) }
    })

    const live = await repo.liveHearingsOfCourt(f.target_court_id, addDays(day, 1))
    const judgeRows = await repo.judgesOfCourt(f.target_court_id)
    const judges = judgeRows
      .map((j) => ({ id: j.id, name: j.display_name, busy: live.filter((h) => h.judge_id === j.id).map((h) => ({ date: h.date, half: h.half })) }))
      // The case's own judge first: suggestHearingSlots prefers the first one listed.
      .sort((a, b) => Number(b.id === f.judge_id) - Number(a.id === f.judge_id))
    const near = new Set(parties.flatMap((p) => p.nearRoomIds))
    const venues = venueRows
      .map((v) => ({ ...v, busy: live.filter((h) => h.room_id === v.id).map((h) => ({ date: h.date, half: h.half })) }))
      // 涉农 cases go to the village first (巡回审理，就地办案, 第一百三十八条); others to the courthouse first.
      .sort((a, b) => rank(a) - rank(b))
    function rank(v: Venue) {
      if (v.kind === 'courtroom') return f.agricultural === 1 ? 1 : 0
      return near.has(v.id) ? (f.agricultural === 1 ? 0 : 1) : 2
    }
    return {
      f,
      data,
      today: day,
      procedure,
      filedOn,
      limitEnd: trialLimitEnd({ procedure, filedOn }),
      complaint: await complaintServed(f, partyRows, day),
      parties,
      judges,
      venues,
      overrides: await farmService.overridesOf(f.target_court_id),
      openRequest,
      answers,
    }
  }

  function inputOf(s: Scheduling, opts: { limit?: number; judgeId?: string; roomId?: string; hardOnly?: boolean } = {}): HearingSlotInput {
    const parties: HearingParty[] = s.parties.map((p) =>
      opts.hardOnly
        ? { id: `p${p.row.idx}` }
        : {
            id: `p${p.row.idx}`,
            ...(p.farm ? { farm: p.farm } : {}),
            unavailable: p.unavailable.map((u) => ({ from: u.from, to: u.to })),
            nearRoomIds: p.nearRoomIds,
          },
    )
    return {
      today: s.today,
      procedure: s.procedure,
      filedOn: s.filedOn,
      complaintServedOn: s.complaint.servedOn,
      parties,
      judges: s.judges.filter((j) => !opts.judgeId || j.id === opts.judgeId).map((j) => ({ id: j.id, busy: j.busy })),
      rooms: s.venues.filter((v) => !opts.roomId || v.id === opts.roomId).map((v) => ({ id: v.id, busy: v.busy, circuitPoint: v.kind === 'circuit-point' })),
      farmOverrides: s.overrides,
      ...(opts.limit ? { limit: opts.limit } : {}),
    }
  }

  function slotView(s: Scheduling, slot: Pick<HearingSlot, 'date' | 'half' | 'judgeId' | 'roomId'> & Partial<Pick<HearingSlot, 'provisional' | 'notes'>>) {
    const venue = s.venues.find((v) => v.id === slot.roomId)
    return {
      date: slot.date,
      half: slot.half,
      time: HALF_DAY_TIMES[slot.half],
      label: halfDayLabel(slot.date, slot.half),
      judgeId: slot.judgeId,
      judgeName: s.judges.find((j) => j.id === slot.judgeId)?.name ?? '',
      roomId: slot.roomId,
      roomName: venue?.name ?? '',
      roomKind: venue?.kind ?? 'courtroom',
      address: venue?.address ?? '',
      provisional: slot.provisional ?? false,
      notes: slot.notes ?? [],
    }
  }

  function suggest(s: Scheduling) {
    const out = suggestHearingSlots(inputOf(s))
    return { slots: out.slots.map((x) => slotView(s, x)), excluded: out.excluded }
  }

  /**
   * Why a half-day with this judge and room cannot take the hearing, or null when it can. Only the
   * hard rules count here (working day, notice, defence period, trial limit, judge and room free):
   * the judge may set a date the parties did not pick; the warnings say so.
   */
  function hardProblem(s: Scheduling, want: { date: string; half: HalfDay; judgeId: string; roomId: string }): string | null {
    if (want.date <= s.today) return '开庭日期必须在今天以后'
    if (want.date > s.limitEnd) return `超出审限（${PROCEDURE_LIMIT_NAMES[s.procedure]}，至${formatChineseDate(s.limitEnd)}）`
    const out = suggestHearingSlots(inputOf(s, { limit: 1000, judgeId: want.judgeId, roomId: want.roomId, hardOnly: true }))
    if (out.slots.some((x) => x.date === want.date && x.half === want.half)) return null
    const reasons = out.excluded.filter((e) => e.from <= want.date && want.date <= e.to && e.reason !== '法官或法庭已排满').map((e) => e.reason)
    if (reasons.length > 0) return reasons.join('；')
    if (s.judges.find((j) => j.id === want.judgeId)?.busy.some((b) => b.date === want.date && b.half === want.half)) return '法官这半天已经安排了别的开庭'
    return '这个法庭或巡回审判点这半天已经有别的开庭'
  }

  /** Soft reasons against a date (a party's farm season or declared busy days) for the judge to weigh. */
  function softWarnings(s: Scheduling, excluded: ExcludedStretch[], date: string): string[] {
    const year = Number(date.slice(0, 4))
    const farmReasons = new Set(
      s.parties.flatMap((p) => (p.farm ? farmWindowsFor(p.farm.region, p.farm.activities, year, s.overrides).map(describeFarmWindow) : [])),
    )
    return excluded.filter((e) => e.from <= date && date <= e.to && (e.reason === '当事人申报不便' || farmReasons.has(e.reason))).map((e) => e.reason)
  }

  // ---- views -----------------------------------------------------------------------------------

  async function hearingView(h: HearingRow, names?: Map<string, string>) {
    const venue = (await courts.rooms(h.court_id)).find((r) => r.id === h.room_id)
    const nameMap = names ?? (await repo.userNames([h.judge_id]))
    return {
      id: h.id,
      caseId: h.case_id,
      date: h.date,
      half: h.half,
      time: HALF_DAY_TIMES[h.half],
      label: halfDayLabel(h.date, h.half),
      judgeId: h.judge_id,
      judgeName: nameMap.get(h.judge_id) ?? '',
      roomId: h.room_id,
      roomName: venue?.name ?? '',
      roomKind: venue?.kind ?? 'courtroom',
      address: venue?.address ?? '',
      status: h.status,
      postponeReason: h.postpone_reason,
      postponedAt: h.postponed_at,
      heldAt: h.held_at,
      createdAt: h.created_at,
      summons: JSON.parse(h.summons_json) as SummonsResult[],
    }
  }

  function farmInfo(p: PartyPlan) {
    if (!p.farm) return null
    const rows = farmCalendarRows().filter((r) => r.region === p.farm!.region)
    return {
      region: p.farm.region,
      regionName: rows[0]?.regionName ?? p.farm.region,
      activities: p.farm.activities.map((a) => rows.find((r) => r.activity === a)?.activityName ?? a),
      source: p.farmSource,
    }
  }

  function answerView(s: Scheduling, a: HearingAnswerRow, excluded: ExcludedStretch[]) {
    const slot =
      a.kind === 'chose' && a.date && a.half && a.judge_id && a.room_id
        ? slotView(s, { date: a.date, half: a.half, judgeId: a.judge_id, roomId: a.room_id })
        : null
    const problem = slot ? hardProblem(s, slot) : null
    return {
      partyIdx: a.party_idx,
      kind: a.kind,
      slot,
      stillPossible: slot ? problem === null : null,
      problem,
      warnings: slot ? softWarnings(s, excluded, slot.date) : [],
      busy: JSON.parse(a.busy_json) as BusyRange[],
      answeredAt: a.answered_at,
    }
  }

  /** The month calendar's picture data: holidays and the party's own farm windows over the pages it can show. */
  function calendarOf(s: Scheduling, me: PartyPlan | undefined) {
    const from = `${s.today.slice(0, 7)}-01`
    const to = monthEndOf(addMonthsToMonthStart(from, CALENDAR_MONTHS_AHEAD))
    const holidays: Array<{ from: string; to: string; name: string; provisional: boolean }> = []
    for (let n = dayNumberOf(parseCalendarDay(from)), end = dayNumberOf(parseCalendarDay(to)); n <= end; n++) {
      const date = formatCalendarDay(calendarDayOf(n))
      const d = isWorkday(date)
      if (d.holiday === undefined) continue
      const last = holidays[holidays.length - 1]
      if (last && last.name === d.holiday && addDays(last.to, 1) === date) last.to = date
      else holidays.push({ from: date, to: date, name: d.holiday, provisional: d.provisional })
    }
    const farmWindows = []
    if (me?.farm) {
      for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
        for (const w of farmWindowsFor(me.farm.region, me.farm.activities, year, s.overrides)) {
          if (w.to < from || w.from > to) continue
          farmWindows.push({
            from: w.from,
            to: w.to,
            activity: w.activity,
            activityName: w.activityName,
            season: w.season,
            label: describeFarmWindow(w),
            overridden: w.overridden,
            note: w.note ?? null,
          })
        }
      }
    }
    return {
      from,
      to,
      today: s.today,
      lastDay: s.limitEnd,
      limitReason: `超出审限（${PROCEDURE_LIMIT_NAMES[s.procedure]}）`,
      holidays,
      farm: farmWindows,
      busy: me?.unavailable ?? [],
    }
  }

  async function caseView(f: FilingRow) {
    const s = await load(f)
    const { slots, excluded } = suggest(s)
    const all = await repo.hearingsOfCase(f.id)
    const names = await repo.userNames([...new Set([...all.map((h) => h.judge_id), s.openRequest?.requested_by ?? ''].filter(Boolean))])
    const hearingViews = await Promise.all(all.map((h) => hearingView(h, names)))
    return {
      caseId: f.id,
      caseNumber: f.case_number!,
      procedure: s.procedure,
      procedureName: PROCEDURE_LIMIT_NAMES[s.procedure],
      filedOn: s.filedOn,
      trialLimitEnd: s.limitEnd,
      agricultural: f.agricultural === 1,
      judgeId: f.judge_id,
      judgeName: s.judges.find((j) => j.id === f.judge_id)?.name ?? '',
      complaint: s.complaint,
      parties: s.parties.map((p) => ({
        idx: p.row.idx,
        side: p.row.side,
        sideName: SIDES[p.row.side] ?? p.row.side,
        name: p.row.name,
        hasAccount: p.accountIds.length > 0,
        farm: farmInfo(p),
        unavailable: p.unavailable,
        nearVenues: p.nearRoomIds.map((id) => s.venues.find((v) => v.id === id)?.name ?? id),
      })),
      slots,
      excluded,
      request: s.openRequest
        ? {
            id: s.openRequest.id,
            status: s.openRequest.status,
            requestedAt: s.openRequest.requested_at,
            requestedBy: names.get(s.openRequest.requested_by) ?? '',
            answers: s.answers.map((a) => answerView(s, a, excluded)),
          }
        : null,
      current: hearingViews.find((h) => h.status === 'scheduled') ?? null,
      hearings: hearingViews,
      venues: s.venues.map((v) => ({ id: v.id, name: v.name, kind: v.kind, address: v.address ?? '' })),
      judges: s.judges.map((j) => ({ id: j.id, name: j.name })),
    }
  }

  async function requestView(actor: Actor, requestId: string) {
    const r = await repo.request(requestId)
    if (!r) throw notFound('HEARING_REQUEST_NOT_FOUND', '找不到这次开庭日期征询')
    const f = await loadCase(r.case_id)
    const party = await partyOf(actor, f, await repo.parties(f.id))
    if (!party) throw forbidden('这不是您的案件，无法查看开庭安排')
    const s = await load(f)
    const me = s.parties.find((p) => p.row.idx === party.idx)
    const open = r.status === 'open'
    const { slots, excluded } = open ? suggest(s) : { slots: [], excluded: [] }
    const answer = open ? s.answers.find((a) => a.party_idx === party.idx) : (await repo.answers(r.id)).find((a) => a.party_idx === party.idx)
    const hearing = r.hearing_id ? await repo.hearing(r.hearing_id) : undefined
    const names = await repo.userNames([r.requested_by, ...(hearing ? [hearing.judge_id] : [])])
    return {
      id: r.id,
      caseId: f.id,
      caseNumber: f.case_number!,
      status: r.status,
      requestedAt: r.requested_at,
      requestedBy: names.get(r.requested_by) ?? '',
      me: { partyIdx: party.idx, side: party.side, sideName: SIDES[party.side] ?? party.side, name: party.name, farm: me ? farmInfo(me) : null },
      answer: answer
        ? {
            kind: answer.kind,
            slot:
              answer.kind === 'chose' && answer.date && answer.half
                ? { date: answer.date, half: answer.half, label: halfDayLabel(answer.date, answer.half) }
                : null,
            busy: JSON.parse(answer.busy_json) as BusyRange[],
            answeredAt: answer.answered_at,
          }
        : null,
      slots,
      excluded,
      calendar: calendarOf(s, me),
      hearing: hearing ? await hearingView(hearing, names) : null,
    }
  }

  // ---- notifications ---------------------------------------------------------------------------

  async function tellParties(f: FilingRow, template: string, text: (name: string) => string) {
    const court = await courts.byId(f.target_court_id)
    const parties = await repo.parties(f.id)
    const accounts = await repo.accountsOf(parties.map((p) => p.id_key))
    for (const p of parties) {
      const body = `【${court?.name ?? '人民法院'}】${text(p.name)}咨询电话${court?.phone ?? '12368'}。`
      const sends = [
        ...(p.mobile ? [{ channel: 'sms' as const, to: p.mobile }] : []),
        ...accounts.filter((a) => a.id_number?.toUpperCase() === p.id_key).map((a) => ({ channel: 'wechat' as const, to: a.openid ?? a.id })),
      ]
      for (const m of sends) {
        try {
          await notifier.send({ ...m, courtId: f.target_court_id, template, text: body, data: { caseNumber: f.case_number ?? '', caseId: f.id } })
        } catch {
          // A reminder that fails to send changes nothing the court decided; the party still sees it in the app.
        }
      }
    }
  }

  // ---- use cases -------------------------------------------------------------------------------

  const api = {
    /** Staff: the accepted cases of my court and where each stands with its hearing. */
    async casesOfCourt(actor: Actor) {
      if (!actor.courtId || !COURT_READERS.includes(actor.role)) throw forbidden()
      const cases = await repo.acceptedCasesOfCourt(actor.courtId)
      const ids = cases.map((c) => c.id)
      const all = await repo.hearingsOfCases(ids)
      const requests = await repo.requestsOfCases(ids)
      const answers = await repo.answersOf(requests.filter((r) => r.status === 'open').map((r) => r.id))
      const names = await repo.userNames([...new Set(cases.map((c) => c.judge_id).filter((x): x is string => !!x))])
      const venues = new Map((await courts.rooms(actor.courtId)).map((r) => [r.id, r] as const))
      return cases.map((c) => {
        const data = JSON.parse(c.data_json) as FilingData
        const mine = all.filter((h) => h.case_id === c.id)
        const current = mine.find((h) => h.status === 'scheduled')
        const last = mine[mine.length - 1]
        const open = requests.find((r) => r.case_id === c.id && r.status === 'open')
        const state: CaseHearingState = current
          ? 'scheduled'
          : open
            ? 'asking'
            : last?.status === 'held'
              ? 'held'
              : last?.status === 'postponed'
                ? 'postponed'
                : 'unscheduled'
        return {
          caseId: c.id,
          caseNumber: c.case_number ?? '',
          plaintiffs: data.parties.filter((p) => p.side === 'plaintiff').map((p) => p.name),
          defendants: data.parties.filter((p) => p.side === 'defendant').map((p) => p.name),
          judgeName: c.judge_id ? (names.get(c.judge_id) ?? '') : '',
          mine: c.judge_id === actor.sub,
          agricultural: c.agricultural === 1,
          state,
          hearing: current ? { label: halfDayLabel(current.date, current.half), roomName: venues.get(current.room_id)?.name ?? '' } : null,
          answered: open ? answers.filter((a) => a.request_id === open.id).length : 0,
          parties: data.parties.length,
        }
      })
    },

    /** Staff: one case's scheduling: parties' farm seasons and busy dates, suggestions, the parties' answers, hearings. */
    async caseScheduling(actor: Actor, caseId: string) {
      const f = await loadCase(caseId)
      requireReader(actor, f)
      return caseView(f)
    },

    /** 请当事人选择: opens a request the parties answer in the app, and tells them by SMS and WeChat. */
    async ask(actor: Actor, caseId: string) {
      const f = await loadCase(caseId)
      requireScheduler(actor, f)
      const current = (await repo.hearingsOfCase(f.id)).find((h) => h.status === 'scheduled')
      if (current) throw conflict('HEARING_ALREADY_SCHEDULED', `本案已定于${halfDayLabel(current.date, current.half)}开庭；如需改期，请先延期开庭`)
      if (await repo.openRequest(f.id)) throw conflict('HEARING_REQUEST_OPEN', '已经在请当事人选择开庭日期了，请等待他们的回复')
      const at = nowIso()
      const id = orderedId('hr')
      try {
        await repo.insertRequest({
          id,
          case_id: f.id,
          court_id: f.target_court_id,
          status: 'open',
          requested_by: actor.sub,
          requested_at: at,
          closed_at: null,
          hearing_id: null,
        })
      } catch (err) {
        if (isUniqueViolation(err)) throw conflict('HEARING_REQUEST_OPEN', '已经在请当事人选择开庭日期了，请等待他们的回复')
        throw err
      }
      await audit.record({ actorId: actor.sub, action: 'hearing.requested', subject: `filing:${f.id}`, detail: { request: id }, at })
      await tellParties(
        f,
        'hearing-request',
        (name) => `${name}您好：法院请您为${f.case_number}案件选择开庭日期，已避开您申报的农忙时节。请在微信中打开“移动微法院”小程序，点“选择开庭日期”。`,
      )
      return caseView(f)
    },

    /** Parties: the requests on my cases, newest first, with my answer and the hearing once set. */
    async myRequests(actor: Actor) {
      const key = await idKeyOf(actor)
      const cases = await repo.casesOfParty(actor.sub, key)
      const requests = await repo.requestsOfCases(cases.map((c) => c.id))
      const out = []
      for (const r of requests) {
        const f = cases.find((c) => c.id === r.case_id)!
        const party = await partyOf(actor, f, await repo.parties(f.id))
        if (!party) continue
        const answer = (await repo.answers(r.id)).find((a) => a.party_idx === party.idx)
        const hearing = r.hearing_id ? await repo.hearing(r.hearing_id) : undefined
        const venue = hearing ? (await courts.rooms(hearing.court_id)).find((v) => v.id === hearing.room_id) : undefined
        out.push({
          id: r.id,
          caseId: f.id,
          caseNumber: f.case_number ?? '',
          status: r.status,
          requestedAt: r.requested_at,
          answer: answer ? { kind: answer.kind, label: answer.date && answer.half ? halfDayLabel(answer.date, answer.half) : null } : null,
          hearing: hearing
            ? {
                label: halfDayLabel(hearing.date, hearing.half),
                roomName: venue?.name ?? '',
                address: venue?.address ?? '',
                status: hearing.status,
                postponeReason: hearing.postpone_reason,
              }
            : null,
        })
      }
      return out
    },

    /** Parties: one request with suggestions for every party, the reasons for each excluded day, and my calendar. */
    request: requestView,

    /** A party picks one of the suggested half-days (checked again now: someone may have booked it meanwhile). */
    async choose(actor: Actor, requestId: string, want: { date: string; half: HalfDay }) {
      const { r, f, party } = await answerable(actor, requestId)
      parseCalendarDay(want.date, 'date')
      const s = await load(f)
      const slot = suggest(s).slots.find((x) => x.date === want.date && x.half === want.half)
      if (!slot) throw conflict('HEARING_SLOT_GONE', '这个时间已经不能选了（可能刚被别的案件占用），请从新的建议中再选一次', 'date')
      const at = nowIso()
      await repo.saveAnswer({
        request_id: r.id,
        party_idx: party.idx,
        user_id: actor.sub,
        kind: 'chose',
        date: slot.date,
        half: slot.half,
        judge_id: slot.judgeId,
        room_id: slot.roomId,
        busy_json: '[]',
        answered_at: at,
      })
      await audit.record({
        actorId: actor.sub,
        action: 'hearing.answered',
        subject: `filing:${f.id}`,
        detail: { request: r.id, party: party.name, chose: slot.label },
        at,
      })
      return requestView(actor, requestId)
    },

    /** A party declares more days they cannot come and asks for new suggestions; kept in their 农忙 profile too. */
    async declareBusy(actor: Actor, requestId: string, ranges: Array<{ from: string; to: string; reason?: string }>) {
      const { r, f, party } = await answerable(actor, requestId)
      const busy = checkBusyRanges(ranges, today(), 'busy', true)
      const previous = (await repo.answers(r.id)).find((a) => a.party_idx === party.idx)
      const kept = previous?.kind === 'busy' ? (JSON.parse(previous.busy_json) as BusyRange[]) : []
      const at = nowIso()
      await repo.saveAnswer({
        request_id: r.id,
        party_idx: party.idx,
        user_id: actor.sub,
        kind: 'busy',
        date: null,
        half: null,
        judge_id: null,
        room_id: null,
        busy_json: JSON.stringify([...kept, ...busy]),
        answered_at: at,
      })
      // Their own dates belong in their own profile; an agent's declaration stays with this request.
      if (actor.role === 'litigant' && (await idKeyOf(actor)) === party.id_key) await farmService.addBusy(actor.sub, busy)
      await audit.record({
        actorId: actor.sub,
        action: 'hearing.busy-declared',
        subject: `filing:${f.id}`,
        detail: { request: r.id, party: party.name, busy },
        at,
      })
      return requestView(actor, requestId)
    },

    /**
     * Books a hearing (the parties' choice, a suggestion, or the judge's own half-day) and serves the
     * 传票 on every party through e-service with its date, half-day and place. The hard rules are
     * checked again; the unique indexes stop a judge or room being booked twice for a half-day.
     * A party who has not consented to e-service is listed for paper service instead.
     */
    async book(actor: Actor, caseId: string, input: { date: string; half: HalfDay; judgeId?: string; roomId: string; requestId?: string }) {
      const f = await loadCase(caseId)
      requireScheduler(actor, f)
      parseCalendarDay(input.date, 'date')
      const s = await load(f)
      const judgeId = input.judgeId ?? f.judge_id ?? ''
      if (!s.judges.some((j) => j.id === judgeId)) throw badRequest('HEARING_JUDGE_INVALID', '请选择本院的一位法官', 'judgeId')
      if (!s.venues.some((v) => v.id === input.roomId)) throw badRequest('HEARING_ROOM_INVALID', '请选择本院的法庭或巡回审判点', 'roomId')
      const current = (await repo.hearingsOfCase(f.id)).find((h) => h.status === 'scheduled')
      if (current) throw conflict('HEARING_ALREADY_SCHEDULED', `本案已定于${halfDayLabel(current.date, current.half)}开庭；如需改期，请先延期开庭`)
      if (input.requestId && s.openRequest?.id !== input.requestId) throw conflict('HEARING_REQUEST_CLOSED', '这次征询已经结束了，请刷新后再排期', 'requestId')
      const want = { date: input.date, half: input.half, judgeId, roomId: input.roomId }
      const problem = hardProblem(s, want)
      if (problem) throw conflict('HEARING_SLOT_UNAVAILABLE', `${halfDayLabel(input.date, input.half)}不能开庭：${problem}`, 'date')
      const warnings = softWarnings(s, suggest(s).excluded, input.date)

      const at = nowIso()
      const row: HearingRow = {
        id: orderedId('h'),
        case_id: f.id,
        court_id: f.target_court_id,
        request_id: s.openRequest?.id ?? null,
        date: input.date,
        half: input.half,
        judge_id: judgeId,
        room_id: input.roomId,
        status: 'scheduled',
        postpone_reason: null,
        summons_json: '[]',
        created_by: actor.sub,
        created_at: at,
        postponed_by: null,
        postponed_at: null,
        held_at: null,
        updated_at: at,
      }
      try {
        await repo.db.transaction().execute(async (trx) => {
          await repo.insertHearing(trx, row)
          // Scheduling closes the open request, whether the judge took a party's choice or set the date directly.
          if (s.openRequest) await repo.closeRequest(trx, s.openRequest.id, { status: 'scheduled', closed_at: at, hearing_id: row.id })
        })
      } catch (err) {
        if (!isUniqueViolation(err)) throw err
        const again = (await repo.hearingsOfCase(f.id)).find((h) => h.status === 'scheduled')
        if (again) throw conflict('HEARING_ALREADY_SCHEDULED', `本案已定于${halfDayLabel(again.date, again.half)}开庭`)
        throw conflict('HEARING_SLOT_TAKEN', '这半天刚刚被别的案件占用了，请另选一个时间', 'date')
      }
      await audit.record({
        actorId: actor.sub,
        action: 'hearing.scheduled',
        subject: `filing:${f.id}`,
        detail: { hearing: row.id, date: row.date, half: row.half, judge: judgeId, room: row.room_id, request: row.request_id, warnings },
        at,
      })

      // The 传票 goes out through e-service, one party at a time, so one party without consent does not hold up the others.
      const summons: SummonsResult[] = []
      for (const p of s.parties) {
        const base = { partyIdx: p.row.idx, name: p.row.name, side: p.row.side }
        try {
          const out = await deps.service.issue(actor, {
            caseId: f.id,
            kind: 'summons',
            recipients: [p.row.idx],
            hearing: { date: row.date, time: HALF_DAY_TIMES[row.half], roomId: row.room_id },
          })
          summons.push({ ...base, status: 'electronic', documentId: out.documents[0]?.id ?? null, message: '传票已电子送达' })
        } catch (err) {
          if (!(err instanceof AppError)) throw err
          summons.push({ ...base, status: 'paper', documentId: null, message: err.message })
        }
      }
      await repo.setSummons(row.id, JSON.stringify(summons))
      const view = await hearingView({ ...row, summons_json: JSON.stringify(summons) })
      return { hearing: view, warnings }
    },

    /** 延期开庭 (民事诉讼法第一百四十九条): frees the half-day, records the reason, tells the parties. */
    async postpone(actor: Actor, hearingId: string, reason: string) {
      const h = await repo.hearing(hearingId)
      if (!h) throw notFound('HEARING_NOT_FOUND', '找不到这次开庭')
      const f = await loadCase(h.case_id)
      requireScheduler(actor, f)
      const text = reason.trim()
      if (text.length < 2) throw badRequest('HEARING_POSTPONE_REASON_REQUIRED', '请写明延期开庭的理由（《民事诉讼法》第一百四十九条）', 'reason')
      if (h.status !== 'scheduled') throw conflict('HEARING_NOT_SCHEDULED', h.status === 'postponed' ? '这次开庭已经延期了' : '这次开庭已经开过了，不能延期')
      const at = nowIso()
      const ok = await repo.transitionHearing(h.id, 'scheduled', {
        status: 'postponed',
        postpone_reason: text,
        postponed_by: actor.sub,
        postponed_at: at,
        updated_at: at,
      })
      if (!ok) throw conflict('HEARING_NOT_SCHEDULED', '这次开庭的状态刚刚变了，请刷新')
      await audit.record({ actorId: actor.sub, action: 'hearing.postponed', subject: `filing:${f.id}`, detail: { hearing: h.id, reason: text }, at })
      const venue = (await courts.rooms(h.court_id)).find((v) => v.id === h.room_id)
      await tellParties(
        f,
        'hearing-postponed',
        (name) =>
          `${name}您好：${f.case_number}案件原定于${halfDayLabel(h.date, h.half)}在${venue?.name ?? '法院'}开庭，现延期审理，理由：${text}。新的开庭时间确定后，法院会另行送达传票。`,
      )
      return hearingView((await repo.hearing(h.id))!)
    },

    /** Marks a hearing as held, on or after its day. */
    async held(actor: Actor, hearingId: string) {
      const h = await repo.hearing(hearingId)
      if (!h) throw notFound('HEARING_NOT_FOUND', '找不到这次开庭')
      const f = await loadCase(h.case_id)
      requireScheduler(actor, f)
      if (h.status !== 'scheduled') throw conflict('HEARING_NOT_SCHEDULED', h.status === 'postponed' ? '这次开庭已经延期了' : '这次开庭已经记为开过了')
      if (h.date > today()) throw conflict('HEARING_NOT_YET', `开庭日（${halfDayLabel(h.date, h.half)}）还没到`)
      const at = nowIso()
      if (!(await repo.transitionHearing(h.id, 'scheduled', { status: 'held', held_at: at, updated_at: at })))
        throw conflict('HEARING_NOT_SCHEDULED', '这次开庭的状态刚刚变了，请刷新')
      await audit.record({ actorId: actor.sub, action: 'hearing.held', subject: `filing:${f.id}`, detail: { hearing: h.id }, at })
      return hearingView((await repo.hearing(h.id))!)
    },
  }
  return api

  async function answerable(actor: Actor, requestId: string) {
    const r = await repo.request(requestId)
    if (!r) throw notFound('HEARING_REQUEST_NOT_FOUND', '找不到这次开庭日期征询')
    const f = await loadCase(r.case_id)
    const party = await partyOf(actor, f, await repo.parties(f.id))
    if (!party) throw forbidden('这不是您的案件，无法选择开庭日期')
    if (r.status !== 'open') throw conflict('HEARING_REQUEST_CLOSED', r.status === 'scheduled' ? '法官已经定好开庭时间了，请查看传票' : '这次征询已经结束了')
    return { r, f, party }
  }
}
export type HearingsService = ReturnType<typeof hearingsService>
