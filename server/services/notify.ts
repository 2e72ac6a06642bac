import type { Clock } from '../clock'
import { shanghaiIso } from '../clock'
import { orderedId } from '../db/ids'
import type { Q } from '../db/query'
import type { NotificationsRepository } from '../repositories/notifications'

/** The channels a reminder can go out on besides the in-app inbox (在线诉讼规则 art. 32); 'inbox' is a task in the staff's own list. */
export type NotifyChannel = 'sms' | 'email' | 'wechat' | 'inbox'

export interface OutboundMessage {
  channel: NotifyChannel
  /** mobile number, e-mail address, or the user id (the openid is looked up by the sender) */
  to: string
  courtId: string | null
  /** a provider template name, e.g. 'service-issued' */
  template: string
  /** the full text as the person reads it */
  text: string
  data: Record<string, string>
  documentId?: string
  /** A scheduled reminder's identity: a second one with the same key is not created (several schedulers may run). */
  key?: string
  /** The account it goes to, when known (WeChat messages, staff tasks). */
  userId?: string
}

/** `queued`: written to the outbox for the worker, not yet at the provider. `duplicate`: its key was already there. */
export type SendResult = { ok: true; at: string; ref: string; queued?: boolean; duplicate?: boolean } | { ok: false; error: string }

/**
 * What the use cases call. The one implementation they get writes the message to the outbox, in
 * the caller's transaction when it passes one (`q`), and the notification worker sends it through
 * the configured provider (server/services/notify/).
 */
export interface Notifier {
  send(message: OutboundMessage, q?: Q): Promise<SendResult>
}

/** Writes every message to the durable outbox (`notify_outbox`); the worker delivers it. */
export function queuedNotifier(repo: NotificationsRepository, db: Q, clock: Clock): Notifier {
  return {
    async send(m, q) {
      const id = orderedId('msg')
      const at = shanghaiIso(clock.now())
      const inserted = await repo.enqueue(q ?? db, {
        id,
        court_id: m.courtId,
        channel: m.channel,
        recipient: m.to,
        template: m.template,
        text: m.text,
        data_json: JSON.stringify(m.data),
        document_id: m.documentId ?? null,
        created_at: at,
        natural_key: m.key ?? null,
        recipient_user_id: m.userId ?? null,
      })
      return { ok: true, at, ref: id, queued: true, ...(inserted ? {} : { duplicate: true }) }
    },
  }
}

/** How long a code confirming a new mobile number works, in minutes. */
export const MOBILE_CODE_MINUTES = 10

/**
 * The SMS carrying the code that confirms a new mobile number. It says what the code is for and
 * that nobody from the court asks for it, because such codes are what fraudsters phone to ask for.
 */
export const mobileCodeMessage = (mobile: string, code: string): OutboundMessage => ({
  channel: 'sms',
  to: mobile,
  courtId: null,
  template: 'mobile-code',
  text: `【移动微法院】您正在更换手机号，验证码${code}，${MOBILE_CODE_MINUTES}分钟内有效。请勿告诉他人，法院工作人员不会向您索要验证码。`,
  data: { code, minutes: String(MOBILE_CODE_MINUTES) },
})
