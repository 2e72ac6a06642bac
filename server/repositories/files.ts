import type { Kysely, Selectable } from 'kysely'
import type { Database, FileTable } from '../db/schema'

export type FileRow = Selectable<FileTable>

export function filesRepository(db: Kysely<Database>) {
  return {
    insert: (row: FileRow) => db.insertInto('files').values(row).execute(),
    byId: (id: string) => db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst(),
    byStorageNames: (names: string[]) =>
      names.length === 0 ? Promise.resolve([]) : db.selectFrom('files').select('storage_name').where('storage_name', 'in', names).execute(),
    byIds: (ids: string[]) => (ids.length === 0 ? Promise.resolve([]) : db.selectFrom('files').selectAll().where('id', 'in', ids).execute()),
  }
}
export type FilesRepository = ReturnType<typeof filesRepository>
