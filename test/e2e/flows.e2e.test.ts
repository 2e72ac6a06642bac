import { callApi, fill, signInAsDemo, startJourney, type Journey } from './harness'

let j: Journey
beforeAll(async () => {
  j = await startJourney('flows')
}, 120_000)
afterAll(async () => j?.close())

const draftIdOf = (url: string) => /[?&]id=([^&]+)/.exec(url)?.[1] ?? ''

describe('words and flows people tripped on', () => {
  it('asks a filer without a real-name profile to fill it in first, then returns to 网上立案 with the plaintiff filled', async () => {
    const p = j.page
    await signInAsDemo(j, 'd-new-user')
    await p.goto(`${j.baseUrl}/#/subpackages/filing/pages/start/index`)
    await p.locator('#profile-first').waitFor()
    await j.shot('flows-profile-first')
    await p.locator('#fill-profile').click()
    await p.locator('#profile-for-filing').waitFor()
    await fill(p, 'field-realName', '赵新民')
    await fill(p, 'field-idNumber', '15078419800101109X')
    await p.locator('#save-profile').click()
    await p.getByText('1. 您要办理什么？').waitFor()
    await p.locator('#start-filing').click()
    await p.waitForURL(/filing\/pages\/form/)
    await p.locator('#field-p0-name input, input#field-p0-name').first().waitFor()
    expect(await p.locator('#field-p0-name input, input#field-p0-name').first().inputValue()).toBe('赵新民')
  })

  it('takes up the blank draft again, tells it apart from a submitted filing, and deletes it', async () => {
    const p = j.page
    const first = draftIdOf(p.url())
    await p.goto(`${j.baseUrl}/#/subpackages/filing/pages/start/index`)
    await p.locator('#start-filing').click()
    await p.waitForURL(/filing\/pages\/form/)
    expect(draftIdOf(p.url())).toBe(first)
    const token = (await callApi<{ token: string }>(j, 'POST', '/auth/dev', null, { userId: 'd-new-user' })).token
    const mine = await callApi<Array<{ id: string; status: string }>>(j, 'GET', '/filings', token)
    expect(mine.filter((f) => f.status === 'draft')).toHaveLength(1)

    await p.goto(`${j.baseUrl}/#/pages/cases/index`)
    const row = p.locator(`#case-${first}`)
    await row.waitFor()
    await expect(row.textContent()).resolves.toContain('草稿，提交后才有编号')
    await expect(row.textContent()).resolves.toContain('未填请求金额')
    await expect(row.textContent()).resolves.toContain('草稿，未提交')
    await j.shot('flows-draft-row')
    await p.locator(`#delete-${first}`).click()
    await p.locator('.taro-modal__foot').getByText('删除', { exact: true }).click()
    await row.waitFor({ state: 'detached' })
    expect((await callApi<Array<{ id: string }>>(j, 'GET', '/filings', token)).some((f) => f.id === first)).toBe(false)
  })

  it('lets a defendant be named by name and address only, and says so when checking', async () => {
    const p = j.page
    await signInAsDemo(j, 'd-zhang-guilan')
    await p.goto(`${j.baseUrl}/#/subpackages/filing/pages/start/index`)
    await p.locator('#start-filing').click()
    await p.getByText('第1步，共5步：当事人').waitFor()
    await p.locator('#add-defendant').click()
    await fill(p, 'field-p1-name', '王建国')
    await fill(p, 'field-p1-address', '额尔古纳市三河回族乡')
    await p.locator('#p1-no-id-hint').waitFor()
    await expect(p.locator('#p1-no-id-hint').textContent()).resolves.toContain('第一百二十四条')
    await j.shot('flows-defendant-no-id')
  })
})
