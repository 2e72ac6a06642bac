/**
 * What a weapp build must have before it can be uploaded to WeChat.
 *
 * Inside WeChat a mini-program may only call https domains registered in 开发管理 → 服务器域名
 * (request, uploadFile and downloadFile), so a relative `/api/v1` or an http origin compiles into
 * a package that cannot reach the court at all. The appid must be the court's own: `touristappid`
 * opens in DevTools for a local preview but cannot be uploaded.
 *
 * A local preview (`TARO_APP_PREVIEW=1`, `npm run build:weapp:preview`) skips these checks.
 */
export interface WeappBuildEnv {
  TARO_APP_PREVIEW?: string
  TARO_APP_API_BASE?: string
  TARO_APP_ID?: string
  TARO_APP_DEMO?: string
}

export const PREVIEW_APPID = 'touristappid'

/** A mini-program appid: `wx` and 16 hex digits, as the WeChat console shows it. */
const APPID = /^wx[0-9a-f]{16}$/

/** An https origin with no path, query or trailing slash: the client appends `/api/v1`. */
const HTTPS_ORIGIN = /^https:\/\/[a-z0-9.-]+(:\d{1,5})?$/i

/**
 * The reasons a release build of the weapp must not be produced, in the operator's words;
 * empty when the build may go ahead.
 *
 * @example
 * weappReleaseProblems({ TARO_APP_API_BASE: 'https://court.example.cn', TARO_APP_ID: 'wx0123456789abcdef' }) // => []
 */
export function weappReleaseProblems(env: WeappBuildEnv): string[] {
  if (env.TARO_APP_PREVIEW === '1') return []
  const problems: string[] = []
  const base = env.TARO_APP_API_BASE ?? ''
  if (!HTTPS_ORIGIN.test(base)) {
    problems.push(
      base === ''
        ? 'TARO_APP_API_BASE 未设置：小程序只能访问已登记的 https 域名，请设为法院服务器的地址，例如 https://court.example.cn'
        : `TARO_APP_API_BASE=${base} 不可用：须为 https:// 开头、不带路径的域名，例如 https://court.example.cn`,
    )
  }
  const appId = env.TARO_APP_ID ?? ''
  if (appId === '' || appId === PREVIEW_APPID) {
    problems.push('TARO_APP_ID 未设置：发布版须使用法院小程序自己的 AppID（touristappid 只能在开发者工具里本地预览）')
  } else if (!APPID.test(appId)) {
    problems.push(`TARO_APP_ID=${appId} 不像小程序 AppID：应为 wx 加 16 位十六进制字符`)
  }
  if (env.TARO_APP_DEMO === '1') problems.push('TARO_APP_DEMO=1 是演示版：发布版不能带演示登录和演示内容')
  return problems
}
