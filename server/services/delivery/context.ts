import type { Clock } from '../../clock'
import { shanghaiDay, shanghaiIso } from '../../clock'
import type { Transact } from '../../db/query'
import type { AuditRepository } from '../../repositories/audit'
import type { CourtsRepository } from '../../repositories/courts'
import type { DeliveryRepository } from '../../repositories/delivery'
import type { FilesRepository } from '../../repositories/files'
import type { FilingsRepository } from '../../repositories/filings'
import type { NotificationsRepository } from '../../repositories/notifications'
import type { UsersRepository } from '../../repositories/users'
import type { CaseKernel } from '../cases/caseKernel'
import type { KeyRing } from '../../signing'
import type { Notifier } from '../notify'
import type { ObjectStore } from '../storage'
import type { Checkpoint } from './checkpoint'

/** What the delivery use cases are built from; createServices passes the app's repositories. */
export interface DeliveryDeps {
  delivery: DeliveryRepository
  filings: FilingsRepository
  users: UsersRepository
  courts: CourtsRepository
  files: FilesRepository
  audit: AuditRepository
  /** the outbox, read for whether a document's SMS went out */
  notifications: Pick<NotificationsRepository, 'smsOfDocuments'>
  cases: CaseKernel
  transact: Transact
  notifier: Notifier
  clock: Clock
  /** where the PDFs of served documents live (every file's bytes, checked against their hash on read) */
  objects: ObjectStore
  /** the court's signing key (and earlier keys that still verify): never in the database */
  keys: KeyRing
  /** the signed heads kept outside the database */
  checkpoint: Checkpoint
}

/** The dependencies plus the court's clock, read in Shanghai time: every use case takes this as its first argument. */
export interface DeliveryContext extends DeliveryDeps {
  nowIso(): string
  today(): string
  /** The Shanghai calendar day of a stored instant. */
  dayOf(iso: string): string
}

export function deliveryContext(deps: DeliveryDeps): DeliveryContext {
  return {
    ...deps,
    nowIso: () => shanghaiIso(deps.clock.now()),
    today: () => shanghaiDay(deps.clock.now()),
    dayOf: (iso) => shanghaiDay(new Date(iso)),
  }
}
