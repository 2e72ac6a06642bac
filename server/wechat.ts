import { AppError } from './errors'

/** The part of WeChat's server API the court uses; swapped for a fake in tests. */
export interface WechatClient {
  code2session(code: string): Promise<{ openid: string; unionid?: string }>
}

/** Calls WeChat's jscode2session with the mini-program's appid and secret. */
export function createWechatClient(cfg: { appId?: string; secret?: string }): WechatClient {
  return {
    async code2session(code) {
      if (!cfg.appId || !cfg.secret) {
        throw new AppError(503, 'WECHAT_NOT_CONFIGURED', '微信登录暂未开通，请稍后再试或到法院诉讼服务中心办理')
      }
      const url = new URL('https://api.weixin.qq.com/sns/jscode2session')
      url.search = new URLSearchParams({ appid: cfg.appId, secret: cfg.secret, js_code: code, grant_type: 'authorization_code' }).toString()
      let data: { openid?: string; unionid?: string; errcode?: number }
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(5000) })
        data = (await res.json()) as typeof data
      } catch {
        throw new AppError(503, 'WECHAT_UNREACHABLE', '暂时连不上微信服务器，请稍后再试')
      }
      if (!data.openid) throw new AppError(401, 'WECHAT_CODE_INVALID', '微信登录没有成功，请重新点击登录')
      return { openid: data.openid, unionid: data.unionid }
    },
  }
}
