import type { Insertable, Kysely, Selectable, Updateable } from 'kysely'
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
    casesOfApplicant: (userId: string) => db.selectFrom('enforcement_cases').selectAll().where('applicant_id', '=', userId).execute(),
    casesFromSources: (sourceIds: string[]) =>
      sourceIds.length === 0 ? Promise.resolve([]) : db.selectFrom('enforcement_cases').selectAll().where('source_case_id', 'in', sourceIds).execute(),
    resumedFrom: (id: string) => db.selectFrom('enforcement_cases').select(['id', 'case_number']).where('resumed_from_id', '=', id).execute(),
    insertParties: async (q: Q, rows: Database['enforcement_parties'][]) => {
      if (rows.length > 0) await q.insertInto('enforcement_parties').values(rows).execute()
    },
    /** The cases naming this verified ID, and on which side. */
    casesNaming: (idKey: string) => db.selectFrom('enforcement_parties').select(['case_id', 'side']).where('id_key', '=', idKey).execute(),
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
    complaintsOfCourt: (courtId: string) =>
      db
        .selectFrom('enforcement_complaints')
        .innerJoin('enforcement_cases', 'enforcement_cases.id', 'enforcement_complaints.case_id')
        .selectAll('enforcement_complaints')
        .where('enforcement_cases.court_id', '=', courtId)
        .orderBy('enforcement_complaints.created_at')
        .execute(),
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
