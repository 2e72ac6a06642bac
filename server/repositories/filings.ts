import type { Kysely, Selectable, Updateable } from 'kysely'
import type { Database, FilingTable } from '../db/schema'
import { isUniqueViolation } from '../db/errors'
import type { Q } from '../db/query'

export type FilingRow = Selectable<FilingTable>

const FILING_NUMBER_KEY = { pg: 'filings_filing_number_key', sqlite: 'filings.filing_number' }

/** True when a write hit the unique filing number (SQLite or PostgreSQL). */
export const isFilingNumberTaken = (err: unknown): boolean => isUniqueViolation(err, FILING_NUMBER_KEY)

export function filingsRepository(db: Kysely<Database>) {
  return {
    byId: (id: string, q: Q = db) => q.selectFrom('filings').selectAll().where('id', '=', id).executeTakeFirst(),
    insert: (row: FilingRow, q: Q = db) => q.insertInto('filings').values(row).execute(),
    update: (id: string, patch: Updateable<FilingTable>, q: Q = db) => q.updateTable('filings').set(patch).where('id', '=', id).executeTakeFirst(),
    /** Changes the row only if it is still in `status`; returns false when someone else got there first. */
    transition: async (id: string, status: FilingRow['status'], patch: Updateable<FilingTable>, q: Q = db) => {
      const res = await q.updateTable('filings').set(patch).where('id', '=', id).where('status', '=', status).executeTakeFirst()
      return Number(res.numUpdatedRows) > 0
    },
    visibleToParty: (userId: string, idKey: string | null) => visibleToParty(db, userId, idKey),
    ...draftQueries(db),
    /** Named in the filing as a party or as the agent filing for one. */
    isParty: async (filingId: string, idKey: string) =>
      !!(await db.selectFrom('filing_parties').select('filing_id').where('filing_id', '=', filingId).where('id_key', '=', idKey).executeTakeFirst()) ||
      !!(await db.selectFrom('filing_agents').select('filing_id').where('filing_id', '=', filingId).where('id_key', '=', idKey).executeTakeFirst()),
    replaceAgent: async (q: Q, filingId: string, agent: { id_key: string; name: string } | null) => {
      await q.deleteFrom('filing_agents').where('filing_id', '=', filingId).execute()
      if (agent)
        await q
          .insertInto('filing_agents')
          .values({ filing_id: filingId, ...agent })
          .execute()
    },
    /** The review queue of a court: its own filings, and cross-region ones forwarded to it. */
    queueForCourt: (courtId: string) =>
      db
        .selectFrom('filings')
        .selectAll()
        .where('status', 'in', ['submitted', 'correction-requested'])
        .where((eb) => eb.or([eb('court_id', '=', courtId), eb.and([eb('target_court_id', '=', courtId), eb('forwarded_at', 'is not', null)])]))
        .orderBy('submitted_at', 'desc')
        .execute(),
    replaceParties: async (q: Q, filingId: string, parties: Array<{ side: string; name: string; id_key: string; mobile: string | null }>) => {
      await q.deleteFrom('filing_parties').where('filing_id', '=', filingId).execute()
      if (parties.length > 0)
        await q
          .insertInto('filing_parties')
          .values(parties.map((p, idx) => ({ filing_id: filingId, idx, ...p })))
          .execute()
    },
    addVersion: (q: Q, row: { filing_id: string; version: number; data_json: string; fee_json: string; submitted_by: string; submitted_at: string }) =>
      q.insertInto('filing_versions').values(row).execute(),
    versions: (filingId: string) =>
      db.selectFrom('filing_versions').select(['version', 'submitted_at', 'submitted_by']).where('filing_id', '=', filingId).orderBy('version').execute(),
    linkFiles: async (q: Q, filingId: string, fileIds: string[]) => {
      if (fileIds.length === 0) return
      await q
        .insertInto('filing_files')
        .values(fileIds.map((file_id) => ({ filing_id: filingId, file_id })))
        .onConflict((oc) => oc.columns(['filing_id', 'file_id']).doNothing())
        .execute()
    },
    filingsOfFile: (fileId: string) => db.selectFrom('filing_files').select('filing_id').where('file_id', '=', fileId).execute(),
    /**
     * The next case sequence for a court, type and year, taken inside the caller's transaction:
     * the upsert's row lock (PostgreSQL) or the single writer (SQLite) keeps concurrent accepts apart.
     */
    nextCaseSeq: async (q: Q, courtId: string, typeCode: string, year: number): Promise<number> => {
      const row = await q
        .insertInto('case_sequences')
        .values({ court_id: courtId, type_code: typeCode, year, last_seq: 1 })
        .onConflict((oc) => oc.columns(['court_id', 'type_code', 'year']).doUpdateSet((eb) => ({ last_seq: eb('case_sequences.last_seq', '+', 1) })))
        .returning('last_seq')
        .executeTakeFirstOrThrow()
      return Number(row.last_seq)
    },
  }
}
export type FilingsRepository = ReturnType<typeof filingsRepository>

/** Drafts: finding a blank one to take up again, and deleting one. */
function draftQueries(db: Kysely<Database>) {
  return {
    /** The filer's drafts of this kind and these courts, newest first. */
    draftsLike: (filerId: string, kind: FilingRow['kind'], courtId: string, targetCourtId: string, q: Q = db) =>
      q
        .selectFrom('filings')
        .selectAll()
        .where('filer_id', '=', filerId)
        .where('status', '=', 'draft')
        .where('kind', '=', kind)
        .where('court_id', '=', courtId)
        .where('target_court_id', '=', targetCourtId)
        .orderBy('created_at', 'desc')
        .execute(),
    /** Whether a mediation started this filing or points at it (then the draft is not the filer's alone to delete). */
    linkedToMediation: async (filingId: string, q: Q = db) =>
      !!(await q
        .selectFrom('mediations')
        .select('id')
        .where((eb) => eb.or([eb('filing_id', '=', filingId), eb('jc_filing_id', '=', filingId), eb('draft_filing_id', '=', filingId)]))
        .executeTakeFirst()),
    /** Removes a draft and what hangs on it; the caller checked it is still a draft, inside the same transaction. */
    deleteDraft: async (q: Q, filingId: string) => {
      await q.deleteFrom('filing_files').where('filing_id', '=', filingId).execute()
      await q.deleteFrom('filing_parties').where('filing_id', '=', filingId).execute()
      await q.deleteFrom('filing_agents').where('filing_id', '=', filingId).execute()
      await q.deleteFrom('case_messages').where('filing_id', '=', filingId).execute()
      const res = await q.deleteFrom('filings').where('id', '=', filingId).where('status', '=', 'draft').executeTakeFirst()
      return Number(res.numDeletedRows) > 0
    },
  }
}

/** Filings the user filed, and submitted ones naming them as a party or as the agent (by resident ID). */
function visibleToParty(db: Kysely<Database>, userId: string, idKey: string | null) {
  return db
    .selectFrom('filings')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('filer_id', '=', userId),
        ...(idKey
          ? [
              eb.and([
                eb('status', '!=', 'draft'),
                eb.or([
                  eb('id', 'in', eb.selectFrom('filing_parties').select('filing_id').where('id_key', '=', idKey)),
                  eb('id', 'in', eb.selectFrom('filing_agents').select('filing_id').where('id_key', '=', idKey)),
                ]),
              ]),
            ]
          : []),
      ]),
    )
    .orderBy('updated_at', 'desc')
    .execute()
}
