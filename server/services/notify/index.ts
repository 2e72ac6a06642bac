import type { Clock } from '../../clock'
import type { NotifyConfig } from '../../notifyConfig'
import type { NotificationRow, NotificationsRepository } from '../../repositories/notifications'
import type { NotifyChannel } from '../notify'
import { inboxProvider, outboxProvider, unconfigured, type Provider } from './provider'
import type { RemindersService } from './reminders'
import { tencentSmsProvider } from './sms'
import { wechatProvider } from './wechat'
import { notificationWorker, type WorkerOptions } from './worker'

export { remindersService } from './reminders'
export { notificationWorker } from './worker'

/** The provider of each channel: everything to the outbox in the demo; WeChat and Tencent Cloud SMS when configured. */
export function providersFor(cfg: NotifyConfig, clock: Clock): Record<NotifyChannel, Provider> {
  if (cfg.mode === 'outbox') return { sms: outboxProvider, email: outboxProvider, wechat: outboxProvider, inbox: inboxProvider }
  return {
    sms: cfg.sms ? tencentSmsProvider(cfg.sms) : unconfigured('sms'),
    wechat: cfg.wechat ? wechatProvider(cfg.wechat, clock) : unconfigured('wechat'),
    email: unconfigured('email'),
    inbox: inboxProvider,
  }
}

export interface NotifyRuntimeDeps {
  repo: NotificationsRepository
  providers: Record<NotifyChannel, Provider>
  reminders: RemindersService
  clock: Clock
  onSent?: (n: NotificationRow, at: string) => Promise<void>
  log?: (detail: Record<string, unknown>, message: string) => void
  options?: Partial<WorkerOptions>
}

/**
 * The worker of one process: each tick creates the reminders now due (each once, whichever process
 * gets there first) and sends what the outbox holds. Any number of processes may run it.
 */
export function notifyRuntime(deps: NotifyRuntimeDeps) {
  const worker = notificationWorker(deps)
  let timer: NodeJS.Timeout | null = null
  let running: Promise<unknown> | null = null
  const tick = async () => {
    const reminders = await deps.reminders.runAll()
    const sent = await worker.runOnce()
    return { reminders, sent }
  }
  const guarded = () => {
    // One tick at a time in a process; a slow provider must not pile up rounds.
    running ??= tick()
      .catch((err: unknown) => deps.log?.({ err }, 'notification round failed'))
      .finally(() => (running = null))
    return running
  }
  return {
    tick,
    worker,
    start(everyMs: number, log?: NotifyRuntimeDeps['log']) {
      if (timer) return
      deps.log ??= log
      timer = setInterval(() => void guarded(), everyMs)
      timer.unref()
      void guarded()
    },
    async stop() {
      if (timer) clearInterval(timer)
      timer = null
      await running
    },
  }
}
export type NotifyRuntime = ReturnType<typeof notifyRuntime>
