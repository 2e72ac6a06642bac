import type { ExcludedPeriod, AssetReportFacts, CreditListingFacts } from '../../../domain/enforcement/facts'
import type { Clock } from '../../clock'
import { shanghaiDay, shanghaiIso } from '../../clock'
import type { Transact } from '../../db/query'
import type { AuditRepository } from '../../repositories/audit'
import type { CourtsRepository } from '../../repositories/courts'
import type { FilesRepository } from '../../repositories/files'
import type { FilingsRepository } from '../../repositories/filings'
import type { MessagesRepository } from '../../repositories/messages'
import type { UsersRepository } from '../../repositories/users'
import type { CaseKernel } from '../cases/caseKernel'
import type { DeliveryService } from '../delivery'
import type { Notifier } from '../notify'
import type { OnlineSearchConnector } from './connectors'
import type { EnforcementRepository } from './repository'

export interface EnforcementDeps {
  enforcement: EnforcementRepository
  filings: FilingsRepository
  files: FilesRepository
  courts: CourtsRepository
  users: UsersRepository
  messages: MessagesRepository
  audit: AuditRepository
  cases: CaseKernel
  delivery: Pick<DeliveryService, 'chain' | 'documentsOfCases' | 'issue' | 'issueWith'>
  notifier: Notifier
  connectors: readonly OnlineSearchConnector[]
  transact: Transact
  clock: Clock
}

/** What every enforcement use case is handed: its repositories and services, and the day. */
export function enforcementContext(deps: EnforcementDeps) {
  return { ...deps, repo: deps.enforcement, today: () => shanghaiDay(deps.clock.now()), nowIso: () => shanghaiIso(deps.clock.now()) }
}
export type EnforcementContext = ReturnType<typeof enforcementContext>

/** A party of an enforcement case as stored (parties_json). */
export interface StoredParty {
  side: 'applicant' | 'respondent'
  type: 'person' | 'organisation'
  name: string
  /** the ID number or credit code, upper-cased; '' when unknown */
  idKey: string
  accountId: string | null
  mobile: string | null
  address: string | null
}

/** The document enforcement rests on (source_json). */
export interface StoredSource {
  kind: 'judgment' | 'mediation' | 'judicial-confirmation' | 'arbitral-award' | 'notarial-deed'
  documentNumber: string | null
  issuer: string | null
  effectiveOn: string
  performanceDueOn: string
  fileIds: string[]
}

/** One 网络查控 search as recorded. */
export interface StoredSearch {
  on: string
  connector: string
  results: Array<{ category: string; institution: string; found: boolean; description: string; amountFen?: number }>
}

/** The facts recorded on a case that have no table of their own (facts_json). */
export interface StoredFacts {
  noticeSentOn?: string
  noticeDocument?: string
  reportDueOn?: string
  assetReportOrderSentOn?: string
  assetReport?: AssetReportFacts
  consumptionRestrictionOn?: string
  consumptionRestrictionNumber?: string
  creditListing?: CreditListingFacts
  onlineSearches?: StoredSearch[]
  propertyOutcome?: 'none-found' | 'cannot-dispose' | 'disposable'
  debtorMissing?: { soughtOn?: string }
  obstruction?: { sanctionedOn?: string }
  applicantInterviewOn?: string
  excludedPeriods?: ExcludedPeriod[]
  settlementOn?: string
}

export const readJson = <T>(json: string | null): T | null => (json ? (JSON.parse(json) as T) : null)
