import type { Page } from 'playwright-core'
import { wheatSaleComplaint } from '../server/fixtures'
import { acceptedCaseViaApi, fill, openFresh, signInAsDemo, signInAsStaff, startJourney, type Journey } from './harness'

let j: Journey
let judge: Page
let caseId: string

const QUESTION = '请问开庭要带哪些材料？'
const ANSWER = '请带身份证原件、卖粮的收据和欠条原件。'

/** The case is made through the API (filing has its own journey): 张桂兰 sues 王建国; 王立新法官 accepts it. */
async function makeCase(): Promise<string> {
  return (await acceptedCaseViaApi(j, wheatSaleComplaint())).id
}

beforeAll(async () => {
  j = await startJourney('messages')
  caseId = await makeCase()
  judge = await j.newPhone()
})
afterAll(async () => j?.close())

describe('联系法官: a farmer asks the judge of her case a question, the judge answers on his phone', () => {
  it('the farmer opens her case, taps 联系法官 and sends her question', async () => {
    const p = j.page
    await signInAsDemo(j, 'd-zhang-guilan')
    await openFresh(p, `${j.baseUrl}/#/pages/cases/index`)
    await p.locator(`#case-${caseId}`).click()
    await p.locator('#contact-judge').waitFor()
    await j.shot('farmer-case-detail')
    await p.locator('#contact-judge').click()
    await p.getByText('还没有留言').waitFor()
    await fill(p, 'message-text', QUESTION)
    await j.shot('farmer-writes')
    await p.locator('#message-send').click()
    await p.locator('#message-banner').getByText('已发送').waitFor()
    await p.locator('#message-list').getByText(QUESTION).waitFor()
    expect(await p.locator('#message-list').textContent()).toContain('我 · 张桂兰')
    await j.shot('farmer-sent')
  })

  it('the judge opens the case, taps 当事人留言, reads the question and replies', async () => {
    const p = judge
    await signInAsStaff(j, 'judge.wang', 'demo1234', p)
    await openFresh(p, `${j.baseUrl}/#/subpackages/judge/pages/review/index?id=${caseId}`)
    await p.locator('#party-messages').click()
    await p.locator('#message-list').getByText(QUESTION).waitFor()
    expect(await p.locator('#message-list').textContent()).toContain('当事人 · 张桂兰')
    await fill(p, 'message-text', ANSWER)
    await p.locator('#message-send').click()
    await p.locator('#message-list').getByText(ANSWER).waitFor()
    await j.shot('judge-replied', p)
  })

  it('the farmer comes back to the thread and sees the answer from the court', async () => {
    const p = j.page
    await p.reload()
    await p.locator('#message-list').getByText(ANSWER).waitFor()
    const court = p.locator('.msg--court')
    expect(await court.count()).toBe(1)
    expect(await court.textContent()).toContain('法院回复 · 王立新法官')
    await j.shot('farmer-sees-reply')
  })
})
