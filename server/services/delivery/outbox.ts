import type { Actor } from '../../auth/actor'
import { forbidden } from '../../errors'
import type { DeliveryContext } from './context'

/** Admin: the messages the notifier wrote to the outbox, newest first (the demo's stand-in for SMS and WeChat). */
export async function outbox(ctx: DeliveryContext, actor: Actor, limit: number) {
  if (!actor.courtId) throw forbidden()
  return (await ctx.delivery.outbox(actor.courtId, limit)).map((m) => ({
    id: m.id,
    channel: m.channel,
    recipient: m.recipient,
    template: m.template,
    text: m.text,
    documentId: m.document_id,
    status: m.status,
    createdAt: m.created_at,
  }))
}
