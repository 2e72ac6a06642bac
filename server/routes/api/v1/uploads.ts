import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply } from 'fastify'
import type { UploadReply } from '../../../services/uploads'

const ALL = ['litigant', 'agent', 'judge', 'clerk', 'mediator', 'admin'] as const
const send = (reply: FastifyReply, r: UploadReply) => reply.status(r.status).headers(r.headers).send(r.body)

/**
 * Resumable uploads (the tus protocol, 1.0.0): POST creates an upload, HEAD tells how much of it
 * arrived, PATCH sends the next chunk from that offset, DELETE cancels it; GET names the file a
 * finished upload became. The raw body goes to tus untouched. Kept out of the OpenAPI document:
 * its bodies are bytes, not the JSON every documented route takes.
 */
export const uploadRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // Chunks are streamed to the upload's file as they arrive, never buffered whole.
  app.addContentTypeParser('application/offset+octet-stream', (_req, _payload, done) => done(null))

  app.post('/uploads', {
    schema: { hide: true },
    onRequest: app.allow(...ALL),
    config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
    handler: async (req, reply) => send(reply, await app.services.uploads.handle(req.user, req.raw)),
  })

  app.route<{ Params: { id: string } }>({
    // POST: a PATCH from the mini-program, whose wx.request has no PATCH (X-HTTP-Method-Override).
    method: ['HEAD', 'PATCH', 'DELETE', 'GET', 'POST'],
    url: '/uploads/:id',
    exposeHeadRoute: false,
    schema: { hide: true },
    onRequest: app.allow(...ALL),
    // 20 MB in 256 KB chunks is 80 requests; a resumed upload adds a HEAD per resume.
    config: { rateLimit: { max: 600, timeWindow: '1 minute' } },
    handler: async (req, reply) => send(reply, await app.services.uploads.handle(req.user, req.raw, req.params.id)),
  })
}
