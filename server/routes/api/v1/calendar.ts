import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { authErrors, bearer, ErrorEnvelope } from './schemas'

const tags = ['calendar']
const DATE = '^\\d{4}-\\d{2}-\\d{2}$'

const Entry = (what: string) =>
  Type.Object(
    {
      date: Type.String({ title: `${what}日期`, pattern: DATE, examples: ['2027-10-01'] }),
      // \S: a name of spaces only is no name.
      name: Type.String({ title: '节日名称', minLength: 1, maxLength: 20, pattern: '\\S', examples: ['国庆节'] }),
    },
    { additionalProperties: false },
  )
const HolidayYear = Type.Object({
  holidays: Type.Array(Entry('放假'), { title: '放假日期', minItems: 1, maxItems: 80 }),
  makeupWorkdays: Type.Array(Entry('调休上班'), { title: '调休上班日期', maxItems: 30 }),
})
const Loaded = Type.Object({ year: Type.Integer(), source: Type.String(), updatedBy: Type.String(), updatedAt: Type.String() })

/** 节假日表: public read for every client's deadline arithmetic; only an admin loads a year. */
export const calendarRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { calendar } = app.services

  app.get('/calendar/holidays', {
    schema: {
      tags,
      summary: '节假日安排（公开）：内置年份加管理员录入的年份，及第一个尚未公布的年份',
      querystring: Type.Object({ since: Type.Optional(Type.Integer({ title: '起始年份', minimum: 1900, maximum: 2100 })) }),
      response: {
        200: Type.Object({
          table: Type.Record(Type.String({ pattern: '^\\d{4}$' }), HolidayYear),
          provisionalFrom: Type.Integer(),
          loaded: Type.Array(Loaded),
        }),
        400: ErrorEnvelope,
      },
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
      params: Type.Object({ year: Type.Integer({ title: '年份', minimum: 2004, maximum: 2100 }) }),
      body: Type.Object({ ...HolidayYear.properties, source: Type.String({ title: '通知文号或来源', minLength: 1, maxLength: 200, pattern: '\\S' }) }),
      response: {
        200: Type.Object({ ...HolidayYear.properties, ...Loaded.properties, replaced: Type.Boolean(), provisionalFrom: Type.Integer() }),
        ...authErrors,
      },
    },
    onRequest: app.allow('admin'),
    handler: async (req) => calendar.load(req.user, req.params.year, req.body),
  })
}
