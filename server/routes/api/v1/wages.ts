import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { authErrors, bearer } from '../../../../contract/common'
import { AdminAverageWages, AverageWageBody, AverageWagesQuery, AverageWagesReply, WageYearParams } from '../../../../contract/wages'

const tags = ['wages']

/** 就业人员年平均工资 (the small-claims threshold): read by anyone signed in, kept by court admins per year. */
export const wageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { wages } = app.services

  app.get('/average-wages', {
    schema: {
      tags,
      summary: '某省各年度就业人员年平均工资（小额诉讼标准）',
      security: bearer,
      querystring: AverageWagesQuery,
      response: { 200: AverageWagesReply, ...authErrors },
    },
    onRequest: app.allow('litigant', 'agent', 'judge', 'clerk', 'mediator', 'admin'),
    handler: async (req) => wages.list(req.query.province),
  })

  app.get('/admin/average-wages', {
    schema: { tags, summary: '本院所在省份的年平均工资（来源、核对情况、修改人）', security: bearer, response: { 200: AdminAverageWages, ...authErrors } },
    onRequest: app.allow('admin'),
    handler: async (req) => wages.adminList(req.user),
  })

  app.put('/admin/average-wages/:year', {
    schema: {
      tags,
      summary: '录入或更正本省某年度的年平均工资',
      security: bearer,
      params: WageYearParams,
      body: AverageWageBody,
      response: { 200: AdminAverageWages, ...authErrors },
    },
    onRequest: app.allow('admin'),
    handler: async (req) => wages.save(req.user, req.params.year, req.body),
  })
}
