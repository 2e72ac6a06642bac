/**
 * The compiled mini-program without signal: the one offline banner shows on the page when the
 * phone says it is offline (at launch, or when wx.onNetworkStatusChange reports it), a tab
 * opened offline says so in a toast, and the banner goes when the signal returns.
 */
import type { SessionUser } from '../../src/api/types'
import { launchWeapp, staleNote, until, waitForText, type LaunchedApp, type RenderedPage } from './harness'

const BANNER = '网络不稳定，内容已保存在手机上，恢复后自动提交'
const zhang: SessionUser = { id: 'd-zhang-guilan', role: 'litigant', displayName: '张桂兰', courtId: null, realNameStatus: 'verified' }
let app: LaunchedApp
let page: RenderedPage

beforeAll(async () => {
  app = await launchWeapp({ storage: { 'court.session': { token: 'token-from-last-visit', user: zhang } }, offline: true })
  page = app.renderPage('pages/cases/index')
  await waitForText(page.dom, ['我的案件'], { since: page.startedAt, errors: app.errors })
}, 15000)

afterAll(() => page?.unload())

test('shows the Chinese offline banner when the phone starts without signal, and says so for the tab', async () => {
  await waitForText(page.dom, [BANNER], { since: page.startedAt, errors: app.errors }).catch((err: unknown) => {
    throw new Error(`${String(err)}${staleNote()}`)
  })
  await until(() => app.wx.showToast.mock.calls.length > 0, 'the offline toast')
  expect(app.wx.showToast.mock.calls[0][0].title).toBe('没有网络，显示的是手机上保存的内容')
  // Offline, nothing was even tried: no request waited for a timeout.
  expect(app.wx.request).not.toHaveBeenCalled()
})

test('hides the banner when the signal returns, and shows it again when onNetworkStatusChange says offline', async () => {
  app.wx.networkChanged(true)
  await until(() => !page.dom.textContent?.includes(BANNER), 'the banner to go')
  app.wx.networkChanged(false)
  await waitForText(page.dom, [BANNER], { since: performance.now(), errors: app.errors })
  expect(app.errors).toEqual([])
})
