import net from 'node:net'
import { multipart } from './badInput/attacks'
import { judge } from './badInput/envelope'
import { makeApp, type TestApp } from './helpers'

// What Fastify and its plugins raise on their own — before any use case — answered in the Chinese
// envelope with a stable code, and the field where one applies.
let t: TestApp
let litigant: Record<string, string>
let draftId: string
beforeAll(async () => {
  t = await makeApp()
  litigant = await t.as('d-zhang-guilan')
  const created = await t.app.inject({ method: 'POST', url: '/api/v1/filings', headers: litigant, payload: { kind: 'civil-first', courtId: 'c-ergun' } })
  draftId = created.json().id
}, 120_000)
afterAll(async () => t.close())

const JSON_TYPE = { 'content-type': 'application/json' }
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
const FILE_PART = 'Content-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png'

interface Row {
  label: string
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH'
  url: string | (() => string)
  headers?: Record<string, string>
  payload?: string | Buffer
  status: number
  code: string
  field?: string
}

const rows: Row[] = [
  { label: 'an unknown API route', method: 'GET', url: '/api/v1/nope', status: 404, code: 'NOT_FOUND' },
  { label: 'an unknown page', method: 'GET', url: '/nope.html', status: 404, code: 'NOT_FOUND' },
  { label: 'a method the path does not take', method: 'DELETE', url: '/api/v1/filings', status: 405, code: 'METHOD_NOT_ALLOWED' },
  { label: 'PATCH for a PUT', method: 'PATCH', url: () => `/api/v1/filings/${draftId}/draft`, status: 405, code: 'METHOD_NOT_ALLOWED' },
  {
    label: 'a body over 1 MB',
    method: 'POST',
    url: '/api/v1/filings',
    headers: JSON_TYPE,
    payload: JSON.stringify({ kind: 'x'.repeat(1_100_000) }),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
  },
  { label: 'an id of 101 characters', method: 'GET', url: `/api/v1/filings/${'x'.repeat(101)}`, status: 414, code: 'URI_TOO_LONG' },
  { label: 'an id of 65 characters', method: 'GET', url: `/api/v1/filings/${'x'.repeat(65)}`, status: 400, code: 'INVALID_INPUT', field: 'id' },
  { label: 'a URL over 4096 characters', method: 'GET', url: `/api/v1/filings?q=${'x'.repeat(5000)}`, status: 414, code: 'URI_TOO_LONG' },
  { label: 'a percent-encoding cut off', method: 'GET', url: '/api/v1/filings/%E0%A4%A', status: 400, code: 'URL_INVALID' },
  { label: 'a NUL in an id', method: 'GET', url: '/api/v1/filings/%00', status: 400, code: 'INPUT_CHARACTER_INVALID', field: 'id' },
  { label: 'a NUL in a query value', method: 'GET', url: '/api/v1/calendar/holidays?since=%00', status: 400, code: 'INPUT_CHARACTER_INVALID', field: 'since' },
  {
    label: 'a NUL in a body',
    method: 'POST',
    url: '/api/v1/filings',
    headers: JSON_TYPE,
    payload: '{"kind":"civil-first","courtId":"c-\\u0000"}',
    status: 400,
    code: 'INPUT_CHARACTER_INVALID',
  },
  { label: 'JSON cut off', method: 'POST', url: '/api/v1/filings', headers: JSON_TYPE, payload: '{"kind":', status: 400, code: 'INVALID_JSON' },
  { label: 'a __proto__ key', method: 'POST', url: '/api/v1/filings', headers: JSON_TYPE, payload: '{"__proto__":{"a":1}}', status: 400, code: 'INVALID_JSON' },
  {
    label: 'JSON nested 5000 deep',
    method: 'POST',
    url: '/api/v1/filings',
    headers: JSON_TYPE,
    payload: '['.repeat(5000) + ']'.repeat(5000),
    status: 400,
    code: 'JSON_TOO_DEEP',
  },
  {
    label: 'an empty JSON body where one is needed',
    method: 'POST',
    url: '/api/v1/filings',
    headers: JSON_TYPE,
    payload: '',
    status: 400,
    code: 'INVALID_INPUT',
    field: '(body)',
  },
  {
    label: 'plain text',
    method: 'POST',
    url: '/api/v1/filings',
    headers: { 'content-type': 'text/plain' },
    payload: 'x',
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    label: 'XML',
    method: 'POST',
    url: '/api/v1/filings',
    headers: { 'content-type': 'application/xml' },
    payload: '<a/>',
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    label: 'an unknown key',
    method: 'POST',
    url: '/api/v1/filings',
    headers: JSON_TYPE,
    payload: '{"kind":"civil-first","courtId":"c-ergun","zz":1}',
    status: 400,
    code: 'INVALID_INPUT',
    field: 'zz',
  },
  {
    label: 'a key where a route takes no body',
    method: 'POST',
    url: () => `/api/v1/filings/${draftId}/submit`,
    headers: JSON_TYPE,
    payload: '{"force":true}',
    status: 400,
    code: 'INVALID_INPUT',
    field: 'force',
  },
  {
    label: 'an upload without a boundary',
    method: 'POST',
    url: '/api/v1/files',
    headers: { 'content-type': 'multipart/form-data' },
    payload: multipart('zz', [[FILE_PART, PNG]]),
    status: 400,
    code: 'MULTIPART_INVALID',
    field: 'file',
  },
  {
    label: 'an upload cut off',
    method: 'POST',
    url: '/api/v1/files',
    headers: { 'content-type': 'multipart/form-data; boundary=zz' },
    payload: multipart('zz', [[FILE_PART, PNG]], false).subarray(0, 50),
    status: 400,
    code: 'MULTIPART_INVALID',
    field: 'file',
  },
  {
    label: 'JSON for an upload',
    method: 'POST',
    url: '/api/v1/files',
    headers: JSON_TYPE,
    payload: '{}',
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    field: 'file',
  },
]

