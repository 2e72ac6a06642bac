import { Type } from '@fastify/type-provider-typebox'

export const ErrorEnvelope = Type.Object({
  error: Type.Object({
    code: Type.String(),
    message: Type.String(),
    field: Type.Optional(Type.String()),
    problems: Type.Optional(Type.Array(Type.Object({ code: Type.String(), field: Type.String(), message: Type.String() }))),
  }),
})

export const SessionUser = Type.Object({
  id: Type.String(),
  role: Type.String(),
  displayName: Type.String(),
  courtId: Type.Union([Type.String(), Type.Null()]),
  realNameStatus: Type.String(),
})

export const TokenReply = Type.Object({ token: Type.String(), user: SessionUser })

/** Error replies every authenticated route can give. */
export const authErrors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope, 409: ErrorEnvelope }
export const bearer = [{ bearer: [] }]

export const IdParams = Type.Object({ id: Type.String({ title: '编号', minLength: 1, maxLength: 64 }) })
export const IdempotencyHeaders = Type.Object({ 'idempotency-key': Type.Optional(Type.String({ title: '请求编号', maxLength: 80 })) })
