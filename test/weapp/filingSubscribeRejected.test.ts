/**
 * A party who rejected the filing template once (kept on the phone) files again on a later
 * launch: 提交给法院 does not ask again, and the filing goes to the court.
 */
import { FILING_TEMPLATE, openFilingForm, walkToReview, wheatSale, type OpenForm } from './filingFlow'
import { tap, until } from './harness'

let form: OpenForm

beforeAll(async () => {
  form = await openFilingForm('f-3', wheatSale(), { storage: { 'subscribe-rejected': [FILING_TEMPLATE] } })
  await walkToReview(form)
}, 30000)

afterAll(() => form?.page.unload())

test('a rejected template is not asked for again, and the submit goes through', async () => {
  tap(form.page, '#submit-filing')
  await until(() => form.app.wx.redirectTo.mock.calls.length === 1, 'the receipt page')
  expect(form.seen.filter((r) => r.method === 'POST' && r.path === '/filings/f-3/submit')).toHaveLength(1)
  expect(form.server.view.status).toBe('submitted')
  expect(form.app.wx.subscribe.calls).toEqual([])
  expect(form.app.wx.storage.get('subscribe-rejected')).toEqual([FILING_TEMPLATE])
  expect(form.app.errors).toEqual([])
})
