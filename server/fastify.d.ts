// Fastify's declaration merging, kept apart from the modules it names so no import runs in a circle.
import type { Actor, Role } from './auth/actor'
import type { Clock } from './clock'
import type { AppConfig } from './config'
import type { Db } from './db/connect'
import type { Services } from './services'

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: Actor
    user: Actor
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    config: AppConfig
    store: Db
    clock: Clock
    services: Services
    /** onRequest hook that admits a signed-in user whose role is listed. */
    allow: (...roles: Role[]) => (request: FastifyRequest) => Promise<void>
  }
}
