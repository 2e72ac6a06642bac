import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { authErrors, bearer, IdempotencyHeaders, IdParams, NEXT_CURSOR_HEADER, PageQuery } from '../../../../contract/common'
import {
  AssignBody,
  RespondentIdBody,
  AvailabilityInput,
  AvailabilityReply,
  BookBody,
  ConsentBody,
  CreateMediationInput,
  DeclineBody,
  JudicialConfirmationBody,
  MediationSummary,
  MediationView,
  Notices,
  OkReply,
  OutcomeBody,
  RemindersReply,
  SlotsQuery,
  SlotsReply,
  ToFilingReply,
  WithdrawBody,
} from '../../../../contract/mediation'

const tags = ['mediation']

/** 在线调解: requests, booking, confirmation, outcome, signatures and 司法确认. Row-level checks are in the service. */
export const mediationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  requestAndBookingRoutes(app)
  answerAndAssignRoutes(app)
  outcomeAndAvailabilityRoutes(app)
  noticeRoutes(app)
}

/** What every group of these routes shares: the use cases and who may call them. */
function shared(app: Parameters<FastifyPluginAsyncTypebox>[0]) {
  const { mediation } = app.services
  const parties = app.allow('litigant', 'agent')
  const anyone = app.allow('litigant', 'agent', 'judge', 'clerk', 'mediator', 'admin')
  const participants = app.allow('litigant', 'agent', 'judge', 'mediator')
  const mediators = app.allow('judge', 'mediator')
  const view = { 200: MediationView, ...authErrors }
  return { mediation, parties, anyone, participants, mediators, view }
}

function requestAndBookingRoutes(app: Parameters<FastifyPluginAsyncTypebox>[0]) {
  const { mediation, parties, anyone, participants, view } = shared(app)
  app.post('/mediations', {
    schema: {
      tags,
      summary: '申请调解（诉前或诉中）',
      security: bearer,
      headers: IdempotencyHeaders,
      body: CreateMediationInput,
      response: { 201: MediationView, ...authErrors },
    },
    onRequest: parties,
    handler: async (req, reply) => {
      return reply.status(201).send(await mediation.create(req.user, req.body))
    },
  })

  app.get('/mediations', {
    schema: {
      tags,
      summary: '我的调解（当事人）／分配给我的调解（调解员）／本院的调解（法院工作人员）；分页，最近有变化的在前，下一页的位置在 X-Next-Cursor 回复头',
      security: bearer,
      querystring: PageQuery,
      response: { 200: Type.Array(MediationSummary), ...authErrors },
    },
    onRequest: anyone,
    handler: async (req, reply) => {
      const page = await mediation.list(req.user, req.query)
      if (page.next) void reply.header(NEXT_CURSOR_HEADER, page.next)
      return page.items
    },
  })

  app.get('/mediations/:id', {
    schema: { tags, summary: '调解详情', security: bearer, params: IdParams, response: view },
    onRequest: anyone,
    handler: async (req) => mediation.get(req.user, req.params.id),
  })

  app.get('/mediations/:id/slots', {
    schema: {
      tags,
      summary: '可预约的调解时间',
      security: bearer,
      params: IdParams,
      querystring: SlotsQuery,
      response: { 200: SlotsReply, ...authErrors },
    },
    onRequest: participants,
    handler: async (req) => mediation.slots(req.user, req.params.id, req.query),
  })

  app.post('/mediations/:id/booking', {
    schema: {
      tags,
      summary: '预约或另约调解时间（占用该时段）',
      security: bearer,
      params: IdParams,
      headers: IdempotencyHeaders,
      body: BookBody,
      response: view,
    },
    onRequest: participants,
    handler: async (req) => {
      return await mediation.book(req.user, req.params.id, req.body)
    },
  })
}

