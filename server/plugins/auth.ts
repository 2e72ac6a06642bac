import jwt from '@fastify/jwt'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { AppError, forbidden, unauthorized } from '../errors'
import type { Role } from '../auth/actor'

/**
 * JWT bearer tokens naming a server-side session. Every route names the roles it admits with
 * `onRequest: app.allow(...)`, so who is asking is settled before the body is read or
 * validated: no, bad or ended session → 401, a role not listed → 403, and only then bad input
 * → 400. The session is checked on every request (cached for SESSION_CACHE_MS) and the actor's
 * role and court come from the user row, so a sign-out, a disabled account or a changed role
 * holds at once. Row-level checks live in services.
 */
export const authPlugin = fp(async (app: FastifyInstance) => {
  await app.register(jwt, { secret: app.config.jwtSecret, sign: { expiresIn: '7d' } })
  app.decorateRequest('sessionId', '')
  app.decorate('allow', (...roles: Role[]) => async (request: FastifyRequest) => {
    let sid: unknown
    try {
      sid = (await request.jwtVerify<{ sid?: unknown }>()).sid
    } catch {
      throw unauthorized('登录已过期或未登录，请重新登录')
    }
    // A token from before server-side sessions carries a role instead: it no longer admits anyone.
    if (typeof sid !== 'string' || sid === '') throw unauthorized('登录已过期或未登录，请重新登录')
    const session = await app.services.sessions.check(sid)
    if (!session.ok) {
      if (session.reason === 'disabled') throw new AppError(401, 'ACCOUNT_DISABLED', '该账号已停用，请联系本院管理员')
      throw unauthorized('登录已过期或未登录，请重新登录')
    }
    request.user = session.actor
    request.sessionId = sid
    if (!roles.includes(request.user.role)) throw forbidden()
  })
})
