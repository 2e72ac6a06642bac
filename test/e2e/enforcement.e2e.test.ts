import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { DEMO_ENFORCEMENT } from '../../server/seed/demoEnforcement'
import { callApi, chooseFile, fill, openFresh, signInAsDemo, signInAsStaff, startJourney, type Journey } from './harness'

// 张桂兰 won her wheat-sale case against 王建国 and the judgment was served; he has not paid. She
// applies for enforcement from the case on her phone and tells the court about his cattle; the
// clerk dockets the application and gives it to a "3+1" team, which sends the notice, checks the
// lead, freezes money and pays out what comes in. A second case, with nothing to enforce, is closed
// by 终本 only once its checklist is complete.
//
// The demo enforcement seed (server/seed/demoEnforcement*.ts) holds the served judgment, the teams
// and the 终本 candidate; the journey asks the harness for it.
const SEED = {
  applicant: DEMO_ENFORCEMENT.applicant,
  respondent: '王建国',
  clerk: 'clerk.liu',
  /** the judge of the seed's 执行一团队, its 承办人 */
  teamJudge: 'judge.zhao',
  teamName: DEMO_ENFORCEMENT.teams.first,
  /** docketed more than three months ago, the notice and asset report done, nothing found */
  terminationRespondent: DEMO_ENFORCEMENT.respondents.terminationCandidate,
}

let j: Journey
let clerk: Page
let team: Page
let enforcementId = ''
let judgmentCaseNumber = ''
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'court-enforcement-'))
const photo = path.join(dir, '牛群.jpg')

