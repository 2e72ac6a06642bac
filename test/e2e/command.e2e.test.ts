import { pdfText } from '../server/metrics/reportPdfText'
import { fill, signInAsStaff, startJourney, type Journey } from './harness'

// 乌兰 runs the 执行指挥中心 of 鄂尔多斯市中级人民法院. On the court's synthetic year (npm run
// seed:ordos) she opens the dashboard for January to October 2021 and sees the figures the court
// reported, taps 执结率 and reads the cases behind it, opens one of a basic court's cases, looks at
// the 督办 list and the teams' week, and makes and downloads the October 《监管通报》.

let j: Journey

beforeAll(async () => {
  j = await startJourney('command', { ordos: true })
  await signInAsStaff(j, 'admin.ordos')
}, 240_000)
afterAll(async () => j?.close())

const shown = (id: string) => j.page.locator(`.taro_page:not([style*="display: none"]) #${id}`).first()

it('opens the seeded court\u2019s dashboard for January–October 2021 and shows the reported figures', async () => {
  const page = j.page
  await page.locator('#tile-command').click()
  await shown('figures').waitFor({ timeout: 60_000 })
  await page.locator('#period-range').click()
  await fill(page, 'field-from', '2021-01-01')
  await fill(page, 'field-to', '2021-10-31')
  await page.locator('#range-show').click()
  await page.locator('#subject').getByText('2021年1月1日').waitFor({ timeout: 60_000 })
  await expect(page.locator('#subject').textContent()).resolves.toContain('两级法院')
  const figure = async (id: string) => (await page.locator(`#figure-${id} .figure__value`).textContent())?.trim()
  await expect(figure('closureRate')).resolves.toBe('80.65%')
  await expect(figure('withinLimitRate')).resolves.toBe('89.49%')
  await expect(figure('terminationQualifiedRate')).resolves.toBe('100.00%')
  await expect(figure('complaintClosureRate')).resolves.toBe('72.22%')
  await expect(figure('performedAverageDays')).resolves.toBe('90.26天')
  await expect(page.locator('#figure-closureRate .figure__detail').textContent()).resolves.toContain('20,122')
  await expect(page.locator('#subset-enterprise').textContent()).resolves.toContain('42.99亿元')
  await expect(page.locator('#subset-governmentDebtor').textContent()).resolves.toContain('2.52亿元')
  await j.shot('dashboard')
}, 180_000)

it('taps 执结率 and sees the cases behind it, and opens one of a basic court\u2019s cases read-only', async () => {
  const page = j.page
  await page.locator('#figure-closureRate').click()
  await shown('explain-list').waitFor({ timeout: 60_000 })
  await expect(shown('side-numerator').textContent()).resolves.toContain('20,122件')
  await expect(shown('side-denominator').textContent()).resolves.toContain('24,951件')
  const rows = page.locator('.taro_page:not([style*="display: none"]) #explain-list .row-link')
  await expect(rows.count()).resolves.toBe(20)
  await j.shot('explain')
  await shown('load-more').click()
  await page.waitForFunction(() => document.querySelectorAll('.taro_page:not([style*="display: none"]) #explain-list .row-link').length === 40)
  await shown('side-denominator').click()
  await shown('explain-list').getByText('共24,951件').waitFor()
  const first = rows.first()
  const number = (await first.locator('.row-link__title').textContent())?.trim() ?? ''
  expect(number).toMatch(/^（20(20|21)）内06\d\d执\d+号/)
  await first.click()
  await shown('supervisor-note').waitFor({ timeout: 30_000 })
  await expect(shown('execution-case').textContent()).resolves.toContain(number.replace('（执行信访）', ''))
  await j.shot('case')
  await page.goBack()
  await page.goBack()
  await shown('figures').waitFor()
}, 180_000)

it('opens the 督办 list and the teams\u2019 week without a ranking', async () => {
  const page = j.page
  await shown('open-supervision').click()
  await shown('execution-supervision').getByText('督办').first().waitFor({ timeout: 30_000 })
  await page.waitForFunction(() => document.querySelectorAll('.taro_page:not([style*="display: none"]) .skeleton').length === 0)
  await j.shot('supervision')
  await page.goBack()
  await shown('open-scorecards').click()
  await shown('week-text').waitFor({ timeout: 30_000 })
  await fill(page, 'field-week', '2021-10-27')
  await shown('week-show').click()
  await shown('week-text').getByText('10月25日至10月31日').waitFor({ timeout: 30_000 })
  await expect(shown('no-ranking').textContent()).resolves.toMatch(/不.*排名|排名/)
  await j.shot('scorecards')
  await page.goBack()
}, 180_000)

it('makes the October 2021 《监管通报》 and downloads it: a real PDF with the figures in Chinese', async () => {
  const page = j.page
  await shown('open-reports').click()
  await shown('report-list').waitFor({ timeout: 30_000 })
  await fill(page, 'field-month', '2021-10')
  await shown('report-generate').click()
  await shown('report-made').getByText('鄂尔多斯市中级人民法院执行指挥中心监管通报（2021年10月）').waitFor({ timeout: 150_000 })
  await shown('report-list').getByText('已签名留存').first().waitFor()
  await j.shot('report')
  const [popup] = await Promise.all([page.waitForEvent('popup'), shown('report-open-new').click()])
  const link = popup.url()
  await popup.close()
  expect(link).toContain('/api/v1/court/metrics/reports/')
  // The signed link alone opens the file (the browser's PDF viewer sends no token).
  const res = await fetch(link)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toContain('application/pdf')
  const pdf = Buffer.from(await res.arrayBuffer())
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  const text = (await pdfText(pdf)).replace(/\s+/g, '')
  expect(text).toContain('执行指挥中心监管通报')
  expect(text).toContain('80.65%')
  expect(text).toContain('督办')
}, 240_000)
