import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { authErrors, bearer, IdempotencyHeaders, IdParams, NEXT_CURSOR_HEADER, PageQuery } from '../../../../contract/common'
import {
  AddLeadBody,
  ApplicationPeriodView,
  ApplyBody,
  ComplaintBody,
  EligibleCase,
  EnforcementCaseView,
  EnforcementSummary,
  PeriodQuery,
  ResumeBody,
} from '../../../../contract/enforcement'

const tags = ['enforcement']

/** 执行, the applicant's side (the respondent reads his cases too). */
export const enforcementRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { enforcement } = app.services
  const party = app.allow('litigant', 'agent')
  const one = (summary: string) => ({
    tags,
    summary,
    security: bearer,
    params: IdParams,
    headers: IdempotencyHeaders,
    response: { 200: EnforcementCaseView, ...authErrors },
  })

  app.get('/enforcement/eligible', {
    schema: { tags, summary: '可以申请执行的案件（文书已生效）', security: bearer, response: { 200: Type.Array(EligibleCase), ...authErrors } },
    onRequest: party,
    handler: async (req) => enforcement.eligible(req.user),
  })
  app.get('/enforcement/period', {
    schema: { tags, summary: '申请执行期限', security: bearer, querystring: PeriodQuery, response: { 200: ApplicationPeriodView, ...authErrors } },
    onRequest: party,
    handler: async (req) => enforcement.period(req.query.from, req.query.resuming ?? false),
  })
  app.post('/enforcement/applications', {
    schema: {
      tags,
      summary: '申请执行',
      security: bearer,
      headers: IdempotencyHeaders,
      body: ApplyBody,
      response: { 200: EnforcementCaseView, ...authErrors },
    },
    onRequest: party,
    handler: async (req) => enforcement.apply(req.user, req.body),
  })
  app.get('/enforcement/cases', {
    schema: {
      tags,
      summary: '我的执行案件（分页，下一页的位置在 X-Next-Cursor 回复头）',
      security: bearer,
      querystring: PageQuery,
      response: { 200: Type.Array(EnforcementSummary), ...authErrors },
    },
    onRequest: party,
    handler: async (req, reply) => {
      const page = await enforcement.myCases(req.user, req.query)
      if (page.next) void reply.header(NEXT_CURSOR_HEADER, page.next)
      return page.items
    },
  })
  app.get('/enforcement/cases/:id', {
    schema: { tags, summary: '执行案件进度', security: bearer, params: IdParams, response: { 200: EnforcementCaseView, ...authErrors } },
    onRequest: party,
    handler: async (req) => enforcement.caseForParty(req.user, req.params.id),
  })
  app.post('/enforcement/cases/:id/leads', {
    schema: { ...one('提交财产线索'), body: AddLeadBody },
    onRequest: party,
    handler: async (req) => enforcement.addLead(req.user, req.params.id, req.body),
  })
  app.post('/enforcement/cases/:id/complaints', {
    schema: { ...one('反映执行问题（执行信访）'), body: ComplaintBody },
    onRequest: party,
    handler: async (req) => enforcement.complain(req.user, req.params.id, req.body),
  })
  app.post('/enforcement/cases/:id/resume', {
    schema: { ...one('终本后申请恢复执行'), body: ResumeBody },
    onRequest: party,
    handler: async (req) => enforcement.resume(req.user, req.params.id, req.body),
  })
}
