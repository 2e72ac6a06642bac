import { allowedMediationActions } from '../../../domain/mediation/allowedMediationActions'
import { judicialConfirmationWindow } from '../../../domain/mediation/judicialConfirmationWindow'
import type { MediationAction } from '../../../domain/mediation/mediationLifecycle'
import type { MediationBookingRow, MediationPartyRow, MediationRow } from '../../repositories/mediation'
import { actorKindOf } from './lifecycle'
import type { Viewer } from './types'

interface Facts {
  m: MediationRow
  me: MediationPartyRow | undefined
  active: MediationBookingRow | undefined
  viewer: Viewer
  today: string
}

const jcOpen = (m: MediationRow, today: string) =>
  !!m.agreement_effective_at && judicialConfirmationWindow({ effectiveOn: m.agreement_effective_at.slice(0, 10), today }).open

/** What the lifecycle table cannot know: whether this person has already done it, or its time has run out. */
const STILL_TO_DO: Partial<Record<MediationAction, (f: Facts) => boolean>> = {
  accept: ({ active, viewer }) => !!active && viewer.kind === 'party' && active[`${viewer.role}_ok`] === 0,
  confirm: ({ active }) => !!active && active.mediator_ok === 0,
  // Once accepted, the mediator ends a mediation by recording its outcome instead.
  decline: ({ m }) => !m.mediator_confirmed_at,
  sign: ({ me }) => !!me && !me.signed_at,
  'apply-jc': ({ m, me, today }) => !!me && !me.jc_applied_at && !m.jc_filing_id && jcOpen(m, today),
}

/** What the viewer can do now: the lifecycle's actions for their state and role, less what they have already done. */
export function actionsFor(
  viewer: Viewer,
  m: MediationRow,
  parties: MediationPartyRow[],
  booking: MediationBookingRow | undefined,
  today: string,
): MediationAction[] {
  // A mediator who has just declined sees the answer to it, but is no longer the one assigned.
  if (viewer.kind === 'mediator' && m.mediator_id !== viewer.userId) return []
  const facts: Facts = {
    m,
    me: viewer.kind === 'party' ? parties.find((p) => p.role === viewer.role) : undefined,
    active: booking?.status === 'active' ? booking : undefined,
    viewer,
    today,
  }
  return allowedMediationActions(m, actorKindOf(viewer)).filter((a) => STILL_TO_DO[a]?.(facts) ?? true)
}
