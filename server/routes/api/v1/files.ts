import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { badRequest } from '../../../errors'
import { authErrors, bearer, IdParams } from '../../../../contract/common'
import { FileInfo, FileQuery } from '../../../../contract/files'

const ALL = ['litigant', 'agent', 'judge', 'clerk', 'mediator', 'admin'] as const
/** What the app shows in place (a photo preview, a PDF in the viewer); anything else downloads. */
const INLINE = ['image/jpeg', 'image/png', 'application/pdf']
export const dispositionFor = (mime: string, name: string) => `${INLINE.includes(mime) ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(name)}`

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

  app.post('/files/:id/link', {
    schema: {
      tags: ['files'],
      summary: '取得文件的临时链接（5分钟内有效，仅限本人）',
      security: bearer,
      params: IdParams,
      response: { 200: Type.Object({ url: Type.String(), expiresAt: Type.String() }), ...authErrors },
    },
    onRequest: app.allow(...ALL),
    handler: async (req) => app.services.fileLinks.create(req.user, req.params.id),
  })

  const signedOrBearer = app.allow(...ALL)
  app.get('/files/:id', {
    schema: {
      tags: ['files'],
      summary: '查看文件（带登录令牌，或用临时链接）',
      security: bearer,
      params: IdParams,
      querystring: FileQuery,
    },
    // <image src> cannot send headers: a preview uses a signed link from POST /files/:id/link instead.
    onRequest: async (req) => {
      const q = req.query as { sig?: string }
      if (q.sig === undefined) return signedOrBearer(req)
      req.user = await app.services.fileLinks.actorFor((req.params as { id: string }).id, req.query as Record<string, string>)
    },
    handler: async (req, reply) => {
      const { info, bytes } = await app.services.files.read(req.user, req.params.id)
      reply.header('content-type', info.mime).header('content-disposition', dispositionFor(info.mime, info.name)).header('cache-control', 'private, no-store')
      return reply.send(bytes)
    },
  })
}
