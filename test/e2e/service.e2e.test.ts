import type { Page } from 'playwright-core'
import { addDays } from '../../domain'
import { wheatSaleComplaint } from '../server/fixtures'
import { acceptedCaseViaApi, callApi, fill, signInAsDemo, signInAsStaff, startJourney, type Journey } from './harness'

let j: Journey
let defendant: Page
let caseId: string
let caseNumber: string

const api = <T>(method: string, url: string, token: string | null, body?: unknown) => callApi<T>(j, method, url, token, body)

/** The case is made through the API (filing has its own journey): 张桂兰 sues 王建国, 王立新法官 accepts it. */
async function makeCase() {
  const made = await acceptedCaseViaApi(j, wheatSaleComplaint())
  return { id: made.id, caseNumber: made.caseNumber, judge: made.judgeToken }
}

let judgeToken: string
beforeAll(async () => {
  j = await startJourney('service')
  const made = await makeCase()
  caseId = made.id
  caseNumber = made.caseNumber
  judgeToken = made.judge
  defendant = await j.newPhone()
})
afterAll(async () => j?.close())

const shanghaiToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)

describe('电子送达: a judge serves a notice and a summons, the defendant reads and signs them on his phone', () => {
  it('the defendant signs in and is asked for his 送达地址确认书 first', async () => {
    await signInAsDemo(j, 'd-wang-jianguo', defendant)
    await defendant.locator('#home-ask-address').waitFor()
    await j.shot('defendant-asked-for-address', defendant)
    await defendant.locator('#home-confirm-address').click()
    await defendant.getByText(caseNumber).first().waitFor()
    await defendant.getByText('同意法院电子送达').waitFor()
    await j.shot('address-form', defendant)
    await defendant.locator('#address-submit').click()
    await defendant.getByText('已确认').first().waitFor()
    await defendant.waitForURL(/pages\/inbox\/index/)
    await defendant.getByText('还没有法院文书').waitFor()
    await j.shot('inbox-empty', defendant)
  })

  it('the judge issues an 应诉通知书 and a 传票 to the defendant', async () => {
    const p = j.page
    await signInAsStaff(j, 'judge.wang')
    await p.locator('#tile-service').click()
    await p.locator(`#case-${caseId}`).click()
    await p.getByText('同意电子送达（小程序、短信），第1版').waitFor()
    await j.shot('judge-case-before')
    await p.locator('#issue-btn').click()
    await p.locator('#kind-response-notice').waitFor()
    await p.getByText('可以电子送达').first().waitFor()
    await j.shot('judge-issue-notice')
    await p.locator('#issue-submit').click()
    await p.locator('#issue-btn').waitFor()
    await p.getByText('应诉通知书 → 王建国').waitFor()

    await p.locator('#issue-btn').click()
    await p.locator('#kind-summons').click()
    await fill(p, 'field-hearingDate', addDays(shanghaiToday(), 14))
    await fill(p, 'field-hearingTime', '09:30')
    await p.locator('#room-p-sanhe').click()
    await j.shot('judge-issue-summons')
    await p.locator('#issue-submit').click()
    await p.getByText('传票 → 王建国').waitFor()
    await p.getByText('未读').first().waitFor()
    await j.shot('judge-case-issued')
  })

  it('the defendant sees the unread badge, opens and signs both', async () => {
    const p = defendant
    await p.goto(`${j.baseUrl}/#/pages/index/index`)
    await p.reload()
    const badge = p.locator('.taro-tabbar__badge, .weui-badge').first()
    await badge.waitFor()
    expect((await badge.textContent())?.trim()).toBe('2')
    await j.shot('defendant-badge', p)
    await p.getByText('我的文书').last().click()
    await p.getByText('（2份未读）').waitFor()
    await j.shot('inbox-unread', p)

    for (const title of ['传票', '应诉通知书']) {
      await p.locator('.inbox__item:visible', { hasText: title }).first().click()
      // Pages left on the router's stack stay in the DOM, hidden: look at the visible one only.
      await p.locator('#doc-body:visible').getByText(title).first().waitFor()
      await p.locator('#sign-btn:visible').waitFor()
      await j.shot(`read-${title}`, p)
      await p.locator('#sign-btn:visible').click()
      await p.locator('.banner:visible', { hasText: '已签收（' }).waitFor()
      await p.locator('#doc-state:visible', { hasText: '已签收' }).waitFor()
      await j.shot(`signed-${title}`, p)
      await p.goBack()
      await p.locator('#inbox:visible').waitFor()
    }
    await p.reload()
    await p.getByText('已签收').nth(1).waitFor()
    expect(await p.getByText('份未读').count()).toBe(0)
    await j.shot('inbox-all-signed', p)
  })

  it('the judge sees delivered, opened and signed times, and the proof verifies', async () => {
    const p = j.page
    await p.reload()
    await p.getByText('应诉通知书 → 王建国').waitFor()
    const signed = p.locator('[id^="signed-"]')
    expect(await signed.count()).toBe(2)
    for (const text of await signed.allTextContents()) expect(text).toMatch(/签收：\d+月\d+日 \d\d:\d\d/)
    for (const text of await p.locator('[id^="opened-"]').allTextContents()) expect(text).toMatch(/阅读：\d+月\d+日 \d\d:\d\d/)
    for (const text of await p.locator('[id^="delivered-"]').allTextContents()) expect(text).toMatch(/送达：\d+月\d+日 \d\d:\d\d（小程序）/)
    await p.locator('#proof-btn').click()
    await p.getByText('校验通过').waitFor()
    await j.shot('judge-case-signed-proof')

    const proof = await api<{ verified: boolean; events: Array<{ type: string }> }>('GET', `/service/${caseId}/proof`, judgeToken)
    expect(proof.verified).toBe(true)
    expect(proof.events.map((e) => e.type)).toEqual(['address-confirmed', 'issued', 'delivered', 'issued', 'delivered', 'opened', 'signed', 'opened', 'signed'])
  })
})
