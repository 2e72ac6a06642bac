/**
 * The settings a weapp release build refuses to go without: an https API origin WeChat lets the
 * mini-program call, and the court's own appid.
 */
import { weappReleaseProblems, type WeappBuildEnv } from '../../config/weappRelease'

const GOOD = { TARO_APP_API_BASE: 'https://court.example.cn', TARO_APP_ID: 'wx0123456789abcdef' }

test.each<[string, WeappBuildEnv, RegExp[]]>([
  ['an https origin and a real appid', GOOD, []],
  ['an https origin with a port', { ...GOOD, TARO_APP_API_BASE: 'https://court.example.cn:8443' }, []],
  ['no API base (compiles to a relative /api/v1)', { TARO_APP_ID: GOOD.TARO_APP_ID }, [/TARO_APP_API_BASE 未设置/]],
  ['an http origin', { ...GOOD, TARO_APP_API_BASE: 'http://court.example.cn' }, [/须为 https:\/\//]],
  ['an origin with the API path already on it', { ...GOOD, TARO_APP_API_BASE: 'https://court.example.cn/api/v1' }, [/不带路径/]],
  ['a trailing slash', { ...GOOD, TARO_APP_API_BASE: 'https://court.example.cn/' }, [/不带路径/]],
  ['no appid', { TARO_APP_API_BASE: GOOD.TARO_APP_API_BASE }, [/TARO_APP_ID 未设置/]],
  ['the preview appid', { ...GOOD, TARO_APP_ID: 'touristappid' }, [/touristappid 只能在开发者工具里本地预览/]],
  ['an appid of the wrong shape', { ...GOOD, TARO_APP_ID: 'wx123' }, [/不像小程序 AppID/]],
  ['neither', {}, [/TARO_APP_API_BASE/, /TARO_APP_ID/]],
  ['a local preview, which may use anything', { TARO_APP_PREVIEW: '1' }, []],
])('%s', (_label, env, expected) => {
  const problems = weappReleaseProblems(env)
  expect(problems).toHaveLength(expected.length)
  expected.forEach((pattern, i) => expect(problems[i]).toMatch(pattern))
})
