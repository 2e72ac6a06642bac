import type { Kysely } from 'kysely'

/**
 * Small claims (小额诉讼, 《民事诉讼法》第一百六十五条): the average annual wage of employed persons
 * per province and year that sets the threshold, kept by court admins on top of the shipped figures;
 * the small-claims decision fixed when a filing is submitted; the shorter periods a judge records as
 * agreed with the parties of a small-claims case (《民诉法解释》第二百七十五条).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('average_wages')
    // The 2-digit province-level code (GB/T 2260): the figure is the province's, not one court's.
    .addColumn('province', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('province_name', 'text', (c) => c.notNull())
    .addColumn('wage_fen', 'integer', (c) => c.notNull())
    .addColumn('series', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    // 0/1: checked against the statistics bureau's or the high court's publication.
    .addColumn('confirmed', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('updated_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('average_wages_pk', ['province', 'year'])
    .execute()
  // JSON of the domain's SmallClaimsDecision and the wage figure it used; null before submission or for other kinds.
  await db.schema.alterTable('filings').addColumn('small_claims_json', 'text').execute()
  // JSON of the domain's AgreedPeriods; null when nothing was agreed.
  await db.schema.alterTable('filings').addColumn('agreed_periods_json', 'text').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('filings').dropColumn('agreed_periods_json').execute()
  await db.schema.alterTable('filings').dropColumn('small_claims_json').execute()
  await db.schema.dropTable('average_wages').ifExists().execute()
}
