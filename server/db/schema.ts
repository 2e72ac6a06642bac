import type { EnforcementTables } from './schemaEnforcement'
import type { MetricsTables } from './schemaMetrics'
import type {
  MediationAvailabilityTable,
  MediationTable,
  MediationPartyTable,
  MediationBookingTable,
  MediationHoldTable,
  MediationNoticeTable,
} from './schemaMediation'

export type { MediationAvailabilityTable, MediationTable, MediationPartyTable, MediationBookingTable, MediationHoldTable, MediationNoticeTable }

/** Timestamps are ISO 8601 text and flags are 0/1 integers, so one schema serves SQLite and PostgreSQL. */
export interface CourtTable {
  id: string
  code: string
  name: string
  region: string
  phone: string
  /** the court above (an intermediate court for a basic one), whose staff see this court's figures; null at the top */
  parent_id: string | null
}
export interface CourtroomTable {
  id: string
  court_id: string
  name: string
  kind: 'courtroom' | 'mediation-room' | 'circuit-point'
  address: string | null
}
export interface UserTable {
  id: string
  role: 'litigant' | 'agent' | 'judge' | 'clerk' | 'mediator' | 'admin'
  court_id: string | null
  account: string | null
  password_hash: string | null
  openid: string | null
  display_name: string
  real_name: string | null
  id_number: string | null
  mobile: string | null
  address: string | null
  real_name_status: 'none' | 'submitted' | 'verified' | 'rejected'
  demo: number
  created_at: string
  updated_at: string
  /** Set when an admin disables the account: its sessions end and it cannot sign in. */
  disabled_at: string | null
  /** Why a verified profile is back in review: its name, its ID number, or both were changed; null otherwise. */
  review_reason: 'name' | 'id-number' | 'name-and-id-number' | null
}
/** A code sent by SMS to confirm a new mobile number; the number is the account's only once confirmed. */
export interface MobileCodeTable {
  id: string
  user_id: string
  mobile: string
  /** HMAC-SHA256 of the code, keyed from the server secret */
  code_hash: string
  sent_at: string
  expires_at: string
  attempts: number
  status: 'pending' | 'confirmed' | 'replaced' | 'failed'
  confirmed_at: string | null
}
/** The ID card photos a party sent for real-name review, and the court's decision on them (one row per person). */
export interface IdCardTable {
  user_id: string
  front_file_id: string
  back_file_id: string
  holding_file_id: string | null
  submitted_at: string
  decision: 'verified' | 'rejected' | null
  decided_by: string | null
  decided_at: string | null
  /** which IdentityVerifier decided: 'manual' for a clerk's comparison */
  method: string | null
  /** what the party is told, in plain Chinese, when rejected */
  reject_reason: string | null
}
export interface SessionTable {
  id: string
  user_id: string
  created_at: string
  last_seen_at: string
  revoked_at: string | null
  revoked_reason: 'logout' | 'password' | 'disabled' | 'role' | null
}
export interface SignInLockTable {
  account: string
  failures: number
  lockouts: number
  locked_until: string | null
  updated_at: string
}
export interface IdempotencyTable {
  user_id: string
  key: string
  fingerprint: string
  status: 'in-progress' | 'done'
  effects_committed: number
  owner: string
  lease_until: string
  response_status: number | null
  response_body: string | null
  created_at: string
  expires_at: string
}
export interface AuditTable {
  id: string
  actor_id: string | null
  action: string
  subject: string
  detail: string
  at: string
}
export interface HolidayTableRow {
  year: number
  table_json: string
  source: string
  updated_by: string
  updated_at: string
}

