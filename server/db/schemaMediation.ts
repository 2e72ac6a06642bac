/** Row types of the mediation tables (在线调解): availability, mediations, parties, bookings, holds, notices. */
export interface MediationAvailabilityTable {
  mediator_id: string
  court_id: string
  slot_minutes: number
  weekly_json: string
  overrides_json: string
  venue_kind: 'online' | 'room'
  room_id: string | null
  updated_at: string
}
export interface MediationTable {
  id: string
  number: string
  court_id: string
  stage: 'pre-filing' | 'in-case'
  filing_id: string | null
  case_number: string | null
  procedure: string | null
  dispute: string
  claim: string
  /** bigint: PostgreSQL returns it as a string, so read it through Number() */
  amount_fen: number | string | null
  status: 'requested' | 'scheduling' | 'confirmed' | 'signing' | 'settled' | 'failed' | 'withdrawn' | 'declined'
  requested_by: string
  requested_on: string
  mediator_id: string | null
  chosen_by: 'party' | 'court' | null
  received_on: string | null
  mediator_confirmed_at: string | null
  limit_due: string | null
  booking_id: string | null
  decline_reason: string | null
  outcome: 'agreement' | 'no-agreement' | 'withdrawn' | 'refused' | null
  outcome_note: string | null
  outcome_at: string | null
  agreement_terms: string | null
  agreement_effective_at: string | null
  jc_due: string | null
  jc_claimed_at: string | null
  jc_filing_id: string | null
  draft_filing_id: string | null
  created_at: string
  updated_at: string
}
export interface MediationPartyTable {
  mediation_id: string
  role: 'applicant' | 'respondent'
  user_id: string | null
  name: string
  mobile: string | null
  id_number: string | null
  consent_at: string | null
  service_json: string | null
  signed_at: string | null
  jc_applied_at: string | null
}
export interface MediationBookingTable {
  id: string
  mediation_id: string
  mediator_id: string
  starts_at: string
  ends_at: string
  minutes: number
  venue_kind: 'online' | 'room'
  room_id: string | null
  video_url: string | null
  proposed_by: string
  proposer_role: 'applicant' | 'respondent' | 'mediator'
  applicant_ok: number
  respondent_ok: number
  mediator_ok: number
  status: 'active' | 'superseded' | 'released'
  reminded_at: string | null
  created_at: string
  updated_at: string
}
export interface MediationHoldTable {
  resource: string
  cell: string
  booking_id: string
}
export interface MediationNoticeTable {
  id: string
  mediation_id: string
  channel: 'inbox' | 'sms'
  recipient_id: string | null
  mobile: string | null
  kind: string
  text: string
  created_at: string
  sent_at: string | null
  read_at: string | null
}
