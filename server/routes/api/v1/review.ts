import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { authErrors, bearer, IdParams, NEXT_CURSOR_HEADER, PageQuery } from '../../../../contract/common'
import { FilingSummary, FilingView } from '../../../../contract/filings'
import { AcceptBody, CorrectionBody, DeclineBody, QueueQuery } from '../../../../contract/review'

const tags = ['review']

/** 立案审查: the court's side of online filing. */
export const reviewRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { filings } = app.services
  const staff = app.allow('judge', 'clerk', 'admin')
  const deciders = app.allow('judge', 'clerk')

  app.get('/review/filings', {
    schema: {
      tags,
      summary: '本院待审查的立案申请（分页，下一页的位置在 X-Next-Cursor 回复头）',
      security: bearer,
      querystring: Type.Object({ ...QueueQuery.properties, ...PageQuery.properties }),
      response: { 200: Type.Array(FilingSummary), ...authErrors },
    },
    onRequest: staff,
    handler: async (req, reply) => {
      const { agriculturalFirst, ...page } = req.query
      const res = await filings.queue(req.user, { agriculturalFirst: agriculturalFirst ?? false, ...page })
      if (res.next) void reply.header(NEXT_CURSOR_HEADER, res.next)
      return res.items
    },
  })

  app.post('/review/filings/:id/accept', {
    schema: {
      tags,
      summary: '登记立案：分配案号和承办法官',
      security: bearer,
      params: IdParams,
      body: AcceptBody,
      response: { 200: FilingView, ...authErrors },
    },
    onRequest: deciders,
    handler: async (req) => filings.accept(req.user, req.params.id, req.body),
  })

  app.post('/review/filings/:id/request-correction', {
    schema: {
      tags,
      summary: '一次性告知补正',
      security: bearer,
      params: IdParams,
      body: CorrectionBody,
      response: { 200: FilingView, ...authErrors },
    },
    onRequest: deciders,
    handler: async (req) => filings.requestCorrection(req.user, req.params.id, req.body.items),
  })

  app.post('/review/filings/:id/decline', {
    schema: {
      tags,
      summary: '不予受理（写明理由）',
      security: bearer,
      params: IdParams,
      body: DeclineBody,
      response: { 200: FilingView, ...authErrors },
    },
    onRequest: deciders,
    handler: async (req) => filings.decline(req.user, req.params.id, req.body.reason),
  })

  app.post('/review/filings/:id/forward', {
    schema: { tags, summary: '跨域立案：转交管辖法院', security: bearer, params: IdParams, response: { 200: FilingView, ...authErrors } },
    onRequest: staff,
    handler: async (req) => filings.forward(req.user, req.params.id),
  })
}
