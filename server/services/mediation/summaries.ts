import { formatSlot } from '../../../domain/mediation/formatSlot'
import type { MediationBookingRow, MediationPartyRow, MediationRow } from '../../repositories/mediation'
import type { MediationContext } from './context'
import { actionsFor } from './viewActions'
import { assignmentOf, confirmationOf, statusText, TODO } from './viewParts'
import type { Viewer } from './types'

const bookingLine = (b: MediationBookingRow | undefined) =>
  b?.status === 'active' ? { startsAt: b.starts_at, label: formatSlot(b.starts_at, b.ends_at), venueKind: b.venue_kind } : null

const nameOf = (ps: MediationPartyRow[], role: MediationPartyRow['role']) => ps.find((p) => p.role === role)?.name ?? ''

/** The one thing the viewer has to do next, if any. */
const todoOf = (viewer: Viewer, m: MediationRow, ps: MediationPartyRow[], b: MediationBookingRow | undefined, today: string) =>
  actionsFor(viewer, m, ps, b, today)
    .map((a) => TODO[a])
    .find((t) => !!t) ?? null

function summary(m: MediationRow, ps: MediationPartyRow[], viewer: Viewer, b: MediationBookingRow | undefined, mediatorName: string | null, today: string) {
  const staff = viewer.kind !== 'party'
  return {
    id: m.id,
    number: m.number,
    stage: m.stage,
    status: m.status,
    statusText: statusText(m),
    caseNumber: m.case_number,
    dispute: m.dispute.length > 40 ? `${m.dispute.slice(0, 40)}…` : m.dispute,
    applicantName: nameOf(ps, 'applicant'),
    respondentName: nameOf(ps, 'respondent'),
    mediatorName,
    myRole: viewer.kind === 'party' ? viewer.role : viewer.kind,
    booking: bookingLine(b),
    // Parties are not shown the court's own deadlines.
    confirmation: staff ? confirmationOf(m, today) : null,
    assignment: staff ? assignmentOf(m, today) : null,
    todo: todoOf(viewer, m, ps, b, today),
    updatedAt: m.updated_at,
  }
}

/** List rows, each as its viewer sees it; `viewerFor` leaves out the rows the viewer has no part in. */
export async function summaries(ctx: MediationContext, rows: MediationRow[], viewerFor: (m: MediationRow, parties: MediationPartyRow[]) => Viewer | null) {
  const parties = await ctx.repo.partiesOf(rows.map((m) => m.id))
  const bookings = new Map((await ctx.repo.bookingsOf(rows.map((m) => m.booking_id).filter((x): x is string => !!x))).map((b) => [b.id, b]))
  const mediatorIds = [...new Set(rows.map((m) => m.mediator_id).filter((x): x is string => !!x))]
  const mediators = new Map((await Promise.all(mediatorIds.map((id) => ctx.users.byId(id)))).filter((u) => !!u).map((u) => [u!.id, u!.display_name]))
  const today = ctx.today()
  const out = []
  for (const m of rows) {
    const ps = parties.filter((p) => p.mediation_id === m.id)
    const viewer = viewerFor(m, ps)
    if (!viewer) continue
    const b = m.booking_id ? bookings.get(m.booking_id) : undefined
    out.push(summary(m, ps, viewer, b, m.mediator_id ? (mediators.get(m.mediator_id) ?? null) : null, today))
  }
  return out
}
