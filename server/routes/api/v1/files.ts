import fs from 'node:fs'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { badRequest } from '../../../errors'
import { authErrors, bearer, IdParams } from '../../../../contract/common'
import { FileInfo, FileQuery } from '../../../../contract/files'
const ALL = ['litigant', 'agent', 'judge', 'clerk', 'mediator', 'admin'] as const

/** Evidence and attachments: one multipart file per request (Taro.uploadFile), read back by whoever may see it. */
export const fileRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/files', {
    schema: {
      tags: ['files'],
      summary: '上传证据文件（照片或 PDF，20MB 以内）',
      security: bearer,
      consumes: ['multipart/form-data'],
      response: { 201: FileInfo, 413: authErrors[400], ...authErrors },
    },
    onRequest: app.allow(...ALL),
    config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
    handler: async (req, reply) => {
      const part = await req.file()
      if (!part) throw badRequest('FILE_REQUIRED', '请选择要上传的文件', 'file')
      // The mini-program names temp files itself (wxfile://tmp_…); the client sends the real name as a field.
      const named = part.fields.name as { value?: unknown } | undefined
      const filename = typeof named?.value === 'string' && named.value ? named.value : part.filename
      return reply.status(201).send(await app.services.files.store(req.user, { filename, stream: part.file }))
    },
  })

  app.get('/files/:id', {
    schema: {
      tags: ['files'],
      summary: '查看文件',
      security: bearer,
      params: IdParams,
      querystring: FileQuery,
    },
    // <image src> cannot send headers: a preview may carry the token in the query instead.
    onRequest: [
      async (req) => {
        const token = (req.query as { access_token?: string }).access_token
        if (token && !req.headers.authorization) req.headers.authorization = `Bearer ${token}`
      },
      app.allow(...ALL),
    ],
    handler: async (req, reply) => {
      const { info, path } = await app.services.files.open(req.user, req.params.id)
      reply.header('content-type', info.mime).header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(info.name)}`)
      return reply.send(fs.createReadStream(path))
    },
  })
}
