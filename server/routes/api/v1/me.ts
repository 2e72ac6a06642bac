import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { authErrors, bearer, ErrorEnvelope, IdempotencyHeaders } from '../../../../contract/common'
import { MobileCodeInput, MobileCodeSent, MobileConfirmInput, Profile, ProfileInput } from '../../../../contract/me'

const ALL = ['litigant', 'agent', 'judge', 'clerk', 'mediator', 'admin'] as const
const errors = { ...authErrors, 429: ErrorEnvelope, 503: ErrorEnvelope }

export const meRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { profile } = app.services
  const parties = app.allow('litigant', 'agent')

  app.get('/me', {
    schema: { tags: ['me'], summary: '我的资料', security: bearer, response: { 200: Profile, ...authErrors } },
    onRequest: app.allow(...ALL),
    handler: async (req) => profile.get(req.user),
  })

  app.put('/me/profile', {
    schema: { tags: ['me'], summary: '填写实名信息', security: bearer, body: ProfileInput, response: { 200: Profile, ...authErrors } },
    onRequest: parties,
    handler: async (req) => profile.update(req.user, req.body),
  })

  app.post('/me/mobile/code', {
    schema: {
      tags: ['me'],
      summary: '更换手机号：向新号码发送短信验证码',
      security: bearer,
      headers: IdempotencyHeaders,
      body: MobileCodeInput,
      response: { 200: MobileCodeSent, ...errors },
    },
    onRequest: parties,
    // A retry after a lost reply gets the first answer back, not a second SMS or a "too soon".
    handler: async (req) => profile.sendMobileCode(req.user, req.body),
  })

  app.post('/me/mobile/confirm', {
    schema: {
      tags: ['me'],
      summary: '更换手机号：填写验证码，确认新号码',
      security: bearer,
      headers: IdempotencyHeaders,
      body: MobileConfirmInput,
      response: { 200: Profile, ...errors },
    },
    onRequest: parties,
    // A code works once: a retry after a lost reply gets the first answer, not "code already used".
    handler: async (req) => profile.confirmMobile(req.user, req.body),
  })
}
