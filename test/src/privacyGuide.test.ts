/**
 * docs/PRIVACY.md is what the court declares in its 用户隐私保护指引. WeChat refuses an API that is
 * not declared there, on the user's phone, after release — so the declaration is checked against
 * the code here: every privacy API src/ calls is in the table, and the table lists no API the code
 * no longer calls.
 */
import fs from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '../..')

/** WeChat's 隐私接口 list (小程序隐私协议开发指南 → 隐私接口): the APIs gated by the guide. */
const PRIVACY_APIS = [
  'chooseImage',
  'chooseMedia',
  'chooseVideo',
  'chooseMessageFile',
  'saveImageToPhotosAlbum',
  'saveVideoToPhotosAlbum',
  'getClipboardData',
  'setClipboardData',
  'getLocation',
  'getFuzzyLocation',
  'chooseLocation',
  'choosePoi',
  'startLocationUpdate',
  'startLocationUpdateBackground',
  'chooseAddress',
  'chooseInvoice',
  'chooseInvoiceTitle',
  'chooseLicensePlate',
  'getUserProfile',
  'getUserInfo',
  'getWeRunData',
  'startRecord',
  'getRecorderManager',
  'createCameraContext',
  'createLivePusherContext',
  'addPhoneContact',
  'addPhoneCalendar',
  'addPhoneRepeatCalendar',
  'openBluetoothAdapter',
  'createBLEPeripheralServer',
  'startWifi',
  'getPhoneNumber',
  'getRealtimePhoneNumber',
  'chooseAvatar',
]

function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) ? [path.join(dir, e.name)] : []))
}

const code = sources(path.join(ROOT, 'src'))
  .map((f) => fs.readFileSync(f, 'utf8'))
  .join('\n')
/** `Taro.chooseImage(`, `wx.chooseImage(` or an open-type such as getPhoneNumber. */
const used = PRIVACY_APIS.filter((api) => new RegExp(`\\b(Taro|wx)\\.${api}\\b|openType=['"{]*${api}`).test(code))

const guide = fs.readFileSync(path.join(ROOT, 'docs/PRIVACY.md'), 'utf8')
const tableSection = guide.split('## Privacy APIs the mini-program calls')[1]?.split('\n## ')[0] ?? ''
const declared = [...tableSection.matchAll(/^\| `([a-zA-Z]+)` \|/gm)].map((m) => m[1])

test('the code calls at least the photo and file pickers, so the check looks at real code', () => {
  expect(used).toEqual(expect.arrayContaining(['chooseMessageFile']))
})

test('every privacy API src/ calls is declared in docs/PRIVACY.md', () => {
  expect(used.filter((api) => !declared.includes(api))).toEqual([])
})

test('docs/PRIVACY.md declares no privacy API the code no longer calls', () => {
  expect(declared.filter((api) => !used.includes(api))).toEqual([])
})

test('the guide names each kind of personal information the app collects itself', () => {
  for (const kind of ['姓名', '居民身份证号', '手机号', '地址', '照片', '文件']) expect(guide).toContain(`| ${kind}`)
})
