import { randomUUID } from 'node:crypto'
import { addDays } from '../../domain/dates/addDays'
import { formatChineseDate } from '../../domain/dates/formatChineseDate'
import type { FilingData } from '../../domain/filing/types'
import { validateFiling } from '../../domain/filing/validateFiling'
import { agreementEffect } from '../../domain/mediation/agreementEffect'
import { formatSlot } from '../../domain/mediation/formatSlot'
import { generateSlots } from '../../domain/mediation/generateSlots'
import { judicialConfirmationWindow } from '../../domain/mediation/judicialConfirmationWindow'
import { mediationTimeLimit } from '../../domain/mediation/mediationTimeLimit'
import { slotCells } from '../../domain/mediation/slotCells'
import type { Availability, DateOverride, SlotMinutes, WeeklyHours } from '../../domain/mediation/types'
import { validateAvailability } from '../../domain/mediation/validateAvailability'
import { validateMediationRequest, type MediationRequestInput } from '../../domain/mediation/validateMediationRequest'
import type { Clock } from '../clock'
import { shanghaiDay, shanghaiIso } from '../clock'
import { AppError, badRequest, conflict, forbidden, notFound } from '../errors'
import type { AuditRepository } from '../repositories/audit'
import type { CourtsRepository } from '../repositories/courts'
import type { FilingsRepository } from '../repositories/filings'
import { isUniqueViolation } from '../db/errors'
import { orderedId } from '../db/ids'
import type { Q } from '../db/query'
import type { MediationBookingRow, MediationPartyRow, MediationRepository, MediationRow } from '../repositories/mediation'
import type { UserRow, UsersRepository } from '../repositories/users'
import type { Actor } from '../auth/actor'
import type { FilingsService } from './filings'
import type { Notifier } from './notify'
import { mediationViews, type Viewer } from './mediationViews'

const PARTY_ROLES = ['litigant', 'agent']
const COURT_STAFF = ['judge', 'clerk', 'admin']
/** Who can run a mediation: court-appointed mediators and judges (在线调解规则 art. 5). */
const MEDIATOR_ROLES = ['mediator', 'judge']
/** How far ahead a session can be booked; the pre-filing time limit is 30 days (art. 24). */
export const BOOK_AHEAD_DAYS = 60
const OPEN: MediationRow['status'][] = ['requested', 'declined', 'scheduling', 'confirmed']

type PartyRole = MediationPartyRow['role']
export interface ServiceInput {
  mobile: string
  postalAddress: string
  app: boolean
  sms: boolean
}
export interface CreateInput extends Omit<MediationRequestInput, 'stage'> {
  stage: 'pre-filing' | 'in-case'
  courtId?: string
  filingId?: string
  mediatorId?: string
}
export interface ConsentInput {
  consent?: boolean
  service?: ServiceInput
}
export interface AvailabilityInput {
  slotMinutes: number
  weekly: WeeklyHours[]
  overrides: DateOverride[]
  venue: { kind: 'online' } | { kind: 'room'; roomId: string }
}

const reject = (problems: Array<{ code: string; field: string; message: string }>): never => {
  const first = problems[0]
  throw new AppError(400, first.code, first.message, first.field, problems)
}

/**
 * 在线调解: requests before filing or in a case, booking a session that holds the mediator's (and
 * room's) time under a database key, the other side's acceptance, the mediator's confirmation within
 * three working days (在线调解规则 art. 12), the outcome, e-signing (art. 19) and 司法确认 (民诉法 art. 205).
 */
