import type { Kysely, Selectable } from 'kysely'
import type { CaseMessageTable, Database } from '../db/schema'
import { orderedId } from '../db/ids'
import type { Q } from '../db/query'
import { compareKeysOldestFirst, mergePage, type PageRequest } from '../db/page'
import { PARTY_ROLES } from '../auth/actor'

export type CaseMessageRow = Selectable<CaseMessageTable>

/** The 联系法官 threads: one per accepted case. */
export function messagesRepository(db: Kysely<Database>) {
  return {
    newId: () => orderedId('m'),
    /** Stores a message; a party's starts the case's wait for a reply (unless one already waits), the court's ends it. */
    insert: async (row: CaseMessageRow, q: Q = db) => {
      await q.insertInto('case_messages').values(row).execute()
      const party = PARTY_ROLES.includes(row.author_role)
      await q
        .updateTable('filings')
        .set((eb) => ({ awaiting_reply_since: party ? eb.fn.coalesce('awaiting_reply_since', eb.val(row.created_at)) : null }))
        .where('id', '=', row.filing_id)
        .execute()
    },
    // Ids sort in writing order, so messages written within one clock tick still read in order.
    thread: (filingId: string) => db.selectFrom('case_messages').selectAll().where('filing_id', '=', filingId).orderBy('created_at').orderBy('id').execute(),
    markReadByStaff: (filingId: string, partyRoles: readonly string[], at: string) =>
      db
        .updateTable('case_messages')
        .set({ read_by_staff_at: at })
        .where('filing_id', '=', filingId)
        .where('author_role', 'in', partyRoles)
        .where('read_by_staff_at', 'is', null)
        .execute(),
    markReadByParty: (filingId: string, partyRoles: readonly string[], at: string) =>
      db
        .updateTable('case_messages')
        .set({ read_by_party_at: at })
        .where('filing_id', '=', filingId)
        .where('author_role', 'not in', partyRoles)
        .where('read_by_party_at', 'is', null)
        .execute(),
    /** Every message of the accepted cases a court hears, with the case number, oldest first. */
    /**
     * A page of the court's accepted cases with a party message waiting for a reply, the longest
     * waiting first, on the (court, waiting since, id) index of the cases that wait.
     */
    waitingPage: async (courtId: string, page: PageRequest) => {
      const after = page.after
      const rows = await db
        .selectFrom('filings')
        .select(['id', 'case_number', 'judge_id', 'awaiting_reply_since'])
        .where('target_court_id', '=', courtId)
        .where('awaiting_reply_since', 'is not', null)
        .where('status', '=', 'accepted')
        .$if(after !== null, (qb) => qb.where((eb) => eb(eb.refTuple('awaiting_reply_since', 'id'), '>', eb.tuple(after?.at ?? '', after?.id ?? ''))))
        .orderBy('awaiting_reply_since')
        .orderBy('id')
        .limit(page.limit + 1)
        .execute()
      return mergePage([rows], (r) => ({ at: r.awaiting_reply_since ?? '', id: r.id }), page.limit, compareKeysOldestFirst)
    },
    /** The messages of a case since `since`, oldest first (what waits for a reply). */
    since: (filingId: string, since: string) =>
      db
        .selectFrom('case_messages')
        .selectAll()
        .where('filing_id', '=', filingId)
        .where('created_at', '>=', since)
        .orderBy('created_at')
        .orderBy('id')
        .execute(),
  }
}
export type MessagesRepository = ReturnType<typeof messagesRepository>
