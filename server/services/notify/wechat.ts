import type { Clock } from '../../clock'
import { bounded, fill, type Provider, type ProviderAnswer } from './provider'

/** One subscribe-message template: its id in the WeChat console, the page it opens, and each field's value pattern. */
export interface SubscribeTemplate {
  id: string
  page?: string
  /** field name → pattern with `{name}` placeholders, e.g. { "thing1": "{title}", "character_string2": "{caseNumber}" } */
  data: Record<string, string>
}

export interface WechatSubscribeConfig {
  appId: string
  secret: string
  /** https://api.weixin.qq.com; tests point it at a local fake */
  baseUrl: string
  /** our template name ('service-issued', 'hearing-eve', …) → the WeChat template */
  templates: Record<string, SubscribeTemplate>
  /** 'formal' in production, 'trial' / 'developer' for test builds of the mini-program */
  miniprogramState?: 'formal' | 'trial' | 'developer'
}

/** WeChat's limits on a field's value by its kind (thing ≤ 20 characters, and so on). */
const LIMITS: Record<string, number> = { thing: 20, character_string: 32, phrase: 5, name: 10, number: 32, letter: 32, time: 64, date: 64 }
const limitOf = (field: string) => LIMITS[field.replace(/\d+$/, '')] ?? 20

/** errcodes after which trying again cannot help: bad openid, template, page or data, or the user has not subscribed. */
const FINAL = new Set([40003, 40037, 41028, 41029, 41030, 43101, 47003])
/** errcodes meaning the access token is no longer good: fetch a fresh one and try once more. */
const TOKEN_GONE = new Set([40001, 40014, 42001])

/**
 * The access token of `cgi-bin/stable_token`: fetched once, kept until five minutes before it
 * expires, shared by every send; while one fetch is running every caller waits for it.
 */
export function tokenCache(cfg: Pick<WechatSubscribeConfig, 'appId' | 'secret' | 'baseUrl'>, clock: Clock) {
  let token: { value: string; until: number } | null = null
  let running: Promise<string> | null = null
  const fetchToken = async (forceRefresh: boolean): Promise<string> => {
    const res = await fetch(`${cfg.baseUrl}/cgi-bin/stable_token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credential', appid: cfg.appId, secret: cfg.secret, force_refresh: forceRefresh }),
    })
    const body = (await res.json()) as { access_token?: string; expires_in?: number; errcode?: number; errmsg?: string }
    if (!res.ok || !body.access_token) throw new Error(`stable_token: ${body.errcode ?? res.status} ${body.errmsg ?? ''}`.trim())
    token = { value: body.access_token, until: clock.now().getTime() + Math.max(60, (body.expires_in ?? 7200) - 300) * 1000 }
    return body.access_token
  }
  const get = (forceRefresh = false): Promise<string> => {
    if (!forceRefresh && token && clock.now().getTime() < token.until) return Promise.resolve(token.value)
    running ??= fetchToken(forceRefresh).finally(() => (running = null))
    return running
  }
  return { get, drop: () => (token = null) }
}

/** Sends WeChat subscribe messages (`cgi-bin/message/subscribe/send`) to the openid in the notification. */
export function wechatProvider(cfg: WechatSubscribeConfig, clock: Clock): Provider & { tokens: ReturnType<typeof tokenCache> } {
  const tokens = tokenCache(cfg, clock)
  const post = async (token: string, body: unknown) => {
    const res = await fetch(`${cfg.baseUrl}/cgi-bin/message/subscribe/send?access_token=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    const text = await res.text()
    if (!res.ok) return { status: res.status, text, errcode: -1 }
    return { status: res.status, text, ...(JSON.parse(text) as { errcode?: number; errmsg?: string; msgid?: number | string }) }
  }
  return {
    name: 'wechat',
    tokens,
    async deliver(n): Promise<ProviderAnswer> {
      const t = cfg.templates[n.template]
      if (!t) return { ok: false, retry: false, error: `no subscribe template is configured for ${n.template}`, response: '' }
      const data = Object.fromEntries(Object.entries(t.data).map(([field, pattern]) => [field, { value: fill(pattern, n).slice(0, limitOf(field)) }]))
      const body = { touser: n.recipient, template_id: t.id, page: t.page, data, miniprogram_state: cfg.miniprogramState ?? 'formal', lang: 'zh_CN' }
      let answer = await post(await tokens.get(), body)
      if (TOKEN_GONE.has(answer.errcode ?? 0)) {
        tokens.drop()
        answer = await post(await tokens.get(true), body)
      }
      if (answer.errcode === 0) return { ok: true, ref: String('msgid' in answer ? answer.msgid : ''), response: bounded(answer.text) }
      const errcode = answer.errcode ?? -1
      return { ok: false, retry: !FINAL.has(errcode), error: `WeChat errcode ${errcode}`, response: bounded(answer.text) }
    },
  }
}