export interface FilingTable {
  id: string
  /** when the oldest party message the court has not answered yet came (027); null when none waits */
  awaiting_reply_since: string | null
  filer_id: string
  kind: 'civil-first' | 'enforcement' | 'preservation' | 'judicial-confirmation'
  court_id: string
  target_court_id: string
  status: 'draft' | 'submitted' | 'correction-requested' | 'accepted' | 'declined'
  version: number
  data_json: string
  agricultural: number
  filing_number: string | null
  fee_json: string | null
  submitted_at: string | null
  review_started_on: string | null
  forwarded_at: string | null
  correction_json: string | null
  decline_reason: string | null
  case_number: string | null
  procedure: 'ordinary' | 'simple' | 'small-claims' | null
  judge_id: string | null
  decided_at: string | null
  decided_on: string | null
  /** The small-claims decision fixed on submission (SmallClaimsDecision and the wage used), JSON; null for other kinds or before submission. */
  small_claims_json: string | null
  /** Small claims: the periods the judge recorded as agreed with the parties (AgreedPeriods), JSON; null when none. */
  agreed_periods_json: string | null
  created_at: string
  updated_at: string
}
export interface FilingVersionTable {
  filing_id: string
  version: number
  data_json: string
  fee_json: string
  submitted_by: string
  submitted_at: string
}
export interface FilingPartyTable {
  filing_id: string
  idx: number
  side: string
  name: string
  /** resident ID or credit code, upper-case */
  id_key: string
  mobile: string | null
}
export interface CaseSequenceTable {
  court_id: string
  type_code: string
  year: number
  last_seq: number
}
export interface FileTable {
  id: string
  owner_id: string
  original_name: string
  mime: string
  size: number
  sha256: string
  storage_name: string
  created_at: string
}
export interface FilingFileTable {
  filing_id: string
  file_id: string
}

/** 送达地址确认书, one row per confirmation or change (the latest version is in force). */
export interface ServiceAddressTable {
  id: string
  case_id: string
  party_idx: number
  id_key: string
  version: number
  /** ServiceAddressConfirmation as JSON */
  data_json: string
  confirmed_by: string
  confirmed_at: string
}
/** An issued court document; never updated once written. */
export interface ServiceDocumentTable {
  id: string
  case_id: string
  court_id: string
  kind: string
  title: string
  /** 'electronic-unconfirmed': to an electronic address the party has not confirmed (在线诉讼规则第三十一条第二款) */
  method: 'electronic' | 'electronic-unconfirmed' | 'public-notice' | 'paper'
  party_idx: number
  recipient_id_key: string
  recipient_name: string
  recipient_side: string
  content_json: string
  content_sha256: string
  file_id: string | null
  appealable: number
  issued_by: string
  issued_at: string
}
/** One receipt in a case's hash chain; append-only. */
export interface ServiceEventTable {
  case_id: string
  seq: number
  document_id: string | null
  type: string
  at: string
  actor_id: string | null
  detail_json: string
  prev_hash: string
  hash: string
  /** the court key's id, its hex Ed25519 signature of the head this receipt made (see headStatement), and when it signed */
  key_id: string | null
  signature: string | null
  signed_at: string | null
}
/** The latest signed head of a case's chain, replaced in the transaction that appends each receipt. */
export interface ServiceHeadTable {
  case_id: string
  seq: number
  hash: string
  key_id: string
  signature: string
  signed_at: string
}
export interface NotifyOutboxTable {
  id: string
  court_id: string | null
  channel: string
  recipient: string
  template: string
  text: string
  data_json: string
  document_id: string | null
  /** 'pending' until the worker sends it, then 'sent'; 'failed' when the provider refused for good or every try failed; 'sent-to-outbox' (before 018) */
  status: string
  created_at: string
  attempts: number
  /** when the worker may try it (again); null for rows that are not pending */
  next_attempt_at: string | null
  /** a worker's lease on the row: until then nobody else tries it */
  claimed_until: string | null
  claim_token: string | null
  sent_at: string | null
  /** the provider's id of the message (WeChat msgid, SMS SerialNo) */
  provider_ref: string | null
  last_error: string | null
  /** unique: a scheduled reminder's identity (e.g. hearing-eve:<hearing>:<recipient>), so it is created once */
  natural_key: string | null
  recipient_user_id: string | null
  /** a staff task ('inbox') closed with 已处理 (022); null while open */
  done_at: string | null
}
export interface NotifyAttemptTable {
  id: string
  notification_id: string
  attempt: number
  provider: string
  started_at: string
  finished_at: string
  ok: number
  response: string
}

