import type { DateOverride, WeeklyHours } from '../../../domain/mediation/types'
import type { MediationRequestInput } from '../../../domain/mediation/validateMediationRequest'
import type { MediationPartyRow } from '../../repositories/mediation'

export type PartyRole = MediationPartyRow['role']

/** Who the asking person is in one mediation: one of its parties, its mediator, or staff of its court. */
export type Viewer = { kind: 'party'; role: PartyRole; userId: string } | { kind: 'mediator'; userId: string } | { kind: 'staff'; userId: string }

/** Where a party receives the mediation's notices and documents (在线调解规则 art. 8). */
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

/** A party's consent (art. 4) and service address, given the first time they take part. */
export interface ConsentInput {
  consent?: boolean
  service?: ServiceInput
}

export type BookInput = { startsAt: string; mediatorId?: string } & ConsentInput

export interface OutcomeInput {
  result: 'agreement' | 'no-agreement' | 'withdrawn'
  terms?: string
  note?: string
}

export interface AvailabilityInput {
  slotMinutes: number
  weekly: WeeklyHours[]
  overrides: DateOverride[]
  venue: { kind: 'online' } | { kind: 'room'; roomId: string }
}
