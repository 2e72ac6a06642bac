import type { Page } from 'playwright-core'
import { wheatSaleComplaint } from '../server/fixtures'
import { clippedOrOverlapping, latinCodes, seriousAxeViolations, trackTapHandlers, undersized } from './axe'
import { acceptedCaseViaApi, callApi, signInAsDemo, signInAsStaff, startJourney, type Journey } from './harness'

// Walks every page of the app (read from src/app.config.ts, so a new page is walked too) as each
// kind of user, on a 390×844 phone:
//   - axe-core finds no serious or critical violation, and no visible text is a Latin-letter code;
//   - at 200 % text (a 195 px wide screen at 2×, where Taro's rem floor of 20 px keeps the text at its
//     390 px size) nothing runs off the screen, is cut, or is drawn over other text;
//   - in 长辈模式 every visible text is at least 24 px (18 pt) and every tappable element 60 × 60 px.

const ELDER_TEXT_PX = 24
const ELDER_TARGET_PX = 60

type Role = 'litigant' | 'judge' | 'admin' | 'mediator'

/** The app's pages, as the app itself declares them. */
function appPages(): string[] {
  ;(globalThis as { defineAppConfig?: (c: unknown) => unknown }).defineAppConfig = (c) => c
  const config = require('../../src/app.config').default as { pages: string[]; subPackages: Array<{ root: string; pages: string[] }> }
  return [...config.pages, ...config.subPackages.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))]
}

const TAB_PAGES = ['pages/index/index', 'pages/cases/index', 'pages/inbox/index', 'pages/me/index', 'pages/login/index']

