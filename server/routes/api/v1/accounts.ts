import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { authErrors, bearer, IdParams } from '../../../../contract/common'

const AccountView = Type.Object({
  id: Type.String(),
  account: Type.Union([Type.String(), Type.Null()]),
  role: Type.String(),
  displayName: Type.String(),
  disabled: Type.Boolean(),
})
const tags = ['accounts']
const reply = { 200: AccountView, ...authErrors }

/** A court admin manages their court's staff accounts; each change that matters ends the account's sessions. */
export const accountRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { accounts } = app.services
  const admin = app.allow('admin')

  app.post('/admin/accounts/:id/disable', {
    schema: { tags, summary: '停用本院工作人员账号（其登录随即失效）', security: bearer, params: IdParams, response: reply },
    onRequest: admin,
    handler: async (req) => accounts.disable(req.user, req.params.id),
  })

  app.post('/admin/accounts/:id/enable', {
    schema: { tags, summary: '重新启用本院工作人员账号', security: bearer, params: IdParams, response: reply },
    onRequest: admin,
    handler: async (req) => accounts.enable(req.user, req.params.id),
  })

  app.put('/admin/accounts/:id/role', {
    schema: {
      tags,
      summary: '改变本院工作人员的角色（其登录随即失效）',
      security: bearer,
      params: IdParams,
      body: Type.Object(
        { role: Type.Union([Type.Literal('judge'), Type.Literal('clerk'), Type.Literal('mediator'), Type.Literal('admin')], { title: '角色' }) },
        { additionalProperties: false },
      ),
      response: reply,
    },
    onRequest: admin,
    handler: async (req) => accounts.setRole(req.user, req.params.id, req.body.role),
  })

  app.post('/admin/accounts/:id/unlock', {
    schema: { tags, summary: '解除因密码输错过多而锁定的账号', security: bearer, params: IdParams, response: reply },
    onRequest: admin,
    handler: async (req) => accounts.unlock(req.user, req.params.id),
  })
}
