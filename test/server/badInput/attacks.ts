import fc from 'fast-check'
import { baseValue, bodyMutations, fieldOf, leafPaths, localValidator, setAt } from './mutations'
import { urlOf, type ApiRoute, type RouteParam, type Schema } from './routes'

/** One bad request: where it goes, what it carries, and what the refusal must say. */
export interface Attack {
  label: string
  method: ApiRoute['method']
  url: string
  headers?: Record<string, string>
  payload?: string | Buffer
  /** the field the error must name, when the attack breaks one field */
  field?: string
}

const JSON_TYPE = { 'content-type': 'application/json' }
/** Path parameters that exist in no table: a valid body then reaches the use case, which must find nothing. */
const SAMPLE_PARAMS: Record<string, string> = { id: 'x-missing', year: '2027' }

const deep = (open: string, close: string, n: number) => open.repeat(n) + close.repeat(n)

/** Raw bodies no route may accept, whatever it declares. */
function rawBodies(base: unknown): Array<{ label: string; payload: string | Buffer; headers?: Record<string, string> }> {
  const baseText = JSON.stringify(base ?? {})
  const deepObject = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`
  const deepKey = baseText === '{}' || !baseText.startsWith('{') ? `{"zz":${deepObject}}` : `{"zz":${deepObject},${baseText.slice(1)}`
  return [
    { label: 'cut-off JSON', payload: '{"a":' },
    { label: 'JSON with single quotes', payload: "{'a':1}" },
    { label: 'two JSON values', payload: '{}{}' },
    { label: 'a bare word', payload: 'undefined' },
    { label: 'NaN', payload: 'NaN' },
    { label: 'a byte-order mark before an unknown key', payload: '\uFEFF{"zzUnknown":1}' },
    { label: 'arrays nested 5000 deep', payload: deep('[', ']', 5000) },
    { label: 'objects nested 5000 deep', payload: deepObject },
    { label: 'an unknown key nested 5000 deep', payload: deepKey },
    { label: 'a body over the size limit', payload: JSON.stringify({ zz: 'x'.repeat(1_100_000) }) },
    { label: 'a __proto__ key', payload: '{"__proto__":{"isAdmin":true}}' },
    { label: 'a constructor.prototype key', payload: '{"constructor":{"prototype":{"isAdmin":true}}}' },
    { label: 'a NUL in a key', payload: '{"a\\u0000":1}' },
    { label: 'bytes that are not UTF-8 in a key', payload: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]) },
    { label: 'a number too large for JSON', payload: '1e400' },
    { label: 'a list for a body', payload: '[]' },
    { label: 'a string for a body', payload: '"x"' },
    { label: 'a number for a body', payload: '7' },
    { label: 'plain text', payload: 'hello', headers: { 'content-type': 'text/plain' } },
    { label: 'XML', payload: '<a/>', headers: { 'content-type': 'application/xml' } },
    { label: 'a form', payload: 'a=1&b=2', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
    { label: 'multipart without a boundary', payload: 'x', headers: { 'content-type': 'multipart/form-data' } },
    { label: 'a JSON-like media type', payload: baseText, headers: { 'content-type': 'application/vnd.api+json' } },
    { label: 'no media type', payload: baseText, headers: { 'content-type': '' } },
  ]
}

/** Ids and years no route may take, and whether the refusal names the parameter (a URL the router cannot match names none). */
function paramValues(p: RouteParam): Array<[string, string, boolean]> {
  if (p.schema.type === 'integer')
    return [
      ['not a number', 'abc', true],
      ['a fraction', '2027.5', true],
      ['below range', '1999', true],
      ['above range', '2101', true],
      ['negative', '-1', true],
      ['NUL', '%00', true],
    ]
  return [
    ['65 characters', 'x'.repeat(65), true],
    ['101 characters', 'x'.repeat(101), false],
    ['5000 characters', 'x'.repeat(5000), false],
    ['NUL', '%00', true],
    ['cut-off percent-encoding', '%E0%A4%A', false],
    ['a lone %FF', '%FF', false],
    ['an id that names nothing', 'f-00000000-0000-0000-0000-000000000000', false],
    ['SQL', "'%20OR%201%3D1--", false],
    ['a path climb', '..%2F..%2Fetc%2Fpasswd', false],
    ['Chinese', encodeURIComponent('案件'), false],
  ]
}

/** Query values a parameter's schema refuses, each naming the parameter. */
function queryValues(p: RouteParam): Array<[string, string]> {
  const s = p.schema
  const out: Array<[string, string]> = [
    ['NUL', '%00'],
    ['repeated', `${p.name}=1&${p.name}=2`],
  ]
  if (s.type === 'integer') out.push(['not a number', 'abc'], ['a fraction', '1.5'], ['huge', '1e400'], ['below range', String(Number(s.minimum ?? 0) - 1)])
  if (typeof s.maximum === 'number') out.push(['above range', String(s.maximum + 1)])
  if (s.type === 'boolean') out.push(['neither true nor false', 'maybe'])
  if (typeof s.pattern === 'string') out.push(['no such day', '2026-02-30'], ['year 9999', '9999-12-31'], ['a badly written day', '2026-1-1'])
  if (typeof s.maxLength === 'number') out.push(['too long', 'x'.repeat(s.maxLength + 1)])
  return out.map(([what, v]) => [what, v.includes('=') ? v : `${p.name}=${v}`])
}

/** Bodies broken in one place each (see mutations.ts), and random ones that the schema refuses. */
function bodyAttacks(route: ApiRoute, url: string, schema: Schema, seed: number): Attack[] {
  const valid = localValidator(schema)
  const fixed = bodyMutations(schema).map((m) => {
    if (valid(m.body)) throw new Error(`${route.label}: the mutation "${m.label}" does not break the schema`)
    return { label: m.label, method: route.method, url, headers: JSON_TYPE, payload: JSON.stringify(m.body), field: m.field }
  })
  const base = baseValue(schema)
  if (!valid(base)) throw new Error(`${route.label}: cannot build a valid body to break`)
  const paths = leafPaths(base)
  const random = fc
    .sample(fc.tuple(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 3 })), { seed, numRuns: 40 })
    .map(([path, value]) => ({ path, body: setAt(base, path, value) }))
    .filter(({ body }) => !valid(body))
    .slice(0, 15)
    .map(({ path, body }) => ({ label: `${fieldOf(path)} random value`, method: route.method, url, headers: JSON_TYPE, payload: JSON.stringify(body) }))
  return [...fixed, ...random]
}

/**
 * Every bad request this suite sends to one route: broken bodies, raw bodies no JSON parser should
 * take, bad ids, bad query values and headers. `takesBody` says whether the route reads a body.
 */
/** A value a required query parameter takes (its first enum member), so an attack on another parameter is the only fault. */
function sampleQueryValue(s: Schema): string {
  if (Array.isArray(s.enum)) return String(s.enum[0])
  const first = Array.isArray(s.anyOf) ? (s.anyOf[0] as Schema) : undefined
  return first && first.const !== undefined ? String(first.const) : 'x'
}

/** The route's other required query parameters with valid values, put before an attacked one. */
const requiredQueryBut = (route: ApiRoute, name: string): string =>
  route.params
    .filter((p) => p.in === 'query' && p.required && p.name !== name)
    .map((p) => `${p.name}=${encodeURIComponent(sampleQueryValue(p.schema))}&`)
    .join('')

export function attacksOn(route: ApiRoute, takesBody: boolean, seed: number): Attack[] {
  const url = urlOf(route, SAMPLE_PARAMS)
  const base = route.body ? baseValue(route.body) : undefined
  const validBody = base === undefined ? {} : { headers: JSON_TYPE, payload: JSON.stringify(base) }
  const out: Attack[] = []
  if (route.body) out.push(...bodyAttacks(route, url, route.body, seed))
  else if (takesBody)
    out.push(
      { label: 'an unknown key where no body is taken', method: route.method, url, headers: JSON_TYPE, payload: '{"zzUnknown":1}', field: 'zzUnknown' },
      { label: 'a list where no body is taken', method: route.method, url, headers: JSON_TYPE, payload: '[1]', field: '(body)' },
    )
  if (takesBody)
    for (const raw of rawBodies(base))
      out.push({ label: raw.label, method: route.method, url, headers: { ...JSON_TYPE, ...raw.headers }, payload: raw.payload })
  for (const p of route.params) {
    if (p.in === 'path')
      for (const [what, v, named] of paramValues(p))
        out.push({
          label: `${p.name} ${what}`,
          method: route.method,
          url: urlOf(route, { ...SAMPLE_PARAMS, [p.name]: v }),
          ...validBody,
          field: named ? p.name : undefined,
        })
    if (p.in === 'query')
      for (const [what, q] of queryValues(p))
        out.push({
          label: `?${p.name} ${what}`,
          method: route.method,
          url: urlOf(route, SAMPLE_PARAMS, requiredQueryBut(route, p.name) + q),
          ...validBody,
          field: p.name,
        })
    if (p.in === 'header')
      for (const [what, v] of [
        ['too long', 'k'.repeat(81)],
        ['with a space', 'a b'],
        ['not ASCII', '请求'],
      ])
        out.push({
          label: `${p.name} header ${what}`,
          method: route.method,
          url,
          ...validBody,
          headers: { ...(validBody.headers ?? {}), [p.name]: v },
          field: p.name,
        })
  }
  out.push({ label: 'a URL over 4096 characters', method: route.method, url: urlOf(route, SAMPLE_PARAMS, `zz=${'x'.repeat(5000)}`), ...validBody })
  out.push({ label: 'a NUL in an unknown query parameter', method: route.method, url: urlOf(route, SAMPLE_PARAMS, 'zz=%00'), ...validBody, field: 'zz' })
  return out
}

/** A multipart body around `parts`, each `[headers, content]`. */
export function multipart(boundary: string, parts: Array<[string, string | Buffer]>, end = true): Buffer {
  const chunks = parts.flatMap(([head, content]) => [Buffer.from(`--${boundary}\r\n${head}\r\n\r\n`), Buffer.from(content), Buffer.from('\r\n')])
  return Buffer.concat([...chunks, Buffer.from(end ? `--${boundary}--\r\n` : '')])
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
const file = (name: string) => `Content-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: image/png`
const field = (name: string) => `Content-Disposition: form-data; name="${name}"`

/** Uploads no upload route may store. */
export function uploadAttacks(route: ApiRoute): Attack[] {
  const b = 'zzBoundary'
  const type = (boundary = b) => ({ 'content-type': `multipart/form-data; boundary=${boundary}` })
  const url = urlOf(route, SAMPLE_PARAMS)
  const cases: Array<[string, Record<string, string>, string | Buffer]> = [
    ['no boundary', { 'content-type': 'multipart/form-data' }, multipart(b, [[file('a.png'), PNG]])],
    ['another boundary than declared', type('other'), multipart(b, [[file('a.png'), PNG]])],
    ['cut off in the file', type(), multipart(b, [[file('a.png'), PNG]], false).subarray(0, 60)],
    ['cut off after the file', type(), multipart(b, [[file('a.png'), PNG]], false)],
    ['empty', type(), ''],
    ['only a name, no file', type(), multipart(b, [[field('name'), '证据.png']])],
    [
      'two files, the first a page of HTML',
      type(),
      multipart(b, [
        [file('a.png'), '<html></html>'],
        [file('b.png'), PNG],
      ]),
    ],
    ['a boundary of 300 characters', type('b'.repeat(300)), multipart('b'.repeat(300), [[file('a.png'), PNG]])],
    ['a boundary in quotes never closed', { 'content-type': 'multipart/form-data; boundary="zz' }, multipart(b, [[file('a.png'), PNG]])],
    [
      'eleven fields',
      type(),
      multipart(
        b,
        Array.from({ length: 11 }, (_, i): [string, string] => [field(`f${String(i)}`), 'x']),
      ),
    ],
    ['an HTML page named .png', type(), multipart(b, [[file('a.png'), '<html><script>alert(1)</script></html>']])],
    ['an empty file', type(), multipart(b, [[file('a.png'), '']])],
    [
      'an HTML page with a NUL in its name',
      type(),
      multipart(b, [
        [field('name'), 'a\u0000.png'],
        [file('a.png'), '<html></html>'],
      ]),
    ],
    ['a malformed part header', type(), Buffer.from(`--${b}\r\nContent-Disposition\r\n\r\nx\r\n--${b}--\r\n`)],
    ['JSON instead of a file', JSON_TYPE, '{"file":"x"}'],
    ['plain text instead of a file', { 'content-type': 'text/plain' }, 'x'],
  ]
  return cases.map(([label, headers, payload]) => ({ label: `upload ${label}`, method: route.method, url, headers, payload }))
}
