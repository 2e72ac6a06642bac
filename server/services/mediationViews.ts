import { agreementEffect } from '../../domain/mediation/agreementEffect'
import { assignmentDeadline } from '../../domain/mediation/assignmentDeadline'
import { confirmationDeadline } from '../../domain/mediation/confirmationDeadline'
import { formatSlot } from '../../domain/mediation/formatSlot'
import { judicialConfirmationWindow } from '../../domain/mediation/judicialConfirmationWindow'
import { mediationTimeLimit } from '../../domain/mediation/mediationTimeLimit'
import { workdayCountdown } from '../../domain/mediation/workdayCountdown'
import type { AuditRepository } from '../repositories/audit'
import type { CourtsRepository } from '../repositories/courts'
import type { MediationBookingRow, MediationPartyRow, MediationRepository, MediationRow } from '../repositories/mediation'
import type { UsersRepository } from '../repositories/users'

export type Viewer =
  { kind: 'party'; role: MediationPartyRow['role']; userId: string } | { kind: 'mediator'; userId: string } | { kind: 'staff'; userId: string }

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

const OPEN = ['requested', 'declined', 'scheduling', 'confirmed']

const STATUS_TEXT: Record<MediationRow['status'], string> = {
  requested: '等待预约调解时间',
  declined: '调解员不予接受，请另选',
  scheduling: '等待确认调解时间',
  confirmed: '调解时间已确定',
  signing: '调解协议待签名',
  settled: '调解协议已生效',
  failed: '调解未成功',
  withdrawn: '已撤回',
}

function statusText(m: MediationRow): string {
  if (m.status === 'failed' && m.outcome === 'refused') return '对方不同意调解'
  if (m.status === 'settled' && m.jc_filing_id) return '已申请司法确认'
  return STATUS_TEXT[m.status]
}

const ROLE_NAMES = { applicant: '申请人', respondent: '对方当事人', mediator: '调解员' } as const

/** What the viewer can do now; the app shows exactly these buttons, the service checks again. */
export function actionsFor(
  v: Viewer,
  m: MediationRow,
  parties: MediationPartyRow[],
  booking: MediationBookingRow | undefined,
  today: string,
): MediationAction[] {
  const out: MediationAction[] = []
  const open = OPEN.includes(m.status)
  const active = booking && booking.status === 'active' ? booking : undefined
  if (v.kind === 'party') {
    const me = parties.find((p) => p.role === v.role)
    if (open) out.push('book')
    if (m.status === 'scheduling' && active && active[`${v.role}_ok`] === 0) out.push('accept')
    if (open) out.push('withdraw')
    if (m.status === 'signing' && me && !me.signed_at) out.push('sign')
    if (m.stage === 'pre-filing' && m.status === 'settled' && me && !me.jc_applied_at && !m.jc_filing_id && m.agreement_effective_at) {
      if (judicialConfirmationWindow({ effectiveOn: m.agreement_effective_at.slice(0, 10), today }).open) out.push('apply-jc')
    }
    if (v.role === 'applicant' && m.stage === 'pre-filing' && m.status === 'failed') out.push('to-filing')
  } else if (v.kind === 'mediator' && m.mediator_id === v.userId) {
    if (m.status === 'scheduling' && active && active.mediator_ok === 0) out.push('confirm')
    if (!m.mediator_confirmed_at && (m.status === 'requested' || m.status === 'scheduling')) out.push('decline')
    if (open) out.push('book')
    if (m.status === 'confirmed') out.push('record-agreement')
    if (m.status === 'scheduling' || m.status === 'confirmed') out.push('record-no-agreement')
    if (m.status === 'requested' || m.status === 'scheduling' || m.status === 'confirmed') out.push('record-withdrawn')
  } else if (v.kind === 'staff' && (m.status === 'requested' || m.status === 'declined')) {
    out.push('assign')
  }
  return out
}

const TODO: Partial<Record<MediationAction, string>> = {
  accept: '请同意调解时间或另约',
  sign: '请在调解协议上签名',
  'apply-jc': '可以申请司法确认',
  confirm: '请确认是否接受',
  'record-agreement': '调解后请记录结果',
  assign: '请指定调解员',
}

