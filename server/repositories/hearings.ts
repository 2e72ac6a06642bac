import type { Kysely, Selectable, Updateable } from 'kysely'
import type { Database, HearingAnswerTable, HearingRequestTable, HearingTable } from '../db/schema'
import type { Q } from '../db/query'
import type { PartySide } from '../../domain/filing/types'
import type { PageRequest } from '../db/page'
import { acceptedCourtPage } from './filings'
import { mergePage, type PageKey } from '../db/page'

export type HearingRow = Selectable<HearingTable>
export type HearingRequestRow = Selectable<HearingRequestTable>
export type HearingAnswerRow = Selectable<HearingAnswerTable>

/** Hearings, scheduling requests and answers, and the case data scheduling reads. */
export function hearingsRepository(db: Kysely<Database>) {
  return { ...schedulingCases(db), ...courtResources(db), ...hearingRows(db), ...hearingRequests(db) }
}

/** The accepted cases scheduling reads, their parties and the parties' accounts. */
function schedulingCases(db: Kysely<Database>) {
  return {
    acceptedCase: (id: string) => db.selectFrom('filings').selectAll().where('id', '=', id).where('status', '=', 'accepted').executeTakeFirst(),
    /** A page of the accepted cases the court hears, newest 立案 first. */
    acceptedPage: (courtId: string, page: PageRequest) => acceptedCourtPage(db, courtId, page),
    /** Accepted cases that name this ID number as a party, or that this user filed. */
    /**
     * One page of the hearing requests on a party's accepted cases, newest first: the cases they
     * filed (by filer) and those naming their verified ID (by party), each read on its own index
     * and merged, instead of an OR over subqueries that reads every filing.
     */
    requestPage: (userId: string, idKey: string | null, page: PageRequest) => partyRequestPage(db, userId, idKey, page),
    /** The case's parties in filing order; their side is one the filing schema admitted. */
    parties: (caseId: string) =>
      db.selectFrom('filing_parties').selectAll().where('filing_id', '=', caseId).orderBy('idx').$narrowType<{ side: PartySide }>().execute(),
    /** Signed-in accounts that are these parties: a verified real-name identity with the ID number. */
    accountsOf: (idKeys: string[]) =>
      idKeys.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('users')
            .select(['id', 'id_number', 'openid'])
            .where('id_number', 'in', idKeys)
            .where('real_name_status', '=', 'verified')
            .orderBy('id')
            .execute(),
  }
}

/** The court's judges, rooms and circuit points, and the names of its people. */
function courtResources(db: Kysely<Database>) {
  return {
    judgesOfCourt: (courtId: string) =>
      db.selectFrom('users').select(['id', 'display_name']).where('court_id', '=', courtId).where('role', '=', 'judge').orderBy('id').execute(),
    /** Where a hearing can sit: courtrooms and circuit points (not the mediation room). */
    venuesOfCourt: (courtId: string) =>
      db.selectFrom('courtrooms').selectAll().where('court_id', '=', courtId).where('kind', 'in', ['courtroom', 'circuit-point']).orderBy('id').execute(),
    userNames: async (ids: string[]) =>
      new Map(
        (ids.length === 0 ? [] : await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).execute()).map(
          (u) => [u.id, u.display_name] as const,
        ),
      ),
  }
}

/** Hearings themselves. */
function hearingRows(db: Kysely<Database>) {
  return {
    /** Hearings that hold their half-day (not postponed) in a court from a day on: the busy calendars. */
    liveHearingsOfCourt: (courtId: string, fromDate: string) =>
      db
        .selectFrom('hearings')
        .select(['judge_id', 'room_id', 'date', 'half'])
        .where('court_id', '=', courtId)
        .where('status', '!=', 'postponed')
        .where('date', '>=', fromDate)
        .execute(),
    hearingsOfCase: (caseId: string) => db.selectFrom('hearings').selectAll().where('case_id', '=', caseId).orderBy('created_at').orderBy('id').execute(),
    hearingsOfCases: (caseIds: string[]) =>
      caseIds.length === 0
        ? Promise.resolve([])
        : db.selectFrom('hearings').selectAll().where('case_id', 'in', caseIds).orderBy('created_at').orderBy('id').execute(),
    hearing: (id: string) => db.selectFrom('hearings').selectAll().where('id', '=', id).executeTakeFirst(),
    insertHearing: (q: Q, row: HearingRow) => q.insertInto('hearings').values(row).execute(),
    /** Moves a hearing on only from the status the caller saw; false when someone else moved it first. */
    transitionHearing: async (id: string, from: HearingRow['status'], patch: Updateable<HearingTable>) =>
      Number((await db.updateTable('hearings').set(patch).where('id', '=', id).where('status', '=', from).executeTakeFirst()).numUpdatedRows) === 1,
    setSummons: (id: string, summonsJson: string) => db.updateTable('hearings').set({ summons_json: summonsJson }).where('id', '=', id).execute(),
  }
}

