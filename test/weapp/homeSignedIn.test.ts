/**
 * The compiled home page for a returning user: the sign-in and the 长辈模式 choice saved on the
 * phone survive a relaunch of the mini-program (restored from wx storage by the real runtime).
 */
import type { SessionUser } from '../../src/api/types'
import { launchWeapp, staleNote, tap, until, waitForText, type LaunchedApp, type RenderedPage } from './harness'
import { tilesFor } from './tiles'

const zhang: SessionUser = { id: 'd-zhang-guilan', role: 'litigant', displayName: '张桂兰', courtId: null, realNameStatus: 'verified' }
let app: LaunchedApp
let page: RenderedPage

beforeAll(async () => {
  app = await launchWeapp({ storage: { 'court.session': { token: 'token-from-last-visit', user: zhang }, 'court.elderMode': true } })
  page = app.renderPage('pages/index/index')
  await waitForText(page.dom, ['您好，张桂兰', '拨打 12368 诉讼服务热线'], { since: page.startedAt, errors: app.errors })
}, 15000)

afterAll(() => page?.unload())

test('greets the signed-in user by name and no longer offers sign-in', () => {
  expect(page.dom.textContent).not.toContain('欢迎使用移动微法院')
  expect(page.dom.textContent).not.toContain('登录 / 注册')
  expect(page.comp.querySelector('#home-login')).toBeFalsy()
  expect(app.errors).toEqual([])
})

test('keeps 长辈模式 on when the user had chosen it', () => {
  expect(page.comp.querySelector('#home')?.dom?.className).toContain('page--elder')
})

test('shows the tiles for her role, and a tile that needs sign-in opens its page directly', async () => {
  const shown = page.comp.querySelectorAll('.home__tile-title').map((title) => title.dom?.textContent ?? '')
  const mine = tilesFor(zhang.role)
  if (shown.join('|') !== mine.map((tile) => tile.title).join('|')) {
    throw new Error(`tiles shown [${shown.join(', ')}], expected [${mine.map((tile) => tile.title).join(', ')}]${staleNote()}`)
  }
  const signedInOnly = mine.filter((tile) => tile.needsSignIn)
  for (const tile of signedInOnly) {
    app.wx.navigateTo.mockClear()
    tap(page, `#tile-${tile.id}`)
    await until(() => app.wx.navigateTo.mock.calls.length > 0, `navigation from tile ${tile.id}`)
    expect({ tile: tile.id, url: app.wx.navigateTo.mock.calls[0][0].url.slice(0, tile.url.length) }).toEqual({ tile: tile.id, url: tile.url })
  }
})