beforeAll(async () => {
  j = await startJourney('enforcement', { enforcementDemo: true })
  // A real JPEG (a screenshot) stands in for a phone photo of the herd.
  await j.page.goto(`${j.baseUrl}/`)
  fs.writeFileSync(photo, await j.page.screenshot({ type: 'jpeg', quality: 50 }))
  clerk = await j.newPhone()
  team = await j.newPhone()
  // Which number the court gave the seeded wheat-sale case depends on the demo filings before it: ask, as setup.
  const { token } = await callApi<{ token: string }>(j, 'POST', '/auth/dev', null, { userId: SEED.applicant })
  const eligible = await callApi<Array<{ caseNumber: string; respondents: Array<{ name: string }> }>>(j, 'GET', '/enforcement/eligible', token)
  judgmentCaseNumber = eligible.find((c) => c.respondents.some((r) => r.name === SEED.respondent))?.caseNumber ?? ''
  expect(judgmentCaseNumber).toMatch(/^（20\d\d）内0784民初\d+号$/)
}, 180_000)
afterAll(async () => {
  await j?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

/** The team records one node: picks it, fills what the test gives, saves, and waits for the server's word. */
async function record(page: Page, node: string, fillIn: () => Promise<void>, save: string, done: string) {
  await page.locator(`#node-${node}`).click()
  await page.locator(`#node-form-${node}`).waitFor()
  await fillIn()
  await page.locator(`#${save}`).click()
  await page.locator('.banner--ok').getByText(done).first().waitFor()
}

describe('enforcement: apply from the phone, the court team works the case, the applicant follows every node', () => {
  it('张桂兰 applies for enforcement from her case, prefilled, and adds a livestock lead with a photo', async () => {
    const p = j.page
    await signInAsDemo(j, SEED.applicant)
    await p.locator('#tile-enforcement').waitFor()
    await p.goto(`${j.baseUrl}/#/pages/cases/index`)
    await p.locator('.case-item').filter({ hasText: judgmentCaseNumber }).first().click()
    await p.locator('#enforce-entry').getByText('上诉期已过', { exact: false }).waitFor()
    await j.shot('case-detail-entry')
    await p.locator('#apply-enforcement').click()

    await p.getByText('第1步，共4步：执行依据').waitFor()
    await p.locator('.e-item--done').getByText(judgmentCaseNumber, { exact: false }).waitFor()
    await p
      .locator('#period-text')
      .getByText(/^申请执行期限到20\d\d年\d+月\d+日$/)
      .waitFor()
    await j.shot('apply-source')
    await p.locator('#next-step').click()

    await p.getByText('第2步，共4步：执行请求').waitFor()
    await p.locator('#respondent-names').getByText(SEED.respondent).waitFor()
    expect(await p.locator('#apply-amount').innerText()).toBe('8.65万元')
    await p.locator('#fee-notice').getByText('执行申请费执行后交纳，由被执行人负担').waitFor()
    await j.shot('apply-request')
    await p.locator('#next-step').click()

    await p.getByText('第3步，共4步：财产线索').waitFor()
    await p.locator('#new-lead').click()
    await p.locator('#new-lead-kind-livestock').click()
    await p.getByText('放在哪个嘎查或村的哪片草场', { exact: false }).waitFor()
    await fill(p, 'new-lead-description', '肉牛约30头，黄白花色，王建国自己放养')
    await fill(p, 'field-new-lead-location', '拉布大林嘎查北边的草场')
    await chooseFile(p, 'new-lead-file-photo', photo)
    await p
      .getByText(/牛群\.jpg/)
      .first()
      .waitFor()
    await j.shot('apply-lead')
    await p.locator('#save-lead').click()
    await p.locator('#draft-lead-0').getByText('照片1张', { exact: false }).waitFor()
    await p.locator('#next-step').click()

    await p.getByText('第4步，共4步：核对并提交').waitFor()
    await p.locator('#declaration').click()
    await j.shot('apply-confirm')
    await p.locator('#submit-application').click()

    await p.locator('#applied-receipt').waitFor()
    await p.locator('#case-state').getByText('待立案审查').waitFor()
    await p
      .locator('#leads')
      .getByText(/法院核查期限：20\d\d年\d+月\d+日前（还有[37]天）/)
      .waitFor()
    await p.locator('#leads').getByText('照片1张：牛群.jpg').waitFor()
    await p.locator('#fee-words').getByText('执行申请费执行后交纳，由被执行人负担').waitFor()
    enforcementId = new URL(p.url().replace('#', '')).searchParams.get('id') ?? ''
    expect(enforcementId).not.toBe('')
    await j.shot('applied')
  })

  it('the clerk finds it in the queue with its 7-day clock, dockets it and gives it to a team', async () => {
    await signInAsStaff(j, SEED.clerk, 'demo1234', clerk)
    await clerk.locator('#tile-execution').click()
    const row = clerk.locator(`#ecase-${enforcementId}`)
    await row.getByText(/还有[67]天/).waitFor()
    await j.shot('clerk-queue', clerk)
    await row.click()
    await clerk.locator('#case-head').waitFor()
    await j.shot('clerk-case', clerk)
    await clerk
      .locator('#accept-card')
      .getByText(/立案期限：20\d\d年\d+月\d+日前/)
      .waitFor()
    await clerk.locator('#accept-application').click()
    await clerk.locator('.banner--ok').getByText('已立案，已通知申请人').waitFor()
    await clerk
      .locator('#enforcement-case-number')
      .getByText(/^（20\d\d）内0784执\d+号$/)
      .waitFor()

    await clerk.locator('#assign-card').getByText(SEED.teamName, { exact: false }).click()
    await clerk.locator('#assign-card').getByText('成员：', { exact: false }).waitFor()
    await clerk.locator('#assign-save').click()
    await clerk.locator('.banner--ok').getByText('已分给执行团队，已通知申请人').waitFor()
    await clerk.locator('#handler-name').waitFor()
    await j.shot('clerk-assigned', clerk)
  })

  it('the team sends the notice by e-service, verifies the lead, freezes money, and records money in and out', async () => {
    await signInAsStaff(j, SEED.teamJudge, 'demo1234', team)
    await openFresh(team, `${j.baseUrl}/#/subpackages/execution/pages/case/index?id=${enforcementId}`)
    await team.locator('#case-head').waitFor()
    await record(team, 'notice', async () => undefined, 'save-notice', '执行通知书和报告财产令已发出，已电子送达')
    await record(
      team,
      'verify',
      async () => {
        await team.locator('#verify-outcome-found').click()
        await fill(team, 'verify-note', '到拉布大林嘎查草场查看，肉牛28头，归王建国所有')
      },
      'save-verify',
      '核查结果已记录，已告知申请执行人',
    )
    await record(
      team,
      'control',
      async () => {
        await team.locator('#control-measure-freeze').click()
        await team.locator('#control-asset-deposit').click()
        await fill(team, 'field-control-description', '王建国在农村信用社的存款')
        await fill(team, 'field-control-amount', '20000')
      },
      'save-control',
      '冻结已记录',
    )
    await team
      .locator('#controls')
      .getByText(/20\d\d年\d+月\d+日到期/)
      .first()
      .waitFor()
    await record(team, 'receipt', async () => fill(team, 'field-receipt-amount', '20000'), 'save-receipt', '执行款到账已记录，已通知申请执行人')
    await record(team, 'payout', async () => undefined, 'save-payout', '执行款已发放，已通知申请执行人')
    await j.shot('team-recorded', team)
  })

  it('张桂兰 sees every node and the money received and paid out, with both days', async () => {
    const p = j.page
    await openFresh(p, `${j.baseUrl}/#/subpackages/enforcement/pages/detail/index?id=${enforcementId}`)
    const timeline = p.locator('#timeline')
    for (const node of ['立案', '确定承办人', '执行通知与报告财产令', '财产线索核查', '冻结/查封/扣押/划拨', '执行款到账', '执行款发放']) {
      await timeline.locator('.e-node--done').filter({ hasText: node }).first().waitFor()
    }
    await p.locator('#money-received').getByText('2万元').waitFor()
    await p.locator('#money-paid').getByText('2万元').waitFor()
    await p
      .locator('#money')
      .getByText(/^20\d\d年\d+月\d+日到账 2万元$/)
      .waitFor()
    await p
      .locator('#money')
      .getByText(/^20\d\d年\d+月\d+日已发放 2万元$/)
      .waitFor()
    await p
      .locator('#leads')
      .getByText(/已核查/)
      .waitFor()
    await p.locator('#controls').getByText('王建国在农村信用社的存款', { exact: false }).waitFor()
    await j.shot('applicant-progress')
  })

  it('a case with nothing to enforce is closed by 终本 only once its checklist is complete, and the applicant sees why', async () => {
    await openFresh(team, `${j.baseUrl}/#/subpackages/execution/pages/tasks/index`)
    await team.locator('#task-list [id^="ecase-"]').filter({ hasText: SEED.terminationRespondent }).first().click()
    await team.locator('#case-head').getByText(SEED.terminationRespondent, { exact: false }).waitFor()
    const terminationId = new URL(team.url().replace('#', '')).searchParams.get('id') ?? ''
    expect(terminationId).not.toBe('')

    await team.locator('#open-close').click()
    await team.locator('#close-mode-terminated-for-now').click()
    await team.locator('#termination-gaps').waitFor()
    await fill(team, 'close-reason', '经网络查控、线索核查和实地调查，未发现可供执行的财产')
    await team.locator('#close-case').click()
    await team.locator('#close-error').waitFor()
    const missing = await team.locator('#termination-gaps .e-gap').allInnerTexts()
    expect(missing.length).toBeGreaterThan(0)
    for (const item of missing) expect(item).toMatch(/^\d+\. [^A-Za-z]+$/)
    await j.shot('termination-refused', team)

    // What the checklist asked for, recorded the way the team would.
    await record(team, 'restriction', async () => undefined, 'save-restriction', '限制消费令已记录')
    await record(team, 'credit', async () => fill(team, 'credit-reason', '有履行能力而拒不履行生效法律文书确定的义务'), 'save-credit', '已纳入失信名单')
    await record(
      team,
      'search',
      async () => {
        await fill(team, 'field-search-0-institution', '全国法院网络执行查控系统')
        await fill(team, 'field-search-0-description', '存款、车辆、不动产、证券均未查到')
      },
      'save-search',
      '网络查控结果已记录',
    )
    await record(
      team,
      'investigation',
      async () => fill(team, 'investigation-note', '到住所地和草场实地查看，未发现财产'),
      'save-investigation',
      '财产调查情况已记录',
    )
    await record(
      team,
      'interview',
      async () => fill(team, 'interview-opinion', '同意终结本次执行程序，发现财产后再申请恢复执行'),
      'save-interview',
      '约谈记录已保存',
    )

    // The closing form is still open: its checklist is read afresh after each node.
    await team.getByText('条件都已具备，可以裁定终结本次执行程序。').waitFor()
    await team.locator('#close-case').click()
    await team.locator('.banner--ok').getByText('已结案：终结本次执行程序，已通知当事人').waitFor()
    await j.shot('termination-closed', team)

    const p = j.page
    await openFresh(p, `${j.baseUrl}/#/subpackages/enforcement/pages/detail/index?id=${terminationId}`)
    const t = p.locator('#termination')
    await t.getByText('法院说明已经做到的条件').waitFor()
    await t.getByText('自立案之日起已经超过三个月').waitFor()
    expect(await t.getByText('未做到').count()).toBe(0)
    expect(await t.getByText('已做到').count()).toBe(6)
    await p.locator('#closure').getByText('经网络查控、线索核查和实地调查，未发现可供执行的财产').waitFor()
    await p.locator('#resume-text').getByText('恢复执行', { exact: false }).waitFor()
    await p
      .locator('#recheck-1')
      .getByText(/^应在20\d\d年\d+月\d+日前（还有\d+天）复查$/)
      .waitFor()
    await j.shot('applicant-termination')
  })
})