/** Who uses a page; a page no rule names is walked by every role, so nothing new goes unchecked. */
function rolesOf(page: string): Role[] {
  if (TAB_PAGES.includes(page)) return ['litigant', 'judge', 'admin', 'mediator']
  if (page.startsWith('subpackages/judge/')) return ['judge']
  if (page.startsWith('subpackages/admin/')) return ['admin']
  if (page.startsWith('subpackages/command/')) return ['judge', 'admin']
  if (page === 'subpackages/mediation/pages/availability/index') return ['mediator']
  if (page.startsWith('subpackages/mediation/')) return ['litigant', 'mediator']
  if (/^subpackages\/(tools|filing|service|hearing|me)\//.test(page)) return ['litigant']
  return ['litigant', 'judge', 'admin', 'mediator']
}

interface Ids {
  caseId: string
  draftId: string
  documentId: string
  requestId: string
  mediationId: string
}

/** The query a page needs to show something real: demo data made through the API. */
function queryOf(page: string, ids: Ids): string {
  const byPage: Record<string, string> = {
    'subpackages/filing/pages/form/index': `id=${ids.draftId}`,
    'subpackages/filing/pages/receipt/index': `id=${ids.caseId}`,
    'subpackages/filing/pages/detail/index': `id=${ids.caseId}`,
    'subpackages/filing/pages/messages/index': `id=${ids.caseId}`,
    'subpackages/judge/pages/review/index': `id=${ids.caseId}`,
    'subpackages/judge/pages/service/case/index': `id=${ids.caseId}`,
    'subpackages/judge/pages/service/issue/index': `id=${ids.caseId}`,
    'subpackages/judge/pages/service/paper/index': `id=${ids.caseId}&party=0`,
    'subpackages/judge/pages/hearing/case/index': `id=${ids.caseId}`,
    'subpackages/service/pages/address/index': `caseId=${ids.caseId}`,
    'subpackages/service/pages/document/index': `id=${ids.documentId}`,
    'subpackages/hearing/pages/choose/index': `id=${ids.requestId}`,
    'subpackages/mediation/pages/detail/index': `id=${ids.mediationId}`,
    'subpackages/mediation/pages/book/index': `id=${ids.mediationId}`,
    'subpackages/mediation/pages/video/index': `room=${ids.mediationId}`,
  }
  return byPage[page] ?? ''
}

let j: Journey
let ids: Ids
const api = <T>(method: string, url: string, token: string | null, body?: unknown) => callApi<T>(j, method, url, token, body)

beforeAll(async () => {
  j = await startJourney('accessibility')
  const made = await acceptedCaseViaApi(j, wheatSaleComplaint())
  const zhang = made.plaintiffToken
  const draft = await api<{ id: string }>('POST', '/filings', zhang, { kind: 'civil-first', courtId: 'c-ergun' })
  await api('PUT', `/service/cases/${made.id}/address`, zhang, {
    app: true,
    sms: true,
    mobile: '13904701234',
    postalAddress: '额尔古纳市拉布大林街道团结村',
    consentElectronic: true,
    consentSteps: ['notices', 'summons', 'judgment'],
  })
  await api('POST', `/service/cases/${made.id}/documents`, made.judgeToken, { kind: 'response-notice', recipients: [0] })
  const inbox = await api<{ documents: Array<{ id: string }> }>('GET', '/service/inbox', zhang)
  await api('POST', `/hearings/cases/${made.id}/requests`, made.judgeToken)
  const requests = await api<Array<{ id: string; caseId: string }>>('GET', '/hearing-requests', zhang)
  const mediation = await api<{ id: string }>('POST', '/mediations', zhang, {
    stage: 'pre-filing',
    courtId: 'c-ergun',
    dispute: '2025年9月我卖给王建国小麦20吨，约定一个月内付款，他至今没有付。',
    claim: '王建国支付小麦款86500元',
    amountFen: 8_650_000,
    respondent: { name: '王建国', mobile: '13847005678', idNumber: '150784197209150019' },
    consent: true,
    service: { mobile: '13904701234', postalAddress: '额尔古纳市拉布大林街道团结村', app: true, sms: true },
  })
  ids = {
    caseId: made.id,
    draftId: draft.id,
    documentId: inbox.documents[0].id,
    requestId: requests.find((r) => r.caseId === made.id)!.id,
    mediationId: mediation.id,
  }
}, 240_000)
afterAll(async () => j?.close())

async function signIn(role: Role, page: Page) {
  if (role === 'litigant') return signInAsDemo(j, 'd-zhang-guilan', page)
  return signInAsStaff(j, { judge: 'judge.wang', admin: 'admin.sun', mediator: 'mediator.chen' }[role], 'demo1234', page)
}

let loads = 0
/**
 * Opens a page as from a link, in a new document (a query before the hash makes the browser load
 * it afresh, so no earlier page of Taro's stack stays behind), and waits until its data has come
 * and its skeletons are gone.
 */
async function visit(page: Page, path: string) {
  const query = queryOf(path, ids)
  loads += 1
  await page.goto(`${j.baseUrl}/?walk=${loads}#/${path}${query ? `?${query}` : ''}`)
  await page.waitForLoadState('networkidle')
  await page
    .locator('.taro_page:not([style*="display: none"]) .page')
    .first()
    .waitFor({ timeout: 15_000 })
    .catch(() => undefined)
  await page.waitForFunction(() => document.querySelectorAll('.skeleton').length === 0, undefined, { timeout: 10_000 }).catch(() => undefined)
  await page.waitForTimeout(400)
}

async function setElder(page: Page, on: boolean) {
  await page.evaluate((v) => localStorage.setItem('court.elderMode', JSON.stringify({ data: v })), on)
}

const pages = appPages()
const roles: Role[] = ['litigant', 'judge', 'admin', 'mediator']

describe.each(roles)('every page a %s opens', (role) => {
  const mine = pages.filter((p) => rolesOf(p).includes(role))
  let phone: Page

  beforeAll(async () => {
    phone = await j.newPhone()
    await trackTapHandlers(phone)
    await signIn(role, phone)
  }, 120_000)

  it(`has no serious axe violation, no code words, and nothing cut at 200 % text (${mine.length} pages)`, async () => {
    const problems: Record<string, unknown> = {}
    await setElder(phone, false)
    for (const path of mine) {
      await phone.setViewportSize({ width: 390, height: 844 })
      await visit(phone, path)
      const axe = await seriousAxeViolations(phone)
      const codes = await latinCodes(phone)
      await phone.setViewportSize({ width: 195, height: 844 })
      // Taro sets the root size on resize and again 500 ms later.
      await phone.waitForTimeout(600)
      const cut = await clippedOrOverlapping(phone)
      if (axe.length || codes.length || cut.length) problems[path] = { axe, codes, cut }
    }
    await j.shot(`${role}-200pct-last`, phone)
    await phone.setViewportSize({ width: 390, height: 844 })
    expect(problems).toEqual({})
  }, 900_000)

  it(`in 长辈模式 shows every text at ${ELDER_TEXT_PX} px or more and every target at ${ELDER_TARGET_PX} px or more`, async () => {
    const problems: Record<string, unknown> = {}
    await setElder(phone, true)
    for (const path of mine) {
      await visit(phone, path)
      const small = await undersized(phone, ELDER_TEXT_PX, ELDER_TARGET_PX)
      if (small.length) problems[path] = small.slice(0, 12)
    }
    await j.shot(`${role}-elder-last`, phone)
    await setElder(phone, false)
    expect(problems).toEqual({})
  }, 900_000)
})
