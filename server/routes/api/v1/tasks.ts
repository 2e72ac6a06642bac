import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { authErrors, bearer, NEXT_CURSOR_HEADER, PageQuery } from '../../../../contract/common'
import { StaffTask, StaffTaskList, StaffTaskParams } from '../../../../contract/tasks'

const tags = ['tasks']

/** 待办: court staff's own tasks from the reminder schedule; parties have none. */
export const taskRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { tasks } = app.services
  const staff = app.allow('judge', 'clerk', 'admin', 'mediator')

  app.get('/staff/tasks', {
    schema: {
      tags,
      summary: '我的待办（未处理的，新的在前；分页，下一页的位置在 X-Next-Cursor 回复头）',
      security: bearer,
      querystring: PageQuery,
      response: { 200: StaffTaskList, ...authErrors },
    },
    onRequest: staff,
    handler: async (req, reply) => {
      const page = await tasks.list(req.user, req.query)
      if (page.next) void reply.header(NEXT_CURSOR_HEADER, page.next)
      return page.list
    },
  })

  app.post('/staff/tasks/:id/done', {
    schema: { tags, summary: '待办标为已处理（重复提交结果相同）', security: bearer, params: StaffTaskParams, response: { 200: StaffTask, ...authErrors } },
    onRequest: staff,
    handler: async (req) => tasks.done(req.user, req.params.id),
  })
}
