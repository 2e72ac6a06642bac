import { createHash } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteHandlerMethod, RouteOptions } from 'fastify'
import fp from 'fastify-plugin'
import { ErrorEnvelope } from '../../contract/common'
import type { Ticket } from '../services/idempotency'

const HEADER = 'idempotency-key'
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
const tickets = new WeakMap<FastifyRequest, Ticket>()

/** True for a route whose schema declares the Idempotency-Key header: the plugin runs it once per key. */
export function declaresIdempotencyKey(route: Pick<RouteOptions, 'method' | 'schema'>): boolean {
  const headers = route.schema?.headers as { properties?: Record<string, unknown> } | undefined
  return [route.method].flat().some((m) => !SAFE_METHODS.has(m)) && headers?.properties?.[HEADER] !== undefined
}

/** JSON with object keys sorted, so the same request hashes the same however its keys were ordered. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/** What makes two requests "the same": method, route, path parameters and body. */
export function requestFingerprint(req: FastifyRequest): string {
  const text = [req.method, req.routeOptions.url ?? req.url, canonical(req.params ?? {}), canonical(req.body ?? null)].join('\n')
  return createHash('sha256').update(text).digest('hex')
}

/**
 * The Idempotency-Key of every route that declares the header in its schema — a new route gets it
 * by declaring `headers: IdempotencyHeaders`, with nothing in its handler. Before the handler a
 * read finds a repeat; the handler's first transaction inserts the key, so it commits with the
 * action's effects in one commit (a crash loses both, and of two processes running the same request
 * only one commits). The reply is stored (group-committed with the replies of other requests)
 * before it is sent; a repeat gets it back byte for byte.
 */
export const idempotencyPlugin = fp(
  async (app: FastifyInstance, opts: { sweepEveryMs?: number }) => {
    const idem = app.services.idempotency

    app.addHook('onRoute', (route) => {
      if (!declaresIdempotencyKey(route)) return
      const handler = route.handler as (this: FastifyInstance, req: FastifyRequest, reply: FastifyReply) => unknown
      route.handler = async function (this: FastifyInstance, req: FastifyRequest, reply: FastifyReply) {
        const key = req.headers[HEADER]
        const userId = req.user?.sub
        if (typeof key !== 'string' || !userId) return handler.call(this, req, reply)
        const begun = await idem.begin(userId, key, requestFingerprint(req))
        if (begun.kind === 'replay') return reply.code(begun.status).type('application/json; charset=utf-8').send(begun.body)
        tickets.set(req, begun.ticket)
        return idem.run(begun.ticket, async () => handler.call(this, req, reply))
      } as RouteHandlerMethod
      route.onSend = [route.onSend ?? []].flat().concat(async (req: FastifyRequest, reply: FastifyReply, payload: unknown) => {
        const ticket = tickets.get(req)
        if (!ticket) return payload
        tickets.delete(req)
        // Not stored, a repeat gets 409 until the lease ends; the reply itself still goes out.
        await idem
          .finish(ticket, reply.statusCode, typeof payload === 'string' ? payload : '')
          .catch((err: unknown) => req.log.error({ err }, 'idempotent reply not stored'))
        return payload
      })
      // The two refusals of a key are part of every such route's contract (and its OpenAPI page).
      const schema = route.schema as { response?: Record<string, unknown> } | undefined
      if (schema?.response && !schema.response[422]) route.schema = { ...route.schema, response: { ...schema.response, 422: ErrorEnvelope } }
    })

    // Expired keys may be used again (the reservation clears one it meets); the sweep keeps the table small.
    const sweep = () => idem.sweep().catch((err: unknown) => app.log.error({ err }, 'idempotency sweep failed'))
    const timer = setInterval(sweep, opts.sweepEveryMs ?? 10 * 60_000)
    timer.unref()
    app.addHook('onClose', async () => {
      clearInterval(timer)
      await idem.settled()
    })
  },
  { name: 'idempotency' },
)
