import type { ExpressionBuilder, Insertable, Kysely, Selectable, Updateable } from 'kysely'
import type { EnforcementCaseState } from '../../../domain/enforcement/types'
import { compareKeysOldestFirst, mergePage, type PageKey, type PageRequest } from '../../db/page'
import type { Q } from '../../db/query'
import type { Database } from '../../db/schema'
import type {
  EnforcementCaseTable,
  EnforcementComplaintTable,
  EnforcementControlTable,
  EnforcementLeadTable,
  EnforcementNodeTable,
  EnforcementTeamTable,
} from '../../db/schemaEnforcement'

export type EnforcementCaseRow = Selectable<EnforcementCaseTable>
export type LeadRow = Selectable<EnforcementLeadTable>
export type ControlRow = Selectable<EnforcementControlTable>
export type NodeRow = Selectable<EnforcementNodeTable>
export type TeamRow = Selectable<EnforcementTeamTable>
export type ComplaintRow = Selectable<EnforcementComplaintTable>
export type ReceiptRow = Database['enforcement_receipts']
export type LedgerRow = Database['enforcement_ledger']
export type RecheckRow = Database['enforcement_rechecks']

const byCase = <T extends keyof Database>(q: Kysely<Database> | Q, table: T, caseId: string) =>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  (q as Kysely<any>).selectFrom(table).selectAll().where('case_id', '=', caseId)

const byCases = <T extends keyof Database>(q: Kysely<Database> | Q, table: T, caseIds: readonly string[]) =>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  (q as Kysely<any>).selectFrom(table).selectAll().where('case_id', 'in', caseIds)

/** A court's lists read thousands of cases at once: IN lists of this many ids stay far below both databases' parameter limits. */
const CASES_PER_QUERY = 1000

