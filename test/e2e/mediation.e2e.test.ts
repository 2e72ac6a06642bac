import type { Page } from 'playwright-core'
import { fill, openFresh, signInAsDemo, signInAsStaff, startJourney, type Journey } from './harness'

// 张桂兰 asks for mediation before filing against 王建国, they settle, and the agreement goes to the
// court for 司法确认 — each person on their own phone.
let j: Journey
let wang: Page
let mediator: Page
let judge: Page
const TERMS = '王建国于2026年12月31日前向张桂兰支付小麦款80000元，张桂兰放弃其余请求。'

/** Setup that is not the point of the journey: 陈德胜 publishes weekday mornings, online. */
async function publishMediatorHours() {
  const login = await fetch(`${j.baseUrl}/api/v1/auth/staff`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ account: 'mediator.chen', password: 'demo1234' }),
  })
  const { token } = (await login.json()) as { token: string }
  const res = await fetch(`${j.baseUrl}/api/v1/mediation/availability`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      slotMinutes: 60,
      weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '12:00' })),
      overrides: [],
      venue: { kind: 'online' },
    }),
  })
  if (res.status !== 200) throw new Error(`availability: ${res.status} ${await res.text()}`)
}

// A fresh start, as from the message link: a hash change alone can keep hidden copies of the
// earlier detail page, showing the mediation as it was before the agreement.
const openMediation = async (page: Page, title: RegExp) => {
  await openFresh(page, `${j.baseUrl}/#/subpackages/mediation/pages/index/index`)
  await page.getByText(title).first().click()
  await page.locator('#mediation-status').waitFor()
}

beforeAll(async () => {
  j = await startJourney('mediation')
  await publishMediatorHours()
  wang = await j.newPhone()
  mediator = await j.newPhone()
  judge = await j.newPhone()
})
afterAll(async () => j?.close())

