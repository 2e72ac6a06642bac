/** A reply as Fastify's inject gives it. */
export interface Reply {
  statusCode: number
  headers: Record<string, unknown>
  body: string
}

const CJK = /[\u4e00-\u9fff]/
/** What an untranslated framework or Ajv message reads like. */
const ENGLISH =
  /\b(must|should|is not|not a valid|invalid|required|property|properties|error|undefined|null|bad request|not found|unsupported|too large|payload|body|json|params|querystring)\b/i

export interface Verdict {
  /** what is wrong with the reply; empty when it is a proper refusal */
  problems: string[]
  serverError: boolean
  english: boolean
  code?: string
  field?: string
}

/**
 * Whether a reply to bad input is a proper refusal: a 4xx in the envelope `{ error: { code, message,
 * field? } }`, a stable UPPER_SNAKE code and a plain Chinese message that is neither Fastify's nor Ajv's.
 */
export function judge(res: Reply): Verdict {
  const problems: string[] = []
  const serverError = res.statusCode >= 500
  if (serverError) problems.push(`answered ${String(res.statusCode)}`)
  else if (res.statusCode < 400) problems.push(`accepted with ${String(res.statusCode)}`)
  let error: { code?: unknown; message?: unknown; field?: unknown } | undefined
  try {
    error = (JSON.parse(res.body) as { error?: typeof error }).error
  } catch {
    if (res.statusCode >= 400) problems.push(`not JSON: ${res.body.slice(0, 80)}`)
  }
  let english = false
  if (res.statusCode >= 400) {
    if (!error || typeof error.code !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(error.code)) problems.push(`no stable code: ${res.body.slice(0, 120)}`)
    const message = typeof error?.message === 'string' ? error.message : ''
    english = !CJK.test(message) || ENGLISH.test(message)
    if (english) problems.push(`message not in plain Chinese: ${message.slice(0, 120)}`)
  }
  return {
    problems,
    serverError,
    english,
    code: typeof error?.code === 'string' ? error.code : undefined,
    field: typeof error?.field === 'string' ? error.field : undefined,
  }
}
