import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { printableHtml } from '../../../services/delivery'
import { authErrors, bearer, IdempotencyHeaders, IdParams, NEXT_CURSOR_HEADER, PageQuery } from '../../../../contract/common'
import {
  AddressBody,
  CaseStatus,
  CaseSummary,
  DocumentView,
  Inbox,
  IssueBody,
  IssueReply,
  MyAddress,
  OutboxItem,
  OutboxQuery,
  PaperServiceBody,
  Proof,
  ServiceKeys,
} from '../../../../contract/delivery'

const tags = ['service']
const ALL = ['litigant', 'agent', 'judge', 'clerk', 'mediator', 'admin'] as const

/** 电子送达: parties' addresses and inbox, staff issuing and follow-up, receipts and their proof. */
export const serviceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  listRoutes(app)
  addressAndIssueRoutes(app)
  receiptAndProofRoutes(app)
}

/** What every group of these routes shares: the use cases and who may call them. */
function shared(app: Parameters<FastifyPluginAsyncTypebox>[0]) {
  const { delivery } = app.services
  const parties = app.allow('litigant', 'agent')
  const courtStaff = app.allow('judge', 'clerk', 'admin')
  return { delivery, parties, courtStaff }
}

/** The paged lists: the party's 我的文书 and the court's follow-up list. */
function listRoutes(app: Parameters<FastifyPluginAsyncTypebox>[0]) {
  const { delivery, parties, courtStaff } = shared(app)
  app.get('/service/inbox', {
    schema: {
      tags,
      summary: '我的文书（含未读数和待确认的送达地址；文书分页，新的在前，下一页的位置在 X-Next-Cursor 回复头）',
      security: bearer,
      querystring: PageQuery,
      response: { 200: Inbox, ...authErrors },
    },
    onRequest: parties,
    handler: async (req, reply) => {
      const page = await delivery.inbox(req.user, req.query)
      if (page.next) void reply.header(NEXT_CURSOR_HEADER, page.next)
      return page.body
    },
  })

  app.get('/service/cases', {
    schema: {
      tags,
      summary: '本院案件的送达情况（分页，新立案的在前，下一页的位置在 X-Next-Cursor 回复头）',
      security: bearer,
      querystring: PageQuery,
      response: { 200: Type.Array(CaseSummary), ...authErrors },
    },
    onRequest: courtStaff,
    handler: async (req, reply) => {
      const page = await delivery.casesOfCourt(req.user, req.query)
      if (page.next) void reply.header(NEXT_CURSOR_HEADER, page.next)
      return page.items
    },
  })
}

function addressAndIssueRoutes(app: Parameters<FastifyPluginAsyncTypebox>[0]) {
  const { delivery, parties, courtStaff } = shared(app)

  app.get('/service/addresses', {
    schema: { tags, summary: '我在各案件中的送达地址确认书', security: bearer, response: { 200: Type.Array(MyAddress), ...authErrors } },
    onRequest: parties,
    handler: async (req) => delivery.myAddresses(req.user),
  })

  app.put('/service/cases/:id/address', {
    schema: { tags, summary: '填写或变更送达地址确认书', security: bearer, params: IdParams, body: AddressBody, response: { 200: MyAddress, ...authErrors } },
    onRequest: parties,
    handler: async (req) => delivery.confirmAddress(req.user, req.params.id, req.body),
  })

  app.get('/service/cases/:id', {
    schema: {
      tags,
      summary: '一个案件：各当事人的送达地址与每份文书的送达、阅读、签收时间',
      security: bearer,
      params: IdParams,
      response: { 200: CaseStatus, ...authErrors },
    },
    onRequest: courtStaff,
    handler: async (req) => delivery.caseStatus(req.user, req.params.id),
  })

  app.post('/service/cases/:id/documents', {
    schema: {
      tags,
      summary: '发送文书（电子送达或登记公告送达）',
      security: bearer,
      params: IdParams,
      headers: IdempotencyHeaders,
      body: IssueBody,
      response: { 201: IssueReply, ...authErrors },
    },
    onRequest: app.allow('judge', 'clerk'),
    handler: async (req, reply) => {
      return reply.status(201).send(await delivery.issue(req.user, { ...req.body, caseId: req.params.id }))
    },
  })

  app.post('/service/documents/:id/paper-service', {
    schema: {
      tags,
      summary: '登记直接送达、邮寄送达或留置送达（送达日期与凭证）',
      security: bearer,
      params: IdParams,
      headers: IdempotencyHeaders,
      body: PaperServiceBody,
      response: { 201: DocumentView, ...authErrors },
    },
    onRequest: app.allow('judge', 'clerk'),
    handler: async (req, reply) => reply.status(201).send(await delivery.recordPaperService(req.user, req.params.id, req.body)),
  })

  app.get('/service/documents/:id', {
    schema: { tags, summary: '阅读一份文书', security: bearer, params: IdParams, response: { 200: DocumentView, ...authErrors } },
    onRequest: app.allow(...ALL),
    handler: async (req) => delivery.document(req.user, req.params.id),
  })

  app.post('/service/documents/:id/open', {
    schema: { tags, summary: '受送达人打开文书（记录“已阅读”）', security: bearer, params: IdParams, response: { 200: DocumentView, ...authErrors } },
    onRequest: parties,
    handler: async (req) => delivery.open(req.user, req.params.id),
  })
}

function receiptAndProofRoutes(app: Parameters<FastifyPluginAsyncTypebox>[0]) {
  const { delivery, parties } = shared(app)
  app.post('/service/documents/:id/sign', {
    schema: { tags, summary: '签收文书', security: bearer, params: IdParams, response: { 200: DocumentView, ...authErrors } },
    onRequest: parties,
    handler: async (req) => delivery.sign(req.user, req.params.id),
  })

  app.get('/service/documents/:id/print', {
    schema: { tags, summary: '可打印的文书页面（HTML）', security: bearer, params: IdParams },
    onRequest: app.allow(...ALL),
    handler: async (req, reply) => {
      const { doc, content, receipt } = await delivery.printable(req.user, req.params.id)
      return reply
        .header('content-type', 'text/html; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .send(printableHtml(doc, content, receipt))
    },
  })

  app.get('/service/documents/:id/file', {
    schema: { tags, summary: '判决书、裁定书、调解书的 PDF', security: bearer, params: IdParams },
    onRequest: app.allow(...ALL),
    handler: async (req, reply) => {
      const file = await delivery.documentFile(req.user, req.params.id)
      reply.header('content-type', file.mime).header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.name)}`)
      return reply.send(file.bytes)
    },
  })

  app.get('/service/:id/proof', {
    schema: { tags, summary: '案件的送达凭证链及其校验结果', security: bearer, params: IdParams, response: { 200: Proof, ...authErrors } },
    onRequest: app.allow(...ALL),
    handler: async (req) => delivery.proof(req.user, req.params.id),
  })

  // Public on purpose: anyone holding a receipt must be able to check the court's signature without an account.
  app.get('/service/keys', {
    schema: { tags, summary: '送达凭证的验签公钥（公开，无需登录）', response: { 200: ServiceKeys } },
    handler: async () => delivery.keys(),
  })

  app.get('/admin/outbox', {
    schema: {
      tags,
      summary: '消息发件箱（开发环境：短信、订阅消息、邮件）',
      security: bearer,
      querystring: OutboxQuery,
      response: { 200: Type.Array(OutboxItem), ...authErrors },
    },
    onRequest: app.allow('admin'),
    handler: async (req) => delivery.outbox(req.user, req.query.limit ?? 100),
  })
}
