import { enforcementCaseState } from '../../../domain/enforcement/enforcementCaseState'
import type { EnforcementCaseFacts } from '../../../domain/enforcement/facts'
import type { ClosureMode, EnforcementCaseState } from '../../../domain/enforcement/types'
import { readJson, type StoredFacts } from './context'
import type { ComplaintRow, ControlRow, EnforcementCaseRow, LeadRow, ReceiptRow, RecheckRow } from './repository'

/** Everything stored about one case, read at once. */
export interface CaseBundle {
  c: EnforcementCaseRow
  leads: LeadRow[]
  controls: ControlRow[]
  receipts: ReceiptRow[]
  rechecks: RecheckRow[]
  complaints: ComplaintRow[]
}

export interface StoredClosure {
  mode: ClosureMode
  on: string
  rulingNumber: string | null
  reason: string
}

const opt = <T>(v: T | null | undefined): T | undefined => (v === null ? undefined : v)

/** The case as the domain's deadline, checklist and risk rules read it. */
export function caseFacts(b: CaseBundle): EnforcementCaseFacts {
  const { c } = b
  const f = readJson<StoredFacts>(c.facts_json) ?? {}
  const closure = readJson<StoredClosure>(c.closure_json)
  return {
    caseId: c.id,
    caseNumber: opt(c.case_number),
    caseType: c.case_type,
    agricultural: c.agricultural === 1,
    receivedOn: c.received_on,
    filedOn: opt(c.filed_on),
    refusedOn: opt(c.refused_on),
    handlerAssignedOn: opt(c.assigned_on),
    noticeSentOn: f.noticeSentOn,
    assetReportOrderSentOn: f.assetReportOrderSentOn,
    assetReport: f.assetReport,
    consumptionRestrictionOn: f.consumptionRestrictionOn,
    creditListing: f.creditListing,
    onlineSearches: (f.onlineSearches ?? []).map((s) => s.on),
    propertyOutcome: f.propertyOutcome,
    debtorMissing: f.debtorMissing,
    obstruction: f.obstruction,
    applicantInterviewOn: f.applicantInterviewOn,
    excludedPeriods: f.excludedPeriods ?? [],
    leads: b.leads.map((l) => ({ id: l.id, kind: l.kind as never, submittedOn: l.submitted_on, urgent: l.urgent === 1, verifiedOn: opt(l.verified_on) })),
    controls: b.controls.map((k) => ({
      id: k.id,
      measure: k.measure,
      asset: k.asset,
      rulingNumber: k.ruling_number,
      effectiveOn: k.effective_on,
      expiresOn: opt(k.expires_on),
      renewals: JSON.parse(k.renewals_json) as Array<{ effectiveOn: string; expiresOn?: string }>,
      endedOn: opt(k.ended_on),
    })),
    receipts: b.receipts.map((r) => ({ id: r.id, receivedOn: r.received_on, amountFen: Number(r.amount_fen), paidOn: opt(r.paid_on) })),
    closedOn: opt(c.closed_on),
    closureMode: closure?.mode,
    rechecks: b.rechecks.map((r) => r.done_on),
    complaints: b.complaints.map((k) => ({ id: k.id, receivedOn: k.received_on, registeredOn: k.received_on, answeredOn: opt(k.answered_on) })),
  }
}

/** Where a case stands, from its row alone: the state reads no lead, control or receipt. */
export const stateOfCase = (c: EnforcementCaseRow): EnforcementCaseState =>
  enforcementCaseState(caseFacts({ c, leads: [], controls: [], receipts: [], rechecks: [], complaints: [] }))

/** Reads a case and everything stored about it. */
export async function loadBundle(
  repo: {
    leads: (id: string) => Promise<LeadRow[]>
    controls: (id: string) => Promise<ControlRow[]>
    receipts: (id: string) => Promise<ReceiptRow[]>
    rechecks: (id: string) => Promise<RecheckRow[]>
    complaints: (id: string) => Promise<ComplaintRow[]>
  },
  c: EnforcementCaseRow,
): Promise<CaseBundle> {
  const [leads, controls, receipts, rechecks, complaints] = await Promise.all([
    repo.leads(c.id),
    repo.controls(c.id),
    repo.receipts(c.id),
    repo.rechecks(c.id),
    repo.complaints(c.id),
  ])
  return { c, leads, controls, receipts, rechecks, complaints }
}

const byCaseId = <R extends { case_id: string }>(rows: R[]) => {
  const m = new Map<string, R[]>()
  for (const r of rows) {
    const list = m.get(r.case_id)
    if (list) list.push(r)
    else m.set(r.case_id, [r])
  }
  return m
}

/**
 * loadBundle for many cases with five queries instead of five per case: a court's 督办 list and
 * its teams' tasks read every case it watches (tens of thousands in a city's year), where a query
 * per case took minutes. Bundles come in the order of `rows`, each list in loadBundle's order.
 *
 * @param repo the enforcement repository
 * @param rows the cases
 * @returns one bundle per case
 */
export async function loadBundles(
  repo: {
    leadsOfCases: (ids: readonly string[]) => Promise<LeadRow[]>
    controlsOfCases: (ids: readonly string[]) => Promise<ControlRow[]>
    receiptsOfCases: (ids: readonly string[]) => Promise<ReceiptRow[]>
    rechecksOfCases: (ids: readonly string[]) => Promise<RecheckRow[]>
    complaintsOfCases: (ids: readonly string[]) => Promise<ComplaintRow[]>
  },
  rows: readonly EnforcementCaseRow[],
): Promise<CaseBundle[]> {
  const ids = rows.map((c) => c.id)
  const leads = byCaseId(await repo.leadsOfCases(ids))
  const controls = byCaseId(await repo.controlsOfCases(ids))
  const receipts = byCaseId(await repo.receiptsOfCases(ids))
  const rechecks = byCaseId(await repo.rechecksOfCases(ids))
  const complaints = byCaseId(await repo.complaintsOfCases(ids))
  return rows.map((c) => ({
    c,
    leads: leads.get(c.id) ?? [],
    controls: controls.get(c.id) ?? [],
    receipts: receipts.get(c.id) ?? [],
    rechecks: rechecks.get(c.id) ?? [],
    complaints: complaints.get(c.id) ?? [],
  }))
}
