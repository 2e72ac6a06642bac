import { wheatSaleComplaint } from '../server/fixtures'
import { callApi, fill, signInAsStaff, startJourney, type Journey } from './harness'

// The real clock runs this journey: the year to enter is the one the page asks for (last year).
let j: Journey
beforeAll(async () => {
  j = await startJourney('average-wages')
})
afterAll(async () => j?.close())

describe('年平均工资: the court admin enters last year’s figure and filings follow it', () => {
  let year: number

  it('the admin sees the figure in force, its source, and that last year is missing', async () => {
    const p = j.page
    await signInAsStaff(j, 'admin.sun')
    await p.locator('#tile-average-wages').click()
    await p.waitForURL(/subpackages\/admin\/pages\/average-wages\/index/)
    await p.locator('#in-force').getByText('现在立案按2023年的 108,856元 计算').waitFor()
    await p.locator('#wage-2023').getByText('系统自带').waitFor()
    await p.locator('#wage-2023').getByText('未核对原文').waitFor()
    const label = (await p.locator('#add-year').textContent()) ?? ''
    year = Number(/录入(\d{4})年的数字/.exec(label)?.[1])
    expect(year).toBeGreaterThan(2023)
    await p.locator('#not-previous-year').getByText(`还没有录入${year}年的数字`).waitFor()
    await j.shot('admin-average-wages')
  })

  it('enters it with its source; the page shows it in force', async () => {
    const p = j.page
    await p.locator('#add-year').click()
    await fill(p, 'field-wage', '115000')
    await fill(p, 'field-source', `内蒙古自治区统计局${year + 1}年发布`)
    await p.locator('#wage-confirmed').click()
    await j.shot('admin-average-wages-form')
    await p.locator('#wage-save').click()
    await p.locator('#aw-banner').getByText(`${year}年的年平均工资已保存`).waitFor()
    await p.locator('#in-force').getByText(`现在立案按${year}年的 11.5万元 计算`).waitFor()
    await p.locator(`#wage-${year}`).getByText('本院录入').waitFor()
    await p.locator(`#wage-${year}`).getByText('已核对原文').waitFor()
    await j.shot('admin-average-wages-saved')
  })

  it('a 5万 loan filed now is small claims by the new figure (half of 115,000元 is 57,500元)', async () => {
    const token = (await callApi<{ token: string }>(j, 'POST', '/auth/dev', null, { userId: 'd-zhang-guilan' })).token
    const { id } = await callApi<{ id: string }>(j, 'POST', '/filings', token, { kind: 'civil-first', courtId: 'c-ergun' })
    const complaint = wheatSaleComplaint({
      cause: '民间借贷纠纷',
      claims: [{ text: '判令被告归还借款', amountFen: 5_000_000 }],
      agricultural: false,
      farm: undefined,
    })
    await callApi(j, 'PUT', `/filings/${id}/draft`, token, complaint)
    const f = await callApi<{ smallClaims: { fixedProcedure: string; reason: string; averageWage: { year: number } } }>(
      j,
      'POST',
      `/filings/${id}/submit`,
      token,
    )
    expect(f.smallClaims).toMatchObject({ fixedProcedure: 'small-claims', averageWage: { year } })
    expect(f.smallClaims.reason).toContain('（5.75万元）')
  })
})