describe('framework errors', () => {
  it.each(rows)('$label → $status $code', async ({ method, url, headers, payload, status, code, field }) => {
    const res = await t.app.inject({
      method,
      url: typeof url === 'function' ? url() : url,
      headers: { ...litigant, ...headers },
      ...(payload !== undefined ? { payload } : {}),
    })
    expect(judge(res).problems).toEqual([])
    expect({ status: res.statusCode, code: res.json().error.code, field: res.json().error.field }).toEqual({ status, code, field })
  })

  it('says which methods a path takes', async () => {
    const res = await t.app.inject({ method: 'PATCH', url: `/api/v1/filings/${draftId}`, headers: litigant })
    expect(String(res.headers.allow).split(', ').sort()).toEqual(['DELETE', 'GET'])
    expect((await t.app.inject({ method: 'PATCH', url: `/api/v1/filings/${draftId}/draft`, headers: litigant })).headers.allow).toBe('PUT')
  })
})

/** Sends raw bytes to the listening server and returns what came back. */
function raw(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1')
    let answer = ''
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')))
    socket.on('close', () => resolve(answer))
    socket.on('error', (err: NodeJS.ErrnoException) => (err.code === 'ECONNRESET' || err.code === 'EPIPE' ? resolve(answer) : reject(err)))
    socket.end(request)
  })
}

describe('requests the HTTP parser refuses before Fastify sees them', () => {
  let port: number
  beforeAll(async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' })
    port = (t.app.server.address() as net.AddressInfo).port
  })

  it.each([
    {
      label: 'a request line past the header limit',
      request: `GET /api/v1/filings/${'x'.repeat(20_000)} HTTP/1.1\r\nHost: a\r\n\r\n`,
      status: 414,
      code: 'URI_TOO_LONG',
    },
    {
      label: 'headers past the limit',
      request: `GET /api/health HTTP/1.1\r\nHost: a\r\nX-Big: ${'y'.repeat(20_000)}\r\n\r\n`,
      status: 431,
      code: 'HEADERS_TOO_LARGE',
    },
    { label: 'a request that is not HTTP', request: 'HELLO\r\n\r\n', status: 400, code: 'BAD_REQUEST' },
  ])('answers $label with $status in the envelope', async ({ request, status, code }) => {
    const answer = await raw(port, request)
    expect(answer.split('\r\n')[0]).toBe(`HTTP/1.1 ${String(status)} ${code}`)
    const body = answer.slice(answer.indexOf('\r\n\r\n') + 4)
    expect(judge({ statusCode: status, headers: {}, body }).problems).toEqual([])
    expect(JSON.parse(body).error.code).toBe(code)
  })
})
