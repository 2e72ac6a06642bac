import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { authErrors, bearer, IdempotencyHeaders, IdParams } from '../../../../contract/common'
import { FileQuery } from '../../../../contract/files'
import { CourtQuery, ReportBody, ReportView, ScorecardQuery, ScorecardsReply } from '../../../../contract/metrics'
import { metricsReportsService } from '../../../services/metrics/report'

const tags = ['metrics']
/** RFC 5987/6266: the Chinese name percent-encoded as UTF-8, so every browser and WeChat keep it. */
const disposition = (kind: 'inline' | 'attachment', name: string) => `${kind}; filename*=UTF-8''${encodeURIComponent(name)}`

/** 执行指挥中心: weekly team scorecards (with CSV export) and the monthly 《执行指挥中心监管通报》. */
export const metricsReportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const metrics = metricsReportsService({
    db: app.store.db,
    transact: app.services.transact,
    clock: app.clock,
    config: app.config,
    enforcement: app.services.enforcement,
    objects: app.objects,
  })
  const staff = app.allow('judge', 'clerk', 'admin')

  app.get('/court/metrics/scorecards', {
    schema: { tags, summary: '执行团队周评估（不排名）', security: bearer, querystring: ScorecardQuery, response: { 200: ScorecardsReply, ...authErrors } },
    onRequest: staff,
    handler: async (req) => metrics.scorecards(req.user, req.query),
  })
  app.get('/court/metrics/scorecards.csv', {
    schema: { tags, summary: '导出执行团队周评估（CSV，Excel/WPS 可打开）', security: bearer, querystring: ScorecardQuery },
    onRequest: staff,
    handler: async (req, reply) => {
      const { csv, fileName } = await metrics.scorecardsCsv(req.user, req.query)
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', disposition('attachment', fileName))
        .header('cache-control', 'private, no-store')
      return reply.send(csv)
    },
  })
  app.get('/court/metrics/reports', {
    schema: { tags, summary: '监管通报列表', security: bearer, querystring: CourtQuery, response: { 200: Type.Array(ReportView), ...authErrors } },
    onRequest: staff,
    handler: async (req) => metrics.list(req.user, req.query),
  })
  app.post('/court/metrics/reports', {
    schema: {
      tags,
      summary: '生成月度监管通报（PDF）',
      security: bearer,
      headers: IdempotencyHeaders,
      body: ReportBody,
      response: { 200: ReportView, ...authErrors },
    },
    onRequest: staff,
    handler: async (req) => metrics.generate(req.user, req.body),
  })
  app.get('/court/metrics/reports/:id', {
    schema: { tags, summary: '监管通报（附5分钟下载链接）', security: bearer, params: IdParams, response: { 200: ReportView, ...authErrors } },
    onRequest: staff,
    handler: async (req) => metrics.one(req.user, req.params.id),
  })
  // A PDF viewer or a new tab cannot send the bearer header: the signed link names the user instead.
  app.get('/court/metrics/reports/:id/file', {
    schema: { tags, summary: '下载监管通报 PDF（用临时链接）', params: IdParams, querystring: FileQuery },
    handler: async (req, reply) => {
      const file = await metrics.file(req.params.id, req.query)
      reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', disposition('inline', file.name))
        .header('cache-control', 'private, no-store')
      return reply.send(file.bytes)
    },
  })
}
