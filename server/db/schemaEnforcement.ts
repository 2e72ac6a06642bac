/** Row types of the enforcement tables (执行). bigint columns come back from PostgreSQL as strings: read them through Number(). */
type Fen = number | string

export interface EnforcementTeamTable {
  id: string
  court_id: string
  name: string
  judge_id: string
  assistant_id: string
  clerk_id: string
  bailiff_id: string
  created_at: string
  updated_at: string
}
export interface EnforcementCaseTable {
  id: string
  court_id: string
  case_type: '执' | '执恢' | '执保'
  applicant_id: string
  filing_id: string | null
  source_case_id: string | null
  source_json: string
  parties_json: string
  amount_fen: Fen
  requests: string
  cause: string | null
  agricultural: number
  agricultural_json: string
  received_on: string
  period_json: string
  refused_on: string | null
  refusal_json: string | null
  case_number: string | null
  filed_on: string | null
  team_id: string | null
  handler_id: string | null
  assigned_on: string | null
  facts_json: string
  closed_on: string | null
  closure_json: string | null
  resumed_from_id: string | null
  version: number
  created_at: string
  updated_at: string
}
export interface EnforcementPartyTable {
  case_id: string
  idx: number
  side: 'applicant' | 'respondent'
  name: string
  id_key: string
}
export interface EnforcementLeadTable {
  id: string
  case_id: string
  kind: string
  description: string
  location: string
  urgent: number
  urgent_reason: string | null
  photo_ids_json: string
  submitted_on: string
  submitted_by: 'applicant' | 'court'
  author_id: string
  verified_on: string | null
  outcome: 'found' | 'not-found' | 'not-disposable' | null
  note: string | null
  created_at: string
}
export interface EnforcementControlTable {
  id: string
  case_id: string
  measure: 'freeze' | 'seal' | 'seize' | 'deduct'
  asset: 'deposit' | 'movable' | 'immovable' | 'property-right'
  description: string
  lead_id: string | null
  ruling_number: string
  effective_on: string
  expires_on: string | null
  renewals_json: string
  ended_on: string | null
  amount_fen: Fen | null
  created_at: string
}
export interface EnforcementReceiptTable {
  id: string
  case_id: string
  received_on: string
  amount_fen: Fen
  payer: string
  paid_fen: Fen
  paid_on: string | null
  created_at: string
}
export interface EnforcementLedgerTable {
  id: string
  case_id: string
  direction: 'in' | 'out'
  on_day: string
  amount_fen: Fen
  counterparty: string
  receipt_id: string
  note: string | null
  actor_id: string
  created_at: string
}
export interface EnforcementNodeTable {
  id: string
  case_id: string
  kind: string
  on_day: string
  text: string
  detail_json: string
  actor_id: string
  at: string
  chained: number
}
export interface EnforcementRecheckTable {
  case_id: string
  number: number
  done_on: string
  found: number
  description: string
  resumed_case_id: string | null
}
export interface EnforcementComplaintTable {
  id: string
  case_id: string
  /** the case's court, kept here so a court's complaints are read on their own index */
  court_id: string
  complainant_id: string
  body: string
  file_ids_json: string
  received_on: string
  answered_on: string | null
  reply: string | null
  answered_by: string | null
  created_at: string
}
export interface EnforcementRuleSettingTable {
  court_id: string
  overrides_json: string
  updated_by: string
  updated_at: string
}

/** The enforcement tables, merged into the app's Database type. */
export interface EnforcementTables {
  enforcement_teams: EnforcementTeamTable
  enforcement_cases: EnforcementCaseTable
  enforcement_parties: EnforcementPartyTable
  enforcement_leads: EnforcementLeadTable
  enforcement_controls: EnforcementControlTable
  enforcement_receipts: EnforcementReceiptTable
  enforcement_ledger: EnforcementLedgerTable
  enforcement_nodes: EnforcementNodeTable
  enforcement_rechecks: EnforcementRecheckTable
  enforcement_complaints: EnforcementComplaintTable
  enforcement_rule_settings: EnforcementRuleSettingTable
}
