import type { Socket } from 'node:net'
import type { ConnectionError, FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { DomainError } from '../../domain/errors'
import { AppError } from '../errors'
import { type AjvError, validationError } from './validationErrors'

/** The Chinese envelope for a status nothing more specific answered. */
const STATUS_MESSAGES: Record<number, [string, string]> = {
  400: ['BAD_REQUEST', '提交的内容有误，请核对后重试'],
  401: ['AUTH_REQUIRED', '请先登录'],
  403: ['FORBIDDEN', '您没有权限进行此操作'],
  404: ['NOT_FOUND', '找不到要访问的内容'],
  405: ['METHOD_NOT_ALLOWED', '不支持这种操作方式'],
  406: ['NOT_ACCEPTABLE', '提交的格式不支持'],
  408: ['REQUEST_TIMEOUT', '网络太慢，请求超时了，请在信号好时重试'],
  413: ['PAYLOAD_TOO_LARGE', '内容太大了，请缩小后重试'],
  414: ['URI_TOO_LONG', '网址太长了，请返回上一页重试'],
  415: ['UNSUPPORTED_MEDIA_TYPE', '提交的格式不支持'],
  429: ['RATE_LIMITED', '操作太频繁，请稍等一分钟再试'],
  431: ['HEADERS_TOO_LARGE', '请求太长了，请返回上一页重试'],
}

/** Errors Fastify and its plugins raise, by their code: a stable code of ours, a Chinese message, the field if any. */
const FRAMEWORK: Record<string, { status: number; code: string; message: string; field?: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'INVALID_JSON', message: '提交的内容格式不对，请刷新后重试' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'INVALID_JSON', message: '提交的内容是空的，请填写后重试' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'PAYLOAD_TOO_LARGE', message: '内容太大了，请缩小后重试' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: '提交的格式不支持，请用小程序或网页重新提交' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'CONTENT_LENGTH_INVALID', message: '提交的内容不完整，请在信号好时重试' },
  FST_ERR_BAD_URL: { status: 400, code: 'URL_INVALID', message: '网址里有无法识别的字符，请返回上一页重试' },
  FST_ERR_MAX_PARAM_LENGTH: { status: 414, code: 'URI_TOO_LONG', message: '网址太长了，请返回上一页重试' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: '请用“上传文件”选择文件后上传', field: 'file' },
  FST_REQ_FILE_TOO_LARGE: { status: 413, code: 'FILE_TOO_LARGE', message: '文件超过20MB，请压缩或分成几份后再上传', field: 'file' },
  FST_FILES_LIMIT: { status: 413, code: 'UPLOAD_TOO_MANY_FILES', message: '一次只能上传一个文件', field: 'file' },
  FST_FIELDS_LIMIT: { status: 413, code: 'UPLOAD_TOO_MANY_FIELDS', message: '上传的内容项目太多了，请重新上传', field: 'file' },
  FST_PARTS_LIMIT: { status: 413, code: 'UPLOAD_TOO_MANY_FIELDS', message: '上传的内容项目太多了，请重新上传', field: 'file' },
  FST_PROTO_VIOLATION: { status: 400, code: 'MULTIPART_INVALID', message: '上传的内容不完整，请重新选择文件上传', field: 'file' },
  FST_JWT_AUTHORIZATION_TOKEN_EXPIRED: { status: 401, code: 'AUTH_EXPIRED', message: '登录已过期，请重新登录' },
}

/**
 * The multipart parser's own errors (a body cut short, a part without its end, no boundary) carry
 * no code, only these words; the bad-input suite sends each kind, so a reworded upgrade shows there.
 */
const MALFORMED_MULTIPART =
  /^(Multipart: Boundary not found|Boundary required|Unexpected end of (multipart data|form|file)|\w+ terminated early due to unexpected end of multipart data|Malformed part header)/
const isMultipart = (request: FastifyRequest) => /^multipart\//i.test(request.headers['content-type'] ?? '')

