import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { accountRoutes } from './accounts'
import { authRoutes } from './auth'
import { calendarRoutes } from './calendar'
import { courtRoutes } from './courts'
import { fileRoutes } from './files'
import { filingRoutes } from './filings'
import { reviewRoutes } from './review'
import { serviceRoutes } from './service'
import { meRoutes } from './me'
import { mediationRoutes } from './mediation'
import { farmRoutes } from './farm'
import { hearingRoutes } from './hearings'
import { messageRoutes } from './messages'
import { wageRoutes } from './wages'
import { enforcementRoutes } from './enforcement'
import { enforcementCourtRoutes } from './enforcementCourt'
import { uploadRoutes } from './uploads'
import { identityRoutes } from './identity'
import { taskRoutes } from './tasks'
import { metricsRoutes } from './metrics'
import { metricsReportRoutes } from './metricsReports'

export const v1Routes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(authRoutes)
  await app.register(accountRoutes)
  await app.register(meRoutes)
  await app.register(courtRoutes)
  await app.register(filingRoutes)
  await app.register(reviewRoutes)
  await app.register(serviceRoutes)
  await app.register(fileRoutes)
  await app.register(uploadRoutes)
  await app.register(calendarRoutes)
  await app.register(mediationRoutes)
  await app.register(farmRoutes)
  await app.register(hearingRoutes)
  await app.register(messageRoutes)
  await app.register(wageRoutes)
  await app.register(enforcementRoutes)
  await app.register(enforcementCourtRoutes)
  await app.register(identityRoutes)
  await app.register(taskRoutes)
  await app.register(metricsRoutes)
  await app.register(metricsReportRoutes)
}
