import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { authErrors, bearer } from '../../../../contract/common'
import {
  BandsBody,
  BandsReply,
  CourtQuery,
  EnforcementExplainReply,
  EnforcementFiguresReply,
  EnforcementTrendReply,
  ExplainQuery,
  MetricsQuery,
  MetricsScopeReply,
  TrialExplainQuery,
  TrialExplainReply,
  TrialFiguresReply,
  TrialTrendReply,
} from '../../../../contract/metrics'
import { figuresService } from '../../../services/metrics/figures'

const tags = ['metrics']
const M = '/court/metrics'

/** 执行指挥中心: the figures of a court and period, what is behind each, the trial figures and the court's target bands. */
export const metricsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // Stateless over the app's database and clock: made once here, like the routes' other services.
  const figures = figuresService({ store: app.store, clock: app.clock })
  const staff = app.allow('judge', 'clerk', 'admin')
  const get = (summary: string) => ({ tags, summary, security: bearer })

  app.get(`${M}/scope`, {
    schema: { ...get('我可以查看的法院'), response: { 200: MetricsScopeReply, ...authErrors } },
    onRequest: staff,
    handler: async (req) => figures.scope(req.user),
  })
  app.get(`${M}/enforcement`, {
    schema: { ...get('执行指标'), querystring: MetricsQuery, response: { 200: EnforcementFiguresReply, ...authErrors } },
    onRequest: staff,
    handler: async (req) => figures.enforcement(req.user, req.query),
  })
  app.get(`${M}/enforcement/trend`, {
    schema: { ...get('执行指标逐月趋势'), querystring: MetricsQuery, response: { 200: EnforcementTrendReply, ...authErrors } },
    onRequest: staff,
    handler: async (req) => figures.enforcementTrend(req.user, req.query),
  })
  app.get(`${M}/enforcement/explain`, {
    schema: { ...get('执行指标背后的案件'), querystring: ExplainQuery, response: { 200: EnforcementExplainReply, ...authErrors } },
    onRequest: staff,
    handler: async (req) => figures.enforcementExplain(req.user, req.query),
  })
  app.get(`${M}/trial`, {
    schema: { ...get('审判指标'), querystring: MetricsQuery, response: { 200: TrialFiguresReply, ...authErrors } },
    onRequest: staff,
    handler: async (req) => figures.trial(req.user, req.query),
  })
  app.get(`${M}/trial/trend`, {
    schema: { ...get('审判指标逐月趋势'), querystring: MetricsQuery, response: { 200: TrialTrendReply, ...authErrors } },
    onRequest: staff,
    handler: async (req) => figures.trialTrend(req.user, req.query),
  })
  app.get(`${M}/trial/explain`, {
    schema: { ...get('审判指标背后的案件'), querystring: TrialExplainQuery, response: { 200: TrialExplainReply, ...authErrors } },
    onRequest: staff,
    handler: async (req) => figures.trialExplain(req.user, req.query),
  })
  app.get(`${M}/bands`, {
    schema: { ...get('目标区间'), querystring: CourtQuery, response: { 200: BandsReply, ...authErrors } },
    onRequest: staff,
    handler: async (req) => figures.bands(req.user, req.query),
  })
  app.put(`${M}/bands`, {
    schema: { ...get('设定本院的目标区间（仅管理员）'), querystring: CourtQuery, body: BandsBody, response: { 200: BandsReply, ...authErrors } },
    onRequest: app.allow('admin'),
    handler: async (req) => figures.putBands(req.user, req.query, req.body),
  })
}
