import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { authErrors, bearer } from '../../../../contract/common'
import { Profile, ProfileInput } from '../../../../contract/me'

const ALL = ['litigant', 'agent', 'judge', 'clerk', 'mediator', 'admin'] as const

export const meRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { profile } = app.services

  app.get('/me', {
    schema: { tags: ['me'], summary: '我的资料', security: bearer, response: { 200: Profile, ...authErrors } },
    onRequest: app.allow(...ALL),
    handler: async (req) => profile.get(req.user),
  })

  app.put('/me/profile', {
    schema: {
      tags: ['me'],
      summary: '填写实名信息',
      security: bearer,
      body: ProfileInput,
      response: { 200: Profile, ...authErrors },
    },
    onRequest: app.allow('litigant', 'agent'),
    handler: async (req) => profile.update(req.user, req.body),
  })
}
