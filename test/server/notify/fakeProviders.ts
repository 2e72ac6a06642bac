import { createHash, createHmac } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export const SMS_SECRET_ID = 'AKIDfake0000000000000000000000000000'
export const SMS_SECRET_KEY = 'fake-secret-key-for-the-local-sms-endpoint'
export const WECHAT_APPID = 'wx0123456789abcdef'
export const WECHAT_SECRET = 'fake-wechat-secret'

export interface SubscribeCall {
  token: string
  body: { touser: string; template_id: string; page?: string; data: Record<string, { value: string }>; miniprogram_state: string }
}
export interface SmsCall {
  body: { PhoneNumberSet: string[]; SmsSdkAppId: string; SignName: string; TemplateId: string; TemplateParamSet: string[]; SessionContext: string }
  authorization: string
}

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex')
const hmac = (key: string | Buffer, text: string) => createHmac('sha256', key).update(text).digest()

/**
 * Checks a TC3-HMAC-SHA256 signature the way Tencent Cloud does: the canonical request from the
 * method, path, content type, host (without port) and the body's hash, signed with the secret key
 * derived for the credential's date and service. A request signed with another key, or changed
 * after signing, fails.
 */
function tc3Valid(req: http.IncomingMessage, raw: Buffer): boolean {
  const auth = String(req.headers.authorization ?? '')
  const m = /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/([^/]+)\/tc3_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(auth)
  if (!m || m[1] !== SMS_SECRET_ID) return false
  const [, , date, service, signed, signature] = m
  if (signed !== 'content-type;host') return false
  const timestamp = String(req.headers['x-tc-timestamp'] ?? '')
  if (new Date(Number(timestamp) * 1000).toISOString().slice(0, 10) !== date) return false
  const host = String(req.headers.host ?? '').replace(/:\d+$/, '')
  const url = new URL(req.url ?? '/', 'http://x')
  const canonical = ['POST', url.pathname, url.search.slice(1), `content-type:${req.headers['content-type']}\nhost:${host}\n`, signed, sha256(raw)].join('\n')
  const toSign = ['TC3-HMAC-SHA256', timestamp, `${date}/${service}/tc3_request`, sha256(canonical)].join('\n')
  const key = hmac(hmac(hmac(`TC3${SMS_SECRET_KEY}`, date), service), 'tc3_request')
  return createHmac('sha256', key).update(toSign).digest('hex') === signature
}

/**
 * Local stand-ins for WeChat's server API (cgi-bin/stable_token, cgi-bin/message/subscribe/send)
 * and Tencent Cloud SMS (the SendSms action at `/`, TC3-signed), answering as the real ones do.
 * Tests queue failures (`failSms`, `failSubscribe`) and read what arrived.
 */
export async function startFakeProviders() {
  const state = {
    tokenFetches: [] as Array<{ appid: string; secret: string; force_refresh: boolean }>,
    subscribe: [] as SubscribeCall[],
    sms: [] as SmsCall[],
    /** errcodes the next subscribe sends answer with */
    subscribeFailures: [] as number[],
    /** Tencent Cloud error codes the next SendSms calls answer with ('http500' for a broken gateway) */
    smsFailures: [] as string[],
    tokenSerial: 0,
    validToken: '',
    /** how long a token fetch takes (ms), so tests can run sends while one is under way */
    tokenDelayMs: 0,
  }
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const raw = Buffer.concat(chunks)
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(body))
      }
      const url = new URL(req.url ?? '/', 'http://x')
      if (url.pathname === '/cgi-bin/stable_token') {
        const body = JSON.parse(raw.toString()) as { appid: string; secret: string; force_refresh: boolean; grant_type: string }
        state.tokenFetches.push({ appid: body.appid, secret: body.secret, force_refresh: body.force_refresh })
        if (body.grant_type !== 'client_credential' || body.appid !== WECHAT_APPID || body.secret !== WECHAT_SECRET)
          return json(200, { errcode: 40013, errmsg: 'invalid appid' })
        state.validToken = `token-${++state.tokenSerial}`
        return setTimeout(() => json(200, { access_token: state.validToken, expires_in: 7200 }), state.tokenDelayMs)
      }
      if (url.pathname === '/cgi-bin/message/subscribe/send') {
        const token = url.searchParams.get('access_token') ?? ''
        if (token !== state.validToken) return json(200, { errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' })
        const failure = state.subscribeFailures.shift()
        if (failure) return json(200, { errcode: failure, errmsg: 'system error' })
        state.subscribe.push({ token, body: JSON.parse(raw.toString()) as SubscribeCall['body'] })
        return json(200, { errcode: 0, errmsg: 'ok', msgid: 3000000000 + state.subscribe.length })
      }
      if (url.pathname === '/' && req.method === 'POST') {
        const requestId = `req-${state.sms.length + state.smsFailures.length + 1}`
        if (req.headers['x-tc-action'] !== 'SendSms' || req.headers['x-tc-version'] !== '2021-01-11')
          return json(200, { Response: { Error: { Code: 'InvalidAction', Message: 'unknown action' }, RequestId: requestId } })
        if (!tc3Valid(req, raw))
          return json(200, { Response: { Error: { Code: 'AuthFailure.SignatureFailure', Message: 'signature mismatch' }, RequestId: requestId } })
        const failure = state.smsFailures.shift()
        if (failure === 'http500') return json(500, { message: 'gateway' })
        if (failure) return json(200, { Response: { Error: { Code: failure, Message: '内部错误' }, RequestId: requestId } })
        const body = JSON.parse(raw.toString()) as SmsCall['body']
        state.sms.push({ body, authorization: String(req.headers.authorization) })
        return json(200, {
          Response: {
            SendStatusSet: body.PhoneNumberSet.map((p, i) => ({
              SerialNo: `2640:${state.sms.length}${i}`,
              PhoneNumber: p,
              Fee: 1,
              SessionContext: body.SessionContext,
              Code: 'Ok',
              Message: 'send success',
              IsoCode: 'CN',
            })),
            RequestId: requestId,
          },
        })
      }
      json(404, { errcode: 404, errmsg: 'not found' })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    state,
    base,
    /** The environment that points the server's real clients at this fake. */
    env: {
      NOTIFY: 'providers',
      WECHAT_APPID,
      WECHAT_SECRET,
      WECHAT_API_BASE: base,
      WECHAT_SUBSCRIBE_TEMPLATES: JSON.stringify({
        'hearing-eve': {
          id: 'TPL-HEARING-EVE',
          page: 'pages/cases/index',
          data: { thing1: '{name}', character_string2: '{caseNumber}', time3: '{when}', thing4: '请准时到庭' },
        },
        'service-issued': { id: 'TPL-SERVICE', page: 'pages/inbox/index', data: { thing1: '{title}', character_string2: '{caseNumber}' } },
      }),
      SMS_SECRET_ID,
      SMS_SECRET_KEY,
      SMS_SDK_APP_ID: '1400000001',
      SMS_SIGN_NAME: '额尔古纳市人民法院',
      SMS_ENDPOINT: base,
      SMS_TEMPLATES: JSON.stringify({
        'hearing-eve': { id: '2000001', params: ['{name}', '{caseNumber}', '{when}'] },
        'service-issued': { id: '2000002', params: ['{title}', '{caseNumber}'] },
      }),
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
export type FakeProviders = Awaited<ReturnType<typeof startFakeProviders>>
