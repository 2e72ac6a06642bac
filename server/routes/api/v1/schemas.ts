import { Type } from '@fastify/type-provider-typebox'

export const ErrorEnvelope = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String(), field: Type.Optional(Type.String()) }),
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
export const authErrors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope }
export const bearer = [{ bearer: [] }]
