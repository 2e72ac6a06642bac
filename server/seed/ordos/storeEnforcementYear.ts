import type { Kysely } from 'kysely'
import { daysBetween } from '../../../domain/dates/daysBetween'
import { enforcementApplicationPeriod } from '../../../domain/enforcement/enforcementApplicationPeriod'
import type { ClosureMode } from '../../../domain/enforcement/types'
import { enforcementLimitEnd } from '../../../domain/metrics/enforcementLimitEnd'
import type { EnforcementComplaint, EnforcementMetricCase, MetricClosure } from '../../../domain/metrics/types'
import type { Database } from '../../db/schema'
import { periodView } from '../../services/enforcement/apply/eligible'

/** A case to store: the figures' shape, its court and its number. */
export interface StoredYearCase extends EnforcementMetricCase {
  courtId: string
  caseNumber: string
}
/** A complaint to store, about one of the cases. */
export interface StoredYearComplaint extends EnforcementComplaint {
  caseId: string
}

const MODE: Readonly<Record<MetricClosure, ClosureMode>> = {
  performed: 'performed',
  'terminated-this-round': 'terminated-for-now',
  terminated: 'terminated',
  withdrawn: 'cancelled',
  'not-enforced': 'not-enforced',
  rejected: 'rejected',
}
const CLOSURE_TEXT: Readonly<Record<MetricClosure, string>> = {
  performed: '执行完毕',
  'terminated-this-round': '终结本次执行程序',
  terminated: '终结执行',
  withdrawn: '销案',
  'not-enforced': '不予执行',
  rejected: '驳回申请',
}

/** The anonymised applicant account of a court's synthetic cases (one per court: the cases need an applicant). */
export const syntheticApplicantId = (courtId: string) => `u-synthetic-${courtId}`

/** Anonymised parties: the respondent's kind carries the subset (涉企 a company, 涉党政机关 an organ of state). */
function parties(c: StoredYearCase, i: number) {
  const n = String(i + 1).padStart(5, '0')
  const respondent = c.governmentDebtor
    ? { type: 'organisation', name: `某旗第${n}号某某局` }
    : c.enterprise
      ? { type: 'organisation', name: `某某有限公司${n}` }
      : { type: 'person', name: `被执行人${n}` }
  return [
    { side: 'applicant', type: 'person', name: `申请执行人${n}`, idKey: '', accountId: null, mobile: null, address: null },
    { side: 'respondent', ...respondent, idKey: '', accountId: null, mobile: null, address: null },
  ]
}

async function inChunks<T>(rows: T[], size: number, write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size))
}

const caseRow = (c: StoredYearCase, i: number, nowIso: string) => ({
  id: c.id,
  court_id: c.courtId,
  case_type: '执' as const,
  applicant_id: syntheticApplicantId(c.courtId),
  source_json: JSON.stringify({
    kind: 'judgment',
    documentNumber: null,
    issuer: null,
    effectiveOn: c.filedOn,
    performanceDueOn: c.filedOn,
    fileIds: [],
  }),
  parties_json: JSON.stringify(parties(c, i)),
  amount_fen: c.appliedFen ?? 0,
  requests: '给付申请执行标的',
  agricultural: c.agricultural === true ? 1 : 0,
  // The same shapes an application stores, so the case page reads a seeded case like any other.
  agricultural_json: JSON.stringify(c.agricultural === true ? ['涉及农业生产经营'] : []),
  received_on: c.filedOn,
  period_json: JSON.stringify(periodView(enforcementApplicationPeriod({ from: c.filedOn, on: c.filedOn }))),
  case_number: c.caseNumber,
  filed_on: c.filedOn,
  facts_json: '{}',
  closed_on: c.closedOn ?? null,
  closure_json: c.closure && c.closedOn ? JSON.stringify({ mode: MODE[c.closure], on: c.closedOn, rulingNumber: null, reason: CLOSURE_TEXT[c.closure] }) : null,
  version: 1,
  created_at: nowIso,
  updated_at: nowIso,
})

