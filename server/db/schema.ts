/** Timestamps are ISO 8601 text and flags are 0/1 integers, so one schema serves SQLite and PostgreSQL. */
export interface CourtTable {
  id: string
  code: string
  name: string
  region: string
  phone: string
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
  real_name_status: 'none' | 'submitted' | 'verified'
  demo: number
  created_at: string
  updated_at: string
}
export interface IdempotencyTable {
  user_id: string
  key: string
  scope: string
  status_code: number
  body: string
  created_at: string
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

export interface Database {
  courts: CourtTable
  courtrooms: CourtroomTable
  users: UserTable
  idempotency_keys: IdempotencyTable
  audit_log: AuditTable
  holiday_tables: HolidayTableRow
}
