import type { Kysely, Selectable } from 'kysely'
import type { AverageWageTable, Database } from '../db/schema'

export type AverageWageRow = Selectable<AverageWageTable>

/** The average wages court admins entered or confirmed, one row per province and year; they override the shipped figures. */
export function averageWagesRepository(db: Kysely<Database>) {
  return {
    ofProvince: (province: string) => db.selectFrom('average_wages').selectAll().where('province', '=', province).orderBy('year', 'desc').execute(),
    /** A year entered again replaces the earlier entry (a corrected publication supersedes the first). */
    save: (row: AverageWageRow) =>
      db
        .insertInto('average_wages')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['province', 'year']).doUpdateSet({
            province_name: row.province_name,
            wage_fen: row.wage_fen,
            series: row.series,
            source: row.source,
            confirmed: row.confirmed,
            note: row.note,
            updated_by: row.updated_by,
            updated_at: row.updated_at,
          }),
        )
        .execute(),
  }
}
export type AverageWagesRepository = ReturnType<typeof averageWagesRepository>
