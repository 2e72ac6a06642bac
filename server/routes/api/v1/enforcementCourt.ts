import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { authErrors, bearer, IdempotencyHeaders, IdParams, NEXT_CURSOR_HEADER, PageQuery } from '../../../../contract/common'
import {
  AcceptEnforcementBody,
  AnswerComplaintBody,
  AssignBody,
  CloseBody,
  ComplaintView,
  ConnectorView,
  CourtCasesQuery,
  CourtLeadBody,
  EnforcementCaseView,
  EnforcementRulesView,
  EnforcementSummary,
  NodeBody,
  RecheckBody,
  RefuseEnforcementBody,
  RemindBody,
  RemindReply,
  RulesBody,
  StaffOption,
  SupervisionQuery,
  SupervisionReply,
  TasksReply,
  TeamBody,
  TeamView,
  TerminationCheckView,
} from '../../../../contract/enforcement'

const tags = ['enforcement-court']

/** 执行, the court's side: 立案, teams, nodes, closure, rules. */
// eslint-disable-next-line max-lines-per-function -- one short declaration per route
export const enforcementCourtRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { enforcement } = app.services
  const staff = app.allow('judge', 'clerk', 'admin')
  const admin = app.allow('admin')
  const supervisors = app.allow('judge', 'admin')
  const one = (summary: string) => ({ tags, summary, security: bearer, params: IdParams })
  const act = (summary: string) => ({ ...one(summary), headers: IdempotencyHeaders, response: { 200: EnforcementCaseView, ...authErrors } })

  app.get('/court/enforcement/queue', {
    schema: {
      tags,
      summary: '执行立案审查队列（分页，下一页的位置在 X-Next-Cursor 回复头）',
      security: bearer,
      querystring: PageQuery,
      response: { 200: Type.Array(EnforcementSummary), ...authErrors },
    },
    onRequest: staff,
    handler: async (req, reply) => {
      const page = await enforcement.queue(req.user, req.query)
      if (page.next) void reply.header(NEXT_CURSOR_HEADER, page.next)
      return page.items
    },
  })
  app.get('/court/enforcement/cases', {
    schema: {
      tags,
      summary: '本院执行案件（分页，下一页的位置在 X-Next-Cursor 回复头）',
      security: bearer,
      querystring: Type.Object({ ...CourtCasesQuery.properties, ...PageQuery.properties }),
      response: { 200: Type.Array(EnforcementSummary), ...authErrors },
    },
    onRequest: staff,
    handler: async (req, reply) => {
      const page = await enforcement.courtCases(req.user, req.query)
      if (page.next) void reply.header(NEXT_CURSOR_HEADER, page.next)
      return page.items
    },
  })
  app.get('/court/enforcement/cases/:id', {
    schema: { ...one('执行案件详情'), response: { 200: EnforcementCaseView, ...authErrors } },
    onRequest: staff,
    handler: async (req) => enforcement.caseForCourt(req.user, req.params.id),
  })
  app.post('/court/enforcement/cases/:id/accept', {
    schema: { ...one('执行立案'), headers: IdempotencyHeaders, body: AcceptEnforcementBody, response: { 200: EnforcementCaseView, ...authErrors } },
    onRequest: staff,
    handler: async (req) => enforcement.accept(req.user, req.params.id, req.body),
  })
  app.post('/court/enforcement/cases/:id/refuse', {
    schema: { ...one('裁定不予受理'), headers: IdempotencyHeaders, body: RefuseEnforcementBody, response: { 200: EnforcementCaseView, ...authErrors } },
    onRequest: staff,
    handler: async (req) => enforcement.refuse(req.user, req.params.id, req.body),
  })
  app.post('/court/enforcement/cases/:id/assign', {
    schema: { ...one('分配执行团队和承办人'), headers: IdempotencyHeaders, body: AssignBody, response: { 200: EnforcementCaseView, ...authErrors } },
    onRequest: staff,
    handler: async (req) => enforcement.assign(req.user, req.params.id, req.body),
  })
  app.post('/court/enforcement/cases/:id/nodes', {
    schema: { ...one('记录执行节点'), headers: IdempotencyHeaders, body: NodeBody, response: { 200: EnforcementCaseView, ...authErrors } },
    onRequest: staff,
    handler: async (req) => enforcement.record(req.user, req.params.id, req.body),
  })
  app.post('/court/enforcement/cases/:id/leads', {
    schema: { ...act('登记法院查到的财产线索'), body: CourtLeadBody },
    onRequest: staff,
    handler: async (req) => enforcement.addCourtLead(req.user, req.params.id, req.body),
  })
  app.post('/court/enforcement/cases/:id/rechecks', {
    schema: { ...act('登记终本后财产复查结果'), body: RecheckBody },
    onRequest: staff,
    handler: async (req) => enforcement.recheck(req.user, req.params.id, req.body),
  })
  app.get('/court/enforcement/tasks', {
    schema: {
      tags,
      summary: '我的执行任务（按案件分页，收案早的在前，下一页的位置在 X-Next-Cursor 回复头）',
      security: bearer,
      querystring: PageQuery,
      response: { 200: TasksReply, ...authErrors },
    },
    onRequest: staff,
    handler: async (req, reply) => {
      const page = await enforcement.tasks(req.user, req.query)
      if (page.next) void reply.header(NEXT_CURSOR_HEADER, page.next)
      return page.reply
    },
  })
  app.get('/court/enforcement/supervision', {
    schema: {
      tags,
      summary: '督办事项（按案件分页，收案早的在前，下一页的位置在 X-Next-Cursor 回复头）',
      security: bearer,
      querystring: Type.Object({ ...SupervisionQuery.properties, ...PageQuery.properties }),
      response: { 200: SupervisionReply, ...authErrors },
    },
    onRequest: supervisors,
    handler: async (req, reply) => {
      const page = await enforcement.supervision(req.user, req.query)
      if (page.next) void reply.header(NEXT_CURSOR_HEADER, page.next)
      return page.reply
    },
  })
  app.post('/court/enforcement/supervision/remind', {
    schema: {
      tags,
      summary: '督办提醒执行团队',
      security: bearer,
      headers: IdempotencyHeaders,
      body: RemindBody,
      response: { 200: RemindReply, ...authErrors },
    },
    onRequest: supervisors,
    handler: async (req) => enforcement.remind(req.user, req.body.teamId),
  })
  app.get('/court/enforcement/complaints', {
    schema: {
      tags,
      summary: '执行信访（分页，未答复的在前，收到早的在前，下一页的位置在 X-Next-Cursor 回复头）',
      security: bearer,
      querystring: PageQuery,
      response: { 200: Type.Array(ComplaintView), ...authErrors },
    },
    onRequest: staff,
    handler: async (req, reply) => {
      const page = await enforcement.complaints(req.user, req.query)
      if (page.next) void reply.header(NEXT_CURSOR_HEADER, page.next)
      return page.items
    },
  })
  app.post('/court/enforcement/complaints/:id/answer', {
    schema: { ...one('答复执行信访'), headers: IdempotencyHeaders, body: AnswerComplaintBody, response: { 200: ComplaintView, ...authErrors } },
    onRequest: staff,
    handler: async (req) => enforcement.answerComplaint(req.user, req.params.id, req.body),
  })
  app.get('/court/enforcement/cases/:id/termination-check', {
    schema: { ...one('终本条件核对'), response: { 200: TerminationCheckView, ...authErrors } },
    onRequest: staff,
    handler: async (req) => enforcement.terminationCheck(req.user, req.params.id),
  })
  app.post('/court/enforcement/cases/:id/close', {
    schema: { ...one('结案'), headers: IdempotencyHeaders, body: CloseBody, response: { 200: EnforcementCaseView, ...authErrors } },
    onRequest: staff,
    handler: async (req) => enforcement.close(req.user, req.params.id, req.body),
  })
  app.get('/court/enforcement/teams', {
    schema: { tags, summary: '执行团队', security: bearer, response: { 200: Type.Array(TeamView), ...authErrors } },
    onRequest: staff,
    handler: async (req) => enforcement.teams(req.user),
  })
  app.post('/court/enforcement/teams', {
    schema: { tags, summary: '新建执行团队', security: bearer, body: TeamBody, response: { 200: TeamView, ...authErrors } },
    onRequest: admin,
    handler: async (req) => enforcement.saveTeam(req.user, req.body),
  })
  app.put('/court/enforcement/teams/:id', {
    schema: { ...one('修改执行团队'), body: TeamBody, response: { 200: TeamView, ...authErrors } },
    onRequest: admin,
    handler: async (req) => enforcement.saveTeam(req.user, req.body, req.params.id),
  })
  app.get('/court/enforcement/staff', {
    schema: { tags, summary: '可编入团队的工作人员', security: bearer, response: { 200: Type.Array(StaffOption), ...authErrors } },
    onRequest: admin,
    handler: async (req) => enforcement.staff(req.user),
  })
  app.get('/court/enforcement/connectors', {
    schema: { tags, summary: '网络查控方式', security: bearer, response: { 200: Type.Array(ConnectorView), ...authErrors } },
    onRequest: staff,
    handler: async () => enforcement.connectors(),
  })
  app.get('/court/enforcement/rules', {
    schema: { tags, summary: '本院执行期限设置', security: bearer, response: { 200: EnforcementRulesView, ...authErrors } },
    onRequest: staff,
    handler: async (req) => enforcement.rules(req.user),
  })
  app.put('/court/enforcement/rules', {
    schema: { tags, summary: '修改本院执行期限设置', security: bearer, body: RulesBody, response: { 200: EnforcementRulesView, ...authErrors } },
    onRequest: admin,
    handler: async (req) => enforcement.putRules(req.user, req.body),
  })
}