describe('online mediation through to 司法确认', () => {
  let slotLabel = ''

  it('张桂兰 asks for pre-filing mediation against 王建国 and books a session', async () => {
    const p = j.page
    await signInAsDemo(j, 'd-zhang-guilan')
    await p.locator('#tile-mediation').click()
    await p.getByText('我的调解').waitFor()
    await j.shot('home')
    await p.locator('#new-mediation').click()

    await p.getByText('第1步，共3步：调解什么').waitFor()
    await fill(p, 'field-respondent-name', '王建国')
    await fill(p, 'field-respondent-mobile', '13847005678')
    // The ID number is what lets him take part in the app: a name and a mobile bind nobody.
    await fill(p, 'field-respondent-id', '150784197209150019')
    await j.shot('request-respondent')
    await p.locator('#next-step').click()

    await p.getByText('第2步，共3步：纠纷和请求').waitFor()
    await fill(p, 'dispute', '2025年9月我卖给王建国小麦20吨，说好一个月内付款，到现在也没给钱。')
    await fill(p, 'field-claim', '王建国付清小麦款')
    await fill(p, 'field-amount', '86500')
    await p.getByText('即 8.65万元').waitFor()
    await j.shot('request-dispute')
    await p.locator('#next-step').click()

    await p.getByText('第3步，共3步：同意和送达').waitFor()
    // The address comes from her real-name profile; she only has to agree.
    await p.waitForFunction(() => (document.querySelector('#field-service-mobile input') as HTMLInputElement | null)?.value === '13904701234')
    await p.locator('#submit-request').click()
    await p.getByText('在线调解需要您的同意，请勾选“同意在线调解”').first().waitFor()
    await p.locator('#consent').click()
    await j.shot('request-consent')
    await p.locator('#submit-request').click()

    await p.getByText('申请已提交，请选择调解时间').waitFor()
    await p.getByText('陈德胜（调解员）').first().waitFor()
    const first = p.locator('.m-slot').first()
    await first.click()
    slotLabel = ((await p.locator('#confirm-booking').innerText()).split('确认预约：')[1] ?? '').trim()
    expect(slotLabel).toMatch(/^\d+月\d+日（星期.）上午 9:00–10:00$/)
    await j.shot('pick-slot')
    await p.locator('#confirm-booking').click()

    await p.locator('#session-time').getByText(slotLabel).waitFor()
    await p.getByText('等待 王建国、调解员 同意这个时间').waitFor()
    await j.shot('booked')
  })

  it('王建国 finds the invitation, agrees to mediate and accepts the time', async () => {
    await signInAsDemo(j, 'd-wang-jianguo', wang)
    await wang.locator('#tile-mediation').click()
    await wang.getByText('张桂兰 与 王建国').waitFor()
    await wang.getByText('请同意调解时间或另约').waitFor()
    await j.shot('invitation', wang)
    await wang.getByText('张桂兰 与 王建国').click()
    await wang.locator('#session-time').getByText(slotLabel).waitFor()
    await wang.locator('#consent').click()
    await j.shot('respondent-consent', wang)
    await wang.locator('#accept-time').click()
    await wang.getByText('已同意调解时间，等调解员确认后会通知您').waitFor()
    await wang.getByText('等待 调解员 同意这个时间').waitFor()
    await j.shot('respondent-accepted', wang)
  })

  it('the mediator sees the request with its 3-working-day deadline and confirms', async () => {
    await signInAsStaff(j, 'mediator.chen', 'demo1234', mediator)
    await mediator.locator('#tile-mediation').click()
    await mediator.getByText('调解工作台').waitFor()
    await mediator.getByText(/确认期限：还剩\d个工作日/).waitFor()
    await mediator.getByText('请确认是否接受').waitFor()
    await j.shot('mediator-list', mediator)
    await mediator.getByText('张桂兰 与 王建国').click()
    await mediator.locator('#confirm-deadline').waitFor()
    await mediator.locator('#confirm-mediation').click()
    await mediator.getByText('已确认，已通知双方当事人').waitFor()
    await mediator.locator('#mediation-status').getByText('调解时间已确定').waitFor()
    await mediator.getByText('各方都已确认').waitFor()
    await mediator.getByText(/调解期限30天/).waitFor()
    await j.shot('mediator-confirmed', mediator)
  })

  it('after the session the mediator records the agreement', async () => {
    await mediator.locator('#result-agreement').click()
    await fill(mediator, 'outcome-text', TERMS)
    await j.shot('record-agreement', mediator)
    await mediator.locator('#save-outcome').click()
    await mediator.getByText('已记录，已通知双方当事人').waitFor()
    await mediator.locator('#mediation-status').getByText('调解协议待签名').waitFor()
    await j.shot('agreement-recorded', mediator)
  })

  it('both parties sign; the agreement takes effect with the second signature', async () => {
    const p = j.page
    await openMediation(p, /张桂兰 与 王建国/)
    await p.locator('#agreement-terms').getByText(TERMS).waitFor()
    await p.locator('#sign-agreement').click()
    await p.getByText('已签名', { exact: true }).waitFor()
    await p.locator('#mediation-status').getByText('调解协议待签名').waitFor()
    await j.shot('applicant-signed')

    await openMediation(wang, /张桂兰 与 王建国/)
    await wang.locator('#sign-agreement').click()
    await wang.locator('#agreement-effective').waitFor()
    await wang.locator('#mediation-status').getByText('调解协议已生效').waitFor()
    await j.shot('agreement-effective', wang)
  })

  it('they apply for 司法确认 together: the second application files it with the court', async () => {
    const p = j.page
    await openMediation(p, /张桂兰 与 王建国/)
    await p.locator('#jc-declaration').click()
    await p.locator('#apply-jc').click()
    await p.getByText('已申请，还需要王建国也申请').waitFor()
    await j.shot('applicant-applied')

    await openMediation(wang, /张桂兰 与 王建国/)
    await wang.locator('#apply-jc').click()
    await wang.getByText('请阅读并勾选承诺：调解协议是双方真实意思表示，不损害他人利益').waitFor()
    await wang.locator('#jc-declaration').click()
    await wang.locator('#apply-jc').click()
    await wang.locator('#jc-filed').waitFor()
    await wang.locator('#mediation-status').getByText('已申请司法确认').waitFor()
    await j.shot('jc-filed', wang)
  })

  it('the judge finds the 司法确认 application in the review queue', async () => {
    await signInAsStaff(j, 'judge.wang', 'demo1234', judge)
    await judge.locator('#tile-review').click()
    await judge.getByText(/申请司法确认：张桂兰、王建国/).waitFor()
    await j.shot('review-queue', judge)
    await judge.getByText(/申请司法确认：张桂兰、王建国/).click()
    await judge.getByText(TERMS, { exact: false }).first().waitFor()
    await j.shot('review-detail', judge)
  })
})
