import { agreementEffect } from '../../../domain/mediation/agreementEffect'
import { formatSlot } from '../../../domain/mediation/formatSlot'
import { judicialConfirmationWindow } from '../../../domain/mediation/judicialConfirmationWindow'
import { mediationTimeLimit } from '../../../domain/mediation/mediationTimeLimit'
import type { Actor } from '../../auth/actor'
import type { MediationBookingRow, MediationPartyRow, MediationRow } from '../../repositories/mediation'
import type { MediationContext } from './context'
import { loadFor } from './viewer'
import { actionsFor } from './viewActions'
import { assignmentOf, confirmationOf, maskMobile, statusText, waitingFor } from './viewParts'
import type { Viewer } from './types'

async function bookingView(ctx: MediationContext, m: MediationRow, active: MediationBookingRow | undefined, parties: MediationPartyRow[]) {
  if (!active) return null
  const room = active.room_id ? (await ctx.courts.rooms(m.court_id)).find((r) => r.id === active.room_id) : undefined
  return {
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
}

/** 司法确认 (民诉法 art. 205): only for an agreement reached before filing, once it is in effect. */
function judicialConfirmationView(m: MediationRow, parties: MediationPartyRow[], today: string) {
  if (m.stage !== 'pre-filing' || !m.agreement_effective_at) return null
  const w = judicialConfirmationWindow({ effectiveOn: m.agreement_effective_at.slice(0, 10), today })
  const applied = parties.filter((p) => p.jc_applied_at).map((p) => p.role)
  return { due: w.due, open: w.open, daysLeft: w.daysLeft, article: w.article, applied, filingId: m.jc_filing_id }
}

function agreementView(m: MediationRow, parties: MediationPartyRow[]) {
  if (!m.agreement_terms) return null
  const effect = agreementEffect(parties.map((p) => ({ name: p.name, signedAt: p.signed_at })))
  const { signed, total, unsigned } = effect
  return { terms: m.agreement_terms, effective: m.status === 'settled', effectiveAt: m.agreement_effective_at, signed, total, unsigned }
}

function timeLimitView(m: MediationRow) {
  if (!m.limit_due || !m.mediator_confirmed_at) return null
  const limit = mediationTimeLimit({ stage: m.stage, procedure: m.procedure, from: m.mediator_confirmed_at.slice(0, 10) })
  return { days: limit.days, due: m.limit_due, article: limit.article }
}

/** The parties as the viewer sees them: court staff and the party themself see the full mobile, the other side a masked one. */
function partiesView(parties: MediationPartyRow[], viewer: Viewer, me: MediationPartyRow | undefined) {
  return parties.map((p) => ({
    role: p.role,
    name: p.name,
    mobile: viewer.kind !== 'party' || p.role === me?.role ? p.mobile : maskMobile(p.mobile),
    consented: !!p.consent_at,
    signedAt: p.signed_at,
    jcAppliedAt: p.jc_applied_at,
    me: p.role === me?.role,
  }))
}

async function historyView(ctx: MediationContext, m: MediationRow) {
  const history = await ctx.audit.forSubject(`mediation:${m.id}`)
  const actorIds = [...new Set(history.map((h) => h.actor_id).filter((x): x is string => !!x))]
  const names = new Map((await Promise.all(actorIds.map((id) => ctx.users.byId(id)))).filter((u) => !!u).map((u) => [u!.id, u!.display_name]))
  return history.map((h) => ({ action: h.action, at: h.at, actorName: h.actor_id ? (names.get(h.actor_id) ?? '') : '系统' }))
}

/** Whether the respondent can take part in the app; told to the mediator and the court, who can mend it. */
function respondentIdentity(parties: MediationPartyRow[], viewer: Viewer): 'linked' | 'id-number' | 'none' | null {
  if (viewer.kind === 'party') return null
  const r = parties.find((p) => p.role === 'respondent')
  return r?.user_id ? 'linked' : r?.id_number ? 'id-number' : 'none'
}

/** Who the page is shown to; a party who has not yet consented is asked to first. */
const viewerLine = (viewer: Viewer, me: MediationPartyRow | undefined) => ({
  kind: viewer.kind,
  role: viewer.kind === 'party' ? viewer.role : null,
  needsConsent: !!me && !me.consent_at,
})

async function mediatorLine(ctx: MediationContext, m: MediationRow) {
  const mediator = m.mediator_id ? await ctx.users.byId(m.mediator_id) : undefined
  return mediator ? { id: mediator.id, name: mediator.display_name, chosenBy: m.chosen_by } : null
}

/** A mediation as its page shows it to this viewer: deadlines counted by the domain calendar, and what they can do now. */
export async function view(ctx: MediationContext, m: MediationRow, parties: MediationPartyRow[], viewer: Viewer) {
  const booking = m.booking_id ? await ctx.repo.booking(m.booking_id) : undefined
  const active = booking?.status === 'active' ? booking : undefined
  const mediator = await mediatorLine(ctx, m)
  const court = await ctx.courts.byId(m.court_id)
  const bookingShown = await bookingView(ctx, m, active, parties)
  const history = await historyView(ctx, m)
  const me = viewer.kind === 'party' ? parties.find((p) => p.role === viewer.role) : undefined
  const today = ctx.today()
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
    viewer: viewerLine(viewer, me),
    parties: partiesView(parties, viewer, me),
    mediator,
    assignment: assignmentOf(m, today),
    confirmation: confirmationOf(m, today),
    booking: bookingShown,
    timeLimit: timeLimitView(m),
    declineReason: m.decline_reason,
    outcome: m.outcome ? { result: m.outcome, note: m.outcome_note, at: m.outcome_at } : null,
    agreement: agreementView(m, parties),
    judicialConfirmation: judicialConfirmationView(m, parties, today),
    draftFilingId: m.draft_filing_id,
    respondentIdentity: respondentIdentity(parties, viewer),
    actions: actionsFor(viewer, m, parties, booking, today),
    history,
  }
}

/** The mediation as the actor now sees it: every use case answers with this. */
export async function respond(ctx: MediationContext, actor: Actor, id: string) {
  const { m, parties, viewer } = await loadFor(ctx, actor, id)
  return view(ctx, m, parties, viewer)
}
