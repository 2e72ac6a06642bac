/**
 * Smoke test of the compiled mini-program: the 服务大厅 (home) page from dist/weapp renders in
 * the simulator for a first-time visitor, and its buttons reach the WeChat APIs.
 */
import { SERVICE_TILES } from '../../src/services'
import { launchWeapp, readAppJson, staleNote, subPackagesOf, tap as tapOn, until, waitForText, type LaunchedApp, type RenderedPage } from './harness'
import { tilesFor } from './tiles'

const HOME = 'pages/index/index'
let app: LaunchedApp
let page: RenderedPage

beforeAll(async () => {
  app = await launchWeapp()
  page = app.renderPage(HOME)
  await waitForText(page.dom, ['您好，欢迎使用移动微法院', '拨打 12368 诉讼服务热线'], { since: page.startedAt, errors: app.errors })
}, 15000)

afterAll(() => page?.unload())

const tap = (selector: string) => tapOn(page, selector)

test('greets a first-time visitor and offers sign-in and the court hotline', () => {
  const text = page.dom.textContent ?? ''
  expect(text).toContain('您好，欢迎使用移动微法院')
  expect(text).toContain('登录 / 注册')
  expect(text).toContain('需要帮助？')
  expect(text).toContain('拨打 12368 诉讼服务热线')
  expect(text).toContain('工作日 8:30–17:30')
  expect(page.comp.querySelector('#hotline')?.dom?.tagName).toBe('WX-BUTTON')
  expect(page.comp.querySelector('#home-login')?.dom?.tagName).toBe('WX-BUTTON')
  expect(page.comp.querySelector('#home')?.dom?.className).not.toContain('page--elder')
  expect(app.errors).toEqual([])
})

test('tapping the hotline button dials 12368', async () => {
  app.wx.makePhoneCall.mockClear()
  tap('#hotline')
  await until(() => app.wx.makePhoneCall.mock.calls.length > 0, 'wx.makePhoneCall')
  expect(app.wx.makePhoneCall).toHaveBeenCalledTimes(1)
  expect(app.wx.makePhoneCall.mock.calls[0][0]).toMatchObject({ phoneNumber: '12368' })
})

test('tapping 登录 / 注册 opens the sign-in page', async () => {
  app.wx.navigateTo.mockClear()
  tap('#home-login')
  await until(() => app.wx.navigateTo.mock.calls.length > 0, 'wx.navigateTo')
  expect(app.wx.navigateTo.mock.calls[0][0].url).toMatch(/^\/pages\/login\/index(\?|$)/)
})

/** A visitor has not said who they are; the home page shows them what it shows a litigant. */
const forVisitor = tilesFor('litigant')

test('every service tile opens a page the build contains', () => {
  const appJson = readAppJson()
  const built = new Set([...appJson.pages, ...subPackagesOf(appJson).flatMap((p) => p.pages.map((page) => `${p.root.replace(/^\/|\/$/g, '')}/${page}`))])
  const broken = SERVICE_TILES.filter((tile) => !built.has(tile.url.replace(/^\//, '').split('?')[0])).map((tile) => `${tile.id} → ${tile.url}`)
  expect(broken).toEqual([])
})

test('shows a visitor the public and litigant tiles, each leading to its page or to sign-in first', async () => {
  const shown = page.comp.querySelectorAll('.home__tile-title').map((title) => title.dom?.textContent ?? '')
  const expected = forVisitor.map((tile) => tile.title)
  if (shown.join('|') !== expected.join('|')) {
    throw new Error(`tiles shown [${shown.join(', ')}], expected [${expected.join(', ')}]${staleNote()}`)
  }
  for (const tile of forVisitor) {
    app.wx.navigateTo.mockClear()
    tap(`#tile-${tile.id}`)
    await until(() => app.wx.navigateTo.mock.calls.length > 0, `navigation from tile ${tile.id}`)
    const url = app.wx.navigateTo.mock.calls[0][0].url
    const target = tile.needsSignIn ? `/pages/login/index?next=${encodeURIComponent(tile.url)}` : tile.url
    expect({ tile: tile.id, url: url.slice(0, target.length) }).toEqual({ tile: tile.id, url: target })
  }
})
