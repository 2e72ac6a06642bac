import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { chooseFile, fill, signInAsDemo, signInAsStaff, startJourney, type Journey } from './harness'

let j: Journey
let judge: Page
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'court-filing-'))
const photo = path.join(dir, '收条.jpg')
const pdf = path.join(dir, '买卖合同.pdf')

beforeAll(async () => {
  j = await startJourney('filing')
  // A real JPEG (a screenshot) and a small PDF stand in for a phone photo and a scanned contract.
  await j.page.goto(`${j.baseUrl}/`)
  fs.writeFileSync(photo, await j.page.screenshot({ type: 'jpeg', quality: 50 }))
  fs.writeFileSync(pdf, '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')
  judge = await j.newPhone()
})
afterAll(async () => {
  await j?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

const next = async (page: Page, title: string) => {
  await page.locator('#next-step').click()
  await page.getByText(title).first().waitFor()
}

describe('online filing from a phone, reviewed by the court', () => {
  it('a farmer files a civil case with a defendant, a claim, a photo and a PDF, and sees the fee', async () => {
    const p = j.page
    await signInAsDemo(j, 'd-zhang-guilan')
    await p.locator('#tile-filing').click()
    await p.getByText('1. 您要办理什么？').waitFor()
    await j.shot('start')
    await p.locator('#start-filing').click()

    await p.getByText('第1步，共5步：当事人').waitFor()
    await p.locator('#add-defendant').click()
    await fill(p, 'field-p1-name', '王建国')
    await fill(p, 'field-p1-idNumber', '150784197209150019')
    await fill(p, 'field-p1-mobile', '13847005678')
    await fill(p, 'field-p1-address', '额尔古纳市三河回族乡')
    // A lawyer files for her, with a signed power of attorney.
    await p.locator('#has-agent').click()
    await fill(p, 'field-agent-name', '李春生')
    await fill(p, 'field-agent-idNumber', '150721198507060037')
    await fill(p, 'field-agent-mobile', '13614709876')
    await fill(p, 'field-agent-licenceNo', '11507202010123456')
    await chooseFile(p, 'poa-pdf', pdf)
    await p.getByText(/买卖合同\.pdf/).waitFor()
    await p.getByText('已自动保存').waitFor()
    await j.shot('parties')
    await next(p, '第2步，共5步：请求和事实')

    await p.locator('#add-claim').click()
    await fill(p, 'claim-0-text', '判令被告支付小麦货款')
    await fill(p, 'field-claim-0-amount', '86500')
    await p.getByText('即 8.65万元').waitFor()
    await fill(p, 'facts', '2025年9月我卖给被告小麦20吨，说好收货后一个月内付款，到现在也没给钱。')
    await p.locator('#agricultural').click()
    await p.locator('#region-ergun').click()
    await p.locator('#activity-wheat-harvest').click()
    await p.locator('#activity-haymaking').click()
    await j.shot('claims')
    await next(p, '第3步，共5步：证据')

    await p.locator('#add-evidence').click()
    await fill(p, 'field-ev0-name', '收条和合同')
    await fill(p, 'field-ev0-proves', '被告收到小麦20吨、约定了价款')
    await chooseFile(p, 'ev0-photo', photo)
    await p.getByText(/收条\.jpg/).waitFor()
    await chooseFile(p, 'ev0-pdf', pdf)
    await p.getByText(/买卖合同\.pdf/).waitFor()
    await j.shot('evidence')
    await next(p, '第4步，共5步：送达地址')
    await j.shot('service-address')
    await next(p, '第5步，共5步：核对并提交')

    // 86,500 yuan: 50 + 76,500 × 2.5% = 1,962.50, halved for simple procedure.
    await p.getByText('981.25元').first().waitFor()
    await p.locator('#declaration').click()
    await j.shot('fee-and-declaration')
    await p.locator('#submit-filing').click()
    await p.getByText('已提交给法院').waitFor()
    await p.getByText(/法院将在 \d+月\d+日（星期.） 前审查完毕/).waitFor()
    await j.shot('receipt')
  })

  it('the judge sees it in the review queue and asks for a correction', async () => {
    await signInAsStaff(j, 'judge.wang', 'demo1234', judge)
    await judge.locator('#tile-review').click()
    await judge.getByText(/张桂兰 诉 王建国/).waitFor()
    await judge
      .getByText(/剩\d+天/)
      .first()
      .waitFor()
    await judge.getByText('涉农').first().waitFor()
    await j.shot('review-queue', judge)
    await judge.getByText(/张桂兰 诉 王建国/).click()
    await judge.getByText('收条和合同：被告收到小麦20吨、约定了价款').waitFor()
    await judge.getByText(/委托代理人：李春生（律师，执业证号 11507202010123456）/).waitFor()
    // The scanned contract opens as a document; the photo shows as a preview.
    const [pdfTab] = await Promise.all([judge.context().waitForEvent('page'), judge.locator('[id^=open-file-]').first().click()])
    // A five-minute link for this file and this judge: no sign-in token in the address.
    expect(pdfTab.url()).toMatch(/\/api\/v1\/files\/file-[0-9a-f-]+\?u=s-judge-wang&exp=\d+&sig=[\w-]+$/)
    const served = await fetch(pdfTab.url())
    expect(served.headers.get('content-type')).toBe('application/pdf')
    expect((await served.text()).startsWith('%PDF-')).toBe(true)
    await pdfTab.close()
    expect(await judge.locator('.preview').count()).toBe(1)
    // The photo preview really loads, through its own link, under the page's Content-Security-Policy.
    await judge.waitForFunction(() => ((document.querySelector('.preview img') as HTMLImageElement | null)?.naturalWidth ?? 0) > 0)
    await judge.locator('#mode-correct').click()
    await fill(judge, 'correction-0', '被告住址请写到村、门牌号')
    await j.shot('correction-request', judge)
    await judge.locator('#confirm-correct').click()
    await judge.getByText('已通知当事人补正').waitFor()
  })

  it('the farmer fixes exactly that item and resubmits', async () => {
    const p = j.page
    await p.goto(`${j.baseUrl}/#/pages/cases/index`)
    await p.getByText('需要补正材料').click()
    await p.getByText('被告住址请写到村、门牌号').first().waitFor()
    await j.shot('correction-received')
    await p.locator('#fix-filing').click()
    await p.getByText('法院要求补正以下内容（一次性告知）').waitFor()
    await fill(p, 'field-p1-address', '额尔古纳市三河回族乡下护林村12号')
    await p.getByText('已自动保存').waitFor()
    for (const title of ['第2步', '第3步', '第4步', '第5步']) await next(p, title)
    await p.locator('#submit-filing').click()
    await p.getByText('已提交给法院').waitFor()
  })

  it('the judge accepts it and the farmer sees the case number', async () => {
    await judge.goto(`${j.baseUrl}/#/subpackages/judge/pages/queue/index`)
    await judge.getByText(/张桂兰 诉 王建国/).click()
    await judge.getByText('额尔古纳市三河回族乡下护林村12号', { exact: false }).waitFor()
    await judge.locator('#mode-accept').click()
    await judge.locator('#confirm-accept').click()
    await judge.getByText('已登记立案').waitFor()
    const caseNumber = (await judge.locator('#review-case-number').innerText()).replace('案号：', '').trim()
    expect(caseNumber).toMatch(/^（2026）内0784民初\d+号$/)
    await j.shot('accepted', judge)

    const p = j.page
    await p.goto(`${j.baseUrl}/#/pages/cases/index`)
    await p.getByText(caseNumber).waitFor()
    await p.getByText('已立案').waitFor()
    await j.shot('case-number')
  })

  it('keeps what was typed when the signal drops, and sends it when it returns', async () => {
    const p = j.page
    await p.goto(`${j.baseUrl}/#/subpackages/filing/pages/start/index`)
    await p.reload()
    await p.locator('#start-filing').click()
    await p.getByText('第1步，共5步：当事人').waitFor()
    await p.locator('#add-defendant').click()
    await p.context().setOffline(true)
    await fill(p, 'field-p1-name', '李二牛')
    await p.getByText('网络不稳定，内容已保存在手机上，恢复后自动提交').waitFor()
    await j.shot('offline-draft')
    await p.context().setOffline(false)
    // Reopening the form restores the unsent typing from the phone and sends it.
    await p.reload()
    await p.getByText('已自动保存').waitFor()
    expect(await p.locator('#field-p1-name input').inputValue()).toBe('李二牛')
    const id = new URL(p.url().replace('#', '')).searchParams.get('id')
    const token = await p.evaluate(
      () => JSON.parse(localStorage.getItem('court.session') ?? '{}').data?.token ?? JSON.parse(localStorage.getItem('court.session') ?? '{}').token,
    )
    const onServer = await (await fetch(`${j.baseUrl}/api/v1/filings/${id}`, { headers: { authorization: `Bearer ${token}` } })).json()
    expect(onServer.data.parties[1].name).toBe('李二牛')
  })
})
