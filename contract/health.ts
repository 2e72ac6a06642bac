import { Type, type Static } from 'typebox'

/** Liveness: the process runs and its event loop answers; nothing else is asked. */
export const LiveReply = Type.Object({ status: Type.Literal('ok') })
export type LiveReply = Static<typeof LiveReply>

/** One dependency's state for readiness: `ok`, or `failed` (or `draining` for the process itself during shutdown). */
const CheckState = Type.Union([Type.Literal('ok'), Type.Literal('failed'), Type.Literal('draining')])

/**
 * Readiness: whether this process should get traffic. Every dependency it needs is named
 * (database, storage, Redis when configured, the process itself while it drains) and `failed`
 * lists those that did not answer; 503 when any did not.
 */
export const ReadyReply = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
  checks: Type.Record(Type.String(), CheckState),
  failed: Type.Array(Type.String()),
})
export type ReadyReply = Static<typeof ReadyReply>
