import type { ExpressionBuilder, Kysely, Selectable, Updateable } from 'kysely'
import type { Database, FilingTable } from '../db/schema'
import { isUniqueViolation } from '../db/errors'
import { mergePage, type PageKey, type PageRequest } from '../db/page'
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
    partyPage: (userId: string, idKey: string | null, page: PageRequest) => partyPage(db, userId, idKey, page),
    queuePage: (courtId: string, page: PageRequest, agriculturalFirst: boolean) => queuePage(db, courtId, page, agriculturalFirst),
    acceptedPage: (courtId: string, page: PageRequest) => acceptedCourtPage(db, courtId, page),
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
    /** The whole review queue of a court, unpaged: kept for the list bench's before-and-after. */
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
/** What saving a draft needs of it: who filed it, where it stands and what it is — not its data. */
const DRAFT_HEAD = ['id', 'filer_id', 'status', 'kind', 'court_id', 'target_court_id', 'version'] as const

function draftQueries(db: Kysely<Database>) {
  return {
    draftHead: (id: string) => db.selectFrom('filings').select(DRAFT_HEAD).where('id', '=', id).executeTakeFirst(),
    /**
     * Writes the form's data while the filing is still in `status` (a draft, or being corrected);
     * false when it was submitted in between, so a late autosave never changes what was submitted.
     */
    saveDraftData: async (
      id: string,
      status: FilingRow['status'],
      patch: Pick<Updateable<FilingTable>, 'data_json' | 'agricultural' | 'updated_at'>,
      q: Q = db,
    ) => {
      const res = await q.updateTable('filings').set(patch).where('id', '=', id).where('status', '=', status).executeTakeFirst()
      return Number(res.numUpdatedRows) === 1
    },
    /**
     * The filer's newest drafts of this kind and these courts, at most `limit`, with only what is
     * needed to tell a blank one: a filer with thousands of drafts (an agent's practice) is not read
     * whole on every 开始填写.
     */
    recentDraftsLike: (filerId: string, kind: FilingRow['kind'], courtId: string, targetCourtId: string, limit: number, q: Q = db) =>
      q
        .selectFrom('filings')
        .select(['id', 'data_json'])
        .where('filer_id', '=', filerId)
        .where('status', '=', 'draft')
        .where('kind', '=', kind)
        .where('court_id', '=', courtId)
        .where('target_court_id', '=', targetCourtId)
        .orderBy('updated_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
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

type FilingsEb = ExpressionBuilder<Database, 'filings'>

/** Rows after the cursor in the order newest change first (updated_at, id descending). */
const changedBefore = (after: PageKey | null) => (eb: FilingsEb) =>
  after ? eb(eb.refTuple('filings.updated_at', 'filings.id'), '<', eb.tuple(after.at, after.id)) : eb.lit(true)

const changeKey = (r: { id: string; updated_at: string }): PageKey => ({ at: r.updated_at, id: r.id })

/** The filings of a page, whole, in the order of `ids`. */
async function rowsInOrder(db: Kysely<Database>, ids: string[]): Promise<FilingRow[]> {
  if (ids.length === 0) return []
  const rows = await db.selectFrom('filings').selectAll().where('id', 'in', ids).execute()
  const byId = new Map(rows.map((r) => [r.id, r]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/**
 * One page of 我的案件: what the user filed, and submitted filings naming their resident ID as a
 * party or agent, newest change first. Each of the three is read on its own index (filer and
 * time; party or agent by ID, then the filing by key) and the pages merged, instead of one OR over
 * subqueries that the database can only answer by reading every filing.
 */
async function partyPage(db: Kysely<Database>, userId: string, idKey: string | null, page: PageRequest) {
  const n = page.limit + 1
  const filed = db
    .selectFrom('filings')
    .select(['filings.id', 'filings.updated_at'])
    .where('filings.filer_id', '=', userId)
    .where(changedBefore(page.after))
    .orderBy('filings.updated_at', 'desc')
    .orderBy('filings.id', 'desc')
    .limit(n)
    .execute()
  const named = (table: 'filing_parties' | 'filing_agents') =>
    idKey
      ? db
          .selectFrom(table)
          .innerJoin('filings', 'filings.id', `${table}.filing_id`)
          .select(['filings.id', 'filings.updated_at'])
          .where(`${table}.id_key`, '=', idKey)
          .where('filings.status', '!=', 'draft')
          .where(changedBefore(page.after))
          .orderBy('filings.updated_at', 'desc')
          .orderBy('filings.id', 'desc')
          .limit(n)
          .execute()
      : Promise.resolve([])
  const { rows, next } = mergePage(await Promise.all([filed, named('filing_parties'), named('filing_agents')]), changeKey, page.limit)
  return {
    rows: await rowsInOrder(
      db,
      rows.map((r) => r.id),
    ),
    next,
  }
}

/**
 * One page of a court's review queue: its own filings waiting for a decision and cross-region ones
 * forwarded to it, newest submission first, 涉农 ahead of the rest when asked (the green channel).
 * Each (court or forwarded-to court, status, 涉农 or not) is read on its own index in submission
 * order and the pages merged, so no query sorts or reads more than a page of rows.
 */
async function queuePage(db: Kysely<Database>, courtId: string, page: PageRequest, agriculturalFirst: boolean) {
  const n = page.limit + 1
  const after = page.after
  const source = (column: 'court_id' | 'target_court_id', status: 'submitted' | 'correction-requested', agricultural: 0 | 1) => {
    // In the grouped order a cursor inside the 涉农 group leaves all of the other group still to come.
    const group = agriculturalFirst ? (after?.group ?? 1) : null
    if (group !== null && agricultural > group) return Promise.resolve([])
    const whole = group !== null && agricultural < group
    return db
      .selectFrom('filings')
      .select(['id', 'submitted_at', 'agricultural'])
      .where(column, '=', courtId)
      .where('status', '=', status)
      .where('agricultural', '=', agricultural)
      .$if(column === 'target_court_id', (qb) => qb.where('forwarded_at', 'is not', null).where('court_id', '!=', courtId))
      .$if(after !== null && !whole, (qb) => qb.where((eb) => eb(eb.refTuple('submitted_at', 'id'), '<', eb.tuple(after?.at ?? '', after?.id ?? ''))))
      .orderBy('submitted_at', 'desc')
      .orderBy('id', 'desc')
      .limit(n)
      .execute()
  }
  const sources = (['court_id', 'target_court_id'] as const).flatMap((column) =>
    (['submitted', 'correction-requested'] as const).flatMap((status) => ([1, 0] as const).map((agri) => source(column, status, agri))),
  )
  const keyOf = (r: { id: string; submitted_at: string | null; agricultural: number }): PageKey => ({
    at: r.submitted_at ?? '',
    id: r.id,
    ...(agriculturalFirst ? { group: r.agricultural } : {}),
  })
  const { rows, next } = mergePage(await Promise.all(sources), keyOf, page.limit)
  return {
    rows: await rowsInOrder(
      db,
      rows.map((r) => r.id),
    ),
    next,
  }
}

/** A row's place in the court's case lists: newest 立案 first. */
export const decidedKey = (r: { id: string; decided_at: string | null }): PageKey => ({ at: r.decided_at ?? '', id: r.id })

/**
 * One page of the accepted cases a court hears (its own and those forwarded to it), newest 立案
 * first, read off (hearing court, status, decided at, id) — the follow-up lists of 电子送达 and
 * the hearing schedule show a page of them at a time.
 */
export async function acceptedCourtPage(db: Kysely<Database>, courtId: string, page: PageRequest) {
  const after = page.after
  const rows = await db
    .selectFrom('filings')
    .selectAll()
    .where('target_court_id', '=', courtId)
    .where('status', '=', 'accepted')
    .$if(after !== null, (qb) => qb.where((eb) => eb(eb.refTuple('decided_at', 'id'), '<', eb.tuple(after?.at ?? '', after?.id ?? ''))))
    .orderBy('decided_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute()
  return mergePage([rows], decidedKey, page.limit)
}