/** Scheduling requests to the parties, and their answers. */
function hearingRequests(db: Kysely<Database>) {
  return {
    request: (id: string) => db.selectFrom('hearing_requests').selectAll().where('id', '=', id).executeTakeFirst(),
    openRequest: (caseId: string, q: Q = db) =>
      q.selectFrom('hearing_requests').selectAll().where('case_id', '=', caseId).where('status', '=', 'open').executeTakeFirst(),
    requestsOfCases: (caseIds: string[]) =>
      caseIds.length === 0
        ? Promise.resolve([])
        : db.selectFrom('hearing_requests').selectAll().where('case_id', 'in', caseIds).orderBy('requested_at', 'desc').orderBy('id', 'desc').execute(),
    insertRequest: (row: HearingRequestRow, q: Q = db) => q.insertInto('hearing_requests').values(row).execute(),
    closeRequest: async (q: Q, id: string, patch: Pick<HearingRequestRow, 'status' | 'closed_at' | 'hearing_id'>) =>
      Number((await q.updateTable('hearing_requests').set(patch).where('id', '=', id).where('status', '=', 'open').executeTakeFirst()).numUpdatedRows) === 1,

    answers: (requestId: string) => db.selectFrom('hearing_answers').selectAll().where('request_id', '=', requestId).orderBy('party_idx').execute(),
    answersOf: (requestIds: string[]) =>
      requestIds.length === 0 ? Promise.resolve([]) : db.selectFrom('hearing_answers').selectAll().where('request_id', 'in', requestIds).execute(),
    saveAnswer: (row: HearingAnswerRow) =>
      db
        .insertInto('hearing_answers')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['request_id', 'party_idx']).doUpdateSet({
            user_id: row.user_id,
            kind: row.kind,
            date: row.date,
            half: row.half,
            judge_id: row.judge_id,
            room_id: row.room_id,
            busy_json: row.busy_json,
            answered_at: row.answered_at,
          }),
        )
        .execute(),

    /**
     * Receipts of the 起诉状副本 served on the case's parties, read from e-service (read only): the
     * day it reached them electronically, the day a public notice was published, or a recorded paper service.
     */
    complaintCopyReceipts: (caseId: string) =>
      db
        .selectFrom('service_documents as d')
        .innerJoin('service_events as e', 'e.document_id', 'd.id')
        .select(['d.id as document_id', 'd.method', 'd.party_idx', 'd.recipient_side', 'e.type', 'e.at', 'e.detail_json'])
        .where('d.case_id', '=', caseId)
        .where('d.kind', '=', 'complaint-copy')
        .where('e.type', 'in', ['delivered', 'opened', 'signed', 'published', 'served-on-paper'])
        .orderBy('e.seq')
        .execute(),
    /** Small claims: the periods the judge recorded as agreed with the parties, JSON, or null to clear them. */
    saveAgreedPeriods: (caseId: string, json: string | null, at: string) =>
      db.updateTable('filings').set({ agreed_periods_json: json, updated_at: at }).where('id', '=', caseId).execute(),
  }
}
export type HearingsRepository = ReturnType<typeof hearingsRepository>

const requestKey = (r: { id: string; requested_at: string }): PageKey => ({ at: r.requested_at, id: r.id })

async function partyRequestPage(db: Kysely<Database>, userId: string, idKey: string | null, page: PageRequest) {
  const after = page.after
  const base = () =>
    db
      .selectFrom('hearing_requests')
      .innerJoin('filings', 'filings.id', 'hearing_requests.case_id')
      .selectAll('hearing_requests')
      .where('filings.status', '=', 'accepted')
      .$if(after !== null, (qb) =>
        qb.where((eb) => eb(eb.refTuple('hearing_requests.requested_at', 'hearing_requests.id'), '<', eb.tuple(after?.at ?? '', after?.id ?? ''))),
      )
      .orderBy('hearing_requests.requested_at', 'desc')
      .orderBy('hearing_requests.id', 'desc')
      .limit(page.limit + 1)
  const filed = base().where('filings.filer_id', '=', userId).execute()
  const named = idKey
    ? base().innerJoin('filing_parties', 'filing_parties.filing_id', 'hearing_requests.case_id').where('filing_parties.id_key', '=', idKey).execute()
    : Promise.resolve([])
  return mergePage(await Promise.all([filed, named]), requestKey, page.limit)
}
