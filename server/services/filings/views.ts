import { fileIdsOf } from '../../../domain/filing/fileIdsOf'
import { quoteFilingFee } from '../../../domain/filing/filingFee'
import type { FilingData, Procedure } from '../../../domain/filing/types'
import { reviewClock } from '../../../domain/filing/reviewClock'
import type { SmallClaimsDecision } from '../../../domain/smallClaims/smallClaimsProcedure'
import type { AuditRepository } from '../../repositories/audit'
import type { FilesRepository } from '../../repositories/files'
import type { FilingRow } from '../../repositories/filings'
import type { UsersRepository } from '../../repositories/users'
import type { CaseKernel } from '../cases/caseKernel'
import { toFileInfo } from '../files'

/** The small-claims decision fixed on submission, as stored. */
export interface StoredSmallClaims extends SmallClaimsDecision {
  fixedProcedure: Procedure
  averageWage: { year: number; wageFen: number; provinceName: string; previousYear: boolean; confirmed: boolean; source: string }
}

export const storedSmallClaims = (f: Pick<FilingRow, 'small_claims_json'>): StoredSmallClaims | null =>
  f.small_claims_json ? (JSON.parse(f.small_claims_json) as StoredSmallClaims) : null

export interface CorrectionItem {
  field: string
  message: string
}

/** The filing as the filer and the court read it, and the one-line summary of lists. */
export function filingViews(deps: { cases: CaseKernel; audit: AuditRepository; users: UsersRepository; files: FilesRepository }, today: () => string) {
  const review = (f: FilingRow) => (f.status === 'submitted' && f.review_started_on ? reviewClock(f.review_started_on, today()) : null)
  const where = (f: FilingRow) => ({
    courtId: f.court_id,
    targetCourtId: f.target_court_id,
    crossRegion: f.court_id !== f.target_court_id,
    forwarded: f.forwarded_at !== null,
    agricultural: f.agricultural === 1,
  })

  async function view(f: FilingRow) {
    const { data } = deps.cases.record(f)
    const history = await deps.audit.forSubject(`filing:${f.id}`)
    // Everyone named in the history and the judge, in one query.
    const userIds = [...new Set([...history.map((h) => h.actor_id), f.judge_id].filter((x): x is string => !!x))]
    const names = new Map((await deps.users.byIds(userIds)).map((u) => [u.id, u.display_name]))
    // Only the filer's own uploads: a file id someone else uploaded shows nothing of that file.
    const attached = (await deps.files.byIds(fileIdsOf(data))).filter((r) => r.owner_id === f.filer_id)
    return {
      id: f.id,
      kind: f.kind,
      status: f.status,
      version: f.version,
      filingNumber: f.filing_number,
      ...where(f),
      data,
      fee: f.fee_json ? storedFee(f.fee_json, data) : null,
      smallClaims: storedSmallClaims(f),
      submittedAt: f.submitted_at,
      review: review(f),
      correction: f.correction_json ? (JSON.parse(f.correction_json) as { items: CorrectionItem[]; requestedAt: string }) : null,
      declineReason: f.decline_reason,
      caseNumber: f.case_number,
      procedure: f.procedure,
      judgeName: f.judge_id ? (names.get(f.judge_id) ?? null) : null,
      decidedAt: f.decided_at,
      files: attached.map(toFileInfo),
      history: history.map((h) => ({
        action: h.action,
        at: h.at,
        actorName: h.actor_id ? (names.get(h.actor_id) ?? '') : '系统',
        detail: JSON.parse(h.detail) as Record<string, unknown>,
      })),
    }
  }

  function summary(f: FilingRow) {
    const { data } = deps.cases.record(f)
    const names = (side: string) => data.parties.filter((p) => p.side === side).map((p) => p.name)
    const amounts = data.claims.map((c) => c.amountFen).filter((x): x is number => x !== undefined)
    return {
      id: f.id,
      kind: f.kind,
      status: f.status,
      filingNumber: f.filing_number,
      caseNumber: f.case_number,
      plaintiffs: names('plaintiff'),
      defendants: names('defendant'),
      claimedFen: amounts.length > 0 ? amounts.reduce((a, b) => a + b, 0) : null,
      ...where(f),
      submittedAt: f.submitted_at,
      updatedAt: f.updated_at,
      review: review(f),
    }
  }

  return { view, summary }
}

/** The fee fixed at submission; one stored before fees said whether they are prepaid takes that from the filing's rules. */
function storedFee(json: string, data: FilingData): ReturnType<typeof quoteFilingFee> {
  const fee = JSON.parse(json) as Omit<ReturnType<typeof quoteFilingFee>, 'prepay'> & Partial<Pick<ReturnType<typeof quoteFilingFee>, 'prepay'>>
  return { ...fee, prepay: fee.prepay ?? quoteFilingFee(data).prepay }
}
