import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { authRoutes } from './auth'
import { courtRoutes } from './courts'
import { meRoutes } from './me'

export const v1Routes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(authRoutes)
  await app.register(meRoutes)
  await app.register(courtRoutes)
}
