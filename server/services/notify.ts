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
