import type { Kysely, Selectable } from 'kysely'
import type { Database, FileTable } from '../db/schema'

export type FileRow = Selectable<FileTable>

export function filesRepository(db: Kysely<Database>) {
  return {
    insert: (row: FileRow) => db.insertInto('files').values(row).execute(),
    byId: (id: string) => db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst(),
    byIds: (ids: string[]) => (ids.length === 0 ? Promise.resolve([]) : db.selectFrom('files').selectAll().where('id', 'in', ids).execute()),
  }
}
export type FilesRepository = ReturnType<typeof filesRepository>