export function mediationService(deps: {
  mediation: MediationRepository
  users: UsersRepository
  courts: CourtsRepository
  filings: FilingsRepository
  filingsService: FilingsService
  /** SMS (在线诉讼规则 art. 32 reminders) go out through the e-service notifier. */
  notifier: Notifier
  audit: AuditRepository
  clock: Clock
  /** The online meeting link of a booking; `{room}` is replaced by a code unique to the booking. */
  videoUrlTemplate: string
}) {
  const { mediation: repo, users, courts, filings, filingsService, audit, clock } = deps
  const today = () => shanghaiDay(clock.now())
  const nowIso = () => shanghaiIso(clock.now())
  const views = mediationViews({ repo, users, courts, audit, today })

  async function userOf(actor: Actor): Promise<UserRow> {
    const u = await users.byId(actor.sub)
    if (!u) throw notFound('USER_NOT_FOUND', '找不到您的账号，请重新登录')
    return u
  }

  const verified = (u: UserRow) => u.real_name_status === 'verified' && !!u.real_name
  const needRealName = () => new AppError(403, 'REAL_NAME_REQUIRED', '请先在“我的”页面完成实名认证，再办理调解')

  /** An unlinked party is the signed-in person when their verified name and mobile (or ID) match. */
  const isThem = (p: MediationPartyRow, u: UserRow) =>
    p.user_id === u.id ||
    (p.user_id === null && verified(u) && p.name === u.real_name && ((!!p.mobile && p.mobile === u.mobile) || (!!p.id_number && p.id_number === u.id_number)))

  async function load(id: string): Promise<MediationRow> {
    const m = await repo.byId(id)
    if (!m) throw notFound('MEDIATION_NOT_FOUND', '找不到这次调解')
    return m
  }

  /** Who the actor is in this mediation; refuses anyone else. Links a respondent on first sight. */
  async function viewerOf(actor: Actor, m: MediationRow, parties: MediationPartyRow[]): Promise<Viewer> {
    if (PARTY_ROLES.includes(actor.role)) {
      const u = await userOf(actor)
      const p = parties.find((x) => isThem(x, u))
      if (!p) throw forbidden('这不是您的调解，无法查看')
      if (p.user_id === null && (await repo.linkParty(m.id, p.role, u.id))) p.user_id = u.id
      if (p.user_id !== u.id) throw forbidden('这不是您的调解，无法查看')
      return { kind: 'party', role: p.role, userId: u.id }
    }
    if (m.mediator_id === actor.sub) return { kind: 'mediator', userId: actor.sub }
    if (COURT_STAFF.includes(actor.role) && actor.courtId === m.court_id) return { kind: 'staff', userId: actor.sub }
    throw forbidden(actor.role === 'mediator' ? '这次调解没有分配给您' : '这次调解不属于本院，无法查看')
  }

  async function loadFor(actor: Actor, id: string) {
    const m = await load(id)
    const parties = await repo.parties(id)
    const viewer = await viewerOf(actor, m, parties)
    return { m, parties, viewer }
  }

  const partyView = (v: Viewer, what: string): PartyRole => {
    if (v.kind !== 'party') throw forbidden(`只有调解的当事人可以${what}`)
    return v.role
  }
  const mediatorOnly = (v: Viewer, what: string) => {
    if (v.kind !== 'mediator') throw forbidden(`只有负责这次调解的调解员可以${what}`)
  }

  /** In-app messages to everyone concerned, and an SMS to each party who asked for one (or has never signed in). */
  async function notify(m: MediationRow, parties: MediationPartyRow[], to: Array<PartyRole | 'mediator'>, kind: string, body: string) {
    const at = nowIso()
    const text = `【${m.number}】${body}`
    const base = { mediation_id: m.id, kind, text, created_at: at, read_at: null }
    const rows = []
    for (const who of to) {
      if (who === 'mediator') {
        if (m.mediator_id) rows.push({ ...base, id: orderedId('n'), channel: 'inbox' as const, recipient_id: m.mediator_id, mobile: null, sent_at: at })
        continue
      }
      const p = parties.find((x) => x.role === who)
      if (!p) continue
      if (p.user_id) rows.push({ ...base, id: orderedId('n'), channel: 'inbox' as const, recipient_id: p.user_id, mobile: null, sent_at: at })
      const service = p.service_json ? (JSON.parse(p.service_json) as ServiceInput) : null
      const mobile = service?.mobile ?? p.mobile
      // The other side gets an SMS before they have ever signed in; afterwards only if they asked for SMS.
      if (mobile && (service ? service.sms : true)) {
        const sent = await deps.notifier.send({
          channel: 'sms',
          to: mobile,
          courtId: m.court_id,
          template: `mediation-${kind}`,
          text,
          data: { mediation: m.number },
        })
        rows.push({ ...base, id: orderedId('n'), channel: 'sms' as const, recipient_id: p.user_id, mobile, sent_at: sent.ok ? sent.at : null })
      }
    }
    await repo.insertNotices(rows)
  }

  const record = (actorId: string, m: MediationRow, action: string, detail: Record<string, unknown> = {}) =>
    audit.record({ actorId, action: `mediation.${action}`, subject: `mediation:${m.id}`, detail, at: nowIso() })

  async function respond(actor: Actor, id: string) {
    const { m, parties, viewer } = await loadFor(actor, id)
    return views.view(m, parties, viewer)
  }

  async function availabilityOf(
    mediatorId: string,
  ): Promise<{ a: Availability; venue: { kind: 'online' | 'room'; roomId: string | null }; courtId: string } | null> {
    const row = await repo.availability(mediatorId)
    if (!row) return null
    return {
      a: {
        slotMinutes: row.slot_minutes as SlotMinutes,
        weekly: JSON.parse(row.weekly_json) as WeeklyHours[],
        overrides: JSON.parse(row.overrides_json) as DateOverride[],
      },
      venue: { kind: row.venue_kind, roomId: row.room_id },
      courtId: row.court_id,
    }
  }

  const resourcesOf = (mediatorId: string, roomId: string | null) => [`mediator:${mediatorId}`, ...(roomId ? [`room:${roomId}`] : [])]

  /** Consent (art. 4) and an e-service address (art. 8) the first time a party takes part. */
  async function consentIfNeeded(m: MediationRow, party: MediationPartyRow, input: ConsentInput) {
    if (party.consent_at) return
    if (input.consent !== true) throw badRequest('MEDIATION_CONSENT_REQUIRED', '在线调解需要您的同意，请勾选“同意在线调解”', 'consent')
    const s = input.service
    if (!s) throw badRequest('MEDIATION_SERVICE_REQUIRED', '请填写接收调解通知和文书的手机号和地址', 'service')
    const problems = validateMediationRequest({ stage: 'in-case', dispute: '（对方当事人确认送达地址）', claim: '同意', consent: true, service: s }, today())
    if (problems.length > 0) reject(problems)
    const service = { mobile: s.mobile.trim(), postalAddress: s.postalAddress.trim(), app: s.app, sms: s.sms }
    await repo.updateParty(m.id, party.role, { consent_at: nowIso(), service_json: JSON.stringify(service) })
    party.consent_at = nowIso()
    party.service_json = JSON.stringify(service)
  }

  async function endBooking(m: MediationRow, status: 'superseded' | 'released', q: Q) {
    if (!m.booking_id) return
    await repo.release(q, m.booking_id)
    await repo.updateBooking(m.booking_id, { status, updated_at: nowIso() }, q)
  }

  async function caseOf(actor: Actor, u: UserRow, filingId: string) {
    const f = await filings.byId(filingId)
    if (!f) throw badRequest('MEDIATION_CASE_UNKNOWN', '找不到这个案件，请重新选择', 'filingId')
    if (f.status !== 'accepted') throw conflict('MEDIATION_CASE_NOT_ACCEPTED', '这个案件还没有立案，立案后才能申请诉中调解；也可以申请诉前调解', 'filingId')
    const parties = await repo.caseParties(filingId)
    const mine = parties.find((p) => !!u.id_number && p.id_key === u.id_number.toUpperCase())
    if (!mine && f.filer_id !== actor.sub) throw forbidden('您不是这个案件的当事人')
    const mySide = mine?.side ?? 'plaintiff'
    const other = parties.find((p) => p.side !== mySide && p.side !== 'third-party')
    if (!other) throw badRequest('MEDIATION_CASE_NO_OTHER_SIDE', '案件里找不到对方当事人', 'filingId')
    return { f, other }
  }

  async function getAvailability(actor: Actor) {
    if (!MEDIATOR_ROLES.includes(actor.role) || !actor.courtId) throw forbidden('只有调解员和法官可以设置可预约时间')
    const saved = await availabilityOf(actor.sub)
    const rooms = (await courts.rooms(actor.courtId)).map((r) => ({ id: r.id, name: r.name, kind: r.kind, address: r.address }))
    const a = saved?.a ?? { slotMinutes: 60 as SlotMinutes, weekly: [], overrides: [] }
    const from = addDays(today(), 1)
    return {
      saved: !!saved,
      slotMinutes: a.slotMinutes,
      weekly: a.weekly,
      overrides: a.overrides,
      venue: saved?.venue.kind === 'room' && saved.venue.roomId ? { kind: 'room' as const, roomId: saved.venue.roomId } : { kind: 'online' as const },
      rooms,
      preview: generateSlots(a, from, addDays(from, 13)).map((s) => ({ ...s, label: formatSlot(s.startsAt, s.endsAt) })),
    }
  }

  return {
    async create(actor: Actor, input: CreateInput) {
      const u = await userOf(actor)
      if (!verified(u) || !u.id_number) throw needRealName()
      const problems = validateMediationRequest(input, today())
      if (problems.length > 0) reject(problems)
      const now = nowIso()
      const day = today()
      const id = `m-${randomUUID()}`
      let courtId: string
      let respondent: { name: string; mobile: string | null; id_number: string | null }
      let caseInfo: { filing_id: string; case_number: string | null; procedure: string | null; mediator_id: string | null } | null = null
      if (input.stage === 'in-case') {
        if (!input.filingId) throw badRequest('MEDIATION_CASE_REQUIRED', '请选择要调解的案件', 'filingId')
        const { f, other } = await caseOf(actor, u, input.filingId)
        courtId = f.target_court_id
        respondent = { name: other.name, mobile: other.mobile, id_number: other.id_key }
        // A judge who mediates their own case (在线调解规则 art. 24, second paragraph).
        caseInfo = { filing_id: f.id, case_number: f.case_number, procedure: f.procedure, mediator_id: f.judge_id }
      } else {
        courtId = input.courtId ?? ''
        if (!courtId || !(await courts.byId(courtId))) throw badRequest('MEDIATION_COURT_UNKNOWN', '没有找到这个法院，请重新选择', 'courtId')
        const r = input.respondent!
        const idNumber = r.idNumber?.trim().toUpperCase() || null
        if ((idNumber && idNumber === u.id_number) || r.mobile.trim() === u.mobile) {
          throw badRequest('MEDIATION_RESPONDENT_IS_SELF', '对方当事人不能是您自己，请核对对方的手机号和身份证号', 'respondent.mobile')
        }
        respondent = { name: r.name.trim(), mobile: r.mobile.trim(), id_number: idNumber }
      }
      let mediatorId = caseInfo?.mediator_id ?? null
      let chosenBy: MediationRow['chosen_by'] = mediatorId ? 'court' : null
      if (input.mediatorId && !caseInfo) {
        const a = await repo.availability(input.mediatorId)
        if (!a || a.court_id !== courtId) throw badRequest('MEDIATION_MEDIATOR_INVALID', '这位调解员不在本院的调解员名册里，请重新选择', 'mediatorId')
        mediatorId = input.mediatorId
        chosenBy = 'party'
      }
      const row: MediationRow = {
        id,
        number: `TJ${day.replace(/-/g, '')}${randomUUID().slice(0, 6).toUpperCase()}`,
        court_id: courtId,
        stage: input.stage,
        filing_id: caseInfo?.filing_id ?? null,
        case_number: caseInfo?.case_number ?? null,
        procedure: caseInfo?.procedure ?? null,
        dispute: input.dispute.trim(),
        claim: input.claim.trim(),
        amount_fen: input.amountFen ?? null,
        status: 'requested',
        requested_by: u.id,
        requested_on: day,
        mediator_id: mediatorId,
        chosen_by: chosenBy,
        received_on: mediatorId ? day : null,
        mediator_confirmed_at: null,
        limit_due: null,
        booking_id: null,
        decline_reason: null,
        outcome: null,
        outcome_note: null,
        outcome_at: null,
        agreement_terms: null,
        agreement_effective_at: null,
        jc_due: null,
        jc_claimed_at: null,
        jc_filing_id: null,
        draft_filing_id: null,
        created_at: now,
        updated_at: now,
      }
      const s = input.service
      // Someone already signed in under that verified name and number gets the invitation in the app at once.
      const matches = (await repo.verifiedPeople(respondent.name, respondent.mobile, respondent.id_number)).filter((x) => x.id !== u.id)
      const invitee = matches.length === 1 ? matches[0].id : null
      await repo.db.transaction().execute(async (trx) => {
        await repo.insert(trx, row)
        await repo.insertParty(trx, {
          mediation_id: id,
          role: 'applicant',
          user_id: u.id,
          name: u.real_name!,
          mobile: u.mobile,
          id_number: u.id_number,
          consent_at: now,
          service_json: JSON.stringify({ mobile: s.mobile.trim(), postalAddress: s.postalAddress.trim(), app: s.app, sms: s.sms }),
          signed_at: null,
          jc_applied_at: null,
        })
        await repo.insertParty(trx, {
          mediation_id: id,
          role: 'respondent',
          user_id: invitee,
          ...respondent,
          consent_at: null,
          service_json: null,
          signed_at: null,
          jc_applied_at: null,
        })
      })
      await record(u.id, row, 'requested', { stage: row.stage })
      const parties = await repo.parties(id)
      if (mediatorId)
        await notify(row, parties, ['mediator'], 'assigned', `${u.real_name}申请调解，请在3个工作日内确认是否接受（《人民法院在线调解规则》第十二条）`)
      return respond(actor, id)
    },

    async list(actor: Actor) {
      if (PARTY_ROLES.includes(actor.role)) {
        const u = await userOf(actor)
        const who = verified(u) ? { name: u.real_name!, mobile: u.mobile, idNumber: u.id_number } : null
        const rows = await repo.forParty(u.id, who)
        return views.summaries(rows, (_m, parties) => {
          const p = parties.find((x) => isThem(x, u))
          return p ? { kind: 'party', role: p.role, userId: u.id } : null
        })
      }
      const rows = actor.role === 'mediator' ? await repo.forMediator(actor.sub) : actor.courtId ? await repo.forCourt(actor.courtId) : []
      return views.summaries(rows, (m) => (m.mediator_id === actor.sub ? { kind: 'mediator', userId: actor.sub } : { kind: 'staff', userId: actor.sub }))
    },

    get: respond,

    /** The sessions the parties can pick from: the assigned mediator's, or every mediator's of the court while none is assigned (art. 10). */
    async slots(actor: Actor, id: string, input: { from?: string; days?: number }) {
      const { m } = await loadFor(actor, id)
      if (!OPEN.includes(m.status)) throw conflict('MEDIATION_NOT_SCHEDULABLE', '这次调解已经结束，不能再预约时间')
      const earliest = addDays(today(), 1)
      const from = input.from && input.from > earliest ? input.from : earliest
      const last = addDays(today(), BOOK_AHEAD_DAYS)
      const to = [addDays(from, (input.days ?? 14) - 1), last].sort()[0]
      let candidates = await repo.availabilityOfCourt(m.court_id)
      if (m.mediator_id) candidates = candidates.filter((a) => a.mediator_id === m.mediator_id)
      const ours = m.booking_id ? await repo.booking(m.booking_id) : undefined
      const groups = []
      for (const row of candidates) {
        const a = await availabilityOf(row.mediator_id)
        if (!a) continue
        const mediator = await users.byId(row.mediator_id)
        if (!mediator || !MEDIATOR_ROLES.includes(mediator.role) || mediator.court_id !== m.court_id) continue
        const room = a.venue.roomId ? (await courts.rooms(m.court_id)).find((r) => r.id === a.venue.roomId) : undefined
        const slots = from > to ? [] : generateSlots(a.a, from, to)
        const held = await repo.heldCells(resourcesOf(row.mediator_id, a.venue.kind === 'room' ? a.venue.roomId : null), `${from}T00:00`, `${to}T23:59`)
        const ourCells = new Set(ours && ours.status === 'active' && ours.mediator_id === row.mediator_id ? slotCells(ours.starts_at, ours.minutes) : [])
        const taken = new Set(held.map((h) => h.cell))
        groups.push({
          mediator: { id: row.mediator_id, name: mediator.display_name },
          venue: { kind: a.venue.kind, roomName: room?.name ?? null, address: room?.address ?? null },
          slots: slots
            .map((s) => {
              const cells = slotCells(s.startsAt, s.minutes)
              const current = !!ours && ours.starts_at === s.startsAt && ours.mediator_id === row.mediator_id
              return { ...s, label: formatSlot(s.startsAt, s.endsAt), current, free: current || cells.every((c) => !taken.has(c) || ourCells.has(c)) }
            })
            .filter((s) => s.free)
            .map(({ free: _free, ...s }) => s),
        })
      }
      return { from, to, groups }
    },

    /**
     * Books a session, or proposes another one. The hold rows go in with the booking in one
     * transaction under a primary key: of two people taking the same time at once, one commits
     * and the other gets MEDIATION_SLOT_TAKEN.
     */
    async book(actor: Actor, id: string, input: { startsAt: string; mediatorId?: string } & ConsentInput) {
      const { m, parties, viewer } = await loadFor(actor, id)
      if (viewer.kind === 'staff') throw forbidden('只有当事人或调解员可以预约调解时间')
      if (!OPEN.includes(m.status)) throw conflict('MEDIATION_NOT_SCHEDULABLE', '这次调解已经结束，不能再预约时间')
      const role = viewer.kind === 'party' ? viewer.role : 'mediator'
      let mediatorId = m.mediator_id
      if (viewer.kind === 'mediator') mediatorId = viewer.userId
      else if (mediatorId) {
        if (input.mediatorId && input.mediatorId !== mediatorId)
          throw badRequest('MEDIATION_MEDIATOR_FIXED', '这次调解的调解员已经确定，请在他（她）的时间里选择', 'mediatorId')
      } else {
        if (!input.mediatorId) throw badRequest('MEDIATION_MEDIATOR_REQUIRED', '请选择一位调解员的时间', 'mediatorId')
        mediatorId = input.mediatorId
      }
      const a = await availabilityOf(mediatorId)
      const mediator = await users.byId(mediatorId)
      if (!a || a.courtId !== m.court_id || !mediator || !MEDIATOR_ROLES.includes(mediator.role)) {
        throw badRequest('MEDIATION_MEDIATOR_INVALID', '这位调解员没有公布可预约的时间，请重新选择', 'mediatorId')
      }
      const date = typeof input.startsAt === 'string' ? input.startsAt.slice(0, 10) : ''
      const slot =
        /^\d{4}-\d{2}-\d{2}$/.test(date) && date > today() && date <= addDays(today(), BOOK_AHEAD_DAYS)
          ? generateSlots(a.a, date, date).find((s) => s.startsAt === input.startsAt)
          : undefined
      if (!slot)
        throw badRequest('MEDIATION_SLOT_UNKNOWN', `这个时间不在可预约的时间里（只能约明天到${BOOK_AHEAD_DAYS}天内调解员公布的时间），请重新选择`, 'startsAt')
      // Consent is stored only once the rest of the request is known to be good.
      if (viewer.kind === 'party')
        await consentIfNeeded(
          m,
          parties.find((p) => p.role === viewer.role)!,
          input,
        )
      const current = m.booking_id ? await repo.booking(m.booking_id) : undefined
      if (current && current.status === 'active' && current.starts_at === slot.startsAt && current.mediator_id === mediatorId) return respond(actor, id)

      const now = nowIso()
      const bookingId = `b-${randomUUID()}`
      const roomId = a.venue.kind === 'room' ? a.venue.roomId : null
      const booking: MediationBookingRow = {
        id: bookingId,
        mediation_id: id,
        mediator_id: mediatorId,
        starts_at: slot.startsAt,
        ends_at: slot.endsAt,
        minutes: slot.minutes,
        venue_kind: a.venue.kind,
        room_id: roomId,
        video_url: a.venue.kind === 'online' ? deps.videoUrlTemplate.replace('{room}', bookingId) : null,
        proposed_by: actor.sub,
        proposer_role: role,
        applicant_ok: role === 'applicant' ? 1 : 0,
        respondent_ok: role === 'respondent' ? 1 : 0,
        mediator_ok: role === 'mediator' ? 1 : 0,
        status: 'active',
        reminded_at: null,
        created_at: now,
        updated_at: now,
      }
      const cells = slotCells(slot.startsAt, slot.minutes)
      const newMediator = m.mediator_id !== mediatorId
      try {
        await repo.db.transaction().execute(async (trx) => {
          const moved = await repo.transition(
            id,
            OPEN,
            {
              status: 'scheduling',
              booking_id: bookingId,
              mediator_id: mediatorId,
              chosen_by: newMediator ? 'party' : m.chosen_by,
              received_on: newMediator ? today() : m.received_on,
              decline_reason: newMediator ? null : m.decline_reason,
              // A mediator who proposes a time has thereby accepted the request (art. 12).
              mediator_confirmed_at: role === 'mediator' && !m.mediator_confirmed_at ? now : m.mediator_confirmed_at,
              limit_due: role === 'mediator' && !m.limit_due ? mediationTimeLimit({ stage: m.stage, procedure: m.procedure, from: today() }).due : m.limit_due,
              updated_at: now,
            },
            trx,
          )
          if (!moved) throw conflict('MEDIATION_NOT_SCHEDULABLE', '这次调解的状态刚刚变了，请刷新后再试')
          if (current && current.status === 'active') {
            await repo.release(trx, current.id)
            await repo.updateBooking(current.id, { status: 'superseded', updated_at: now }, trx)
          }
          await repo.insertBooking(trx, booking)
          await repo.hold(
            trx,
            bookingId,
            resourcesOf(mediatorId, roomId).flatMap((resource) => cells.map((cell) => ({ resource, cell }))),
          )
        })
      } catch (err) {
        if (!isUniqueViolation(err)) throw err
        // A second tap of the same person on the same session lost only to their own first tap.
        const now = await load(id)
        const mine = now.booking_id ? await repo.booking(now.booking_id) : undefined
        if (mine && mine.status === 'active' && mine.starts_at === slot.startsAt && mine.mediator_id === mediatorId) return respond(actor, id)
        throw conflict('MEDIATION_SLOT_TAKEN', '这个时间刚刚被别人约走了，请换一个时间', 'startsAt')
      }
      const after = await load(id)
      const label = formatSlot(slot.startsAt, slot.endsAt)
      const who = viewer.kind === 'party' ? parties.find((p) => p.role === viewer.role)!.name : mediator.display_name
      await record(actor.sub, after, current ? 'rescheduled' : 'booked', { startsAt: slot.startsAt, mediator: mediator.display_name, by: role })
      const others = (['applicant', 'respondent', 'mediator'] as const).filter((r) => r !== role)
      await notify(
        after,
        parties,
        others,
        current ? 'rescheduled' : 'invited',
        `${who}${current ? '提议改到' : '预约了调解时间：'}${label}（${a.venue.kind === 'online' ? '线上视频调解' : '现场调解'}），请打开“移动微法院”小程序，在“我的调解”中同意或另约时间`,
      )
      return respond(actor, id)
    },

    /** A party agrees to the proposed session; the respondent's first answer also gives consent and a service address. */
    async accept(actor: Actor, id: string, input: ConsentInput) {
      const { m, parties, viewer } = await loadFor(actor, id)
      const role = partyView(viewer, '同意调解时间')
      const booking = m.booking_id ? await repo.booking(m.booking_id) : undefined
      if (m.status !== 'scheduling' || !booking) throw conflict('MEDIATION_NOTHING_TO_ACCEPT', '现在没有等待您同意的调解时间')
      await consentIfNeeded(
        m,
        parties.find((p) => p.role === role)!,
        input,
      )
      const flags = { applicant_ok: booking.applicant_ok, respondent_ok: booking.respondent_ok, mediator_ok: booking.mediator_ok, [`${role}_ok`]: 1 }
      await repo.updateBooking(booking.id, { [`${role}_ok`]: 1, updated_at: nowIso() })
      const all = flags.applicant_ok === 1 && flags.respondent_ok === 1 && flags.mediator_ok === 1
      if (all) await repo.transition(id, ['scheduling'], { status: 'confirmed', updated_at: nowIso() })
      else await repo.update(id, { updated_at: nowIso() })
      const me = parties.find((p) => p.role === role)!
      await record(actor.sub, m, 'accepted', { by: role, startsAt: booking.starts_at })
      const label = formatSlot(booking.starts_at, booking.ends_at)
      await notify(
        m,
        parties,
        (['applicant', 'respondent', 'mediator'] as const).filter((r) => r !== role),
        all ? 'confirmed' : 'accepted',
        all ? `调解时间已确定：${label}` : `${me.name}同意了调解时间：${label}`,
      )
      return respond(actor, id)
    },

    /** The mediator accepts the request and the proposed session (在线调解规则 art. 12); the time limit (art. 24) starts. */
    async confirm(actor: Actor, id: string) {
      const { m, parties, viewer } = await loadFor(actor, id)
      mediatorOnly(viewer, '确认调解')
      const booking = m.booking_id ? await repo.booking(m.booking_id) : undefined
      if (m.status === 'confirmed') return respond(actor, id)
      if (m.status !== 'scheduling' || !booking) throw conflict('MEDIATION_NOTHING_TO_CONFIRM', '当事人还没有预约调解时间，暂时无法确认')
      const now = nowIso()
      await repo.updateBooking(booking.id, { mediator_ok: 1, updated_at: now })
      const all = booking.applicant_ok === 1 && booking.respondent_ok === 1
      await repo.transition(id, ['scheduling'], {
        status: all ? 'confirmed' : 'scheduling',
        mediator_confirmed_at: m.mediator_confirmed_at ?? now,
        limit_due: m.limit_due ?? mediationTimeLimit({ stage: m.stage, procedure: m.procedure, from: today() }).due,
        updated_at: now,
      })
      await record(actor.sub, m, 'confirmed', { startsAt: booking.starts_at })
      const label = formatSlot(booking.starts_at, booking.ends_at)
      await notify(
        m,
        parties,
        ['applicant', 'respondent'],
        'confirmed',
        all ? `调解员已确认，调解时间：${label}` : `调解员已接受调解申请，时间为${label}，还需要双方当事人同意`,
      )
      return respond(actor, id)
    },

    /** The mediator declines with a reason (art. 12); the parties may choose another or the court assigns one. */
    async decline(actor: Actor, id: string, reason: string) {
      const { m, parties, viewer } = await loadFor(actor, id)
      mediatorOnly(viewer, '不予接受')
      if (m.mediator_confirmed_at) throw conflict('MEDIATION_ALREADY_ACCEPTED', '您已经接受了这次调解；如需结束，请记录调解结果')
      if (m.status !== 'requested' && m.status !== 'scheduling') throw conflict('MEDIATION_NOT_OPEN', '这次调解现在不能不予接受')
      const now = nowIso()
      await repo.db.transaction().execute(async (trx) => {
        if (m.booking_id) {
          await repo.release(trx, m.booking_id)
          await repo.updateBooking(m.booking_id, { status: 'released', updated_at: now }, trx)
        }
        const ok = await repo.transition(
          id,
          ['requested', 'scheduling'],
          { status: 'declined', decline_reason: reason.trim(), mediator_id: null, booking_id: null, received_on: null, chosen_by: null, updated_at: now },
          trx,
        )
        if (!ok) throw conflict('MEDIATION_NOT_OPEN', '这次调解的状态刚刚变了，请刷新后再试')
      })
      await record(actor.sub, m, 'declined', { reason: reason.trim() })
      await notify(
        m,
        parties,
        ['applicant', 'respondent'],
        'declined',
        `调解员不予接受这次调解，理由：${reason.trim()}。您可以另选调解员的时间，或等待法院指定调解员`,
      )
      // No longer theirs to open again; this last answer shows what they did.
      return views.view(await load(id), parties, viewer)
    },

    /** The court assigns a mediator (art. 10) to a request nobody chose one for, or after a decline. */
    async assign(actor: Actor, id: string, mediatorId: string) {
      const { m, parties, viewer } = await loadFor(actor, id)
      if (viewer.kind !== 'staff' && !(COURT_STAFF.includes(actor.role) && actor.courtId === m.court_id))
        throw forbidden('只有本院的法官、书记员或管理员可以指定调解员')
      if (m.status !== 'requested' && m.status !== 'declined') throw conflict('MEDIATION_ALREADY_SCHEDULED', '这次调解已经约定了时间，不能再更换调解员')
      const mediator = await users.byId(mediatorId)
      if (!mediator || !MEDIATOR_ROLES.includes(mediator.role) || mediator.court_id !== m.court_id)
        throw badRequest('MEDIATION_MEDIATOR_INVALID', '请选择本院的一位调解员或法官', 'mediatorId')
      const ok = await repo.transition(id, ['requested', 'declined'], {
        status: 'requested',
        mediator_id: mediator.id,
        chosen_by: 'court',
        received_on: today(),
        updated_at: nowIso(),
      })
      if (!ok) throw conflict('MEDIATION_ALREADY_SCHEDULED', '这次调解的状态刚刚变了，请刷新后再试')
      const after = await load(id)
      await record(actor.sub, after, 'assigned', { mediator: mediator.display_name })
      await notify(after, parties, ['mediator'], 'assigned', '法院指定您主持这次调解，请在3个工作日内确认是否接受（《人民法院在线调解规则》第十二条）')
      await notify(after, parties, ['applicant', 'respondent'], 'assigned', `法院指定${mediator.display_name}主持调解，请在小程序中选择调解时间`)
      return respond(actor, id)
    },

    /** After the session: an agreement (then signatures), no agreement (art. 21), or withdrawn (art. 25). */
    async outcome(actor: Actor, id: string, input: { result: 'agreement' | 'no-agreement' | 'withdrawn'; terms?: string; note?: string }) {
      const { m, parties, viewer } = await loadFor(actor, id)
      mediatorOnly(viewer, '记录调解结果')
      const now = nowIso()
      const terms = input.terms?.trim() ?? ''
      const note = input.note?.trim() ?? ''
      let status: MediationRow['status']
      let from: MediationRow['status'][]
      if (input.result === 'agreement') {
        if (terms.length < 10) throw badRequest('MEDIATION_TERMS_TOO_SHORT', '请写清调解协议的内容（谁在什么时候给付什么），至少10个字', 'terms')
        status = 'signing'
        from = ['confirmed']
      } else if (input.result === 'no-agreement') {
        if (note.length < 4) throw badRequest('MEDIATION_REASON_REQUIRED', '请写明调解不成的原因（《人民法院在线调解规则》第二十一条）', 'note')
        status = 'failed'
        from = ['scheduling', 'confirmed']
      } else {
        status = 'withdrawn'
        from = ['requested', 'scheduling', 'confirmed']
      }
      if (!from.includes(m.status)) {
        throw conflict('MEDIATION_OUTCOME_NOT_NOW', input.result === 'agreement' ? '调解时间还没有确定，不能记录调解协议' : '这次调解已经有结果了')
      }
      await repo.db.transaction().execute(async (trx) => {
        await endBooking(m, 'released', trx)
        const ok = await repo.transition(
          id,
          from,
          {
            status,
            outcome: input.result,
            outcome_note: note || null,
            outcome_at: now,
            agreement_terms: input.result === 'agreement' ? terms : null,
            updated_at: now,
          },
          trx,
        )
        if (!ok) throw conflict('MEDIATION_OUTCOME_NOT_NOW', '这次调解的状态刚刚变了，请刷新后再试')
      })
      await record(actor.sub, m, `outcome-${input.result}`, input.result === 'agreement' ? { terms } : { note })
      const text =
        input.result === 'agreement'
          ? '调解员已记录调解协议，请打开小程序核对协议内容并签名；双方都签名后协议生效（《人民法院在线调解规则》第十九条）'
          : input.result === 'no-agreement'
            ? `这次调解没有达成协议。原因：${note}${m.stage === 'pre-filing' ? '。申请人可以在小程序中一键转为网上立案' : ''}`
            : '这次调解已撤回'
      await notify(m, parties, ['applicant', 'respondent'], `outcome-${input.result}`, text)
      return respond(actor, id)
    },

    /** A party leaves: the applicant withdraws (art. 25(2)); the respondent declines to mediate (arts. 15, 25(4)). */
    async withdraw(actor: Actor, id: string, reason: string | undefined) {
      const { m, parties, viewer } = await loadFor(actor, id)
      const role = partyView(viewer, '退出调解')
      const status = role === 'applicant' ? 'withdrawn' : 'failed'
      const now = nowIso()
      await repo.db.transaction().execute(async (trx) => {
        await endBooking(m, 'released', trx)
        const ok = await repo.transition(
          id,
          OPEN,
          { status, outcome: role === 'applicant' ? 'withdrawn' : 'refused', outcome_note: reason?.trim() || null, outcome_at: now, updated_at: now },
          trx,
        )
        if (!ok) throw conflict('MEDIATION_OUTCOME_NOT_NOW', '这次调解已经有结果了，不能再退出')
      })
      const me = parties.find((p) => p.role === role)!
      await record(actor.sub, m, role === 'applicant' ? 'withdrawn' : 'refused', { reason: reason?.trim() ?? '' })
      await notify(
        m,
        parties,
        [role === 'applicant' ? 'respondent' : 'applicant', 'mediator'],
        'ended',
        role === 'applicant' ? `${me.name}撤回了调解申请` : `${me.name}不同意调解，调解程序终结`,
      )
      return respond(actor, id)
    },

    /** A party e-signs the agreement; it takes effect when all have signed (art. 19). */
    async sign(actor: Actor, id: string) {
      const { m, parties, viewer } = await loadFor(actor, id)
      const role = partyView(viewer, '在调解协议上签名')
      const u = await userOf(actor)
      if (!verified(u)) throw needRealName()
      if (m.status === 'settled') return respond(actor, id)
      if (m.status !== 'signing') throw conflict('MEDIATION_NOTHING_TO_SIGN', '现在没有需要签名的调解协议')
      const now = nowIso()
      await repo.db
        .updateTable('mediation_parties')
        .set({ signed_at: now })
        .where('mediation_id', '=', id)
        .where('role', '=', role)
        .where('signed_at', 'is', null)
        .execute()
      await record(actor.sub, m, 'signed', { by: role })
      const after = await repo.parties(id)
      const effect = agreementEffect(after.map((p) => ({ name: p.name, signedAt: p.signed_at })))
      if (effect.effective && effect.effectiveAt) {
        const effectiveOn = effect.effectiveAt.slice(0, 10)
        const jcDue = m.stage === 'pre-filing' ? judicialConfirmationWindow({ effectiveOn, today: today() }).due : null
        if (await repo.transition(id, ['signing'], { status: 'settled', agreement_effective_at: effect.effectiveAt, jc_due: jcDue, updated_at: now })) {
          await record(actor.sub, m, 'agreement-effective', { effectiveAt: effect.effectiveAt })
          await notify(
            m,
            after,
            ['applicant', 'respondent', 'mediator'],
            'effective',
            `双方已签名，调解协议已生效${jcDue ? `。如需法院确认协议效力，双方可在${formatChineseDate(jcDue)}前共同申请司法确认（《民事诉讼法》第二百零五条）` : ''}`,
          )
        }
      } else {
        await repo.update(id, { updated_at: now })
        await notify(
          m,
          after,
          ['applicant', 'respondent'].filter((r) => r !== role) as PartyRole[],
          'signed',
          `${parties.find((p) => p.role === role)!.name}已在调解协议上签名，请您核对后签名`,
        )
      }
      return respond(actor, id)
    },

    /**
     * 司法确认 (民诉法 art. 205): both parties apply within 30 days of the agreement taking effect.
     * The application that completes the pair files a 申请司法确认 (民特, no fee) into the court's review queue.
     */
    async applyJudicialConfirmation(actor: Actor, id: string, declaration: boolean) {
      const { m, parties, viewer } = await loadFor(actor, id)
      const role = partyView(viewer, '申请司法确认')
      if (!declaration) throw badRequest('MEDIATION_DECLARATION_REQUIRED', '请阅读并勾选承诺：调解协议是双方真实意思表示，不损害他人利益', 'declaration')
      if (m.stage !== 'pre-filing') throw conflict('MEDIATION_JC_NOT_PREFILING', '诉讼中达成的调解协议由法院制作调解书，不需要申请司法确认')
      if (m.status !== 'settled' || !m.agreement_effective_at)
        throw conflict('MEDIATION_JC_NOT_EFFECTIVE', '调解协议还没有生效（需要双方都签名），暂时不能申请司法确认')
      if (m.jc_filing_id) return respond(actor, id)
      const effectiveOn = m.agreement_effective_at.slice(0, 10)
      const window = judicialConfirmationWindow({ effectiveOn, today: today() })
      if (!window.open) {
        throw conflict(
          'MEDIATION_JC_EXPIRED',
          `调解协议于${formatChineseDate(effectiveOn)}生效，申请司法确认的期限已在${formatChineseDate(window.due)}届满（《民事诉讼法》第二百零五条：生效之日起三十日内），不能再申请；可以就协议内容向法院起诉`,
        )
      }
      const now = nowIso()
      const me = parties.find((p) => p.role === role)!
      if (!me.jc_applied_at) {
        await repo.db
          .updateTable('mediation_parties')
          .set({ jc_applied_at: now })
          .where('mediation_id', '=', id)
          .where('role', '=', role)
          .where('jc_applied_at', 'is', null)
          .execute()
        await record(actor.sub, m, 'jc-applied', { by: role })
      }
      const after = await repo.parties(id)
      if (!after.every((p) => p.jc_applied_at)) {
        await repo.update(id, { updated_at: now })
        await notify(
          m,
          after,
          [role === 'applicant' ? 'respondent' : 'applicant'],
          'jc-applied',
          `${me.name}已申请司法确认。司法确认需要双方共同申请，请在${formatChineseDate(window.due)}前在小程序中申请`,
        )
        return respond(actor, id)
      }
      if (!(await repo.claimJudicialConfirmation(id, now))) return respond(actor, id)
      try {
        const filingId = await fileJudicialConfirmation(m, after)
        await repo.update(id, { jc_filing_id: filingId, updated_at: nowIso() })
        await record(actor.sub, m, 'jc-filed', { filingId })
        await notify(
          m,
          after,
          ['applicant', 'respondent', 'mediator'],
          'jc-filed',
          '双方已共同申请司法确认，申请已提交法院立案审查，裁定书将通过电子送达发给您',
        )
      } catch (err) {
        // Let a later application try again rather than leave the pair stuck half-filed.
        await repo.update(id, { jc_claimed_at: null })
        throw err
      }
      return respond(actor, id)
    },

    /** A pre-filing mediation that failed becomes a filing draft with everything already known filled in (art. 21(1)). */
    async toFiling(actor: Actor, id: string) {
      const { m, parties, viewer } = await loadFor(actor, id)
      if (partyView(viewer, '转为网上立案') !== 'applicant') throw forbidden('只有调解申请人可以转为网上立案')
      if (m.stage !== 'pre-filing' || m.status !== 'failed') throw conflict('MEDIATION_NOT_FAILED', '只有诉前调解不成功时才能转为网上立案')
      if (m.draft_filing_id) return { filingId: m.draft_filing_id }
      const applicant = parties.find((p) => p.role === 'applicant')!
      const respondent = parties.find((p) => p.role === 'respondent')!
      const filerActor: Actor = { sub: applicant.user_id!, role: actor.role, courtId: null }
      const draft = await filingsService.create(filerActor, { kind: 'civil-first', courtId: m.court_id })
      const service = applicant.service_json ? (JSON.parse(applicant.service_json) as ServiceInput) : null
      const data: FilingData = {
        ...draft.data,
        parties: [
          ...draft.data.parties.filter((p) => p.side === 'plaintiff'),
          { side: 'defendant', type: 'person', name: respondent.name, idNumber: respondent.id_number ?? '', mobile: respondent.mobile ?? '', address: '' },
        ],
        claims: [{ text: m.claim, ...(m.amount_fen !== null ? { amountFen: Number(m.amount_fen) } : {}) }],
        facts: `${m.dispute}\n（本纠纷已经诉前在线调解，调解编号${m.number}，未能达成调解协议。）`,
        service: service
          ? { ...draft.data.service, mobile: service.mobile, postalAddress: service.postalAddress, app: service.app, sms: service.sms }
          : draft.data.service,
      }
      await filingsService.saveDraft(filerActor, draft.id, data)
      await repo.update(id, { draft_filing_id: draft.id, updated_at: nowIso() })
      await record(actor.sub, m, 'to-filing', { filingId: draft.id })
      return { filingId: draft.id }
    },

    async notices(actor: Actor) {
      const rows = await repo.noticesFor(actor.sub)
      return {
        unread: rows.filter((n) => !n.read_at).length,
        items: rows.map((n) => ({ id: n.id, mediationId: n.mediation_id, kind: n.kind, text: n.text, at: n.created_at, read: !!n.read_at })),
      }
    },

    async markNoticesRead(actor: Actor) {
      await repo.markNoticesRead(actor.sub, nowIso())
      return { ok: true as const }
    },

    /** Day-before reminders for every confirmed session tomorrow; each booking is reminded once. */
    async remindTomorrow(actor: Actor) {
      if (!actor.courtId) throw forbidden()
      const tomorrow = addDays(today(), 1)
      let reminded = 0
      for (const b of await repo.sessionsOn(tomorrow)) {
        const m = await load(b.mediation_id)
        if (m.court_id !== actor.courtId) continue
        if (!(await repo.markReminded(b.id, nowIso()))) continue
        const parties = await repo.parties(m.id)
        await notify(
          m,
          parties,
          ['applicant', 'respondent', 'mediator'],
          'reminder',
          `提醒：明天${formatSlot(b.starts_at, b.ends_at)}有您的调解${b.venue_kind === 'online' ? '（线上视频，请提前打开小程序）' : ''}`,
        )
        reminded++
      }
      return { day: tomorrow, reminded }
    },

    getAvailability,

    async setAvailability(actor: Actor, input: AvailabilityInput) {
      if (!MEDIATOR_ROLES.includes(actor.role) || !actor.courtId) throw forbidden('只有调解员和法官可以设置可预约时间')
      const a: Availability = { slotMinutes: input.slotMinutes as SlotMinutes, weekly: input.weekly, overrides: input.overrides }
      const problems = validateAvailability(a)
      if (problems.length > 0) reject(problems)
      let roomId: string | null = null
      if (input.venue.kind === 'room') {
        const wanted = input.venue.roomId
        const room = (await courts.rooms(actor.courtId)).find((r) => r.id === wanted)
        if (!room) throw badRequest('MEDIATION_ROOM_UNKNOWN', '请选择本院的调解室、法庭或巡回审判点', 'venue.roomId')
        roomId = room.id
      }
      await repo.saveAvailability({
        mediator_id: actor.sub,
        court_id: actor.courtId,
        slot_minutes: a.slotMinutes,
        weekly_json: JSON.stringify(a.weekly),
        overrides_json: JSON.stringify([...a.overrides].sort((x, y) => (x.date < y.date ? -1 : 1))),
        venue_kind: input.venue.kind,
        room_id: roomId,
        updated_at: nowIso(),
      })
      await audit.record({
        actorId: actor.sub,
        action: 'mediation.availability-set',
        subject: `mediator:${actor.sub}`,
        detail: { slotMinutes: a.slotMinutes, venue: input.venue.kind },
        at: nowIso(),
      })
      return getAvailability(actor)
    },
  }

  /** Files 申请司法确认 for both parties, as the applicant, through the ordinary filing flow. */
  async function fileJudicialConfirmation(m: MediationRow, parties: MediationPartyRow[]): Promise<string> {
    const mediator = m.mediator_id ? await users.byId(m.mediator_id) : undefined
    const court = await courts.byId(m.court_id)
    const people = await Promise.all(parties.map(async (p) => ({ p, u: p.user_id ? await users.byId(p.user_id) : undefined })))
    const applicant = people.find((x) => x.p.role === 'applicant')!
    const service = JSON.parse(applicant.p.service_json ?? '{}') as Partial<ServiceInput>
    const effectiveOn = m.agreement_effective_at!.slice(0, 10)
    const data: FilingData = {
      kind: 'judicial-confirmation',
      courtId: m.court_id,
      targetCourtId: m.court_id,
      parties: people.map(({ p, u }) => {
        const s = p.service_json ? (JSON.parse(p.service_json) as ServiceInput) : null
        return {
          side: 'plaintiff' as const,
          type: 'person' as const,
          name: p.name,
          idNumber: u?.id_number ?? p.id_number ?? '',
          mobile: s?.mobile ?? u?.mobile ?? p.mobile ?? '',
          address: s?.postalAddress ?? u?.address ?? '',
        }
      }),
      claims: [{ text: `确认双方于${effectiveOn}达成的调解协议（调解编号${m.number}）有效` }],
      facts: `双方的纠纷经${court?.name ?? '人民法院'}在线调解（调解员：${mediator?.display_name ?? ''}），于${effectiveOn}达成调解协议，双方均已电子签名，协议已生效。协议内容：${m.agreement_terms ?? ''}`,
      procedure: 'simple',
      agricultural: false,
      evidence: [{ name: `调解协议（${m.number}）`, proves: `双方在线签署、于${effectiveOn}生效的调解协议，全文见调解编号${m.number}`, fileIds: [] }],
      service: {
        app: service.app ?? true,
        sms: service.sms ?? true,
        mobile: service.mobile ?? '',
        postalAddress: service.postalAddress ?? '',
        consentElectronic: true,
        consentSteps: ['filing', 'notices', 'judgment'],
      },
      declaration: true,
    }
    const problems = validateFiling(data, today())
    if (problems.length > 0) {
      const p = problems[0]
      throw new AppError(400, p.code, `司法确认申请材料不完整：${p.message}`, p.field, problems)
    }
    const filer = applicant.u
    if (!filer) throw conflict('MEDIATION_PARTY_UNLINKED', '申请人的账号不存在，无法提交司法确认申请')
    const filerActor: Actor = { sub: filer.id, role: filer.role, courtId: null }
    const draft = await filingsService.create(filerActor, { kind: 'judicial-confirmation', courtId: m.court_id })
    await filingsService.saveDraft(filerActor, draft.id, data)
    const submitted = await filingsService.submit(filerActor, draft.id)
    return submitted.id
  }
}
export type MediationService = ReturnType<typeof mediationService>