function answerAndAssignRoutes(app: Parameters<FastifyPluginAsyncTypebox>[0]) {
  const { mediation, parties, mediators, view } = shared(app)
  app.post('/mediations/:id/accept', {
    schema: {
      tags,
      summary: '当事人同意调解时间（首次同时同意在线调解并留下送达地址）',
      security: bearer,
      params: IdParams,
      headers: IdempotencyHeaders,
      body: ConsentBody,
      response: view,
    },
    onRequest: parties,
    handler: async (req) => mediation.accept(req.user, req.params.id, req.body),
  })

  app.post('/mediations/:id/withdraw', {
    schema: {
      tags,
      summary: '当事人退出调解：申请人撤回，对方不同意调解',
      security: bearer,
      params: IdParams,
      headers: IdempotencyHeaders,
      body: WithdrawBody,
      response: view,
    },
    onRequest: parties,
    handler: async (req) => mediation.withdraw(req.user, req.params.id, req.body.reason),
  })

  app.post('/mediations/:id/confirm', {
    schema: { tags, summary: '调解员确认接受调解和时间（3个工作日内）', security: bearer, params: IdParams, headers: IdempotencyHeaders, response: view },
    onRequest: mediators,
    handler: async (req) => mediation.confirm(req.user, req.params.id),
  })

  app.post('/mediations/:id/decline', {
    schema: {
      tags,
      summary: '调解员不予接受（写明理由）',
      security: bearer,
      params: IdParams,
      headers: IdempotencyHeaders,
      body: DeclineBody,
      response: view,
    },
    onRequest: mediators,
    handler: async (req) => mediation.decline(req.user, req.params.id, req.body.reason),
  })

  app.post('/mediations/:id/assign', {
    schema: {
      tags,
      summary: '法院指定调解员',
      security: bearer,
      params: IdParams,
      headers: IdempotencyHeaders,
      body: AssignBody,
      response: view,
    },
    onRequest: app.allow('judge', 'clerk', 'admin'),
    handler: async (req) => mediation.assign(req.user, req.params.id, req.body.mediatorId),
  })

  app.post('/mediations/:id/respondent-id', {
    schema: {
      tags,
      summary: '核实对方身份：填写对方当事人的身份证号',
      security: bearer,
      params: IdParams,
      headers: IdempotencyHeaders,
      body: RespondentIdBody,
      response: view,
    },
    onRequest: app.allow('mediator', 'judge', 'clerk', 'admin'),
    handler: async (req) => mediation.identifyRespondent(req.user, req.params.id, req.body),
  })
}

function outcomeAndAvailabilityRoutes(app: Parameters<FastifyPluginAsyncTypebox>[0]) {
  const { mediation, parties, mediators, view } = shared(app)
  app.post('/mediations/:id/outcome', {
    schema: {
      tags,
      summary: '记录调解结果：达成协议、未达成协议或撤回',
      security: bearer,
      params: IdParams,
      headers: IdempotencyHeaders,
      body: OutcomeBody,
      response: view,
    },
    onRequest: mediators,
    handler: async (req) => mediation.outcome(req.user, req.params.id, req.body),
  })

  app.post('/mediations/:id/sign', {
    schema: { tags, summary: '当事人在调解协议上电子签名', security: bearer, params: IdParams, headers: IdempotencyHeaders, response: view },
    onRequest: parties,
    handler: async (req) => mediation.sign(req.user, req.params.id),
  })

  app.post('/mediations/:id/judicial-confirmation', {
    schema: {
      tags,
      summary: '申请司法确认（双方共同申请，协议生效30日内）',
      security: bearer,
      params: IdParams,
      headers: IdempotencyHeaders,
      body: JudicialConfirmationBody,
      response: view,
    },
    onRequest: parties,
    handler: async (req) => mediation.applyJudicialConfirmation(req.user, req.params.id, req.body.declaration),
  })

  app.post('/mediations/:id/to-filing', {
    schema: {
      tags,
      summary: '调解不成，转为网上立案（生成已填好的立案草稿）',
      security: bearer,
      params: IdParams,
      headers: IdempotencyHeaders,
      response: { 200: ToFilingReply, ...authErrors },
    },
    onRequest: parties,
    handler: async (req) => mediation.toFiling(req.user, req.params.id),
  })

  app.get('/mediation/availability', {
    schema: { tags, summary: '我的可预约时间（调解员、法官）', security: bearer, response: { 200: AvailabilityReply, ...authErrors } },
    onRequest: mediators,
    handler: async (req) => mediation.getAvailability(req.user),
  })

  app.put('/mediation/availability', {
    schema: {
      tags,
      summary: '设置每周工作时间、按日期调整、每次时长和调解地点',
      security: bearer,
      body: AvailabilityInput,
      response: { 200: AvailabilityReply, ...authErrors },
    },
    onRequest: mediators,
    handler: async (req) => mediation.setAvailability(req.user, req.body),
  })
}

function noticeRoutes(app: Parameters<FastifyPluginAsyncTypebox>[0]) {
  const { mediation, anyone } = shared(app)
  app.get('/mediation/notices', {
    schema: { tags, summary: '调解消息', security: bearer, response: { 200: Notices, ...authErrors } },
    onRequest: anyone,
    handler: async (req) => mediation.notices(req.user),
  })

  app.post('/mediation/notices/read', {
    schema: {
      tags,
      summary: '调解消息全部标为已读',
      security: bearer,
      headers: IdempotencyHeaders,
      response: { 200: OkReply, ...authErrors },
    },
    onRequest: anyone,
    handler: async (req) => mediation.markNoticesRead(req.user),
  })

  app.post('/mediation/reminders', {
    schema: {
      tags,
      summary: '发送明天调解的提醒（每场只提醒一次；可由定时任务调用）',
      security: bearer,
      headers: IdempotencyHeaders,
      response: { 200: RemindersReply, ...authErrors },
    },
    onRequest: app.allow('clerk', 'admin'),
    handler: async (req) => mediation.remindTomorrow(req.user),
  })
}
