import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { toActor, toSessionUser } from '../../../services/auth'
import { DemoUser, DevLoginBody, StaffLoginBody, TokenReply, WechatLoginBody } from '../../../../contract/auth'
import { ErrorEnvelope } from '../../../../contract/common'

const errors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope, 429: ErrorEnvelope, 503: ErrorEnvelope }

export const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { auth } = app.services

  app.post('/auth/wechat', {
    schema: {
      tags: ['auth'],
      summary: '微信登录（wx.login code 换取令牌）',
      body: WechatLoginBody,
      response: { 200: TokenReply, ...errors },
    },
    config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    handler: async (req) => {
      const user = await auth.wechat(req.body.code)
      return { token: app.jwt.sign(toActor(user)), user: toSessionUser(user) }
    },
  })

  app.get('/auth/dev-users', {
    schema: {
      tags: ['auth'],
      summary: '演示用户列表（仅开发环境）',
      response: { 200: Type.Array(DemoUser), ...errors },
    },
    handler: async () => (await auth.demoUsers()).map((u) => ({ id: u.id, displayName: u.display_name, role: u.role })),
  })

  app.post('/auth/dev', {
    schema: {
      tags: ['auth'],
      summary: '演示登录（仅开发环境，生产环境拒绝）',
      body: DevLoginBody,
      response: { 200: TokenReply, ...errors },
    },
    handler: async (req) => {
      const user = await auth.dev(req.body.userId)
      return { token: app.jwt.sign(toActor(user)), user: toSessionUser(user) }
    },
  })

  app.post('/auth/staff', {
    schema: {
      tags: ['auth'],
      summary: '法院工作人员账号密码登录',
      body: StaffLoginBody,
      response: { 200: TokenReply, ...errors },
    },
    config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    handler: async (req) => {
      const user = await auth.staff(req.body.account, req.body.password)
      return { token: app.jwt.sign(toActor(user)), user: toSessionUser(user) }
    },
  })
}
