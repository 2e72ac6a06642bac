import type { DeliveryContext } from './context'

export type DocumentSmsState = 'sent' | 'retrying' | 'pending' | 'failed'

/**
 * Whether each document's SMS went out, from the outbox: its latest SMS (a reminder sent later
 * supersedes the first notice). A row still pending after a failed try is `retrying` — the worker
 * sends it again by itself with backoff — and one the worker gave up on is `failed`, which the
 * clerk must follow up by phone or on paper. Documents without an SMS (the party asked for none, or
 * it is served on paper) are left out.
 */
export async function smsOfDocuments(ctx: DeliveryContext, documentIds: string[]) {
  const latest = new Map<string, Awaited<ReturnType<DeliveryContext['notifications']['smsOfDocuments']>>[number]>()
  for (const r of await ctx.notifications.smsOfDocuments(documentIds)) if (r.document_id) latest.set(r.document_id, r)
  return [...latest.values()].map((r) => {
    const state: DocumentSmsState = r.status === 'sent' ? 'sent' : r.status === 'failed' ? 'failed' : r.last_error ? 'retrying' : 'pending'
    return { documentId: r.document_id!, state, sentAt: r.status === 'sent' ? r.sent_at : null, attempts: r.attempts }
  })
}
