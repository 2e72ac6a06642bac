import type { Db } from './db/connect'
import type { AppConfig } from './config'
import type { Clock } from './clock'
import type { Services } from './services'

export type Role = 'litigant' | 'agent' | 'judge' | 'clerk' | 'mediator' | 'admin'
export const STAFF_ROLES: Role[] = ['judge', 'clerk', 'mediator', 'admin']

/** Who is asking, as carried in the JWT. */
export interface Actor {
  sub: string
  role: Role
  courtId: string | null
}

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
    /** preHandler that admits a signed-in user whose role is listed. */
    allow: (...roles: Role[]) => (request: FastifyRequest) => Promise<void>
  }
}
