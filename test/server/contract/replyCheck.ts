import type { FastifyInstance } from 'fastify'
import type { TSchema } from 'typebox'
import { Value } from 'typebox/value'

/** A reply that did not match the response schema its route declares in contract/. */
export interface ContractViolation {
  route: string
  status: number
  problems: string[]
}

/** The first few problems of `value` against `schema`, as 'path message' lines; none when it conforms. */
export function contractProblems(schema: TSchema, value: unknown): string[] {
  if (Value.Check(schema, value)) return []
  return [...Value.Errors(schema, value)].slice(0, 5).map((e) => `${e.instancePath || '(reply)'} ${e.message}`)
}

/**
 * Checks every JSON reply of `app` against the response schema of its route for that status, before
 * serialisation strips what the schema does not name: a service that returns a wrong kind, a
 * missing field or a string where the contract says a number is caught here, not in the app.
 * Call before `app.ready()`; the returned list fills as requests are answered.
 */
export function checkReplies(app: FastifyInstance): ContractViolation[] {
  const violations: ContractViolation[] = []
  app.addHook('preSerialization', async (request, reply, payload) => {
    const responses = request.routeOptions.schema?.response as Record<string, TSchema> | undefined
    const schema = responses?.[reply.statusCode] ?? responses?.[`${String(reply.statusCode)[0]}xx`]
    const problems = schema ? contractProblems(schema, payload) : []
    if (problems.length > 0) violations.push({ route: `${request.method} ${request.routeOptions.url ?? request.url}`, status: reply.statusCode, problems })
    return payload
  })
  return violations
}

/** Throws with every violation listed, so a test run names the route and the field. */
export function assertNoViolations(violations: ContractViolation[]): void {
  if (violations.length === 0) return
  const lines = violations.map((v) => `${v.route} → ${v.status}: ${v.problems.join('; ')}`)
  throw new Error(`Replies that break the API contract (contract/):\n${lines.join('\n')}`)
}