const maskMobile = (m: string | null) => (m && m.length === 11 ? `${m.slice(0, 3)}****${m.slice(7)}` : m)

/** Turns rows into what the app shows: detail with deadlines counted by the domain calendar, and list rows. */
export function mediationViews(deps: {
  repo: MediationRepository
  users: UsersRepository
  courts: CourtsRepository
  audit: AuditRepository
  today: () => string
}) {
  const { repo, users, courts, audit, today } = deps

  function confirmation(m: MediationRow) {
    if (!m.mediator_id || !m.received_on) return null
    const d = confirmationDeadline(m.received_on)
    return {
      due: d.due,
      provisional: d.provisional,
      article: d.article,
      confirmedAt: m.mediator_confirmed_at,
      countdown: m.mediator_confirmed_at ? null : workdayCountdown(today(), d.due),
    }
  }

  function assignment(m: MediationRow) {
    if (m.mediator_id || !(m.status === 'requested' || m.status === 'declined')) return null
    const d = assignmentDeadline(m.requested_on)
    return { due: d.due, provisional: d.provisional, article: d.article, countdown: workdayCountdown(today(), d.due) }
  }

  function waitingFor(b: MediationBookingRow, parties: MediationPartyRow[]): string[] {
    const out: string[] = []
    for (const role of ['applicant', 'respondent'] as const) if (b[`${role}_ok`] === 0) out.push(parties.find((p) => p.role === role)?.name ?? ROLE_NAMES[role])
    if (b.mediator_ok === 0) out.push('调解员')
    return out
  }

  async function view(m: MediationRow, parties: MediationPartyRow[], viewer: Viewer) {
    const booking = m.booking_id ? await repo.booking(m.booking_id) : undefined
    const active = booking?.status === 'active' ? booking : undefined
    const mediator = m.mediator_id ? await users.byId(m.mediator_id) : undefined
    const court = await courts.byId(m.court_id)
    const room = active?.room_id ? (await courts.rooms(m.court_id)).find((r) => r.id === active.room_id) : undefined
    const history = await audit.forSubject(`mediation:${m.id}`)
    const actorIds = [...new Set(history.map((h) => h.actor_id).filter((x): x is string => !!x))]
    const names = new Map((await Promise.all(actorIds.map((id) => users.byId(id)))).filter((u) => !!u).map((u) => [u!.id, u!.display_name]))
    const staffView = viewer.kind !== 'party'
    const me = viewer.kind === 'party' ? parties.find((p) => p.role === viewer.role) : undefined
    const effect = agreementEffect(parties.map((p) => ({ name: p.name, signedAt: p.signed_at })))
    const jc =
      m.stage === 'pre-filing' && m.agreement_effective_at
        ? (() => {
            const w = judicialConfirmationWindow({ effectiveOn: m.agreement_effective_at.slice(0, 10), today: today() })
            return {
              due: w.due,
              open: w.open,
              daysLeft: w.daysLeft,
              article: w.article,
              applied: parties.filter((p) => p.jc_applied_at).map((p) => p.role),
              filingId: m.jc_filing_id,
            }
          })()
        : null
    const limit =
      m.limit_due && m.mediator_confirmed_at ? mediationTimeLimit({ stage: m.stage, procedure: m.procedure, from: m.mediator_confirmed_at.slice(0, 10) }) : null
    return {
      id: m.id,
      number: m.number,
      stage: m.stage,
      status: m.status,
      statusText: statusText(m),
      court: { id: m.court_id, name: court?.name ?? '' },
      caseNumber: m.case_number,
      procedure: m.procedure,
      dispute: m.dispute,
      claim: m.claim,
      amountFen: m.amount_fen === null ? null : Number(m.amount_fen),
      requestedOn: m.requested_on,
      viewer: { kind: viewer.kind, role: viewer.kind === 'party' ? viewer.role : null, needsConsent: !!me && !me.consent_at },
      parties: parties.map((p) => ({
        role: p.role,
        name: p.name,
        mobile: staffView || p.role === me?.role ? p.mobile : maskMobile(p.mobile),
        consented: !!p.consent_at,
        signedAt: p.signed_at,
        jcAppliedAt: p.jc_applied_at,
        me: p.role === me?.role,
      })),
      mediator: mediator ? { id: mediator.id, name: mediator.display_name, chosenBy: m.chosen_by } : null,
      assignment: assignment(m),
      confirmation: confirmation(m),
      booking: active
        ? {
            id: active.id,
            startsAt: active.starts_at,
            endsAt: active.ends_at,
            minutes: active.minutes,
            label: formatSlot(active.starts_at, active.ends_at),
            venue: { kind: active.venue_kind, roomName: room?.name ?? null, address: room?.address ?? null, videoUrl: active.video_url },
            proposedBy: active.proposer_role,
            accepted: { applicant: active.applicant_ok === 1, respondent: active.respondent_ok === 1, mediator: active.mediator_ok === 1 },
            waitingFor: waitingFor(active, parties),
          }
        : null,
      timeLimit: limit ? { days: limit.days, due: m.limit_due!, article: limit.article } : null,
      declineReason: m.decline_reason,
      outcome: m.outcome ? { result: m.outcome, note: m.outcome_note, at: m.outcome_at } : null,
      agreement: m.agreement_terms
        ? {
            terms: m.agreement_terms,
            effective: m.status === 'settled',
            effectiveAt: m.agreement_effective_at,
            signed: effect.signed,
            total: effect.total,
            unsigned: effect.unsigned,
          }
        : null,
      judicialConfirmation: jc,
      draftFilingId: m.draft_filing_id,
      actions: actionsFor(viewer, m, parties, booking, today()),
      history: history.map((h) => ({ action: h.action, at: h.at, actorName: h.actor_id ? (names.get(h.actor_id) ?? '') : '系统' })),
    }
  }

  async function summaries(rows: MediationRow[], viewerFor: (m: MediationRow, parties: MediationPartyRow[]) => Viewer | null) {
    const parties = await repo.partiesOf(rows.map((m) => m.id))
    const bookings = new Map((await repo.bookingsOf(rows.map((m) => m.booking_id).filter((x): x is string => !!x))).map((b) => [b.id, b]))
    const mediatorIds = [...new Set(rows.map((m) => m.mediator_id).filter((x): x is string => !!x))]
    const mediators = new Map((await Promise.all(mediatorIds.map((id) => users.byId(id)))).filter((u) => !!u).map((u) => [u!.id, u!.display_name]))
    const out = []
    for (const m of rows) {
      const ps = parties.filter((p) => p.mediation_id === m.id)
      const viewer = viewerFor(m, ps)
      if (!viewer) continue
      const b = m.booking_id ? bookings.get(m.booking_id) : undefined
      const active = b?.status === 'active' ? b : undefined
      const actions = actionsFor(viewer, m, ps, b, today())
      const todo = actions.map((a) => TODO[a]).find((t) => !!t) ?? null
      out.push({
        id: m.id,
        number: m.number,
        stage: m.stage,
        status: m.status,
        statusText: statusText(m),
        caseNumber: m.case_number,
        dispute: m.dispute.length > 40 ? `${m.dispute.slice(0, 40)}…` : m.dispute,
        applicantName: ps.find((p) => p.role === 'applicant')?.name ?? '',
        respondentName: ps.find((p) => p.role === 'respondent')?.name ?? '',
        mediatorName: m.mediator_id ? (mediators.get(m.mediator_id) ?? null) : null,
        myRole: viewer.kind === 'party' ? viewer.role : viewer.kind,
        booking: active ? { startsAt: active.starts_at, label: formatSlot(active.starts_at, active.ends_at), venueKind: active.venue_kind } : null,
        confirmation: viewer.kind === 'party' ? null : confirmation(m),
        assignment: viewer.kind === 'party' ? null : assignment(m),
        todo,
        updatedAt: m.updated_at,
      })
    }
    return out
  }

  return { view, summaries }
}
