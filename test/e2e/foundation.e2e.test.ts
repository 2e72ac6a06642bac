import { signInAsDemo, startJourney, type Journey } from './harness'

let j: Journey
beforeAll(async () => {
  j = await startJourney('foundation')
})
afterAll(async () => j?.close())

describe('a litigant on a phone', () => {
  it('opens the app, signs in as a demo litigant and sees the service hall', async () => {
    await j.page.goto(`${j.baseUrl}/`)
    await j.page.getByText('您好，欢迎使用移动微法院').waitFor()
    await j.page.getByText('拨打 12368 诉讼服务热线').waitFor()
    await j.shot('home-signed-out')
    await signInAsDemo(j, 'd-zhang-guilan')
    await j.page.getByText('您好，张桂兰（拉布大林种植户）').waitFor()
    await j.shot('home-signed-in')
  })

  it('reads the real-name profile on 我的', async () => {
    await j.page.goto(`${j.baseUrl}/#/pages/me/index`)
    await j.page.getByText('已实名认证').waitFor()
    await j.page.getByText('150784********0029').waitFor()
    await j.shot('me')
  })

  it('has base text of at least 16px', async () => {
    const size = await j.page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.page') as Element).fontSize))
    expect(size).toBeGreaterThanOrEqual(16)
  })
})
