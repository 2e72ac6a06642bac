/** Row types of the figures' tables (migration 021). bigint columns come back from PostgreSQL as strings: read them through Number(). */
type Fen = number | string

/** One enforcement case as the figures count it, derived from the enforcement tables at write time. */
export interface EnforcementFiguresTable {
  case_id: string
  court_id: string
  team_id: string | null
  filed_on: string
  closed_on: string | null
  closure: 'performed' | 'terminated-this-round' | 'terminated' | 'withdrawn' | 'not-enforced' | 'rejected' | null
  has_property: number
  excluded_days: number
  limit_end_on: string
  checklist_complete: number
  duration_days: number | null
  applied_fen: Fen
  recovered_fen: Fen
  agricultural: number
  enterprise: number
  government_debtor: number
  updated_at: string
}
export interface MetricBandsTable {
  court_id: string
  /** the court's settings: { [figure]: { min?, max? } | null } */
  bands_json: string
  updated_by: string
  updated_at: string
}
export interface MetricReportTable {
  id: string
  court_id: string
  scope: 'court' | 'area' | 'basic'
  month: string
  from_on: string
  to_on: string
  file_id: string
  size: number
  sha256: string
  signature: string
  key_id: string
  created_by: string
  created_at: string
}
export interface MetricsTables {
  enforcement_figures: EnforcementFiguresTable
  metric_bands: MetricBandsTable
  metric_reports: MetricReportTable
}
