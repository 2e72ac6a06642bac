import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { authErrors, bearer } from './schemas'

const Court = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  region: Type.String(),
  phone: Type.String(),
  rooms: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), kind: Type.String(), address: Type.Union([Type.String(), Type.Null()]) })),
})

export const courtRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/courts', {
    schema: { tags: ['courts'], summary: '法院列表（公开）', response: { 200: Type.Array(Court) } },
    handler: async () => app.services.courts.list(),
  })

  app.get('/court/staff', {
    schema: {
      tags: ['courts'],
      summary: '本院工作人员（仅本院工作人员可见）',
      security: bearer,
      response: { 200: Type.Array(Type.Object({ id: Type.String(), role: Type.String(), displayName: Type.String() })), ...authErrors },
    },
    onRequest: app.allow('judge', 'clerk', 'mediator', 'admin'),
    handler: async (req) => app.services.courts.staff(req.user),
  })
}
