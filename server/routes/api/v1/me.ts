import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { authErrors, bearer } from './schemas'

const Profile = Type.Object({
  id: Type.String(),
  role: Type.String(),
  displayName: Type.String(),
  courtId: Type.Union([Type.String(), Type.Null()]),
  realName: Type.Union([Type.String(), Type.Null()]),
  idNumberMasked: Type.Union([Type.String(), Type.Null()]),
  birthDate: Type.Union([Type.String(), Type.Null()]),
  sex: Type.Union([Type.Literal('male'), Type.Literal('female'), Type.Null()]),
  mobile: Type.Union([Type.String(), Type.Null()]),
  address: Type.Union([Type.String(), Type.Null()]),
  realNameStatus: Type.String(),
})

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
      body: Type.Object({
        realName: Type.String({ title: '姓名', minLength: 1, maxLength: 30 }),
        idNumber: Type.String({ title: '身份证号', minLength: 1, maxLength: 18 }),
        mobile: Type.String({ title: '手机号', minLength: 1, maxLength: 11 }),
        address: Type.Optional(Type.String({ title: '住址', maxLength: 200 })),
      }),
      response: { 200: Profile, ...authErrors },
    },
    onRequest: app.allow('litigant', 'agent'),
    handler: async (req) => profile.update(req.user, req.body),
  })
}
