import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { authErrors, bearer, IdempotencyHeaders, IdParams, NEXT_CURSOR_HEADER, PageQuery } from '../../../../contract/common'
import { CaseMessage, MessageThread, PostMessageBody, UnansweredCase } from '../../../../contract/messages'

const tags = ['message']

/** 联系法官: the parties of a case and the judges and clerks of its court, in one thread. */
export const messageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { messages } = app.services
  const people = app.allow('litigant', 'agent', 'judge', 'clerk')

  app.get('/cases/:id/messages', {
    schema: { tags, summary: '案件留言（联系法官），按时间先后', security: bearer, params: IdParams, response: { 200: MessageThread, ...authErrors } },
    onRequest: people,
    handler: async (req) => messages.thread(req.user, req.params.id),
  })

  app.post('/cases/:id/messages', {
    schema: {
      tags,
      summary: '给法官留言，或法官、书记员回复当事人',
      security: bearer,
      params: IdParams,
      headers: IdempotencyHeaders,
      body: PostMessageBody,
      response: { 201: CaseMessage, ...authErrors },
    },
    onRequest: people,
    handler: async (req, reply) => {
      return reply.status(201).send(await messages.post(req.user, req.params.id, req.body.body))
    },
  })

  app.get('/messages/unanswered', {
    schema: {
      tags,
      summary: '本院待回复的当事人留言（分页，等得最久的在前，下一页的位置在 X-Next-Cursor 回复头）',
      security: bearer,
      querystring: PageQuery,
      response: { 200: Type.Array(UnansweredCase), ...authErrors },
    },
    onRequest: app.allow('judge', 'clerk'),
    handler: async (req, reply) => {
      const page = await messages.unanswered(req.user, req.query)
      if (page.next) void reply.header(NEXT_CURSOR_HEADER, page.next)
      return page.items
    },
  })
}
