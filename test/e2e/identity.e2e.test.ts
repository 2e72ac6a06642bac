import { fill, signInAsDemo, startJourney, type Journey } from './harness'

// 王建国 got a new phone number. He changes it on 我的: the code goes by SMS to the new number
// (in development, to the notifier's outbox), and only the code typed back makes it his.
let j: Journey
beforeAll(async () => {
  j = await startJourney('identity')
})
afterAll(async () => j?.close())

const NEW_MOBILE = '13900001111'

describe('changing the mobile number with an SMS code', () => {
  it('王建国 opens 更换手机号 from 我的', async () => {
    const p = j.page
    await signInAsDemo(j, 'd-wang-jianguo')
    await p.goto(`${j.baseUrl}/#/pages/me/index`)
    await p.getByText('已实名认证').waitFor()
    await p.getByText('13847005678').waitFor()
    await j.shot('me')
    await p.locator('#change-mobile').click()
    await p.getByText('现在的手机号：13847005678').waitFor()
    await j.shot('mobile-start')
  })

  it('is told at once when the new number is not a mobile number', async () => {
    const p = j.page
    await fill(p, 'field-new-mobile', '1390000')
    await p.locator('#send-code').click()
    await p.getByText('手机号应该是11位，您填了7位，请核对').waitFor()
    expect(j.lastSms('1390000')).toBeNull()
  })

  it('gets a code by SMS on the new number, with a countdown before another may be asked for', async () => {
    const p = j.page
    await fill(p, 'field-new-mobile', NEW_MOBILE)
    await p.locator('#send-code').click()
    await p.getByText(`验证码已发到 ${NEW_MOBILE}，10分钟内有效。`).waitFor()
    await p.getByText(/^没收到短信？\d+秒后可以重新获取$/).waitFor()
    expect(j.lastSms(NEW_MOBILE, 'mobile-code')).toMatch(/^【移动微法院】您正在更换手机号，验证码\d{6}，10分钟内有效。/)
    await j.shot('code-sent')
  })

  it('is told how many tries are left after a wrong code, and the number stays the old one', async () => {
    const p = j.page
    const code = /验证码(\d{6})/.exec(j.lastSms(NEW_MOBILE, 'mobile-code') ?? '')![1]
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0')
    await fill(p, 'field-code', wrong)
    await p.locator('#confirm-code').click()
    await p.getByText('验证码不对，还可以再试4次').waitFor()
    await j.shot('wrong-code')
  })

  it('types the code from the SMS and the new number is his, still verified', async () => {
    const p = j.page
    const code = /验证码(\d{6})/.exec(j.lastSms(NEW_MOBILE, 'mobile-code') ?? '')![1]
    await fill(p, 'field-code', code)
    await p.locator('#confirm-code').click()
    await p.getByText(`手机号已换成 ${NEW_MOBILE}。以后法院的短信会发到这个号码。`).waitFor()
    await j.shot('mobile-changed')
    await p.locator('#mobile-back').click()
    await p.locator('#profile').getByText(NEW_MOBILE).waitFor()
    await p.locator('#profile').getByText('已实名认证').waitFor()
    await j.shot('me-after')
  })
})
