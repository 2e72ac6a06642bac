/**
 * The compiled filing form (网上立案) opened on a complete draft of 张桂兰's wheat-sale complaint,
 * with a fake court API behind wx.request: the draft is read and saved, and 提交给法院 submits it.
 */
import type { FilingData } from '../../domain/filing/types'
import type { FilingView } from '../../contract/filings'
import type { SessionUser } from '../../src/api/types'
import { serveApi, type Reply, type SeenRequest } from './fakeServer'
import { launchWeapp, staleNote, tap, waitForText, type LaunchedApp, type RenderedPage } from './harness'

export const FORM = 'subpackages/filing/pages/form/index'
/** The template id the test build asks for after a filing (the `build` script in package.json). */
export const FILING_TEMPLATE = 'example-filing-submitted'
export const TOKEN = 'token-from-last-visit'
export const zhang: SessionUser = { id: 'd-zhang-guilan', role: 'litigant', displayName: '张桂兰', courtId: null, realNameStatus: 'verified' }

/** Everything the domain's filing rules ask for, declaration included. */
export function wheatSale(over: Partial<FilingData> = {}): FilingData {
  return {
    kind: 'civil-first',
    courtId: 'c-ergun',
    targetCourtId: 'c-ergun',
    parties: [
      { side: 'plaintiff', type: 'person', name: '张桂兰', idNumber: '150784196803120029', mobile: '13904701234', address: '额尔古纳市拉布大林街道团结村' },
      { side: 'defendant', type: 'person', name: '王建国', idNumber: '150784197209150019', mobile: '', address: '额尔古纳市三河回族乡' },
    ],
    claims: [{ text: '判令被告支付小麦货款', amountFen: 8_650_000 }],
    facts: '2025年9月我卖给被告小麦20吨，说好收货后一个月内付款，到现在也没给钱。',
    procedure: 'simple',
    agricultural: false,
    evidence: [],
    service: {
      app: true,
      sms: true,
      mobile: '13904701234',
      postalAddress: '额尔古纳市拉布大林街道团结村',
      consentElectronic: true,
      consentSteps: ['filing', 'notices', 'summons', 'judgment'],
    },
    declaration: true,
    ...over,
  }
}

export function draftView(id: string, data: FilingData): FilingView {
  return {
    id,
    kind: data.kind,
    status: 'draft',
    version: 1,
    filingNumber: null,
    courtId: data.courtId,
    targetCourtId: data.targetCourtId,
    crossRegion: false,
    forwarded: false,
    agricultural: data.agricultural,
    data,
    fee: null,
    smallClaims: null,
    submittedAt: null,
    review: null,
    correction: null,
    declineReason: null,
    caseNumber: null,
    procedure: null,
    judgeName: null,
    decidedAt: null,
    files: [],
    history: [],
  }
}

export interface OpenForm {
  app: LaunchedApp
  page: RenderedPage
  /** every request that reached the fake court */
  seen: SeenRequest[]
  /** the filing as the court holds it now */
  server: { view: FilingView }
}

/**
 * Launches the app signed in as 张桂兰 and opens the form on filing `id`. `storage` adds to what
 * the phone holds; `other` answers what the filing routes do not (uploads…).
 */
export async function openFilingForm(
  id: string,
  data: FilingData,
  opts: { storage?: Record<string, unknown>; other?: (req: SeenRequest) => Reply; opensAt?: string } = {},
): Promise<OpenForm> {
  const storage = opts.storage ?? {}
  const app = await launchWeapp({ storage: { 'court.session': { token: TOKEN, user: zhang }, ...storage } })
  const server = { view: draftView(id, data) }
  const seen = serveApi(app.wx, (req) => {
    if (!req.path.startsWith('/filings/')) return opts.other?.(req)
    if (req.header.authorization !== `Bearer ${TOKEN}`) return { status: 401, body: { error: { code: 'AUTH_REQUIRED', message: '请先登录' } } }
    if (req.path === `/filings/${id}` && req.method === 'GET') return { status: 200, body: server.view }
    if (req.path === `/filings/${id}/draft` && req.method === 'PUT') {
      if (server.view.status !== 'draft') return { status: 409, body: { error: { code: 'FILING_NOT_DRAFT', message: '这份申请已经提交' } } }
      // axios has already turned the body into JSON text.
      server.view = { ...server.view, data: JSON.parse(String(req.data)) as FilingData }
      // As the server answers a save: what changed, not the filing again.
      return { status: 200, body: { id, status: server.view.status, version: server.view.version, updatedAt: '2026-12-02T08:29:00+08:00' } }
    }
    if (req.path === `/filings/${id}/submit` && req.method === 'POST') {
      server.view = { ...server.view, status: 'submitted', filingNumber: '（2026）内0784民初申1号', submittedAt: '2026-12-02T08:30:00.000Z' }
      return { status: 200, body: server.view }
    }
    return undefined
  })
  const page = app.renderPage(FORM, { id })
  await waitForText(page.dom, [opts.opensAt ?? '第1步，共5步：当事人'], { since: page.startedAt, errors: app.errors, timeoutMs: 10000 }).catch(
    (err: unknown) => {
      throw new Error(`${String(err)}${staleNote()}`)
    },
  )
  return { app, page, seen, server }
}

const TITLES = ['当事人', '请求和事实', '证据', '送达地址', '核对并提交']

/** Taps 下一步 through the steps the way the party does, each one checked by the domain rules, to 核对并提交. */
export async function walkToReview(form: OpenForm): Promise<void> {
  for (let step = 1; step < TITLES.length; step++) {
    tap(form.page, '#next-step')
    await waitForText(form.page.dom, [`第${step + 1}步，共5步：${TITLES[step]}`], { errors: form.app.errors })
  }
  await waitForText(form.page.dom, ['提交给法院'], { errors: form.app.errors })
}
