import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { authErrors, bearer, IdempotencyHeaders, IdParams, NEXT_CURSOR_HEADER, PageQuery } from '../../../../contract/common'
import {
  AgreedPeriodsBody,
  BookBody,
  BookReply,
  BusyBody,
  CaseScheduling,
  CaseSummary,
  ChoiceBody,
  Hearing,
  MyRequest,
  PostponeBody,
  RequestView,
} from '../../../../contract/hearings'

const tags = ['hearing']

/** 开庭排期: the judge asks the parties, parties pick a half-day away from their farm season, the judge books and serves the 传票. */
export const hearingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  caseListRoutes(app)
  courtSchedulingRoutes(app)
  partyChoiceRoutes(app)
}

/** What every group of these routes shares: the use cases and who may call them. */
function shared(app: Parameters<FastifyPluginAsyncTypebox>[0]) {
  const { hearings } = app.services
  const parties = app.allow('litigant', 'agent')
  const schedulers = app.allow('judge', 'clerk')
  return { hearings, parties, schedulers }
}

/** The court's hearing schedule, a page of cases at a time. */
function caseListRoutes(app: Parameters<FastifyPluginAsyncTypebox>[0]) {
  const { hearings } = shared(app)
  app.get('/hearings/cases', {
    schema: {
      tags,
      summary: '本院已立案案件的开庭安排（分页，新立案的在前，下一页的位置在 X-Next-Cursor 回复头）',
      security: bearer,
      querystring: PageQuery,
      response: { 200: Type.Array(CaseSummary), ...authErrors },
    },
    onRequest: app.allow('judge', 'clerk', 'admin'),
    handler: async (req, reply) => {
      const page = await hearings.casesOfCourt(req.user, req.query)
      if (page.next) void reply.header(NEXT_CURSOR_HEADER, page.next)
      return page.items
    },
  })
}

function courtSchedulingRoutes(app: Parameters<FastifyPluginAsyncTypebox>[0]) {
  const { hearings, schedulers } = shared(app)

  app.get('/hearings/cases/:id', {
    schema: {
      tags,
      summary: '一个案件的排期：当事人农忙与不便日期、建议时间、当事人的选择、开庭记录',
      security: bearer,
      params: IdParams,
      response: { 200: CaseScheduling, ...authErrors },
    },
    onRequest: app.allow('judge', 'clerk', 'admin'),
    handler: async (req) => hearings.caseScheduling(req.user, req.params.id),
  })

  app.post('/hearings/cases/:id/requests', {
    schema: {
      tags,
      summary: '请当事人选择开庭日期',
      security: bearer,
      params: IdParams,
      headers: IdempotencyHeaders,
      response: { 201: CaseScheduling, ...authErrors },
    },
    onRequest: schedulers,
    handler: async (req, reply) => {
      return reply.status(201).send(await hearings.ask(req.user, req.params.id))
    },
  })

  app.post('/hearings/cases/:id/hearings', {
    schema: {
      tags,
      summary: '确定开庭时间并向各方送达传票',
      security: bearer,
      params: IdParams,
      headers: IdempotencyHeaders,
      body: BookBody,
      response: { 201: BookReply, ...authErrors },
    },
    onRequest: schedulers,
    handler: async (req, reply) => {
      return reply.status(201).send(await hearings.book(req.user, req.params.id, req.body))
    },
  })

  app.post('/hearings/:id/postpone', {
    schema: {
      tags,
      summary: '延期开庭（《民事诉讼法》第一百四十九条）',
      security: bearer,
      params: IdParams,
      body: PostponeBody,
      response: { 200: Hearing, ...authErrors },
    },
    onRequest: schedulers,
    handler: async (req) => hearings.postpone(req.user, req.params.id, req.body.reason),
  })

  app.put('/hearings/cases/:id/agreed-periods', {
    schema: {
      tags,
      summary: '小额诉讼：记录与当事人约定的举证期限和答辩期间（《民诉法解释》第二百七十五条）',
      security: bearer,
      params: IdParams,
      body: AgreedPeriodsBody,
      response: { 200: CaseScheduling, ...authErrors },
    },
    onRequest: schedulers,
    handler: async (req) => hearings.agreePeriods(req.user, req.params.id, req.body),
  })
}

function partyChoiceRoutes(app: Parameters<FastifyPluginAsyncTypebox>[0]) {
  const { hearings, parties, schedulers } = shared(app)
  app.post('/hearings/:id/held', {
    schema: { tags, summary: '记为已开庭', security: bearer, params: IdParams, response: { 200: Hearing, ...authErrors } },
    onRequest: schedulers,
    handler: async (req) => hearings.held(req.user, req.params.id),
  })

  app.get('/hearing-requests', {
    schema: {
      tags,
      summary: '法院请我选择开庭日期的案件（分页，新的在前，下一页的位置在 X-Next-Cursor 回复头）',
      security: bearer,
      querystring: PageQuery,
      response: { 200: Type.Array(MyRequest), ...authErrors },
    },
    onRequest: parties,
    handler: async (req, reply) => {
      const page = await hearings.myRequests(req.user, req.query)
      if (page.next) void reply.header(NEXT_CURSOR_HEADER, page.next)
      return page.items
    },
  })

  app.get('/hearing-requests/:id', {
    schema: {
      tags,
      summary: '选择开庭日期：建议的半天、不可选日期的原因、我的农忙日历',
      security: bearer,
      params: IdParams,
      response: { 200: RequestView, ...authErrors },
    },
    onRequest: parties,
    handler: async (req) => hearings.request(req.user, req.params.id),
  })

  app.post('/hearing-requests/:id/choice', {
    schema: { tags, summary: '选定一个建议的开庭时间', security: bearer, params: IdParams, body: ChoiceBody, response: { 200: RequestView, ...authErrors } },
    onRequest: parties,
    handler: async (req) => hearings.choose(req.user, req.params.id, req.body),
  })

  app.post('/hearing-requests/:id/busy', {
    schema: {
      tags,
      summary: '申报更多不便到庭的日期，重新获取建议',
      security: bearer,
      params: IdParams,
      body: BusyBody,
      response: { 200: RequestView, ...authErrors },
    },
    onRequest: parties,
    handler: async (req) => hearings.declareBusy(req.user, req.params.id, req.body.busy),
  })
}
