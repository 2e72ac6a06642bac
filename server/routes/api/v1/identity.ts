import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { authErrors, bearer } from '../../../../contract/common'
import { IdCardInput, IdentityQueue, IdentityQueueQuery, IdentityRejectInput, IdentityReview, IdentityReviewParams } from '../../../../contract/identity'
import { Profile } from '../../../../contract/me'

const tags = ['identity']

/** 实名核验: the party sends ID card photos; staff of a related court verify or reject. */
export const identityRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { identity, profile } = app.services
  const staff = app.allow('judge', 'clerk', 'admin')

  app.post('/me/id-card', {
    schema: { tags, summary: '上传身份证照片，提交实名核验', security: bearer, body: IdCardInput, response: { 200: Profile, ...authErrors } },
    onRequest: app.allow('litigant', 'agent'),
    handler: async (req) => {
      await identity.submitIdCard(req.user, req.body)
      return profile.get(req.user)
    },
  })

  app.get('/identity-reviews', {
    schema: { tags, summary: '实名核验：待审核名单', security: bearer, querystring: IdentityQueueQuery, response: { 200: IdentityQueue, ...authErrors } },
    onRequest: staff,
    handler: async (req) => identity.queue(req.user, req.query),
  })

  app.get('/identity-reviews/:userId', {
    schema: { tags, summary: '实名核验：查看照片和信息', security: bearer, params: IdentityReviewParams, response: { 200: IdentityReview, ...authErrors } },
    onRequest: staff,
    handler: async (req) => identity.review(req.user, req.params.userId),
  })

  app.post('/identity-reviews/:userId/verify', {
    schema: { tags, summary: '实名核验：核验通过', security: bearer, params: IdentityReviewParams, response: { 200: IdentityReview, ...authErrors } },
    onRequest: staff,
    handler: async (req) => identity.verify(req.user, req.params.userId),
  })

  app.post('/identity-reviews/:userId/reject', {
    schema: {
      tags,
      summary: '实名核验：退回并说明原因',
      security: bearer,
      params: IdentityReviewParams,
      body: IdentityRejectInput,
      response: { 200: IdentityReview, ...authErrors },
    },
    onRequest: staff,
    handler: async (req) => identity.reject(req.user, req.params.userId, req.body),
  })
}
