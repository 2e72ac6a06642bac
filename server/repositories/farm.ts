import type { Kysely, Selectable } from 'kysely'
import type { Database, FarmCalendarOverrideTable, FarmProfileTable } from '../db/schema'

export type FarmProfileRow = Selectable<FarmProfileTable>
export type FarmCalendarOverrideRow = Selectable<FarmCalendarOverrideTable>

/** 农忙 profiles of litigants and the court's farm calendar adjustments per year. */
export function farmRepository(db: Kysely<Database>) {
  return {
    profile: (userId: string) => db.selectFrom('farm_profiles').selectAll().where('user_id', '=', userId).executeTakeFirst(),
    profilesOf: (userIds: string[]) =>
      userIds.length === 0 ? Promise.resolve([]) : db.selectFrom('farm_profiles').selectAll().where('user_id', 'in', userIds).execute(),
    saveProfile: (row: FarmProfileRow) =>
      db
        .insertInto('farm_profiles')
        .values(row)
        .onConflict((oc) =>
          oc.column('user_id').doUpdateSet({ region: row.region, activities_json: row.activities_json, busy_json: row.busy_json, updated_at: row.updated_at }),
        )
        .execute(),

    /** The filer's latest filing that named a farm region (to pre-fill a new profile). */
    latestFarmFiling: (userId: string) =>
      db
        .selectFrom('filings')
        .select(['id', 'data_json'])
        .where('filer_id', '=', userId)
        .where('agricultural', '=', 1)
        .where('status', '!=', 'draft')
        .orderBy('submitted_at', 'desc')
        .limit(1)
        .executeTakeFirst(),

    overrides: (courtId: string, year: number) =>
      db.selectFrom('farm_calendar_overrides').selectAll().where('court_id', '=', courtId).where('year', '=', year).executeTakeFirst(),
    allOverrides: (courtId: string) => db.selectFrom('farm_calendar_overrides').selectAll().where('court_id', '=', courtId).orderBy('year').execute(),
    saveOverrides: (row: FarmCalendarOverrideRow) =>
      db
        .insertInto('farm_calendar_overrides')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['court_id', 'year']).doUpdateSet({ overrides_json: row.overrides_json, updated_by: row.updated_by, updated_at: row.updated_at }),
        )
        .execute(),
  }
}
export type FarmRepository = ReturnType<typeof farmRepository>
