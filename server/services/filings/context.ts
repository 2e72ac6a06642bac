import type { FilingProblem } from '../../../domain/filing/types'
import type { Clock } from '../../clock'
import { shanghaiDay, shanghaiIso } from '../../clock'
import type { Transact } from '../../db/query'
import { AppError } from '../../errors'
import type { AuditRepository } from '../../repositories/audit'
import type { CourtsRepository } from '../../repositories/courts'
import type { FilesRepository } from '../../repositories/files'
import type { FilingsRepository } from '../../repositories/filings'
import type { UsersRepository } from '../../repositories/users'
import type { AverageWagesService } from '../averageWages'
import type { CaseKernel } from '../cases/caseKernel'
import { filingViews } from './views'

export interface FilingsDeps {
  filings: FilingsRepository
  files: FilesRepository
  courts: CourtsRepository
  users: UsersRepository
  audit: AuditRepository
  cases: CaseKernel
  transact: Transact
  /** the small-claims threshold of the court a filing belongs to */
  wages: Pick<AverageWagesService, 'forFiling'>
  clock: Clock
}

/** What every filing use case is handed: its repositories, the case kernel, the day, and the views. */
export function filingsContext(deps: FilingsDeps) {
  const today = () => shanghaiDay(deps.clock.now())
  return { ...deps, today, nowIso: () => shanghaiIso(deps.clock.now()), ...filingViews(deps, today) }
}
export type FilingsContext = ReturnType<typeof filingsContext>

/** Every problem of the form at once, the first one as the error's own code, field and message. */
export function refuse(problems: FilingProblem[]): never {
  const first = problems[0]
  throw new AppError(400, first.code, first.message, first.field, problems)
}
