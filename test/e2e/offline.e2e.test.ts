import { coldLoad } from '../../bench/h5Load'
import { callApi, fill, signInAsDemo, startJourney, type Journey } from './harness'

const BANNER = '网络不稳定，内容已保存在手机上，恢复后自动提交'

let j: Journey
beforeAll(async () => {
  j = await startJourney('offline')
})
afterAll(async () => j?.close())

const tokenOf = (page: Journey['page']) =>
  page.evaluate(() => (JSON.parse(localStorage.getItem('court.session') ?? '{}') as { data?: { token?: string } }).data?.token ?? '')

describe('the offline shell', () => {
  it('reopens the filing form without signal, with the draft and the Chinese banner, and saves it when the signal returns', async () => {
    const p = j.page
    await signInAsDemo(j, 'd-zhang-guilan')
    await p.goto(`${j.baseUrl}/#/subpackages/filing/pages/start/index`)
    await p.reload()
    await p.locator('#start-filing').click()
    await p.getByText('第1步，共5步：当事人').waitFor()
    await p.locator('#add-defendant').click()
    await fill(p, 'field-p1-name', '赵铁柱')
    await p.getByText('已自动保存').waitFor()
    // The service worker has the shell and every page's code before the signal goes.
    await p.waitForFunction(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined, undefined, {
      timeout: 60_000,
    })

    await p.context().setOffline(true)
    await fill(p, 'field-p1-address', '额尔古纳市拉布大林镇')
    await p.getByText(BANNER).waitFor()
    const started = Date.now()
    await p.reload()
    // The app itself opens, not the browser's error page.
    await p.locator('#filing-form').first().waitFor()
    expect(await p.title()).toBe('填写立案材料')
    await p.getByText(BANNER).waitFor()
    expect(await p.locator('#field-p1-name input').inputValue()).toBe('赵铁柱')
    expect(await p.locator('#field-p1-address input, #field-p1-address textarea').first().inputValue()).toBe('额尔古纳市拉布大林镇')
    console.log(`offline reload of the filing form: usable in ${Date.now() - started} ms`)
    await j.shot('offline-reload')

    await p.context().setOffline(false)
    // Nothing to tap: the phone sends the draft by itself once the signal is back.
    await p.getByText('已自动保存').waitFor({ timeout: 15_000 })
    await p.getByText(BANNER).waitFor({ state: 'hidden' })
    const id = new URL(p.url().replace('#', '')).searchParams.get('id')
    const onServer = await callApi<{ data: { parties: { name: string; address?: string }[] } }>(j, 'GET', `/filings/${id}`, await tokenOf(p))
    expect(onServer.data.parties[1]).toMatchObject({ name: '赵铁柱', address: '额尔古纳市拉布大林镇' })
  })

  it('shows 我的案件 already seen from the phone without signal, with its age', async () => {
    const p = j.page
    await p.context().setOffline(false)
    await p.goto(`${j.baseUrl}/#/pages/cases/index`)
    await p.reload()
    await p.locator('.case-item').first().waitFor()
    await p.context().setOffline(true)
    await p.reload()
    await p.locator('.case-item').first().waitFor()
    await p.getByText(BANNER).waitFor()
    await p.getByText(/^离线内容，(刚刚|\d+分钟前)更新$/).waitFor()
    await j.shot('offline-cases')
    await p.context().setOffline(false)
  })
})

describe('a cold load over a weak link (250 kbps, 400 ms)', () => {
  it('makes the home screen usable, and logs how long it took', async () => {
    const r = await coldLoad(j.browser, `${j.baseUrl}/`, '#tile-filing')
    console.log(`cold load of the home screen: ${r.ms} ms, ${Math.round(r.bytes / 1024)} KB in ${r.requests} requests`)
    // The performance target (≤ 8 s) lives in the bench; here a generous bound for a loaded machine.
    expect(r.ms).toBeLessThan(30_000)
    expect(r.bytes).toBeLessThan(200 * 1024)
  })
})
