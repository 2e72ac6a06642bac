import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { wheatSaleComplaint } from '../server/fixtures'
import { acceptedCaseViaApi, chooseFile, fill, openFresh, signInAsDemo, signInAsStaff, startJourney, type Journey } from './harness'

// 实名核验: a new user, sued at 额尔古纳 under her ID number, fills in her profile and sends photos
// of her ID card; the court's clerk first sends them back with a reason she reads, then verifies
// the new photos — and only then is the case hers in 我的案件.
let j: Journey
let clerk: Page
let caseNumber: string
const ID = '150784199001011238'
const REASON = '身份证照片看不清，请在光线好的地方重新拍摄'
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'court-realname-'))
const front = path.join(dir, '人像面.jpg')
const back = path.join(dir, '国徽面.jpg')

beforeAll(async () => {
  j = await startJourney('realName')
  await j.page.goto(`${j.baseUrl}/`)
  // Real JPEGs (screenshots) stand in for the phone's photos; each its own bytes.
  fs.writeFileSync(front, await j.page.screenshot({ type: 'jpeg', quality: 50 }))
  fs.writeFileSync(back, await j.page.screenshot({ type: 'jpeg', quality: 40 }))
  const complaint = wheatSaleComplaint({
    parties: [
      { side: 'plaintiff', type: 'person', name: '张桂兰', idNumber: '150784196803120029', mobile: '13904701234', address: '额尔古纳市拉布大林街道团结村' },
      { side: 'defendant', type: 'person', name: '李明', idNumber: ID, mobile: '13904700001', address: '额尔古纳市黑山头镇' },
    ],
  })
  caseNumber = (await acceptedCaseViaApi(j, complaint)).caseNumber
  clerk = await j.newPhone()
}, 120_000)
afterAll(async () => {
  await j?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

async function sendPhotos(p: Page) {
  await chooseFile(p, 'pick-front', front)
  await p.locator('#side-front-done').waitFor()
  await chooseFile(p, 'pick-back', back)
  await p.locator('#side-back-done').waitFor()
  await p.locator('#submit-id-card').click()
  await p.locator('#id-card-status').getByText('照片已提交', { exact: false }).waitFor()
}

async function openReview(page: Page) {
  await openFresh(page, `${j.baseUrl}/#/subpackages/judge/pages/identity/queue/index`)
  await page.locator('#identity-d-new-user').click()
  await page.locator('#identity-details').getByText(ID).waitFor()
}

describe('real-name review from the party’s phone and the clerk’s', () => {
  it('the party fills in her profile and uploads both sides of her ID card', async () => {
    const p = j.page
    await signInAsDemo(j, 'd-new-user')
    await p.goto(`${j.baseUrl}/#/pages/me/index`)
    await p.locator('#edit-profile').click()
    await fill(p, 'field-realName', '李明')
    await fill(p, 'field-idNumber', ID)
    await p.locator('#save-profile').click()
    await p.getByText('实名信息已保存').waitFor()
    await p.locator('#id-card').click()
    await p.getByText('请把身份证放在深色桌面上', { exact: false }).waitFor()
    await j.shot('id-card-page')
    await sendPhotos(p)
    await j.shot('photos-sent')
    // Not yet verified: the case naming her ID number is not hers.
    await openFresh(p, `${j.baseUrl}/#/pages/cases/index`)
    await p.getByText('还没有案件', { exact: false }).waitFor()
    expect(await p.getByText(caseNumber).count()).toBe(0)
  })

  it('the clerk finds her through the 实名核验 tile, compares the photos and sends them back with a reason', async () => {
    await signInAsStaff(j, 'clerk.liu', 'demo1234', clerk)
    await clerk.locator('#tile-identity-review').click()
    await clerk.locator('#identity-d-new-user').click()
    await clerk.locator('#identity-details').getByText(ID).waitFor()
    // The photo really loads through its short-lived link, under the page's Content-Security-Policy.
    await clerk.waitForFunction(() => {
      const img = document.querySelector('#photo-front img') as HTMLImageElement | null
      return !!img && img.complete && img.naturalWidth > 0
    })
    await j.shot('clerk-compares', clerk)
    await clerk.locator('#preset-0').click()
    await clerk.locator('#identity-reject').click()
    await clerk.locator('#identity-done').getByText('已退回').waitFor()
  })

  it('the party reads why, and what to do, and sends new photos', async () => {
    const p = j.page
    await openFresh(p, `${j.baseUrl}/#/pages/me/index`)
    await p.locator('#reject-notice').getByText(REASON, { exact: false }).waitFor()
    await j.shot('rejected')
    await p.locator('#id-card').click()
    await p.locator('#id-card-status').getByText(REASON, { exact: false }).waitFor()
    await sendPhotos(p)
  })

  it('the clerk verifies the new photos, and the case naming her is in 我的案件', async () => {
    await openReview(clerk)
    await clerk.locator('#identity-verify').click()
    await clerk.locator('#identity-done').getByText('已核验通过', { exact: false }).waitFor()
    await j.shot('verified', clerk)
    const p = j.page
    await openFresh(p, `${j.baseUrl}/#/pages/me/index`)
    await p.locator('#profile').getByText('已实名认证').waitFor()
    await openFresh(p, `${j.baseUrl}/#/pages/cases/index`)
    await p.getByText(caseNumber).waitFor()
    await j.shot('case-is-hers')
  })
})
