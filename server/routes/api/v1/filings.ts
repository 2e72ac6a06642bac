import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { authErrors, bearer, IdempotencyHeaders, IdParams, NEXT_CURSOR_HEADER, PageQuery } from '../../../../contract/common'
import { CreateFilingBody, DraftSaved, FilingData, FilingSummary, FilingView } from '../../../../contract/filings'

const tags = ['filing']

/** 网上立案, the litigant's side: drafts, submission, and following up. */
export const filingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { filings } = app.services
  const parties = app.allow('litigant', 'agent')

  app.post('/filings', {
    schema: {
      tags,
      summary: '开始一份立案申请（草稿）',
      security: bearer,
      headers: IdempotencyHeaders,
      body: CreateFilingBody,
      response: { 201: FilingView, ...authErrors },
    },
    onRequest: parties,
    handler: async (req, reply) => {
      return reply.status(201).send(await filings.create(req.user, req.body))
    },
  })

  app.get('/filings', {
    schema: {
      tags,
      summary: '我的立案申请和案件（分页，下一页的位置在 X-Next-Cursor 回复头）',
      security: bearer,
      querystring: PageQuery,
      response: { 200: Type.Array(FilingSummary), ...authErrors },
    },
    onRequest: parties,
    handler: async (req, reply) => {
      const page = await filings.listMine(req.user, req.query)
      if (page.next) void reply.header(NEXT_CURSOR_HEADER, page.next)
      return page.items
    },
  })

  app.get('/filings/:id', {
    schema: { tags, summary: '立案申请详情', security: bearer, params: IdParams, response: { 200: FilingView, ...authErrors } },
    onRequest: app.allow('litigant', 'agent', 'judge', 'clerk', 'mediator', 'admin'),
    handler: async (req) => filings.get(req.user, req.params.id),
  })

  app.put('/filings/:id/draft', {
    schema: {
      tags,
      summary: '保存草稿（回复保存的时间和版本，不再带回整份申请）',
      security: bearer,
      params: IdParams,
      headers: IdempotencyHeaders,
      body: FilingData,
      response: { 200: DraftSaved, ...authErrors },
    },
    onRequest: parties,
    handler: async (req) => filings.saveDraft(req.user, req.params.id, req.body),
  })

  app.delete('/filings/:id', {
    schema: { tags, summary: '删除草稿（只限填写人，只限未提交的）', security: bearer, params: IdParams, response: { 204: Type.Null(), ...authErrors } },
    onRequest: parties,
    handler: async (req, reply) => {
      await filings.deleteDraft(req.user, req.params.id)
      return reply.status(204).send(null)
    },
  })

  app.post('/filings/:id/submit', {
    schema: {
      tags,
      summary: '提交（或补正后重新提交）',
      security: bearer,
      params: IdParams,
      headers: IdempotencyHeaders,
      response: { 200: FilingView, ...authErrors },
    },
    onRequest: parties,
    handler: async (req) => filings.submit(req.user, req.params.id),
  })
}
