import type { Actor } from '../../auth/actor'
import type { Clock } from '../../clock'
import { shanghaiDay, shanghaiIso } from '../../clock'
import type { Transact } from '../../db/query'
import type { AuditRepository } from '../../repositories/audit'
import type { CourtsRepository } from '../../repositories/courts'
import type { FarmRepository } from '../../repositories/farm'
import type { HearingsRepository } from '../../repositories/hearings'
import type { UsersRepository } from '../../repositories/users'
import type { CaseKernel } from '../cases/caseKernel'
import type { FarmService } from '../farm'
import type { Notifier } from '../notify'

/** What a 传票 asks e-service for: one party of the case, summoned to a half-day in a room. */
export interface SummonsRequest {
  caseId: string
  kind: 'summons'
  recipients: number[]
  hearing: { date: string; time: string; roomId: string }
}

/** E-service as scheduling uses it: it serves the 传票, or refuses with an AppError saying why. */
export interface SummonsIssuer {
  issue(actor: Actor, input: SummonsRequest): Promise<{ documents: Array<{ id: string }> }>
}

/** What the hearing use cases are built from (createServices passes them once). */
export interface HearingsDeps {
  hearings: HearingsRepository
  farm: FarmRepository
  farmService: FarmService
  users: UsersRepository
  courts: CourtsRepository
  audit: AuditRepository
  notifier: Notifier
  /** 电子送达, which serves the 传票 on each party once a hearing is booked. */
  service: SummonsIssuer
  cases: CaseKernel
  transact: Transact
  clock: Clock
}

/** The deps, with the hearings repository under a short name and the day and time in Shanghai. */
export interface HearingsContext extends HearingsDeps {
  repo: HearingsRepository
  today(): string
  nowIso(): string
}

export function hearingsContext(deps: HearingsDeps): HearingsContext {
  return {
    ...deps,
    repo: deps.hearings,
    today: () => shanghaiDay(deps.clock.now()),
    nowIso: () => shanghaiIso(deps.clock.now()),
  }
}