type Envelope = { status: number; code: string; message: string; field?: string; problems?: AppError['problems'] }

/** The envelope for anything thrown while answering a request; null for what is a fault of ours (500). */
export function envelopeFor(err: FastifyError | AppError | DomainError | Error, multipart = false): Envelope | null {
  if (err instanceof AppError) return { status: err.status, code: err.code, message: err.message, field: err.field, problems: err.problems }
  if (err instanceof DomainError) return { status: 400, code: err.code, message: err.message, field: err.field }
  const e = err as FastifyError
  if (e.validation && e.validation.length > 0) {
    return { status: 400, ...validationError(e.validation as unknown as AjvError[], e.validationContext === 'querystring' ? 'query' : e.validationContext) }
  }
  const known = e.code ? FRAMEWORK[e.code] : undefined
  if (known) return known
  if (multipart && MALFORMED_MULTIPART.test(e.message)) return FRAMEWORK.FST_PROTO_VIOLATION
  const status = e.statusCode ?? 500
  if (status >= 400 && status < 500) {
    const [code, message] = STATUS_MESSAGES[status] ?? ['BAD_REQUEST', '请求有误，请稍后重试']
    return { status, code, message }
  }
  return null
}

const send = (reply: FastifyReply, { status, code, message, field, problems }: Envelope) =>
  reply.status(status).send({ error: { code, message, field, problems } })

/** Fastify's `frameworkErrors`: a URL it cannot decode or a path parameter past its length, before any route. */
export function frameworkErrors(err: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  void send(reply, envelopeFor(err) ?? FRAMEWORK.FST_ERR_BAD_URL)
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const

/** The methods a path answers to, so a wrong method hears 405 and what to use; none for an unknown path or a catch-all. */
function allowedMethods(app: FastifyInstance, url: string): string[] {
  const path = url.split('?')[0]
  return METHODS.filter((method) => {
    const found = app.findRoute({ method, url: path })
    return found !== null && !Object.prototype.hasOwnProperty.call(found.params, '*')
  })
}

/**
 * A request the HTTP parser refused before Fastify saw it (headers or request line too long, a
 * malformed request): answered in the envelope too. A request line that did not end within the
 * header limit is a URL too long (414); otherwise the headers were (431).
 */
export function clientErrorHandler(err: ConnectionError, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return
  let status = 400
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') status = 408
  else if (err.code === 'HPE_HEADER_OVERFLOW') {
    // Typed as a Buffer's JSON form; Node hands over the Buffer itself.
    const raw: unknown = err.rawPacket
    const firstLineEnd = Buffer.isBuffer(raw) ? raw.indexOf('\r\n') : -1
    status = firstLineEnd === -1 || firstLineEnd > 8192 ? 414 : 431
  }
  const [code, message] = STATUS_MESSAGES[status] ?? ['BAD_REQUEST', '请求有误，请稍后重试']
  const body = JSON.stringify({ error: { code, message } })
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${String(status)} ${code}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${String(Buffer.byteLength(body))}\r\nConnection: close\r\n\r\n${body}`,
    )
  }
  socket.destroy(err)
}

/** Every error leaves as `{ error: { code, message, field? } }`; a 5xx never shows internals. */
export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((err: FastifyError | AppError | DomainError, request, reply) => {
    const envelope = envelopeFor(err, isMultipart(request))
    if (envelope) return send(reply, envelope)
    request.log.error({ err }, 'unhandled error')
    return reply.status(500).send({ error: { code: 'INTERNAL', message: '服务器出了点问题，请稍后再试；您填写的内容不会丢失' } })
  })
  app.setNotFoundHandler((request, reply) => {
    const allow = allowedMethods(app, request.url)
    if (allow.length > 0) return send(reply.header('allow', allow.join(', ')), { status: 405, code: 'METHOD_NOT_ALLOWED', message: '不支持这种操作方式' })
    return send(reply, { status: 404, code: 'NOT_FOUND', message: '找不到要访问的内容' })
  })
})
