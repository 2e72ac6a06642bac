// Fastify's declaration merging, kept apart from the modules it names so no import runs in a circle.
import type { Actor, Role } from './auth/actor'
import type { Clock } from './clock'
import type { AppConfig } from './config'
import type { Db } from './db/connect'
import type { Services } from './services'
import type { ObjectStore } from './services/storage'
import type { Redis } from 'ioredis'

declare module '@fastify/jwt' {
  interface FastifyJWT {
    /** A token names a server-side session and nothing else: role and court come from the user row. */
    payload: { sid: string }
    user: Actor
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    config: AppConfig
    store: Db
    clock: Clock
    services: Services
    /** Where every file's bytes live (local directory or S3 bucket), by content hash. */
    objects: ObjectStore
    /** Redis shared by the processes (REDIS_URL), null when each process keeps its own limits. */
    redis: Redis | null
    /** Set on SIGTERM: readiness answers 503 while requests in flight finish. */
    draining: boolean
    /** onRequest hook that admits a signed-in user whose role is listed. */
    allow: (...roles: Role[]) => (request: FastifyRequest) => Promise<void>
  }
  interface FastifyRequest {
    /** The session the request's token names, once `allow` has admitted it; '' before. */
    sessionId: string
  }
}
