import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { authErrors, bearer } from '../../../../contract/common'
import { Colleague, Court } from '../../../../contract/courts'

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
      response: { 200: Type.Array(Colleague), ...authErrors },
    },
    onRequest: app.allow('judge', 'clerk', 'mediator', 'admin'),
    handler: async (req) => app.services.courts.staff(req.user),
  })
}
