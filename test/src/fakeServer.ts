import { taroMock } from './stubs/taro'

export interface SentRequest {
  method: string
  path: string
  body: unknown
}
/** A reply, or 'offline' for a request that never reaches the server. */
export type Reply = { status?: number; body: unknown } | 'offline'

type Opts = { url: string; method: string; data?: string; success: (r: unknown) => void; fail: (e: { errMsg: string }) => void }

/**
 * Answers the app's API calls in jsdom through the Taro.request stand-in: `route` gets each request
 * (path without /api/v1 and query) and returns the reply; anything it does not know is a 404.
 * Returns the list of requests sent, in order.
 */
export function fakeServer(route: (req: SentRequest) => Reply | undefined): SentRequest[] {
  const sent: SentRequest[] = []
  taroMock.request.mockReset()
  taroMock.request.mockImplementation((o: Opts) => {
    const req = { method: o.method, path: o.url.replace(/^.*\/api\/v1/, '').split('?')[0], body: o.data ? JSON.parse(o.data) : undefined }
    sent.push(req)
    const r = route(req) ?? { status: 404, body: { error: { code: 'NOT_FOUND', message: '找不到' } } }
    if (r === 'offline') o.fail({ errMsg: 'request:fail' })
    else o.success({ statusCode: r.status ?? 200, data: JSON.stringify(r.body), header: { 'content-type': 'application/json' } })
    return { abort: jest.fn() }
  })
  return sent
}

export const type = (id: string, value: string) => {
  const { fireEvent } = require('@testing-library/react') as typeof import('@testing-library/react')
  fireEvent.change(document.getElementById(id) as HTMLInputElement, { target: { value } })
}
export const click = (id: string) => {
  const { fireEvent } = require('@testing-library/react') as typeof import('@testing-library/react')
  fireEvent.click(document.getElementById(id) as HTMLElement)
}
export const text = () => document.body.textContent ?? ''
