import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { wheatSaleComplaint } from '../server/fixtures'
import { latinCodes } from './axe'
import { acceptedCaseViaApi, callApi, fill, signInAsStaff, startJourney, type Journey } from './harness'

// 王建国 (the defendant) never confirmed an electronic address: the clerk serves him on paper —
// the 应诉通知书 by EMS, the 起诉状副本 by hand with the signed 送达回证 photographed — and records
// both; 张桂兰 (the plaintiff) confirmed SMS reminders, so her document shows its SMS line.
let j: Journey
let caseId: string
let judgeToken: string
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'court-paper-e2e-'))
const photo = path.join(dir, '送达回证.jpg')
const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
const monthDay = `${Number(today.slice(5, 7))}月${Number(today.slice(8, 10))}日`

beforeAll(async () => {
  j = await startJourney('paper-service')
  const made = await acceptedCaseViaApi(j, wheatSaleComplaint())
  caseId = made.id
  judgeToken = made.judgeToken
  fs.writeFileSync(photo, await j.page.screenshot({ type: 'jpeg', quality: 50 }))
  await callApi(j, 'PUT', `/service/cases/${caseId}/address`, made.plaintiffToken, {
    app: true,
    sms: true,
    mobile: '13904701234',
    postalAddress: '额尔古纳市拉布大林街道团结村',
    consentElectronic: true,
    consentSteps: ['notices', 'summons', 'judgment'],
  })
}, 240_000)
afterAll(async () => {
  await j?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

const visible = (p: Page, sel: string) => p.locator(`.taro_page:not([style*="display: none"]) ${sel}`).first()

describe('service on paper, recorded by the clerk', () => {
  it('the issue form ticks only those who can be served electronically and says how to serve the others', async () => {
    const p = j.page
    await signInAsStaff(j, 'clerk.liu')
    await p.goto(`${j.baseUrl}/?case=1#/subpackages/judge/pages/service/case/index?id=${caseId}`)
    await p.locator('#issue-btn').click()
    await visible(p, '#paper-hint').waitFor()
    expect(await visible(p, '#paper-hint').textContent()).toContain('王建国不能电子送达，所以没有替您勾选：可以打印后直接送达或邮寄送达')
    expect(await visible(p, '#rcpt-1').getAttribute('class')).toBe('pick')
    await j.shot('issue-hint')
    await p.goBack()
    await visible(p, '#paper-btn-1').waitFor()
  })

  it('records the 应诉通知书 sent by EMS: a mistyped number is refused at its field, in Chinese', async () => {
    const p = j.page
    await visible(p, '#paper-btn-1').click()
    await visible(p, '#mode-postal').click()
    await fill(p, 'field-happenedOn', today)
    await fill(p, 'field-emsNumber', 'EE123456789CN')
    await fill(p, 'field-servedOn', today)
    await visible(p, '#paper-submit').click()
    await visible(p, '.field__error').waitFor()
    expect(await visible(p, '.field__error').textContent()).toBe('邮件号不对：EMS 邮件号是13位，例如 EE123456785CN，请对照详情单重新填写')
    await j.shot('ems-refused')
    await fill(p, 'field-emsNumber', 'EE123456785CN')
    await visible(p, '#paper-submit').click()
    await visible(p, '[id^="party-paper-1-"]').waitFor()
    expect(await visible(p, '[id^="party-paper-1-"]').textContent()).toBe(`应诉通知书：邮寄送达，EMS EE123456785CN，${monthDay}签收`)
    await j.shot('postal-recorded')
  })

  it('records the 起诉状副本 served by hand with the photo of the signed 送达回证', async () => {
    const p = j.page
    await visible(p, '#paper-btn-1').click()
    await visible(p, '#kind-complaint-copy').click()
    await visible(p, '#mode-direct').click()
    await fill(p, 'field-happenedOn', today)
    const [chooser] = await Promise.all([p.waitForEvent('filechooser'), visible(p, '#receipt-photo').click()])
    await chooser.setFiles(photo)
    await visible(p, '.uploader__file:not(.uploader__file--pending)').waitFor({ timeout: 60_000 })
    await j.shot('receipt-uploaded')
    await visible(p, '#paper-submit').click()
    await p.waitForFunction(() => document.querySelectorAll('[id^="party-paper-1-"]').length >= 2, undefined, { timeout: 30_000 })
    const lines = await p.locator('.taro_page:not([style*="display: none"]) [id^="party-paper-1-"]').allTextContents()
    expect(lines.sort()).toEqual(
      [`应诉通知书：邮寄送达，EMS EE123456785CN，${monthDay}签收`, `民事起诉状（副本）：直接送达，${monthDay}当面签收，送达回证照片已存档`].sort(),
    )
    const delivered = await p.locator('.taro_page:not([style*="display: none"]) [id^="delivered-"]').allTextContents()
    expect(delivered).toEqual(
      expect.arrayContaining([`送达：邮寄送达，EMS EE123456785CN，${monthDay}签收`, `送达：直接送达，${monthDay}当面签收，送达回证照片已存档`]),
    )
    await j.shot('both-recorded')
    // Nothing on the page a clerk would have to decode: the EMS number is the post office's own.
    expect(await latinCodes(p)).toEqual([])
    // Both are on the case's signed chain beside the electronic receipts, and the chain holds.
    const proof = await callApi<{ verified: boolean; events: Array<{ type: string }> }>(j, 'GET', `/service/${caseId}/proof`, judgeToken)
    expect(proof.verified).toBe(true)
    expect(proof.events.filter((e) => e.type === 'served-on-paper')).toHaveLength(2)
  })

  it('shows whether the SMS of a document served electronically went out', async () => {
    const p = j.page
    await callApi(j, 'POST', `/service/cases/${caseId}/documents`, judgeToken, { kind: 'response-notice', recipients: [0] })
    await p.reload()
    const sms = visible(p, '[id^="sms-"]')
    await sms.waitFor()
    // The development worker sends the outbox every few seconds: waiting first, then sent with its time.
    await p.waitForFunction(
      async () => {
        const el = document.querySelector('[id^="sms-"]')
        return el ? /短信已发送 \d+月\d+日 \d\d:\d\d|短信待发送/.test(el.textContent ?? '') : false
      },
      undefined,
      { timeout: 30_000 },
    )
    expect(await sms.textContent()).toMatch(/^(短信已发送 \d+月\d+日 \d\d:\d\d|短信待发送)$/)
    await j.shot('sms-line')
  })
})
