import Ajv, { type Options } from 'ajv'
import addFormats from 'ajv-formats'
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify'
import fp from 'fastify-plugin'
import { AppError } from '../errors'
import { closeBodySchema } from './bodySchema'
import { fieldPath } from './validationErrors'

/** The largest JSON body: a complete filing with every list at its limit is about a third of this. */
export const MAX_JSON_BYTES = 1024 * 1024
/** Deepest nesting of a JSON body: the contract's deepest body (a filing's evidence file ids) is 4. */
export const MAX_JSON_DEPTH = 16
/** Longest URL (path and query): ids are at most 64 characters, no query of the API is long. */
export const MAX_URL_LENGTH = 4096

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
/** A multipart media type's boundary: 1 to 70 characters (RFC 2046), quoted or not. */
const MULTIPART_BOUNDARY = /;\s*boundary=("?)[^";]{1,70}\1\s*(;|$)/i

const common: Options = { useDefaults: true, removeAdditional: false, allErrors: false, verbose: true, strict: false }

/**
 * Two validators, as Fastify's documentation shows for this very need: a body is checked exactly as
 * sent — `null` is not 0, `true` is not 1 fen, `"5"` is not 5, and an unknown key is an error, not
 * silently dropped — while a query string or a path parameter, which can only be text, is still
 * read as the number or list its schema says.
 */
function validatorCompiler() {
  const body = addFormats(new Ajv({ ...common, coerceTypes: false, discriminator: true }))
  const text = addFormats(new Ajv({ ...common, coerceTypes: 'array' }))
  return ({ schema, httpPart }: { schema: object; httpPart?: string }) => (httpPart === 'body' ? body : text).compile(schema)
}

/**
 * A route that declares no body takes none: nothing, `null` or `{}` (the app's request helper
 * sends `{}` with every POST). Anything else is refused like an unknown key of a declared body.
 */
async function refuseBody(req: FastifyRequest): Promise<void> {
  const body: unknown = req.body
  if (body === undefined || body === null) return
  const key = typeof body === 'object' && !Array.isArray(body) ? Object.keys(body)[0] : '(body)'
  if (key !== undefined) throw new AppError(400, 'INVALID_INPUT', '提交的内容里有不认识的项目，请去掉后重新提交', fieldPath('', key))
}

/** Every route's body closed at every depth (see bodySchema.ts); a route that declares no body refuses one. */
function closeBodies(route: RouteOptions): void {
  const schema = route.schema as { body?: unknown; consumes?: string[] } | undefined
  if (schema?.body !== undefined) {
    schema.body = closeBodySchema(schema.body)
    return
  }
  const takesBody = [route.method].flat().some((m) => BODY_METHODS.has(m))
  if (takesBody && !schema?.consumes?.some((c) => c.startsWith('multipart/'))) route.preValidation = [route.preValidation ?? []].flat().concat(refuseBody)
}

/** How deep `text` nests arrays and objects, counted without parsing, stopping once past `limit`. */
export function jsonDepth(text: string, limit: number): number {
  let depth = 0
  let max = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      // A backslash escapes the next character; a quote ends the string.
      if (c === 92) i++
      else if (c === 34) inString = false
    } else if (c === 34) inString = true
    else if (c === 91 || c === 123) {
      if (++depth > max) max = depth
      if (max > limit) return max
    } else if (c === 93 || c === 125) depth--
  }
  return max
}

/** Whether a parsed value holds a NUL character in any key or string: PostgreSQL cannot store one in text. */
function hasNul(v: unknown): boolean {
  if (typeof v === 'string') return v.includes('\u0000')
  if (Array.isArray(v)) return v.some(hasNul)
  if (typeof v === 'object' && v !== null) return Object.entries(v).some(([k, x]) => k.includes('\u0000') || hasNul(x))
  return false
}

const nulError = (field?: string) => new AppError(400, 'INPUT_CHARACTER_INVALID', '内容里有无法识别的字符，请删去后重新填写', field)

/** JSON bodies: bounded in size and depth (a body nested thousands deep is refused before it is parsed), no NUL. */
function jsonParser(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error')
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: MAX_JSON_BYTES }, (req, text, done) => {
    const body = String(text)
    // An empty body is no body: routes that take none accept it, the others say what is missing.
    if (body.trim() === '') return done(null, undefined)
    if (jsonDepth(body, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) return done(new AppError(400, 'JSON_TOO_DEEP', '提交的内容层次太多，请刷新后重试'), undefined)
    parse(req, body, (err, value) => {
      if (err) return done(err, undefined)
      if (hasNul(value)) return done(nulError(), undefined)
      done(null, value)
    })
  })
}

/** The checks every request passes before its route's own: URL length, NUL in the path or query, a multipart boundary. */
function requestChecks(app: FastifyInstance): void {
  app.addHook('onRequest', async (req: FastifyRequest) => {
    if (req.url.length > MAX_URL_LENGTH) throw new AppError(414, 'URI_TOO_LONG', '网址太长了，请返回上一页重试')
  })
  app.addHook('preValidation', async (req: FastifyRequest) => {
    for (const values of [req.params, req.query]) {
      if (typeof values !== 'object' || values === null) continue
      const bad = Object.entries(values as Record<string, unknown>).find(([k, v]) => k.includes('\u0000') || hasNul(v))
      if (bad) throw nulError(fieldPath('', bad[0]))
    }
  })
  app.addHook('preValidation', async (req: FastifyRequest) => {
    const type = req.headers['content-type'] ?? ''
    // RFC 2046: a boundary of 1 to 70 characters; without one the multipart parser throws, past that it cannot search for it.
    if (/^multipart\//i.test(type) && !MULTIPART_BOUNDARY.test(type))
      throw new AppError(400, 'MULTIPART_INVALID', '上传的内容不完整，请重新选择文件上传', 'file')
  })
}

/**
 * What a request must be before any route looks at it: bodies validated exactly as sent and closed
 * at every depth (see bodySchema.ts), JSON bounded in size and depth, only JSON (and, where a route
 * says so, multipart) accepted, no NUL anywhere, URLs of sane length. Registered before every route.
 */
export const inputPlugin = fp(async (app: FastifyInstance) => {
  app.setValidatorCompiler(validatorCompiler())
  app.addHook('onRoute', closeBodies)
  jsonParser(app)
  // The API speaks JSON: a text/plain body is an unsupported media type, not a string to validate.
  app.removeContentTypeParser('text/plain')
  requestChecks(app)
})
