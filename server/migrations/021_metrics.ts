import { sql, type Kysely } from 'kysely'

/**
 * The court's quality figures (执行指挥中心): which court is above which (an intermediate court's
 * staff see its basic courts), one narrow row per enforcement case with the facts the figures
 * count, the court's target bands and the monthly reports kept with their signed hash.
 *
 * `enforcement_figures` is derived from the enforcement tables at write time
 * (server/services/metrics/refreshEnforcementFigures.ts), so the dashboard aggregates one narrow
 * table with plain COUNT/SUM and no JSON; `limit_end_on` (立案 + 6 months + excluded days) is
 * computed there by the domain's month arithmetic, because SQLite and PostgreSQL add months
 * differently (31 January + 1 month) and the figure must equal enforcementMetrics exactly.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('courts')
    .addColumn('parent_id', 'text', (c) => c.references('courts.id'))
    .execute()
  await sql`update courts set parent_id = 'c-ordos' where id = 'c-dongsheng'`.execute(db)
  await sql`update courts set parent_id = 'c-hulunbuir' where id = 'c-ergun'`.execute(db)

  await db.schema
    .createTable('enforcement_figures')
    .addColumn('case_id', 'text', (c) => c.primaryKey().references('enforcement_cases.id'))
    .addColumn('court_id', 'text', (c) => c.notNull().references('courts.id'))
    .addColumn('team_id', 'text')
    .addColumn('filed_on', 'text', (c) => c.notNull())
    .addColumn('closed_on', 'text')
    // the figures' names (MetricClosure): 'performed' | 'terminated-this-round' | …
    .addColumn('closure', 'text')
    .addColumn('has_property', 'integer', (c) => c.notNull())
    .addColumn('excluded_days', 'integer', (c) => c.notNull())
    .addColumn('limit_end_on', 'text', (c) => c.notNull())
    .addColumn('checklist_complete', 'integer', (c) => c.notNull())
    // closed_on − filed_on in days, null while open (no date arithmetic in SQL)
    .addColumn('duration_days', 'integer')
    .addColumn('applied_fen', 'bigint', (c) => c.notNull())
    .addColumn('recovered_fen', 'bigint', (c) => c.notNull())
    .addColumn('agricultural', 'integer', (c) => c.notNull())
    .addColumn('enterprise', 'integer', (c) => c.notNull())
    .addColumn('government_debtor', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  // The dashboard reads a court's cases filed up to `to` and not closed before `from`: both columns lead.
  await db.schema.createIndex('enforcement_figures_court_filed').on('enforcement_figures').columns(['court_id', 'filed_on', 'closed_on']).execute()
  await db.schema.createIndex('enforcement_figures_court_closed').on('enforcement_figures').columns(['court_id', 'closed_on']).execute()
  await db.schema.createIndex('enforcement_figures_team').on('enforcement_figures').columns(['team_id', 'filed_on']).execute()
  await db.schema.createIndex('enforcement_complaints_received').on('enforcement_complaints').columns(['received_on', 'case_id']).execute()

  await db.schema
    .createTable('metric_bands')
    .addColumn('court_id', 'text', (c) => c.primaryKey().references('courts.id'))
    .addColumn('bands_json', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('metric_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('court_id', 'text', (c) => c.notNull().references('courts.id'))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('from_on', 'text', (c) => c.notNull())
    .addColumn('to_on', 'text', (c) => c.notNull())
    .addColumn('file_id', 'text', (c) => c.notNull().references('files.id'))
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('metric_reports_court').on('metric_reports').columns(['court_id', 'created_at']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('metric_reports').execute()
  await db.schema.dropTable('metric_bands').execute()
  await db.schema.dropIndex('enforcement_complaints_received').execute()
  await db.schema.dropTable('enforcement_figures').execute()
  await db.schema.alterTable('courts').dropColumn('parent_id').execute()
}
