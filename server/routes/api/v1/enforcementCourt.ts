import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { authErrors, bearer, IdParams } from '../../../../contract/common'
import {
  AcceptEnforcementBody,
  AssignBody,
  CloseBody,
  ConnectorView,
  CourtCasesQuery,
  EnforcementCaseView,
  EnforcementRulesView,
  EnforcementSummary,
  NodeBody,
  RefuseEnforcementBody,
  RulesBody,
  StaffOption,
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
  const one = (summary: string) => ({ tags, summary, security: bearer, params: IdParams })

  app.get('/court/enforcement/queue', {
    schema: { tags, summary: '执行立案审查队列', security: bearer, response: { 200: Type.Array(EnforcementSummary), ...authErrors } },
    onRequest: staff,
    handler: async (req) => enforcement.queue(req.user),
  })
  app.get('/court/enforcement/cases', {
    schema: { tags, summary: '本院执行案件', security: bearer, querystring: CourtCasesQuery, response: { 200: Type.Array(EnforcementSummary), ...authErrors } },
    onRequest: staff,
    handler: async (req) => enforcement.courtCases(req.user, req.query),
  })
  app.get('/court/enforcement/cases/:id', {
    schema: { ...one('执行案件详情'), response: { 200: EnforcementCaseView, ...authErrors } },
    onRequest: staff,
    handler: async (req) => enforcement.caseForCourt(req.user, req.params.id),
  })
  app.post('/court/enforcement/cases/:id/accept', {
    schema: { ...one('执行立案'), body: AcceptEnforcementBody, response: { 200: EnforcementCaseView, ...authErrors } },
    onRequest: staff,
    handler: async (req) => enforcement.accept(req.user, req.params.id, req.body),
  })
  app.post('/court/enforcement/cases/:id/refuse', {
    schema: { ...one('裁定不予受理'), body: RefuseEnforcementBody, response: { 200: EnforcementCaseView, ...authErrors } },
    onRequest: staff,
    handler: async (req) => enforcement.refuse(req.user, req.params.id, req.body),
  })
  app.post('/court/enforcement/cases/:id/assign', {
    schema: { ...one('分配执行团队和承办人'), body: AssignBody, response: { 200: EnforcementCaseView, ...authErrors } },
    onRequest: staff,
    handler: async (req) => enforcement.assign(req.user, req.params.id, req.body),
  })
  app.post('/court/enforcement/cases/:id/nodes', {
    schema: { ...one('记录执行节点'), body: NodeBody, response: { 200: EnforcementCaseView, ...authErrors } },
    onRequest: staff,
    handler: async (req) => enforcement.record(req.user, req.params.id, req.body),
  })
  app.get('/court/enforcement/cases/:id/termination-check', {
    schema: { ...one('终本条件核对'), response: { 200: TerminationCheckView, ...authErrors } },
    onRequest: staff,
    handler: async (req) => enforcement.terminationCheck(req.user, req.params.id),
  })
  app.post('/court/enforcement/cases/:id/close', {
    schema: { ...one('结案'), body: CloseBody, response: { 200: EnforcementCaseView, ...authErrors } },
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
