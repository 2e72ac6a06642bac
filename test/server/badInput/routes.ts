import type { FastifyInstance } from 'fastify'

/** A JSON Schema node as the OpenAPI document prints it. */
export type Schema = Record<string, unknown>

export interface RouteParam {
  name: string
  in: 'path' | 'query' | 'header'
  schema: Schema
  required: boolean
}

/** One route of the API as its OpenAPI document describes it: what the tests need to call it badly. */
export interface ApiRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  /** '/api/v1/filings/{id}/draft' */
  template: string
  label: string
  body?: Schema
  params: RouteParam[]
}

interface Operation {
  parameters?: RouteParam[]
  requestBody?: { content?: Record<string, { schema?: Schema }> }
}

/**
 * Every route the app registered, read from its OpenAPI document (generated from the very schemas
 * the routes validate with): a route added tomorrow is walked and attacked without editing a test.
 */
export function apiRoutes(app: FastifyInstance): ApiRoute[] {
  const spec = app.swagger() as { paths: Record<string, Record<string, Operation>> }
  return Object.entries(spec.paths).flatMap(([template, ops]) =>
    Object.entries(ops).map(([m, op]) => {
      const method = m.toUpperCase() as ApiRoute['method']
      const content = op.requestBody?.content ?? {}
      return {
        method,
        template,
        label: `${method} ${template}`,
        body: content['application/json']?.schema,
        params: op.parameters ?? [],
      }
    }),
  )
}

/** The URL of a route with its path parameters filled in (values already encoded as they go on the wire). */
export function urlOf(route: ApiRoute, values: Record<string, string>, query = ''): string {
  return route.template.replace(/\{(\w+)\}/g, (_m, name: string) => values[name] ?? 'x-missing') + (query ? `?${query}` : '')
}
