import type { SmsTemplate, TencentSmsConfig } from './services/notify/sms'
import type { SubscribeTemplate, WechatSubscribeConfig } from './services/notify/wechat'

/** How notifications leave the server: the demo outbox (kept for admins to read), or WeChat and SMS providers. */
export interface NotifyConfig {
  mode: 'outbox' | 'providers'
  /** Run the sending worker and the reminder schedule in this process (off in tests, which drive it themselves). */
  worker: boolean
  pollMs: number
  wechat: WechatSubscribeConfig | null
  sms: TencentSmsConfig | null
}

export interface NotifyEnv {
  NOTIFY?: string
  NOTIFY_WORKER?: string
  NOTIFY_POLL_MS?: string
  WECHAT_APPID?: string
  WECHAT_SECRET?: string
  WECHAT_API_BASE?: string
  WECHAT_SUBSCRIBE_TEMPLATES?: string
  WECHAT_MINIPROGRAM_STATE?: string
  SMS_SECRET_ID?: string
  SMS_SECRET_KEY?: string
  SMS_REGION?: string
  SMS_SDK_APP_ID?: string
  SMS_SIGN_NAME?: string
  SMS_TEMPLATES?: string
  SMS_ENDPOINT?: string
}

/** A JSON object of templates, or a problem naming the variable. */
function templates<T>(name: string, text: string | undefined, valid: (t: unknown) => t is T, problems: string[]): Record<string, T> {
  if (!text) return {}
  try {
    const parsed = JSON.parse(text) as unknown
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('must be a JSON object')
    for (const [key, t] of Object.entries(parsed)) if (!valid(t)) problems.push(`${name}: template "${key}" is not of the documented form`)
    return parsed as Record<string, T>
  } catch (err) {
    problems.push(`${name} ${(err as Error).message}`)
    return {}
  }
}

const isRecordOfStrings = (x: unknown): x is Record<string, string> =>
  typeof x === 'object' && x !== null && Object.values(x).every((v) => typeof v === 'string')
const isSubscribe = (t: unknown): t is SubscribeTemplate =>
  typeof t === 'object' && t !== null && typeof (t as SubscribeTemplate).id === 'string' && isRecordOfStrings((t as SubscribeTemplate).data)
const isSms = (t: unknown): t is SmsTemplate =>
  typeof t === 'object' &&
  t !== null &&
  typeof (t as SmsTemplate).id === 'string' &&
  Array.isArray((t as SmsTemplate).params) &&
  (t as SmsTemplate).params.every((p) => typeof p === 'string')

/** `http://127.0.0.1:9000` (a local fake) or a bare host (`sms.tencentcloudapi.com`, over https). */
function smsEndpoint(value: string | undefined) {
  const v = value || 'sms.tencentcloudapi.com'
  const m = /^(https?:\/\/)(.+?)\/?$/.exec(v)
  return m ? { protocol: m[1], endpoint: m[2] } : { protocol: 'https://', endpoint: v }
}

/**
 * NOTIFY=outbox (the default) keeps every message in the outbox for admins to
 * read; NOTIFY=providers sends WeChat subscribe messages and Tencent Cloud SMS, and needs their keys.
 */
export function notifyConfig(env: NotifyEnv, nodeEnv: 'development' | 'production' | 'test', problems: string[]): NotifyConfig {
  // Outbox unless told: a production server without provider keys still starts (and its banner says so).
  const mode = env.NOTIFY || 'outbox'
  if (mode !== 'outbox' && mode !== 'providers') problems.push(`NOTIFY must be outbox or providers, got "${mode}"`)
  const workerFlag = env.NOTIFY_WORKER
  if (workerFlag && workerFlag !== '0' && workerFlag !== '1') problems.push(`NOTIFY_WORKER must be 0 or 1, got "${workerFlag}"`)
  const pollMs = Number(env.NOTIFY_POLL_MS || 5000)
  if (!Number.isInteger(pollMs) || pollMs < 100) problems.push(`NOTIFY_POLL_MS must be a whole number of milliseconds ≥ 100, got "${env.NOTIFY_POLL_MS}"`)
  const subscribe = templates('WECHAT_SUBSCRIBE_TEMPLATES', env.WECHAT_SUBSCRIBE_TEMPLATES, isSubscribe, problems)
  const smsTemplates = templates('SMS_TEMPLATES', env.SMS_TEMPLATES, isSms, problems)
  const state = env.WECHAT_MINIPROGRAM_STATE || 'formal'
  if (!['formal', 'trial', 'developer'].includes(state)) problems.push(`WECHAT_MINIPROGRAM_STATE must be formal, trial or developer, got "${state}"`)
  const providers = mode === 'providers'
  if (providers) {
    for (const name of ['SMS_SECRET_ID', 'SMS_SECRET_KEY', 'SMS_SDK_APP_ID', 'SMS_SIGN_NAME'] as const)
      if (!env[name]) problems.push(`${name} is required with NOTIFY=providers (Tencent Cloud SMS)`)
    if (!env.WECHAT_APPID || !env.WECHAT_SECRET) problems.push('WECHAT_APPID and WECHAT_SECRET are required with NOTIFY=providers (subscribe messages)')
  }
  return {
    mode: mode === 'providers' ? 'providers' : 'outbox',
    worker: workerFlag ? workerFlag === '1' : nodeEnv !== 'test',
    pollMs,
    wechat:
      providers && env.WECHAT_APPID && env.WECHAT_SECRET
        ? {
            appId: env.WECHAT_APPID,
            secret: env.WECHAT_SECRET,
            baseUrl: (env.WECHAT_API_BASE || 'https://api.weixin.qq.com').replace(/\/$/, ''),
            templates: subscribe,
            miniprogramState: state as WechatSubscribeConfig['miniprogramState'],
          }
        : null,
    sms:
      providers && env.SMS_SECRET_ID && env.SMS_SECRET_KEY && env.SMS_SDK_APP_ID && env.SMS_SIGN_NAME
        ? {
            secretId: env.SMS_SECRET_ID,
            secretKey: env.SMS_SECRET_KEY,
            region: env.SMS_REGION || 'ap-guangzhou',
            sdkAppId: env.SMS_SDK_APP_ID,
            signName: env.SMS_SIGN_NAME,
            templates: smsTemplates,
            ...smsEndpoint(env.SMS_ENDPOINT),
          }
        : null,
  }
}