async function inChunks<R>(ids: readonly string[], read: (part: readonly string[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = []
  for (let i = 0; i < ids.length; i += CASES_PER_QUERY) out.push(...(await read(ids.slice(i, i + CASES_PER_QUERY))))
  return out
}

/** The same rows for many cases, in the per-case order within each case (a court's 督办 list and tasks). */
function batchedReaders(db: Kysely<Database>) {
  return {
    leadsOfCases: (ids: readonly string[]) =>
      inChunks(ids, (part) => byCases(db, 'enforcement_leads', part).orderBy('created_at').orderBy('id').execute() as Promise<LeadRow[]>),
    controlsOfCases: (ids: readonly string[]) =>
      inChunks(ids, (part) => byCases(db, 'enforcement_controls', part).orderBy('created_at').orderBy('id').execute() as Promise<ControlRow[]>),
    receiptsOfCases: (ids: readonly string[]) =>
      inChunks(ids, (part) => byCases(db, 'enforcement_receipts', part).orderBy('created_at').orderBy('id').execute() as Promise<ReceiptRow[]>),
    rechecksOfCases: (ids: readonly string[]) =>
      inChunks(ids, (part) => byCases(db, 'enforcement_rechecks', part).orderBy('number').execute() as Promise<RecheckRow[]>),
    complaintsOfCases: (ids: readonly string[]) =>
      inChunks(ids, (part) => byCases(db, 'enforcement_complaints', part).orderBy('created_at').execute() as Promise<ComplaintRow[]>),
  }
}

type CasesEb = ExpressionBuilder<Database, 'enforcement_cases'>

/** A case's place in the lists ordered by when the court received it. */
export const receivedKey = (c: { id: string; received_on: string }): PageKey => ({ at: c.received_on, id: c.id })

/** Rows after the cursor in the order newest received first (received on, id descending). */
const receivedBefore = (after: PageKey | null) => (eb: CasesEb) =>
  after ? eb(eb.refTuple('enforcement_cases.received_on', 'enforcement_cases.id'), '<', eb.tuple(after.at, after.id)) : eb.lit(true)

/**
 * What the stored columns say a case in `state` must have; the rest of the state (an open 中止 or
 * 暂缓 period, a closure's mode) is in the case's JSON and checked by the caller on the rows.
 */
function mayBeIn(eb: CasesEb, state: EnforcementCaseState) {
  const docketed = [eb('filed_on', 'is not', null), eb('refused_on', 'is', null)]
  switch (state) {
    case 'closed':
      return eb('closed_on', 'is not', null)
    case 'refused':
      return eb('refused_on', 'is not', null)
    case 'applied':
      return eb.and([eb('filed_on', 'is', null), eb('refused_on', 'is', null)])
    case 'filed':
      return eb.and([...docketed, eb('assigned_on', 'is', null)])
    case 'enforcing':
      return eb.and([...docketed, eb('assigned_on', 'is not', null)])
    default:
      return eb.and(docketed)
  }
}

/** Which of a court's cases a batch reads: all, or those of some teams; in a state, or any. */
export interface CourtCasesFilter {
  teamIds: readonly string[] | null
  state?: EnforcementCaseState
}

/** The cases of a page, whole, in the order of `ids`. */
async function casesInOrder(db: Kysely<Database>, ids: string[]): Promise<EnforcementCaseRow[]> {
  if (ids.length === 0) return []
  const rows = await db.selectFrom('enforcement_cases').selectAll().where('id', 'in', ids).execute()
  const byId = new Map(rows.map((r) => [r.id, r]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/**
 * One page of 我的执行案件: what the user applied for, and cases naming their verified ID (as a
 * co-applicant or the respondent), newest received first. Each is read on its own index (applicant
 * and time; the ID key, then the case by key) and the pages merged.
 */
async function partyPage(db: Kysely<Database>, userId: string, idKey: string | null, page: PageRequest) {
  const n = page.limit + 1
  const own = db
    .selectFrom('enforcement_cases')
    .select(['id', 'received_on'])
    .where('applicant_id', '=', userId)
    .where(receivedBefore(page.after))
    .orderBy('received_on', 'desc')
    .orderBy('id', 'desc')
    .limit(n)
    .execute()
  // A person named twice on one case (both sides of a family dispute) is one row of the source.
  const named = idKey
    ? db
        .selectFrom('enforcement_parties')
        .innerJoin('enforcement_cases', 'enforcement_cases.id', 'enforcement_parties.case_id')
        .select(['enforcement_cases.id', 'enforcement_cases.received_on'])
        .distinct()
        .where('enforcement_parties.id_key', '=', idKey)
        .where(receivedBefore(page.after))
        .orderBy('enforcement_cases.received_on', 'desc')
        .orderBy('enforcement_cases.id', 'desc')
        .limit(n)
        .execute()
    : Promise.resolve([])
  const { rows, next } = mergePage(await Promise.all([own, named]), receivedKey, page.limit)
  return {
    rows: await casesInOrder(
      db,
      rows.map((r) => r.id),
    ),
    next,
  }
}

/**
 * One page of the court's 立案 queue: applications neither docketed nor refused, 涉农 first, then
 * the oldest received (the nearest 7-day deadline: every application of a court runs on the same
 * period). Each group is read on the waiting-applications index in that order.
 */
async function queuePage(db: Kysely<Database>, courtId: string, page: PageRequest) {
  const n = page.limit + 1
  const after = page.after
  const source = (agricultural: 0 | 1) => {
    // A cursor inside the 涉农 group leaves all of the other group still to come.
    const group = after?.group ?? 1
    if (agricultural > group) return Promise.resolve([])
    const whole = agricultural < group
    return db
      .selectFrom('enforcement_cases')
      .selectAll()
      .where('court_id', '=', courtId)
      .where('agricultural', '=', agricultural)
      .where('filed_on', 'is', null)
      .where('refused_on', 'is', null)
      .$if(after !== null && !whole, (qb) => qb.where((eb) => eb(eb.refTuple('received_on', 'id'), '>', eb.tuple(after?.at ?? '', after?.id ?? ''))))
      .orderBy('received_on')
      .orderBy('id')
      .limit(n)
      .execute()
  }
  const keyOf = (c: EnforcementCaseRow): PageKey => ({ ...receivedKey(c), group: c.agricultural === 1 ? 1 : 0 })
  return mergePage(await Promise.all([source(1), source(0)]), keyOf, page.limit, compareKeysOldestFirst)
}

/**
 * Up to `n` of a court's cases after `after`, newest received first, that the stored columns allow
 * in the filter: the whole court on one index, or each team on the team index and the teams merged.
 */
async function courtCasesAfter(db: Kysely<Database>, courtId: string, filter: CourtCasesFilter, after: PageKey | null, n: number) {
  const source = (teamId: string | null) =>
    db
      .selectFrom('enforcement_cases')
      .selectAll()
      .where('court_id', '=', courtId)
      .$if(teamId !== null, (qb) => qb.where('team_id', '=', teamId))
      .$if(filter.state !== undefined, (qb) => qb.where((eb) => mayBeIn(eb, filter.state ?? 'applied')))
      .where(receivedBefore(after))
      .orderBy('received_on', 'desc')
      .orderBy('id', 'desc')
      .limit(n)
      .execute()
  const sources = await Promise.all(filter.teamIds === null ? [source(null)] : filter.teamIds.map(source))
  return mergePage(sources, receivedKey, n).rows
}

/**
 * One page of the cases whose work a list shows (我的执行任务: the teams' cases; the 督办 list: the
 * court's or one team's), every case not refused, the oldest received first — the one whose
 * deadlines run out soonest. Each team is read on the (court, team, received on, id) index and the
 * teams merged; the whole court on (court, received on, id).
 */
async function workPage(db: Kysely<Database>, courtId: string, teamIds: readonly string[] | null, page: PageRequest) {
  const after = page.after
  const source = (teamId: string | null) =>
    db
      .selectFrom('enforcement_cases')
      .selectAll()
      .where('court_id', '=', courtId)
      .$if(teamId !== null, (qb) => qb.where('team_id', '=', teamId))
      .where('refused_on', 'is', null)
      .$if(after !== null, (qb) => qb.where((eb) => eb(eb.refTuple('received_on', 'id'), '>', eb.tuple(after?.at ?? '', after?.id ?? ''))))
      .orderBy('received_on')
      .orderBy('id')
      .limit(page.limit + 1)
      .execute()
  const sources = await Promise.all(teamIds === null ? [source(null)] : teamIds.map(source))
  return mergePage(sources, receivedKey, page.limit, compareKeysOldestFirst)
}

/** A complaint's place in 执行信访: the unanswered first, then by when it came, oldest first. */
export const complaintKey = (k: ComplaintRow): PageKey => ({ group: k.answered_on === null ? 1 : 0, at: k.received_on, id: k.id })

/**
 * One page of a court's 执行信访: the unanswered first, then those answered, each the oldest
 * received first (the nearest answer deadline: both periods run from the day it came). Each group
 * is read on its own index of the court's complaints in that order.
 */
async function complaintsPage(db: Kysely<Database>, courtId: string, page: PageRequest) {
  const after = page.after
  const source = (open: 0 | 1) => {
    // A cursor inside the unanswered group leaves all of the answered still to come.
    const group = after?.group ?? 1
    if (open > group) return Promise.resolve([])
    const whole = open < group
    return db
      .selectFrom('enforcement_complaints')
      .selectAll()
      .where('court_id', '=', courtId)
      .where('answered_on', open === 1 ? 'is' : 'is not', null)
      .$if(after !== null && !whole, (qb) => qb.where((eb) => eb(eb.refTuple('received_on', 'id'), '>', eb.tuple(after?.at ?? '', after?.id ?? ''))))
      .orderBy('received_on')
      .orderBy('id')
      .limit(page.limit + 1)
      .execute()
  }
  return mergePage(await Promise.all([source(1), source(0)]), complaintKey, page.limit, compareKeysOldestFirst)
}

/** The paginated lists: 我的执行案件, the 立案 queue and the court's cases. */
function pagedReaders(db: Kysely<Database>) {
  return {
    partyPage: (userId: string, idKey: string | null, page: PageRequest) => partyPage(db, userId, idKey, page),
    queuePage: (courtId: string, page: PageRequest) => queuePage(db, courtId, page),
    courtCasesAfter: (courtId: string, filter: CourtCasesFilter, after: PageKey | null, n: number) => courtCasesAfter(db, courtId, filter, after, n),
    workPage: (courtId: string, teamIds: readonly string[] | null, page: PageRequest) => workPage(db, courtId, teamIds, page),
    complaintsPage: (courtId: string, page: PageRequest) => complaintsPage(db, courtId, page),
  }
}

/** The enforcement tables: one place that reads and writes them. */
export function enforcementRepository(db: Kysely<Database>) {
  return {
    caseById: (id: string, q: Q = db) => q.selectFrom('enforcement_cases').selectAll().where('id', '=', id).executeTakeFirst(),
    caseByFiling: (filingId: string) => db.selectFrom('enforcement_cases').selectAll().where('filing_id', '=', filingId).executeTakeFirst(),
    insertCase: (q: Q, row: Insertable<EnforcementCaseTable>) => q.insertInto('enforcement_cases').values(row).execute(),
    /** Applies `patch` only while the case is at `version`; false when someone else changed it first. */
    updateCase: async (q: Q, id: string, version: number, patch: Updateable<EnforcementCaseTable>) => {
      const r = await q
        .updateTable('enforcement_cases')
        .set({ ...patch, version: version + 1 })
        .where('id', '=', id)
        .where('version', '=', version)
        .executeTakeFirst()
      return Number(r.numUpdatedRows) === 1
    },
    casesOfCourt: (courtId: string) =>
      db.selectFrom('enforcement_cases').selectAll().where('court_id', '=', courtId).orderBy('received_on').orderBy('id').execute(),
    ...pagedReaders(db),
    casesFromSources: (sourceIds: string[]) =>
      sourceIds.length === 0 ? Promise.resolve([]) : db.selectFrom('enforcement_cases').selectAll().where('source_case_id', 'in', sourceIds).execute(),
    resumedFrom: (id: string) => db.selectFrom('enforcement_cases').select(['id', 'case_number']).where('resumed_from_id', '=', id).execute(),
    insertParties: async (q: Q, rows: Database['enforcement_parties'][]) => {
      if (rows.length > 0) await q.insertInto('enforcement_parties').values(rows).execute()
    },
    sideOf: (caseId: string, idKey: string) =>
      db.selectFrom('enforcement_parties').select('side').where('case_id', '=', caseId).where('id_key', '=', idKey).execute(),

    leads: (caseId: string, q: Q = db) => byCase(q, 'enforcement_leads', caseId).orderBy('created_at').orderBy('id').execute() as Promise<LeadRow[]>,
    insertLead: (q: Q, row: LeadRow) => q.insertInto('enforcement_leads').values(row).execute(),
    updateLead: (q: Q, id: string, patch: Updateable<EnforcementLeadTable>) => q.updateTable('enforcement_leads').set(patch).where('id', '=', id).execute(),

    controls: (caseId: string, q: Q = db) => byCase(q, 'enforcement_controls', caseId).orderBy('created_at').orderBy('id').execute() as Promise<ControlRow[]>,
    insertControl: (q: Q, row: ControlRow) => q.insertInto('enforcement_controls').values(row).execute(),
    updateControl: (q: Q, id: string, patch: Updateable<EnforcementControlTable>) =>
      q.updateTable('enforcement_controls').set(patch).where('id', '=', id).execute(),

    receipts: (caseId: string, q: Q = db) => byCase(q, 'enforcement_receipts', caseId).orderBy('created_at').orderBy('id').execute() as Promise<ReceiptRow[]>,
    insertReceipt: (q: Q, row: ReceiptRow) => q.insertInto('enforcement_receipts').values(row).execute(),
    /** Adds to what was paid out of a receipt, never beyond its amount; false when that would overpay. */
    payFromReceipt: async (q: Q, id: string, amountFen: number, paidOn: string, full: boolean) => {
      const r = await q
        .updateTable('enforcement_receipts')
        .set((eb) => ({ paid_fen: eb('paid_fen', '+', amountFen), ...(full ? { paid_on: paidOn } : {}) }))
        .where('id', '=', id)
        .where((eb) => eb(eb('paid_fen', '+', amountFen), '<=', eb.ref('amount_fen')))
        .executeTakeFirst()
      return Number(r.numUpdatedRows) === 1
    },
    ledger: (caseId: string, q: Q = db) => byCase(q, 'enforcement_ledger', caseId).orderBy('created_at').orderBy('id').execute() as Promise<LedgerRow[]>,
    insertLedger: (q: Q, row: LedgerRow) => q.insertInto('enforcement_ledger').values(row).execute(),

    nodes: (caseId: string, q: Q = db) => byCase(q, 'enforcement_nodes', caseId).orderBy('at').orderBy('id').execute() as Promise<NodeRow[]>,
    insertNode: (q: Q, row: NodeRow) => q.insertInto('enforcement_nodes').values(row).execute(),
    markChained: (q: Q, caseId: string) => q.updateTable('enforcement_nodes').set({ chained: 1 }).where('case_id', '=', caseId).execute(),

    ...batchedReaders(db),

    rechecks: (caseId: string) => byCase(db, 'enforcement_rechecks', caseId).orderBy('number').execute() as Promise<RecheckRow[]>,
    insertRecheck: (q: Q, row: RecheckRow) => q.insertInto('enforcement_rechecks').values(row).execute(),

    complaints: (caseId: string) => byCase(db, 'enforcement_complaints', caseId).orderBy('created_at').execute() as Promise<ComplaintRow[]>,
    complaintById: (id: string) => db.selectFrom('enforcement_complaints').selectAll().where('id', '=', id).executeTakeFirst(),
    insertComplaint: (q: Q, row: ComplaintRow) => q.insertInto('enforcement_complaints').values(row).execute(),
    answerComplaint: async (q: Q, id: string, patch: { answered_on: string; reply: string; answered_by: string }) => {
      const r = await q.updateTable('enforcement_complaints').set(patch).where('id', '=', id).where('answered_on', 'is', null).executeTakeFirst()
      return Number(r.numUpdatedRows) === 1
    },

    teams: (courtId: string) => db.selectFrom('enforcement_teams').selectAll().where('court_id', '=', courtId).orderBy('created_at').orderBy('id').execute(),
    teamById: (id: string) => db.selectFrom('enforcement_teams').selectAll().where('id', '=', id).executeTakeFirst(),
    insertTeam: (row: TeamRow) => db.insertInto('enforcement_teams').values(row).execute(),
    updateTeam: (id: string, patch: Updateable<EnforcementTeamTable>) => db.updateTable('enforcement_teams').set(patch).where('id', '=', id).execute(),

    ruleSettings: (courtId: string) => db.selectFrom('enforcement_rule_settings').selectAll().where('court_id', '=', courtId).executeTakeFirst(),
    saveRuleSettings: (row: Database['enforcement_rule_settings']) =>
      db
        .insertInto('enforcement_rule_settings')
        .values(row)
        .onConflict((oc) => oc.column('court_id').doUpdateSet({ overrides_json: row.overrides_json, updated_by: row.updated_by, updated_at: row.updated_at }))
        .execute(),
  }
}
export type EnforcementRepository = ReturnType<typeof enforcementRepository>
