import { sql, type Kysely } from 'kysely'

/**
 * Indexes that serve the paginated enforcement lists in their order, so a page reads its rows
 * straight off an index and never sorts or scans a court's cases.
 *
 * - The court's cases, newest received first: (court, received on, id); it replaces (court,
 *   received on), which it starts with. A team's cases (the team filter and 只看我的): the same
 *   order within (court, team).
 * - The 立案 queue, oldest application first within 涉农 and the rest: (court, 涉农, received on,
 *   id) over the applications still waiting (neither docketed nor refused), so the docketed
 *   thousands are not walked past.
 * - 我的执行案件, what the user applied for: (applicant, received on, id); it replaces the
 *   applicant-only index. Cases naming the user's verified ID: (ID key, case), found without
 *   reading the party rows; it replaces the ID-key-only index.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('enforcement_cases_court_received').on('enforcement_cases').columns(['court_id', 'received_on', 'id']).execute()
  await db.schema.dropIndex('enforcement_cases_court').execute()
  await db.schema.createIndex('enforcement_cases_team_received').on('enforcement_cases').columns(['court_id', 'team_id', 'received_on', 'id']).execute()
  await db.schema
    .createIndex('enforcement_cases_waiting')
    .on('enforcement_cases')
    .columns(['court_id', 'agricultural', 'received_on', 'id'])
    .where(sql<boolean>`filed_on is null and refused_on is null`)
    .execute()
  await db.schema.createIndex('enforcement_cases_applicant_received').on('enforcement_cases').columns(['applicant_id', 'received_on', 'id']).execute()
  await db.schema.dropIndex('enforcement_cases_applicant').execute()
  await db.schema.createIndex('enforcement_parties_key_case').on('enforcement_parties').columns(['id_key', 'case_id']).execute()
  await db.schema.dropIndex('enforcement_parties_key').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('enforcement_parties_key').on('enforcement_parties').column('id_key').execute()
  await db.schema.dropIndex('enforcement_parties_key_case').execute()
  await db.schema.createIndex('enforcement_cases_applicant').on('enforcement_cases').column('applicant_id').execute()
  await db.schema.dropIndex('enforcement_cases_applicant_received').execute()
  await db.schema.dropIndex('enforcement_cases_waiting').execute()
  await db.schema.dropIndex('enforcement_cases_team_received').execute()
  await db.schema.createIndex('enforcement_cases_court').on('enforcement_cases').columns(['court_id', 'received_on']).execute()
  await db.schema.dropIndex('enforcement_cases_court_received').execute()
}
