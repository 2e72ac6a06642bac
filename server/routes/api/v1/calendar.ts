import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { HolidaysQuery, HolidaysReply, HolidayYearBody, HolidayYearParams, LoadedYearReply } from '../../../../contract/calendar'
import { authErrors, bearer, ErrorEnvelope } from '../../../../contract/common'

const tags = ['calendar']

/** 节假日表: public read for every client's deadline arithmetic; only an admin loads a year. */
export const calendarRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { calendar } = app.services

  app.get('/calendar/holidays', {
    schema: {
      tags,
      summary: '节假日安排（公开）：内置年份加管理员录入的年份，及第一个尚未公布的年份',
      querystring: HolidaysQuery,
      response: { 200: HolidaysReply, 400: ErrorEnvelope },
    },
    handler: async (req, reply) => {
      // Changes a few times a year; a short public cache spares weak networks a refetch.
      void reply.header('cache-control', 'public, max-age=600')
      return calendar.table(req.query.since)
    },
  })

  app.put('/calendar/holidays/:year', {
    schema: {
      tags,
      summary: '录入或更正某一年的放假和调休安排（仅管理员）',
      security: bearer,
      params: HolidayYearParams,
      body: HolidayYearBody,
      response: { 200: LoadedYearReply, ...authErrors },
    },
    onRequest: app.allow('admin'),
    handler: async (req) => calendar.load(req.user, req.params.year, req.body),
  })
}
