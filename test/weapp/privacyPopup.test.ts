/**
 * The compiled mini-program asks WeChat's privacy question itself, once for the whole app: the
 * first photo pick (here on 上传身份证照片) waits while the popup shows the guide; 同意并继续 lets
 * that same pick go on, and later picks are not asked again.
 */
import type { SessionUser } from '../../src/api/types'
import { launchWeapp, staleNote, tap, until, waitForText, type LaunchedApp, type RenderedPage } from './harness'

const newcomer: SessionUser = { id: 'd-new-user', role: 'litigant', displayName: '新用户', courtId: null, realNameStatus: 'submitted' }
const profile = {
  id: 'd-new-user',
  role: 'litigant',
  displayName: '新用户',
  courtId: null,
  realName: '巴特尔',
  idNumberMasked: '150784********0018',
  birthDate: '1970-03-07',
  sex: 'male',
  mobile: '13900001111',
  pendingMobile: null,
  address: '额尔古纳市三河回族乡',
  realNameStatus: 'submitted',
  reviewReason: null,
}
let app: LaunchedApp
let page: RenderedPage

beforeAll(async () => {
  app = await launchWeapp({ storage: { 'court.session': { token: 'token-from-last-visit', user: newcomer } } })
  app.wx.request.mockImplementation((o) => {
    setTimeout(() => {
      const res = { statusCode: 200, data: JSON.stringify({ ...profile, idCard: null }), header: { 'content-type': 'application/json' }, errMsg: 'request:ok' }
      o.success?.(res)
      o.complete?.(res)
    }, 0)
    return { abort: () => undefined }
  })
  page = app.renderPage('subpackages/me/pages/id-card/index')
  await waitForText(page.dom, ['上传身份证照片', '拍照或从相册选择'], { since: page.startedAt, errors: app.errors }).catch((err: unknown) => {
    throw new Error(`${String(err)}${staleNote()}`)
  })
}, 20000)

afterAll(() => page?.unload())

test('the app listens for the privacy question from launch', () => {
  expect(app.wx.privacy.listeners).toBe(1)
})

test('the first photo pick shows the popup and waits; agreeing lets the same pick go on', async () => {
  expect(page.comp.querySelector('#privacy-popup')).toBeFalsy()
  tap(page, '#pick-front')
  await waitForText(page.dom, ['请先阅读隐私保护指引', '《用户隐私保护指引》', '同意并继续', '不同意'], { since: performance.now(), errors: app.errors })
  expect(app.wx.privacy.chooseMedia).toHaveBeenCalledTimes(1)
  expect(app.wx.privacy.picked).toBe(0)
  tap(page, '#privacy-agree')
  await until(() => app.wx.privacy.picked === 1, 'the photo pick to go on after agreeing')
  await until(() => !page.comp.querySelector('#privacy-popup'), 'the popup to close')
})

test('a later pick is not asked again', async () => {
  tap(page, '#pick-back')
  await until(() => app.wx.privacy.picked === 2, 'the second pick')
  expect(page.comp.querySelector('#privacy-popup')).toBeFalsy()
  expect(app.errors).toEqual([])
})
