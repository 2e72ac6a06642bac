import type { AppConfig } from '../config'
import type { Actor } from '../auth/actor'
import type { FileRow } from '../repositories/files'
import type { Clock } from '../clock'
import type { Db } from '../db/connect'
import { auditRepository } from '../repositories/audit'
import { courtsRepository } from '../repositories/courts'
import { idempotencyRepository } from '../repositories/idempotency'
import { filesRepository } from '../repositories/files'
import { holidaysRepository } from '../repositories/holidays'
import { filingsRepository } from '../repositories/filings'
import { usersRepository } from '../repositories/users'
import { mediationRepository } from '../repositories/mediation'
import { deliveryRepository } from '../repositories/delivery'
import { farmRepository } from '../repositories/farm'
import { hearingsRepository } from '../repositories/hearings'
import { messagesRepository } from '../repositories/messages'
import { sessionsRepository } from '../repositories/sessions'
import { signInLocksRepository } from '../repositories/signInLocks'
import { averageWagesRepository } from '../repositories/averageWages'
import { mobileCodesRepository } from '../repositories/mobileCodes'
import { idCardsRepository } from '../repositories/idCards'
import type { WechatClient } from '../wechat'
import { accountsService } from './accounts'
import { authService } from './auth'
import { sessionsService } from './sessions'
import { caseKernel } from './cases/caseKernel'
import { transactor, type Transact } from '../db/query'
import { calendarService } from './calendar'
import { courtsService } from './courts'
import { filesService, type FilesService } from './files'
import { uploadsService } from './uploads'
import { fileLinksService } from './fileLinks'
import { filingsService } from './filings'
import { idempotencyServices } from './idempotency'
import { profileService } from './profile'
import { mediationService } from './mediation'
import { queuedNotifier, type Notifier } from './notify'
import { notifyRuntime, providersFor, remindersService } from './notify/index'
import { notificationsRepository } from '../repositories/notifications'
import { remindersRepository } from '../repositories/reminders'
import { deliveryService } from './delivery'
import { checkpoint } from './delivery/checkpoint'
import { loadKeyRing } from '../signing'
import { farmService } from './farm'
import { hearingsService } from './hearings'
import { messagesService } from './messages'
import { averageWagesService } from './averageWages'
import { enforcementRepository, enforcementService, manualConnector } from './enforcement'
import { identityService, manualReview } from './identity'
import { tasksService } from './tasks'
import { staffTasksRepository } from '../repositories/staffTasks'
import type { ObjectStore } from './storage'
import type { SessionBus } from './sessionBus'

/** Every repository over one database. */
function repositories(store: Db) {
  const { db } = store
  return {
    users: usersRepository(db),
    courts: courtsRepository(db),
    audit: auditRepository(db),
    idempotency: idempotencyRepository(db),
    filings: filingsRepository(db),
    files: filesRepository(db),
    holidays: holidaysRepository(db),
    delivery: deliveryRepository(db, store.engine),
    mediation: mediationRepository(db),
    farm: farmRepository(db),
    hearings: hearingsRepository(db),
    messages: messagesRepository(db),
    sessions: sessionsRepository(db),
    signInLocks: signInLocksRepository(db),
    averageWages: averageWagesRepository(db),
    mobileCodes: mobileCodesRepository(db),
    idCards: idCardsRepository(db),
    notifications: notificationsRepository(db, store.engine),
    reminders: remindersRepository(db),
  }
}

/** 执行: its nodes join the case's signed chain through e-service; 网络查控 is entered by hand until a connector exists. */
function enforcementOf(
  deps: { store: Db; clock: Clock; notifier: Notifier },
  repos: ReturnType<typeof repositories>,
  cases: ReturnType<typeof caseKernel>,
  delivery: ReturnType<typeof deliveryService>,
  transact: ReturnType<typeof transactor>,
) {
  return enforcementService({
    ...repos,
    enforcement: enforcementRepository(deps.store.db),
    cases,
    delivery,
    notifier: deps.notifier,
    connectors: [manualConnector],
    transact,
    clock: deps.clock,
  })
}

/** 实名核验: a clerk compares the photos (manual review) until another verifier is configured; photos open through file links. */
function identityParts(repos: ReturnType<typeof repositories>, transact: Transact, deps: { clock: Clock; config: AppConfig }, files: FilesService) {
  const fileLinks = fileLinksService({ secret: deps.config.jwtSecret, clock: deps.clock, users: repos.users, files })
  const identity = identityService({
    ...repos,
    transact,
    clock: deps.clock,
    verifier: manualReview,
    photoLink: (actor, fileId) => fileLinks.create(actor, fileId),
  })
  return { fileLinks, identity }
}

/** 在线调解; SMS goes out through the same notifier as e-service, in-app messages to its own inbox table. */
function mediationOf(
  deps: { clock: Clock; config: AppConfig },
  repos: ReturnType<typeof repositories>,
  parts: { cases: ReturnType<typeof caseKernel>; transact: Transact; filings: ReturnType<typeof filingsService>; notifier: Notifier },
) {
  return mediationService({
    ...repos,
    cases: parts.cases,
    transact: parts.transact,
    filingsService: parts.filings,
    notifier: parts.notifier,
    clock: deps.clock,
    videoUrlTemplate: deps.config.mediationVideoUrl,
  })
}

