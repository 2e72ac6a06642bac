import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { FilingSummary, FilingView, ProcedureSchema } from './filingSchemas'
import { authErrors, bearer, IdParams } from './schemas'

const tags = ['review']

/** 立案审查: the court's side of online filing. */
export const reviewRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { filings } = app.services
  const staff = app.allow('judge', 'clerk', 'admin')
  const deciders = app.allow('judge', 'clerk')

  app.get('/review/filings', {
    schema: {
      tags,
      summary: '本院待审查的立案申请',
      security: bearer,
      querystring: Type.Object({ agriculturalFirst: Type.Optional(Type.Boolean({ title: '涉农优先' })) }),
      response: { 200: Type.Array(FilingSummary), ...authErrors },
    },
    onRequest: staff,
    handler: async (req) => filings.queue(req.user, { agriculturalFirst: req.query.agriculturalFirst ?? false }),
  })

  app.post('/review/filings/:id/accept', {
    schema: {
      tags,
      summary: '登记立案：分配案号和承办法官',
      security: bearer,
      params: IdParams,
      body: Type.Object({ procedure: ProcedureSchema, judgeId: Type.String({ title: '承办法官', minLength: 1, maxLength: 64 }) }),
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
      body: Type.Object({
        items: Type.Array(
          Type.Object({
            field: Type.String({ title: '补正项目', minLength: 1, maxLength: 100 }),
            message: Type.String({ title: '补正说明', minLength: 2, maxLength: 500 }),
          }),
          {
            title: '补正清单',
            minItems: 1,
            maxItems: 30,
          },
        ),
      }),
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
      body: Type.Object({ reason: Type.String({ title: '不予受理的理由', minLength: 10, maxLength: 5000 }) }),
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
