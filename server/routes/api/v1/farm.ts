import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { authErrors, bearer } from '../../../../contract/common'
import { FarmCalendar, FarmCalendarBody, FarmProfile, FarmProfileBody, YearParams } from '../../../../contract/farm'

const tags = ['farm']

/** 农忙 profiles of litigants, and the court admin's farm calendar per year. */
export const farmRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { farm } = app.services

  app.get('/me/farm-profile', {
    schema: { tags, summary: '我的农忙信息（首次由立案时填写的农忙情况预填）', security: bearer, response: { 200: FarmProfile, ...authErrors } },
    onRequest: app.allow('litigant'),
    handler: async (req) => farm.getProfile(req.user),
  })

  app.put('/me/farm-profile', {
    schema: {
      tags,
      summary: '保存我的农忙信息：地区、农忙活计、不便到庭的日期',
      security: bearer,
      body: FarmProfileBody,
      response: { 200: FarmProfile, ...authErrors },
    },
    onRequest: app.allow('litigant'),
    handler: async (req) => farm.saveProfile(req.user, req.body),
  })

  app.get('/admin/farm-calendar/:year', {
    schema: {
      tags,
      summary: '本院某年的农忙日历（每项的来源、可信度和当年日期）',
      security: bearer,
      params: YearParams,
      response: { 200: FarmCalendar, ...authErrors },
    },
    onRequest: app.allow('admin'),
    handler: async (req) => farm.getCalendar(req.user, req.params.year),
  })

  app.put('/admin/farm-calendar/:year', {
    schema: {
      tags,
      summary: '调整本院某年的农忙期',
      security: bearer,
      params: YearParams,
      body: FarmCalendarBody,
      response: { 200: FarmCalendar, ...authErrors },
    },
    onRequest: app.allow('admin'),
    handler: async (req) => farm.saveCalendar(req.user, req.params.year, req.body.overrides),
  })
}