/** The worker that sends the outbox and creates the scheduled reminders (started by the app when the config says so). */
function notifyOf(
  deps: { clock: Clock; config: AppConfig },
  repos: ReturnType<typeof repositories>,
  notifier: Notifier,
  mediation: ReturnType<typeof mediationService>,
  delivery: ReturnType<typeof deliveryService>,
) {
  return notifyRuntime({
    repo: repos.notifications,
    providers: providersFor(deps.config.notify, deps.clock),
    reminders: remindersService({ ...repos, notifier, mediation, clock: deps.clock }),
    clock: deps.clock,
    // An SMS that went out delivers its document (art. 31), unless something else did first.
    onSent: (n, at) => delivery.smsArrived(n, at),
  })
}

/** Evidence files, and resumable (tus) uploads that end as such files. */
const filesAndUploads = (files: ReturnType<typeof filesService>, config: AppConfig) => ({
  files,
  uploads: uploadsService({ files, uploadDir: config.uploadDir, expireMs: config.uploadSweep.resumableMs ?? 24 * 3600_000 }),
})

/** Wires repositories into use cases once per app instance. */
export function createServices(deps: { store: Db; clock: Clock; config: AppConfig; wechat: WechatClient; objects: ObjectStore; sessionBus?: SessionBus }) {
  const { db } = deps.store
  const repos = repositories(deps.store)
  // Who may see and act on a case, decided once for every use case that touches one.
  const cases = caseKernel({ filings: repos.filings, users: repos.users, mediation: repos.mediation })
  // Use cases open transactions through this; only repositories hold the database.
  const transact = transactor(db)
  // Every message goes to the durable outbox (in the caller's transaction when it passes one); the worker sends it.
  const notifier = queuedNotifier(repos.notifications, db, deps.clock)
  // 就业人员年平均工资: the small-claims threshold a submitted filing is judged by.
  const wages = averageWagesService({ ...repos, clock: deps.clock })
  const filings = filingsService({ ...repos, cases, transact, wages, clock: deps.clock })
  // A case's files for those who may see the case; ID card photos for the staff reviewing them.
  const canRead = async (actor: Actor, file: FileRow) => (await filings.canReadFile(actor, file)) || (await identity.canReadFile(actor, file))
  const files = filesService({ files: repos.files, clock: deps.clock, uploadDir: deps.config.uploadDir, objects: deps.objects, canRead })
  const { fileLinks, identity } = identityParts(repos, transact, deps, files)
  // One per app: it holds the short-lived cache every request's session check reads.
  const sessions = sessionsService({ sessions: repos.sessions, clock: deps.clock, bus: deps.sessionBus })
  const farm = farmService({ farm: repos.farm, users: repos.users, audit: repos.audit, clock: deps.clock })
  // 电子送达; its SMS and subscribe messages go through the outbox worker to the configured provider.
  // Receipts are signed with a key from the environment (never the database) and checkpointed outside it.
  const keys = loadKeyRing(deps.config.serviceSigning)
  const delivery = deliveryService({
    ...repos,
    cases,
    transact,
    notifier,
    clock: deps.clock,
    objects: deps.objects,
    keys,
    checkpoint: checkpoint(keys, deps.config.checkpointDir),
  })
  const mediation = mediationOf(deps, repos, { cases, transact, filings, notifier })
  const notify = notifyOf(deps, repos, notifier, mediation, delivery)
  return {
    repos,
    cases,
    notifier,
    notify,
    transact,
    ...idempotencyServices(repos.idempotency, deps.clock),
    calendar: calendarService({ holidays: repos.holidays, audit: repos.audit, clock: deps.clock }),
    sessions,
    auth: authService({
      users: repos.users,
      signInLocks: repos.signInLocks,
      sessions,
      wechat: deps.wechat,
      clock: deps.clock,
      devLogin: deps.config.devLogin,
      production: deps.config.nodeEnv === 'production',
    }),
    accounts: accountsService({ users: repos.users, signInLocks: repos.signInLocks, sessions, audit: repos.audit, clock: deps.clock }),
    // The code confirming a new mobile number goes out through the same notifier as every SMS.
    profile: profileService({
      users: repos.users,
      mobileCodes: repos.mobileCodes,
      idCards: repos.idCards,
      audit: repos.audit,
      notifier,
      transact,
      clock: deps.clock,
      secret: deps.config.jwtSecret,
    }),
    courts: courtsService({ courts: repos.courts, users: repos.users }),
    filings,
    // 在线调解; SMS goes out through the same notifier as e-service, in-app messages to its own inbox table.
    mediation,
    delivery,
    wages,
    ...filesAndUploads(files, deps.config),
    fileLinks,
    identity,
    // 联系法官: the case kernel decides who is a party, so the thread and the case agree.
    messages: messagesService({ ...repos, cases, transact, clock: deps.clock }),
    // 农忙 profiles and the court's farm calendar; 开庭排期, whose 传票 goes out through e-service (the factory keeps no state).
    farm,
    hearings: hearingsService({
      ...repos,
      cases,
      transact,
      farmService: farm,
      notifier,
      service: delivery,
      clock: deps.clock,
    }),
    enforcement: enforcementOf({ ...deps, notifier }, repos, cases, delivery, transact),
    // 待办: the reminders' tasks for staff, read and closed by the person each names.
    tasks: tasksService({ staffTasks: staffTasksRepository(db), clock: deps.clock }),
  }
}
export type Services = ReturnType<typeof createServices>
