/**
 * Submitting a filing in the compiled mini-program asks WeChat, inside the tap on 提交给法院, to
 * allow the subscribe message configured for that moment; the filing goes to the court whatever
 * the party answers (the dialog holds nothing up), and a template the party rejected is kept on
 * the phone so it is not asked for again.
 */
import { FILING_TEMPLATE, openFilingForm, walkToReview, wheatSale, type OpenForm } from './filingFlow'
import { tap, until } from './harness'

let form: OpenForm

beforeAll(async () => {
  form = await openFilingForm('f-2', wheatSale())
  await walkToReview(form)
}, 30000)

afterAll(() => form?.page.unload())

const submits = () => form.seen.filter((r) => r.method === 'POST' && r.path === '/filings/f-2/submit')

test('the tap on 提交给法院 asks for the filing template within the tap itself', async () => {
  expect(form.app.wx.subscribe.calls).toEqual([])
  tap(form.page, '#submit-filing')
  await until(() => form.app.wx.subscribe.calls.length > 0, 'wx.requestSubscribeMessage')
  // WeChat shows the dialog only to a call made while the tap's handler runs, before any await.
  expect(form.app.wx.subscribe.calls).toEqual([{ tmplIds: [FILING_TEMPLATE], duringTap: true }])
})

test('the filing is submitted while the dialog is still open, and rejecting it changes nothing', async () => {
  await until(() => submits().length === 1, 'the submit to reach the court')
  expect(form.app.wx.subscribe.open).toBe(1)
  expect(submits()[0].header['idempotency-key']).toBeTruthy()
  await until(() => form.app.wx.redirectTo.mock.calls.length === 1, 'the receipt page')
  expect(form.app.wx.redirectTo.mock.calls[0][0].url).toBe('/subpackages/filing/pages/receipt/index?id=f-2')
  expect(form.server.view.status).toBe('submitted')

  form.app.wx.subscribe.answer('reject')
  await until(() => Array.isArray(form.app.wx.storage.get('subscribe-rejected')), 'the rejection to be kept')
  expect(form.app.wx.storage.get('subscribe-rejected')).toEqual([FILING_TEMPLATE])
  // The unsent copy of the draft is gone from the phone once the court has it.
  expect(form.app.wx.storage.has('court.filing.f-2')).toBe(false)
  expect(submits()).toHaveLength(1)
  expect(form.app.errors).toEqual([])
})

test('the fake refuses, as WeChat does, a request made outside a tap', async () => {
  const request = form.app.wx.api.requestSubscribeMessage as (o: { tmplIds: string[]; fail: (e: { errMsg: string }) => void }) => void
  const refused = await new Promise<string>((resolve) => request({ tmplIds: ['x'], fail: (e) => resolve(e.errMsg) }))
  expect(refused).toBe('requestSubscribeMessage:fail can only be invoked by user TAP gesture.')
})