/** A litigant's 农忙 profile: region and activities of the farm calendar, and declared busy days (JSON lists). */
export interface FarmProfileTable {
  user_id: string
  region: string | null
  activities_json: string
  /** Array<{ from, to, reason }> */
  busy_json: string
  updated_at: string
}
/** A court's farm window adjustments for one year (FarmWindowOverride[] as JSON). */
export interface FarmCalendarOverrideTable {
  court_id: string
  year: number
  overrides_json: string
  updated_by: string
  updated_at: string
}
/** A province's average annual wage of employed persons for a year, as a court admin keeps it (see domain AverageWageEntry). */
export interface AverageWageTable {
  province: string
  year: number
  province_name: string
  wage_fen: number
  series: string
  source: string
  confirmed: number
  note: string | null
  updated_by: string
  updated_at: string
}
export interface HearingRequestTable {
  id: string
  case_id: string
  court_id: string
  status: 'open' | 'scheduled' | 'withdrawn'
  requested_by: string
  requested_at: string
  closed_at: string | null
  hearing_id: string | null
}
export interface HearingAnswerTable {
  request_id: string
  party_idx: number
  user_id: string
  kind: 'chose' | 'busy'
  date: string | null
  half: 'am' | 'pm' | null
  judge_id: string | null
  room_id: string | null
  busy_json: string
  answered_at: string
}
export interface HearingTable {
  id: string
  case_id: string
  court_id: string
  request_id: string | null
  date: string
  half: 'am' | 'pm'
  judge_id: string
  /** a courtroom or a circuit point (courtrooms.kind 'circuit-point') */
  room_id: string
  status: 'scheduled' | 'postponed' | 'held'
  postpone_reason: string | null
  /** per party: the 传票 issued through e-service, or why it must go on paper */
  summons_json: string
  created_by: string
  created_at: string
  postponed_by: string | null
  postponed_at: string | null
  held_at: string | null
  updated_at: string
}

/** 联系法官: one message in a case's thread, from a party or from the court. */
export interface CaseMessageTable {
  id: string
  filing_id: string
  author_id: string
  author_role: string
  body: string
  created_at: string
  /** when a judge or clerk of the court first read a party's message */
  read_by_staff_at: string | null
  /** when a party first read the court's reply */
  read_by_party_at: string | null
}

export interface FilingAgentTable {
  filing_id: string
  /** the agent's resident ID, upper-case */
  id_key: string
  name: string
}

export interface Database extends EnforcementTables, MetricsTables {
  courts: CourtTable
  courtrooms: CourtroomTable
  users: UserTable
  sessions: SessionTable
  mobile_codes: MobileCodeTable
  id_cards: IdCardTable
  sign_in_locks: SignInLockTable
  idempotency_requests: IdempotencyTable
  audit_log: AuditTable
  holiday_tables: HolidayTableRow
  filings: FilingTable
  filing_versions: FilingVersionTable
  filing_parties: FilingPartyTable
  filing_agents: FilingAgentTable
  case_sequences: CaseSequenceTable
  files: FileTable
  filing_files: FilingFileTable
  service_addresses: ServiceAddressTable
  service_documents: ServiceDocumentTable
  service_events: ServiceEventTable
  service_heads: ServiceHeadTable
  notify_outbox: NotifyOutboxTable
  notify_attempts: NotifyAttemptTable
  farm_profiles: FarmProfileTable
  farm_calendar_overrides: FarmCalendarOverrideTable
  average_wages: AverageWageTable
  hearing_requests: HearingRequestTable
  hearing_answers: HearingAnswerTable
  hearings: HearingTable
  mediation_availability: MediationAvailabilityTable
  mediations: MediationTable
  mediation_parties: MediationPartyTable
  mediation_bookings: MediationBookingTable
  mediation_holds: MediationHoldTable
  mediation_notices: MediationNoticeTable
  case_messages: CaseMessageTable
}
