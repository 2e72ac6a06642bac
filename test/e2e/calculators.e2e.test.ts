import { dueDate, formatChineseDate } from '@domain'
import { startJourney, type Journey } from './harness'

let j: Journey
beforeAll(async () => {
  j = await startJourney('calculators')
})
afterAll(async () => j?.close())

/** Types into a Taro input: in H5 it is a custom element wrapping a real <input>. */
async function typeInto(id: string, value: string) {
  const input = j.page.locator(`#${id} input, input#${id}`).first()
  await input.fill(value)
}

describe('the calculators, before signing in', () => {
  it('诉讼费计算: a 10万 property dispute costs 2,300元, half under simple procedure', async () => {
    await j.page.goto(`${j.baseUrl}/`)
    await j.page.getByText('您好，欢迎使用移动微法院').waitFor()
    await j.shot('home')
    await j.page.locator('#tile-fee').click()
    await j.page.waitForURL(/subpackages\/tools\/pages\/fee\/index/)
    await j.page.locator('#kind-chosen').getByText('借款、买卖等财产纠纷').waitFor()

    await typeInto('fee-amount', '123500')
    await j.page.locator('#fee-amount-words').getByText('12.35万元').waitFor()
    await typeInto('fee-amount', '10万')
    await j.page.locator('#fee-amount-words').getByText('10万元').waitFor()
    await j.page.locator('#fee-total').getByText('2,300元').waitFor()
    await j.page.locator('#fee-result').scrollIntoViewIfNeeded()
    expect(await j.page.locator('#fee-line-0').innerText()).toContain('不超过1万元的，每件交纳50元')
    expect(await j.page.locator('#fee-line-1').innerText()).toMatch(/1万元至10万元部分，按2\.5%交纳\s*2,250元/)
    expect(await j.page.locator('#fee-line-1').innerText()).toContain('《诉讼费用交纳办法》第十三条第（一）项')
    await j.shot('fee-100k')

    await j.page.locator('#switch-simple').click()
    await j.page.locator('#fee-total').getByText('1,150元').waitFor()
    expect(await j.page.locator('#fee-line-2').innerText()).toContain('适用简易程序审理，减半交纳')
    await j.shot('fee-simple')

    await typeInto('fee-amount', '12.345')
    await j.page.locator('#fee-amount-error').getByText('金额最多填到分，小数点后最多两位').waitFor()
    await j.page.locator('#fee-amount').scrollIntoViewIfNeeded()
    expect(await j.page.locator('#fee-total').count()).toBe(0)
    await j.shot('fee-error')
  })

  it('期限计算: a judgment served on 18 September 2026 may be appealed until 8 October', async () => {
    await j.page.goto(`${j.baseUrl}/`)
    await j.page.locator('#tile-deadline').click()
    await j.page.waitForURL(/subpackages\/tools\/pages\/deadline\/index/)
    await j.page.locator('#rule-appeal-judgment').click()
    await j.page.locator('#explain-appeal-judgment').click()
    await j.page.locator('#explain-text-appeal-judgment').getByText('不服一审判决的').waitFor()

    // The date picker: confirming it as it opens picks today.
    await j.page.locator('#deadline-picker').click()
    await j.page.locator('.weui-picker__action', { hasText: '确定' }).click()
    const today = await j.page.evaluate(() => {
      const d = new Date()
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
    })
    const expected = dueDate({ rule: 'appeal-judgment', from: today })
    await j.page.locator('#deadline-due').getByText(formatChineseDate(expected.due)).waitFor()
    expect(await j.page.locator('#field-from input').inputValue()).toBe(today)

    await typeInto('field-from', '2026-09-18')
    await j.page.locator('#deadline-due').getByText('10月8日（星期四）').waitFor()
    await j.page.locator('#deadline-moved').getByText('10月3日为国庆节假期，顺延至10月8日').waitFor()
    await j.page.locator('#deadline-result').scrollIntoViewIfNeeded()
    expect(await j.page.locator('#deadline-provisional').count()).toBe(0)
    await j.shot('deadline-national-day')

    await typeInto('field-from', '2027-09-18')
    await j.page.locator('#deadline-provisional').getByText('2027年放假安排尚未公布，此日期按惯例推算，仅供参考').waitFor()
    await j.page.locator('#deadline-due').getByText('10月8日（星期五）').waitFor()
    await j.shot('deadline-provisional')
  })

  it('fetched the holiday table from the server, without a sign-in', async () => {
    const res = await j.page.evaluate(async () => (await fetch('/api/v1/calendar/holidays?since=2026')).json())
    expect(res.provisionalFrom).toBe(2027)
    const cached = await j.page.evaluate(() => localStorage.getItem('court.holidays'))
    expect(cached).toContain('2026-10-10')
  })
})
