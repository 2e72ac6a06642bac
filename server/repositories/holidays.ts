import type { Kysely, Selectable } from 'kysely'
import type { Database, HolidayTableRow } from '../db/schema'

export type HolidayRow = Selectable<HolidayTableRow>

/** Holiday arrangements an admin loaded, one row per year; they override the built-in table. */
export function holidaysRepository(db: Kysely<Database>) {
  return {
    all: () => db.selectFrom('holiday_tables').selectAll().orderBy('year').execute(),
    byYear: (year: number) => db.selectFrom('holiday_tables').selectAll().where('year', '=', year).executeTakeFirst(),
    /** A year loaded again replaces the earlier load (a corrected notice supersedes the first). */
    save: (row: HolidayRow) =>
      db
        .insertInto('holiday_tables')
        .values(row)
        .onConflict((oc) =>
          oc.column('year').doUpdateSet({ table_json: row.table_json, source: row.source, updated_by: row.updated_by, updated_at: row.updated_at }),
        )
        .execute(),
  }
}
export type HolidaysRepository = ReturnType<typeof holidaysRepository>
