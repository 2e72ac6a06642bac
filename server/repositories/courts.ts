import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'

export function courtsRepository(db: Kysely<Database>) {
  return {
    all: () => db.selectFrom('courts').selectAll().orderBy('code').execute(),
    byId: (id: string) => db.selectFrom('courts').selectAll().where('id', '=', id).executeTakeFirst(),
    rooms: (courtId: string) => db.selectFrom('courtrooms').selectAll().where('court_id', '=', courtId).orderBy('id').execute(),
  }
}
export type CourtsRepository = ReturnType<typeof courtsRepository>
