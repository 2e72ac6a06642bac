import type { NotificationRow } from '../../repositories/notifications'

/**
 * What a provider said about one notification. `retry: false` means trying again cannot help (no
 * template configured, the user refused subscribe messages, a bad number); the worker gives up.
 */
export type ProviderAnswer = { ok: true; ref: string; response: string } | { ok: false; retry: boolean; error: string; response: string }

/** One way out (WeChat subscribe messages, Tencent Cloud SMS, the demo outbox). */
export interface Provider {
  name: string
  deliver(n: NotificationRow): Promise<ProviderAnswer>
}

/** The answer as stored with the attempt: bounded, so a provider's error page cannot fill the table. */
export const bounded = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value)).slice(0, 2000)

/** Fills `{name}` from the notification's data (and `{text}` with its text). */
export function fill(pattern: string, n: Pick<NotificationRow, 'data_json' | 'text'>): string {
  const data = JSON.parse(n.data_json) as Record<string, string>
  return pattern.replace(/\{(\w+)\}/g, (_, key: string) => (key === 'text' ? n.text : (data[key] ?? '')))
}

/** The demo sender: the outbox row is the message, so it counts as sent at once (admins read it at GET /admin/outbox). */
export const outboxProvider: Provider = {
  name: 'outbox',
  async deliver(n) {
    return { ok: true, ref: n.id, response: 'kept in the outbox' }
  },
}

/** Staff tasks ('inbox'): the row is the task the staff member's list shows; nothing leaves the server. */
export const inboxProvider: Provider = {
  name: 'inbox',
  async deliver(n) {
    return { ok: true, ref: n.id, response: 'in the staff task list' }
  },
}

/** A channel with no provider configured (e-mail today): refused for good, so the follow-up list shows it. */
export const unconfigured = (channel: string): Provider => ({
  name: 'none',
  async deliver() {
    return { ok: false, retry: false, error: `no provider is configured for ${channel}`, response: '' }
  },
})
