import jwt from '@fastify/jwt'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { forbidden, unauthorized } from '../errors'
import type { Role } from '../auth/actor'

/**
 * JWT bearer tokens. Every route names the roles it admits with `onRequest: app.allow(...)`,
 * so who is asking is settled before the body is read or validated: no or bad token → 401, a
 * role not listed → 403, and only then bad input → 400. Row-level checks live in services.
 */
export const authPlugin = fp(async (app: FastifyInstance) => {
  await app.register(jwt, { secret: app.config.jwtSecret, sign: { expiresIn: '7d' } })
  app.decorate('allow', (...roles: Role[]) => async (request: FastifyRequest) => {
    try {
      await request.jwtVerify()
    } catch {
      throw unauthorized('登录已过期或未登录，请重新登录')
    }
    if (!roles.includes(request.user.role)) throw forbidden()
  })
})
