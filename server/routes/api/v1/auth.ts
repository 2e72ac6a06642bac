import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { toSessionUser, type SignedInUser } from '../../../services/auth'
import { DemoUser, DevLoginBody, StaffLoginBody, TokenReply, WechatLoginBody } from '../../../../contract/auth'
import { authErrors, bearer, ErrorEnvelope } from '../../../../contract/common'

const errors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope, 429: ErrorEnvelope, 503: ErrorEnvelope }

const STAFF = ['judge', 'clerk', 'mediator', 'admin'] as const
const ALL = ['litigant', 'agent', ...STAFF] as const

export const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { auth, sessions } = app.services
  // A token names a fresh server-side session, and nothing else.
  const signIn = async (user: SignedInUser) => ({ token: app.jwt.sign({ sid: await sessions.open(user.id) }), user: toSessionUser(user) })

  app.post('/auth/wechat', {
    schema: {
      tags: ['auth'],
      summary: '微信登录（wx.login code 换取令牌）',
      body: WechatLoginBody,
      response: { 200: TokenReply, ...errors },
    },
    config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    handler: async (req) => signIn(await auth.wechat(req.body.code)),
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
    handler: async (req) => signIn(await auth.dev(req.body.userId)),
  })

  app.post('/auth/staff', {
    schema: {
      tags: ['auth'],
      summary: '法院工作人员账号密码登录',
      body: StaffLoginBody,
      response: { 200: TokenReply, ...errors },
    },
    config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    handler: async (req) => signIn(await auth.staff(req.body.account, req.body.password)),
  })

  app.post('/auth/logout', {
    schema: { tags: ['auth'], summary: '退出登录（结束本设备的会话）', security: bearer, response: { 204: Type.Null(), ...authErrors } },
    onRequest: app.allow(...ALL),
    handler: async (req, reply) => {
      await auth.logout(req.sessionId)
      return reply.status(204).send(null)
    },
  })

  app.post('/auth/password', {
    schema: {
      tags: ['auth'],
      summary: '工作人员修改密码（其他设备上的登录随之结束）',
      security: bearer,
      body: Type.Object(
        {
          currentPassword: Type.String({ title: '原密码', minLength: 1, maxLength: 128 }),
          newPassword: Type.String({ title: '新密码', minLength: 1, maxLength: 128 }),
        },
        { additionalProperties: false },
      ),
      response: { 200: TokenReply, ...authErrors },
    },
    onRequest: app.allow(...STAFF),
    config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    handler: async (req) => signIn(await auth.changePassword(req.user, req.body)),
  })
}
