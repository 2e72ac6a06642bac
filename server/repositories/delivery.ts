import type { Kysely, Selectable } from 'kysely'
import type { Engine } from '../db/connect'
import type {
  Database,
  FilingPartyTable,
  NotifyOutboxTable,
  ServiceAddressTable,
  ServiceDocumentTable,
  ServiceEventTable,
  ServiceHeadTable,
} from '../db/schema'
import type { Q } from '../db/query'

export type ServiceAddressRow = Selectable<ServiceAddressTable>
export type ServiceDocumentRow = Selectable<ServiceDocumentTable>
export type ServiceEventRow = Selectable<ServiceEventTable>
export type ServiceHeadRow = Selectable<ServiceHeadTable>
export type OutboxRow = Selectable<NotifyOutboxTable>
/** A party of a case as it is served: by its index in the case and the ID key it is named by. */
export type CasePartyRow = Selectable<FilingPartyTable>

const num = <T extends { seq: number | string }>(r: T): T => ({ ...r, seq: Number(r.seq) })

/**
 * 电子送达 (delivery) storage; the tables keep their `service_` names. Documents and events are
 * only ever inserted: there is no update or delete here (the one row replaced is a case's signed
 * head), and the signed receipt chain makes any change made behind this code's back detectable.
 */
export function deliveryRepository(db: Kysely<Database>, engine: Engine) {
  return {
    /**
     * Serialises writers of one case's chain inside the caller's transaction: PostgreSQL locks the
     * case row; SQLite has a single writer already.
     */
    lockCase: async (q: Q, caseId: string) => {
      if (engine === 'postgres') await q.selectFrom('filings').select('id').where('id', '=', caseId).forUpdate().execute()
    },

    latestAddress: (caseId: string, partyIdx: number, q: Q = db) =>
      q
        .selectFrom('service_addresses')
        .selectAll()
        .where('case_id', '=', caseId)
        .where('party_idx', '=', partyIdx)
        .orderBy('version', 'desc')
        .limit(1)
        .executeTakeFirst(),
    addressesOfCase: (caseId: string) =>
      db.selectFrom('service_addresses').selectAll().where('case_id', '=', caseId).orderBy('party_idx').orderBy('version').execute(),
    insertAddress: (q: Q, row: ServiceAddressRow) => q.insertInto('service_addresses').values(row).execute(),

    insertDocument: (q: Q, row: ServiceDocumentRow) => q.insertInto('service_documents').values(row).execute(),
    document: (id: string) => db.selectFrom('service_documents').selectAll().where('id', '=', id).executeTakeFirst(),
    documentsOfCase: (caseId: string) =>
      db.selectFrom('service_documents').selectAll().where('case_id', '=', caseId).orderBy('issued_at').orderBy('id').execute(),
    documentsOfCases: (caseIds: string[]) =>
      caseIds.length === 0 ? Promise.resolve([]) : db.selectFrom('service_documents').selectAll().where('case_id', 'in', caseIds).execute(),
    /** Documents addressed to any of these parties (by ID number / credit code). */
    documentsFor: (idKeys: string[]) =>
      idKeys.length === 0
        ? Promise.resolve([])
        : db.selectFrom('service_documents').selectAll().where('recipient_id_key', 'in', idKeys).orderBy('issued_at', 'desc').orderBy('id').execute(),

    lastEvent: async (q: Q, caseId: string) => {
      const r = await q.selectFrom('service_events').select(['seq', 'hash']).where('case_id', '=', caseId).orderBy('seq', 'desc').limit(1).executeTakeFirst()
      return r ? { seq: Number(r.seq), hash: r.hash } : undefined
    },
    insertEvent: (q: Q, row: ServiceEventRow) => q.insertInto('service_events').values(row).execute(),
    /** The kinds of receipt a document already has, read inside the caller's (locked) transaction. */
    eventTypesOf: async (q: Q, documentId: string) =>
      new Set((await q.selectFrom('service_events').select('type').where('document_id', '=', documentId).execute()).map((r) => r.type)),
    /** Replaces the case's signed head, in the transaction that appended the receipt it names. */
    saveHead: (q: Q, row: ServiceHeadRow) =>
      q
        .insertInto('service_heads')
        .values(row)
        .onConflict((oc) =>
          oc.column('case_id').doUpdateSet({ seq: row.seq, hash: row.hash, key_id: row.key_id, signature: row.signature, signed_at: row.signed_at }),
        )
        .execute(),
    headOf: async (caseId: string) => {
      const r = await db.selectFrom('service_heads').selectAll().where('case_id', '=', caseId).executeTakeFirst()
      return r ? num(r) : undefined
    },
    eventsOfCase: async (caseId: string) => (await db.selectFrom('service_events').selectAll().where('case_id', '=', caseId).orderBy('seq').execute()).map(num),
    eventsOfDocuments: async (ids: string[]) =>
      ids.length === 0
        ? []
        : (await db.selectFrom('service_events').selectAll().where('document_id', 'in', ids).orderBy('case_id').orderBy('seq').execute()).map(num),

    /** Signed-in accounts that are this party: a verified real-name identity with this ID number; none for a party named without one. */
    accountsOf: async (idKey: string) =>
      !idKey ? [] : await db.selectFrom('users').select(['id', 'openid']).where('id_number', '=', idKey).where('real_name_status', '=', 'verified').execute(),
    /** The accepted cases of a court, newest first. */
    casesOfCourt: (courtId: string) =>
      db.selectFrom('filings').selectAll().where('target_court_id', '=', courtId).where('status', '=', 'accepted').orderBy('decided_at', 'desc').execute(),
    /** Accepted cases naming this party. */
    casesNaming: (idKey: string) =>
      db
        .selectFrom('filings')
        .selectAll()
        .where('status', '=', 'accepted')
        .where('id', 'in', (eb) => eb.selectFrom('filing_parties').select('filing_id').where('id_key', '=', idKey))
        .orderBy('decided_at', 'desc')
        .execute(),
    parties: (caseId: string) => db.selectFrom('filing_parties').selectAll().where('filing_id', '=', caseId).orderBy('idx').execute(),

    insertOutbox: (row: OutboxRow) => db.insertInto('notify_outbox').values(row).execute(),
    outbox: (courtId: string, limit: number) =>
      db.selectFrom('notify_outbox').selectAll().where('court_id', '=', courtId).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute(),
  }
}
export type DeliveryRepository = ReturnType<typeof deliveryRepository>