const figuresRow = (c: StoredYearCase, nowIso: string) => ({
  case_id: c.id,
  court_id: c.courtId,
  team_id: null,
  filed_on: c.filedOn,
  closed_on: c.closedOn ?? null,
  closure: c.closure ?? null,
  has_property: c.hasProperty === true ? 1 : 0,
  excluded_days: c.excludedDays ?? 0,
  limit_end_on: enforcementLimitEnd(c.filedOn, c.excludedDays ?? 0),
  checklist_complete: c.terminationChecklistComplete === true ? 1 : 0,
  duration_days: c.closedOn ? daysBetween(c.filedOn, c.closedOn) : null,
  applied_fen: c.appliedFen ?? 0,
  recovered_fen: c.recoveredFen ?? 0,
  agricultural: c.agricultural === true ? 1 : 0,
  enterprise: c.enterprise === true ? 1 : 0,
  government_debtor: c.governmentDebtor === true ? 1 : 0,
  updated_at: nowIso,
})

const complaintRow = (k: StoredYearComplaint, courtOf: Map<string, string>, nowIso: string) => ({
  id: k.id,
  case_id: k.caseId,
  court_id: courtOf.get(k.caseId) as string,
  complainant_id: syntheticApplicantId(courtOf.get(k.caseId) as string),
  body: '反映执行进度（化名信访）',
  file_ids_json: '[]',
  received_on: k.receivedOn,
  answered_on: k.closedOn ?? null,
  reply: k.closedOn ? '已办结' : null,
  answered_by: null,
  created_at: nowIso,
})

const applicantRow = (courtId: string, nowIso: string) => ({
  id: syntheticApplicantId(courtId),
  role: 'litigant' as const,
  court_id: null,
  account: null,
  password_hash: null,
  openid: null,
  display_name: '申请执行人（化名）',
  real_name: null,
  id_number: null,
  mobile: null,
  address: null,
  real_name_status: 'none' as const,
  demo: 1,
  created_at: nowIso,
  updated_at: nowIso,
})

/**
 * Stores synthetic enforcement cases and complaints, as the enforcement tables hold real ones (a
 * filed 执 case with its number, anonymised parties, amounts, closure) together with the row the
 * figures count (enforcement_figures, as refreshEnforcementFigures would derive it), in batched
 * inserts inside one transaction. The courts must exist. Each court gets one anonymised applicant
 * account, which the cases name (a case needs an applicant).
 *
 * @param db the database
 * @param input the cases (ids unique) and the complaints (each naming one of the cases)
 * @param nowIso the time written as created/updated
 */
export async function storeEnforcementYear(
  db: Kysely<Database>,
  input: { cases: readonly StoredYearCase[]; complaints: readonly StoredYearComplaint[] },
  nowIso: string,
): Promise<void> {
  const courtIds = [...new Set(input.cases.map((c) => c.courtId))]
  const courtOf = new Map(input.cases.map((c) => [c.id, c.courtId]))
  await db.transaction().execute(async (q) => {
    for (const courtId of courtIds) {
      await q
        .insertInto('users')
        .values(applicantRow(courtId, nowIso))
        .onConflict((oc) => oc.column('id').doNothing())
        .execute()
    }
    const cases = [...input.cases]
    await inChunks(cases, 400, (chunk) =>
      q
        .insertInto('enforcement_cases')
        .values(chunk.map((c, i) => caseRow(c, i, nowIso)))
        .execute(),
    )
    await inChunks(cases, 500, (chunk) =>
      q
        .insertInto('enforcement_figures')
        .values(chunk.map((c) => figuresRow(c, nowIso)))
        .execute(),
    )
    await inChunks([...input.complaints], 500, (chunk) =>
      q
        .insertInto('enforcement_complaints')
        .values(chunk.map((k) => complaintRow(k, courtOf, nowIso)))
        .execute(),
    )
  })
}
