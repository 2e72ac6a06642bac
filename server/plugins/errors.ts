import type { FastifyError, FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { DomainError } from '../../domain/errors'
import { AppError } from '../errors'

interface AjvError {
  keyword: string
  instancePath: string
  params: Record<string, unknown>
  parentSchema?: { title?: string; properties?: Record<string, { title?: string }> }
}

/** `/parties/1/idNumber` → `parties[1].idNumber`, the field path clients show next to the input. */
export function fieldPath(instancePath: string, missing?: string): string {
  const parts = instancePath.split('/').filter(Boolean)
  if (missing) parts.push(missing)
  return parts.reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '')
}

/** One plain Chinese sentence per schema problem, naming the field by its schema title. */
export function validationMessage(e: AjvError): { field: string; message: string } {
  const missing = e.keyword === 'required' ? String(e.params.missingProperty) : undefined
  const field = fieldPath(e.instancePath, missing)
  const label = (missing ? e.parentSchema?.properties?.[missing]?.title : e.parentSchema?.title) ?? field ?? '内容'
  const limit = e.params.limit
  const message = (() => {
    switch (e.keyword) {
      case 'required':
        return `请填写${label}`
      case 'minLength':
        return limit === 1 ? `请填写${label}` : `${label}至少需要${String(limit)}个字`
      case 'maxLength':
        return `${label}不能超过${String(limit)}个字`
      case 'minimum':
      case 'exclusiveMinimum':
        return `${label}太小了，请核对`
      case 'maximum':
      case 'exclusiveMaximum':
        return `${label}太大了，请核对`
      case 'enum':
      case 'const':
        return `${label}的选项无效，请重新选择`
      case 'minItems':
        return `${label}至少需要${String(limit)}项`
      case 'maxItems':
        return `${label}最多${String(limit)}项`
      case 'additionalProperties':
        return `有不认识的内容：${String(e.params.additionalProperty)}`
      default:
        return `${label}的格式不对，请核对后重新填写`
    }
  })()
  return { field: field || '(body)', message }
}

const STATUS_MESSAGES: Record<number, [string, string]> = {
  400: ['BAD_REQUEST', '提交的内容有误，请核对后重试'],
  401: ['AUTH_REQUIRED', '请先登录'],
  403: ['FORBIDDEN', '您没有权限进行此操作'],
  404: ['NOT_FOUND', '找不到要访问的内容'],
  413: ['PAYLOAD_TOO_LARGE', '内容太大了，请缩小后重试'],
  415: ['UNSUPPORTED_MEDIA_TYPE', '提交的格式不支持'],
  429: ['RATE_LIMITED', '操作太频繁，请稍等一分钟再试'],
}

/** Every error leaves as `{ error: { code, message, field? } }`; a 5xx never shows internals. */
export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((err: FastifyError | AppError | DomainError, request, reply) => {
    if (err instanceof AppError) {
      return reply.status(err.status).send({ error: { code: err.code, message: err.message, field: err.field, problems: err.problems } })
    }
    if (err instanceof DomainError) {
      return reply.status(400).send({ error: { code: err.code, message: err.message, field: err.field } })
    }
    if (err.validation && err.validation.length > 0) {
      const { field, message } = validationMessage(err.validation[0] as unknown as AjvError)
      return reply.status(400).send({ error: { code: 'INVALID_INPUT', message, field } })
    }
    const status = err.statusCode ?? 500
    if (status >= 400 && status < 500) {
      const [code, message] = STATUS_MESSAGES[status] ?? ['BAD_REQUEST', '请求有误，请稍后重试']
      return reply.status(status).send({ error: { code: err.code === 'FST_JWT_AUTHORIZATION_TOKEN_EXPIRED' ? 'AUTH_EXPIRED' : code, message } })
    }
    request.log.error({ err }, 'unhandled error')
    return reply.status(500).send({ error: { code: 'INTERNAL', message: '服务器出了点问题，请稍后再试；您填写的内容不会丢失' } })
  })
  app.setNotFoundHandler((_request, reply) => reply.status(404).send({ error: { code: 'NOT_FOUND', message: '找不到要访问的内容' } }))
})
