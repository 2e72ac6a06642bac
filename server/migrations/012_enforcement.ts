import type { Kysely } from 'kysely'

/**
 * 执行 (enforcement): applications and cases, property leads, control measures, the per-case
 * ledger (一案一账号), the recorded nodes, 终本 re-checks, complaints (执行信访), the "3+1" teams
 * and each court's settings for the rules the digest marks unconfirmed.
 */
// eslint-disable-next-line max-lines-per-function -- one migration creates the whole area; each table reads best beside the others
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('enforcement_teams')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('court_id', 'text', (c) => c.notNull().references('courts.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('judge_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('assistant_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('clerk_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('bailiff_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  // One row per application; it becomes a case at 立案, when a filing row (kind 'enforcement') carries
  // its number, its parties for e-service and its signed chain.
  await db.schema
    .createTable('enforcement_cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('court_id', 'text', (c) => c.notNull().references('courts.id'))
    .addColumn('case_type', 'text', (c) => c.notNull())
    .addColumn('applicant_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('filing_id', 'text', (c) => c.references('filings.id'))
    .addColumn('source_case_id', 'text', (c) => c.references('filings.id'))
    .addColumn('source_json', 'text', (c) => c.notNull())
    .addColumn('parties_json', 'text', (c) => c.notNull())
    .addColumn('amount_fen', 'bigint', (c) => c.notNull())
    .addColumn('requests', 'text', (c) => c.notNull())
    .addColumn('cause', 'text')
    .addColumn('agricultural', 'integer', (c) => c.notNull())
    .addColumn('agricultural_json', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('period_json', 'text', (c) => c.notNull())
    .addColumn('refused_on', 'text')
    .addColumn('refusal_json', 'text')
    .addColumn('case_number', 'text', (c) => c.unique())
    .addColumn('filed_on', 'text')
    .addColumn('team_id', 'text', (c) => c.references('enforcement_teams.id'))
    .addColumn('handler_id', 'text', (c) => c.references('users.id'))
    .addColumn('assigned_on', 'text')
    // Recorded facts the rules read (notice, report, restriction, listing, searches, investigation, 约谈, periods).
    .addColumn('facts_json', 'text', (c) => c.notNull())
    .addColumn('closed_on', 'text')
    .addColumn('closure_json', 'text')
    .addColumn('resumed_from_id', 'text', (c) => c.references('enforcement_cases.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('enforcement_cases_court').on('enforcement_cases').columns(['court_id', 'received_on']).execute()
  await db.schema.createIndex('enforcement_cases_applicant').on('enforcement_cases').column('applicant_id').execute()
  await db.schema.createIndex('enforcement_cases_source').on('enforcement_cases').column('source_case_id').execute()

  // The ID keys of the parties, so a respondent or a co-applicant with a verified identity finds the case.
  await db.schema
    .createTable('enforcement_parties')
    .addColumn('case_id', 'text', (c) => c.notNull().references('enforcement_cases.id'))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('side', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('id_key', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('enforcement_parties_pk', ['case_id', 'idx'])
    .execute()
  await db.schema.createIndex('enforcement_parties_key').on('enforcement_parties').column('id_key').execute()

  await db.schema
    .createTable('enforcement_leads')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('enforcement_cases.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('urgent', 'integer', (c) => c.notNull())
    .addColumn('urgent_reason', 'text')
    .addColumn('photo_ids_json', 'text', (c) => c.notNull())
    .addColumn('submitted_on', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('verified_on', 'text')
    .addColumn('outcome', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('enforcement_leads_case').on('enforcement_leads').column('case_id').execute()

  await db.schema
    .createTable('enforcement_controls')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('enforcement_cases.id'))
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('asset', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('lead_id', 'text', (c) => c.references('enforcement_leads.id'))
    .addColumn('ruling_number', 'text', (c) => c.notNull())
    .addColumn('effective_on', 'text', (c) => c.notNull())
    .addColumn('expires_on', 'text')
    .addColumn('renewals_json', 'text', (c) => c.notNull())
    .addColumn('ended_on', 'text')
    .addColumn('amount_fen', 'bigint')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('enforcement_controls_case').on('enforcement_controls').column('case_id').execute()

  // 执行款 received; `paid_fen` only grows, in the transaction that writes the payout's ledger entry.
  await db.schema
    .createTable('enforcement_receipts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('enforcement_cases.id'))
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('amount_fen', 'bigint', (c) => c.notNull())
    .addColumn('payer', 'text', (c) => c.notNull())
    .addColumn('paid_fen', 'bigint', (c) => c.notNull())
    .addColumn('paid_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('enforcement_receipts_case').on('enforcement_receipts').column('case_id').execute()

  await db.schema
    .createTable('enforcement_ledger')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('enforcement_cases.id'))
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('on_day', 'text', (c) => c.notNull())
    .addColumn('amount_fen', 'bigint', (c) => c.notNull())
    .addColumn('counterparty', 'text', (c) => c.notNull())
    .addColumn('receipt_id', 'text', (c) => c.notNull().references('enforcement_receipts.id'))
    .addColumn('note', 'text')
    .addColumn('actor_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('enforcement_ledger_case').on('enforcement_ledger').column('case_id').execute()

  // Every recorded step, in order: the timeline reads these; each is also a link of the signed chain.
  await db.schema
    .createTable('enforcement_nodes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('enforcement_cases.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('on_day', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('detail_json', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    // false until the case has its filing row and the node is on the signed chain
    .addColumn('chained', 'integer', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('enforcement_nodes_case').on('enforcement_nodes').column('case_id').execute()

  await db.schema
    .createTable('enforcement_rechecks')
    .addColumn('case_id', 'text', (c) => c.notNull().references('enforcement_cases.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('done_on', 'text', (c) => c.notNull())
    .addColumn('found', 'integer', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('resumed_case_id', 'text', (c) => c.references('enforcement_cases.id'))
    .addPrimaryKeyConstraint('enforcement_rechecks_pk', ['case_id', 'number'])
    .execute()

  await db.schema
    .createTable('enforcement_complaints')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('enforcement_cases.id'))
    .addColumn('complainant_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('file_ids_json', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('answered_on', 'text')
    .addColumn('reply', 'text')
    .addColumn('answered_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('enforcement_complaints_case').on('enforcement_complaints').column('case_id').execute()

  // A court's values for the 🟡/❌ rules, read through enforcementRulesWith.
  await db.schema
    .createTable('enforcement_rule_settings')
    .addColumn('court_id', 'text', (c) => c.primaryKey().references('courts.id'))
    .addColumn('overrides_json', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'enforcement_rule_settings',
    'enforcement_complaints',
    'enforcement_rechecks',
    'enforcement_nodes',
    'enforcement_ledger',
    'enforcement_receipts',
    'enforcement_controls',
    'enforcement_leads',
    'enforcement_parties',
    'enforcement_cases',
    'enforcement_teams',
  ]) {
    await db.schema.dropTable(t).ifExists().execute()
  }
}
