import type { ExpressionBuilder, Kysely, Selectable } from 'kysely'
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
import { mergePage, type PageKey, type PageRequest } from '../db/page'

export type ServiceAddressRow = Selectable<ServiceAddressTable>
export type ServiceDocumentRow = Selectable<ServiceDocumentTable>
export type ServiceEventRow = Selectable<ServiceEventTable>
export type ServiceHeadRow = Selectable<ServiceHeadTable>
export type OutboxRow = Selectable<NotifyOutboxTable>
/** A party of a case as it is served: by its index in the case and the ID key it is named by. */
export type CasePartyRow = Selectable<FilingPartyTable>

/**
 * Whose documents a 我的文书 page gathers: those addressed to the party's verified ID, and, for an
 * agent, the plaintiffs' documents of the accepted cases they filed (addressed to someone else).
 */
export interface InboxOwner {
  idKey: string | null
  agentFilerId: string | null
}

type DocsEb = ExpressionBuilder<Database, 'service_documents'>
const issuedBefore = (after: PageKey | null) => (eb: DocsEb) =>
  after ? eb(eb.refTuple('service_documents.issued_at', 'service_documents.id'), '<', eb.tuple(after.at, after.id)) : eb.lit(true)
const issuedKey = (r: { id: string; issued_at: string }): PageKey => ({ at: r.issued_at, id: r.id })

const num = <T extends { seq: number | string }>(r: T): T => ({ ...r, seq: Number(r.seq) })

/**
 * 电子送达 (delivery) storage; the tables keep their `service_` names. Documents and events are
 * only ever inserted: there is no update or delete here (the one row replaced is a case's signed
 * head), and the signed receipt chain makes any change made behind this code's back detectable.
 */
export function deliveryRepository(db: Kysely<Database>, engine: Engine) {
  return {
    ...inboxQueries(db),
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

/** 我的文书: a page of the documents, and the unread count over all of them. */
function inboxQueries(db: Kysely<Database>) {
  return {
    /**
     * One page of 我的文书, newest first: each source read on its own index (addressee and time; the
     * agent's filed cases, then their documents) and the pages merged.
     */
    inboxPage: async (owner: InboxOwner, page: PageRequest) => {
      const { rows, next } = mergePage(
        await Promise.all(
          inboxSources(db, owner).map((q) =>
            q
              .selectAll('service_documents')
              .where(issuedBefore(page.after))
              .orderBy('service_documents.issued_at', 'desc')
              .orderBy('service_documents.id', 'desc')
              .limit(page.limit + 1)
              .execute(),
          ),
        ),
        issuedKey,
        page.limit,
      )
      return { rows, next }
    },
    /** How many of the inbox's documents have never been opened (the badge on 我的文书). */
    inboxUnread: async (owner: InboxOwner) => {
      const counts = await Promise.all(
        inboxSources(db, owner).map((q) =>
          q
            .select((eb) => eb.fn.countAll<number | string>().as('n'))
            .where((eb) =>
              eb.not(
                eb.exists(
                  eb
                    .selectFrom('service_events')
                    .select('service_events.seq')
                    .whereRef('service_events.document_id', '=', 'service_documents.id')
                    .where('service_events.type', '=', 'opened'),
                ),
              ),
            )
            .executeTakeFirst(),
        ),
      )
      return counts.reduce((sum, r) => sum + Number(r?.n ?? 0), 0)
    },
  }
}

/** The inbox's sources as queries still to be given their columns: addressed to me; received as the filing agent. */
function inboxSources(db: Kysely<Database>, owner: InboxOwner) {
  const addressed = owner.idKey ? [db.selectFrom('service_documents').where('service_documents.recipient_id_key', '=', owner.idKey)] : []
  const asAgent = owner.agentFilerId
    ? [
        db
          .selectFrom('service_documents')
          .innerJoin('filings', 'filings.id', 'service_documents.case_id')
          .where('filings.filer_id', '=', owner.agentFilerId)
          .where('filings.status', '=', 'accepted')
          .where('service_documents.recipient_side', '=', 'plaintiff')
          .$if(owner.idKey !== null, (qb) => qb.where('service_documents.recipient_id_key', '!=', owner.idKey ?? '')),
      ]
    : []
  return [...addressed, ...asAgent]
}
