import type { Kysely, Selectable } from 'kysely'
import type { CaseMessageTable, Database } from '../db/schema'
import { orderedId } from '../db/ids'
import type { Q } from '../db/query'

export type CaseMessageRow = Selectable<CaseMessageTable>

/** The 联系法官 threads: one per accepted case. */
export function messagesRepository(db: Kysely<Database>) {
  return {
    newId: () => orderedId('m'),
    insert: (row: CaseMessageRow, q: Q = db) => q.insertInto('case_messages').values(row).execute(),
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
    ofCourt: (courtId: string) =>
      db
        .selectFrom('case_messages')
        .innerJoin('filings', 'filings.id', 'case_messages.filing_id')
        .selectAll('case_messages')
        .select(['filings.case_number', 'filings.judge_id'])
        .where('filings.target_court_id', '=', courtId)
        .where('filings.status', '=', 'accepted')
        .orderBy('case_messages.created_at')
        .orderBy('case_messages.id')
        .execute(),
  }
}
export type MessagesRepository = ReturnType<typeof messagesRepository>
