import type { Clock } from '../../clock'
import { shanghaiDay, shanghaiIso } from '../../clock'
import type { Transact } from '../../db/query'
import { AppError } from '../../errors'
import type { AuditRepository } from '../../repositories/audit'
import type { CourtsRepository } from '../../repositories/courts'
import type { FilingsRepository } from '../../repositories/filings'
import type { MediationRepository } from '../../repositories/mediation'
import type { UsersRepository } from '../../repositories/users'
import type { CaseKernel } from '../cases/caseKernel'
import type { FilingsService } from '../filings'
import type { Notifier } from '../notify'

/** How far ahead a session can be booked; the pre-filing time limit is 30 days (art. 24). */
export const BOOK_AHEAD_DAYS = 60

/** Who can run a mediation: court-appointed mediators and judges (在线调解规则 art. 5). */
export const MEDIATOR_ROLES: readonly string[] = ['mediator', 'judge']

export interface MediationDeps {
  mediation: MediationRepository
  users: UsersRepository
  courts: CourtsRepository
  filings: FilingsRepository
  /** Whether the asking person is a party of a case, and the case's filing data. */
  cases: CaseKernel
  transact: Transact
  filingsService: FilingsService
  /** SMS (在线诉讼规则 art. 32 reminders) go out through the e-service notifier. */
  notifier: Notifier
  audit: AuditRepository
  clock: Clock
  /** The online meeting link of a booking; `{room}` is replaced by a code unique to the booking. */
  videoUrlTemplate: string
}

/** What every mediation use case is given: its dependencies, and today's date and instant in Asia/Shanghai. */
export interface MediationContext extends MediationDeps {
  repo: MediationRepository
  today: () => string
  nowIso: () => string
}

export function mediationContext(deps: MediationDeps): MediationContext {
  return { ...deps, repo: deps.mediation, today: () => shanghaiDay(deps.clock.now()), nowIso: () => shanghaiIso(deps.clock.now()) }
}

/** Refuses a whole form at once: the first problem is the message, all of them go along. */
export function rejectAll(problems: Array<{ code: string; field: string; message: string }>): never {
  const first = problems[0]
  throw new AppError(400, first.code, first.message, first.field, problems)
}
