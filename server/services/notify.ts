import { randomUUID } from 'node:crypto'
import type { Clock } from '../clock'
import { shanghaiIso } from '../clock'
import type { DeliveryRepository } from '../repositories/delivery'

/** The channels a reminder can go out on besides the in-app inbox (在线诉讼规则 art. 32). */
export type NotifyChannel = 'sms' | 'email' | 'wechat'

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
}

export type SendResult = { ok: true; at: string; ref: string } | { ok: false; error: string }

/**
 * Sends SMS, e-mail and WeChat subscribe messages. One implementation per provider; the service
 * only sees this interface, so a provider can be added without touching the use cases.
 */
export interface Notifier {
  send(message: OutboundMessage): Promise<SendResult>
}

/**
 * Development and demo sender: every message lands in the `notify_outbox` table (shown to admins at
 * GET /api/v1/admin/outbox) and counts as sent at once.
 */
export function outboxNotifier(repo: DeliveryRepository, clock: Clock): Notifier {
  return {
    async send(m) {
      const id = `msg-${randomUUID()}`
      const at = shanghaiIso(clock.now())
      await repo.insertOutbox({
        id,
        court_id: m.courtId,
        channel: m.channel,
        recipient: m.to,
        template: m.template,
        text: m.text,
        data_json: JSON.stringify(m.data),
        document_id: m.documentId ?? null,
        status: 'sent-to-outbox',
        created_at: at,
      })
      return { ok: true, at, ref: id }
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
