import { addDays } from '../../domain/dates/addDays'
import type { Call, CaseView } from './demoEnforcementCaller'
import { wheatSaleComplaint } from './wheatSaleComplaint'

/** What the seed makes, named the way the pages show it (the browser journeys find cases by these). */
export const DEMO_ENFORCEMENT = {
  applicant: 'd-zhang-guilan',
  teams: { first: '执行一团队', second: '执行二团队' },
  /** 张桂兰's wheat-sale case: judgment served, appeal period over, no enforcement yet */
  judgmentCause: '买卖合同纠纷',
  respondents: {
    queued: '巴图',
    acceptedNoTeam: '其木格',
    leadsVerifying: '巴特尔',
    freezeExpiring: '额尔古纳市丰收农机销售有限公司',
    moneyHeld: '刘志强',
    performed: '赵福',
    terminated: '孟和',
    /** docketed over three months ago, nothing found: the journey closes it by 终本 */
    terminationCandidate: '乌力吉',
  },
} as const

const APPLICANT = DEMO_ENFORCEMENT.applicant
const R = DEMO_ENFORCEMENT.respondents

/** 张桂兰 sues 王建国 for the wheat she sold him; the judgment is served on both, and the appeal period runs out. */
async function servedJudgment({ call, upload }: Call, day: (n: number) => string) {
  day(45)
  const { id } = await call<{ id: string }>(APPLICANT, 'POST', '/filings', { kind: 'civil-first', courtId: 'c-ergun' })
  await call(APPLICANT, 'PUT', `/filings/${id}/draft`, wheatSaleComplaint())
  await call(APPLICANT, 'POST', `/filings/${id}/submit`)
  day(43)
  await call('s-judge-wang', 'POST', `/review/filings/${id}/accept`, { procedure: 'simple', judgeId: 's-judge-wang' })
  await call('d-wang-jianguo', 'PUT', `/service/cases/${id}/address`, {
    app: true,
    sms: true,
    mobile: '13847005678',
    postalAddress: '额尔古纳市三河回族乡政府街12号',
    consentElectronic: true,
    consentSteps: ['notices', 'summons', 'judgment'],
  })
  day(40)
  const fileId = await upload('s-judge-wang', '民事判决书.pdf')
  await call('s-judge-wang', 'POST', `/service/cases/${id}/documents`, { kind: 'judgment', recipients: [0, 1], fileId })
}

interface Outside {
  documentKind: 'arbitral-award' | 'notarial-deed'
  documentNumber: string
  issuer: string
  respondent: { type: 'person' | 'organisation'; name: string }
  amountFen: number
  cause: string
  requests: string
  agricultural: boolean
  leads?: Array<{ kind: string; description: string; location: string; urgent?: boolean }>
}

/** An application from an outside document (仲裁裁决, 公证债权文书), its scan uploaded first. */
async function applyOutside({ call, upload }: Call, effectiveOn: string, o: Outside): Promise<CaseView> {
  const fileId = await upload(APPLICANT, `${o.documentNumber}.pdf`)
  return call<CaseView>(APPLICANT, 'POST', '/enforcement/applications', {
    source: {
      kind: 'outside',
      documentKind: o.documentKind,
      documentNumber: o.documentNumber,
      issuer: o.issuer,
      effectiveOn,
      courtId: 'c-ergun',
      fileIds: [fileId],
      respondents: [o.respondent],
      amountFen: o.amountFen,
      cause: o.cause,
    },
    requests: o.requests,
    leads: (o.leads ?? []).map((l) => ({ photoFileIds: [], urgent: false, ...l })),
    agricultural: o.agricultural,
    declaration: true,
  })
}

/** The court's side of one case, each step on its own day. */
function court(c: Call, day: (n: number) => string, teamJudge: string) {
  return {
    accept: (id: string, n: number) => (day(n), c.call<CaseView>('s-clerk-liu', 'POST', `/court/enforcement/cases/${id}/accept`, {})),
    assign: (id: string, n: number, teamId: string) => (
      day(n),
      c.call<CaseView>('s-clerk-liu', 'POST', `/court/enforcement/cases/${id}/assign`, { teamId, handlerId: teamJudge })
    ),
    node: (id: string, n: number, body: (on: string) => object) => {
      const on = day(n)
      return c.call<CaseView>(teamJudge, 'POST', `/court/enforcement/cases/${id}/nodes`, body(on))
    },
  }
}

const notice = (on: string) => ({ kind: 'execution-notice', on, reportDueOn: addDays(on, 10), performanceDays: 5, serve: false })

interface Ctx {
  c: Call
  day: (n: number) => string
  first: { id: string }
  second: { id: string }
  zhao: ReturnType<typeof court>
  wang: ReturnType<typeof court>
}

/** 冻结 with its expiry near: a farm-machinery dealer's deposit, frozen almost a year ago (1 year for deposits). */
async function freezeExpiring({ c, day, second, wang }: Ctx) {
  day(362)
  const freeze = await applyOutside(c, addDays(day(362), -30), {
    documentKind: 'arbitral-award',
    documentNumber: '呼仲字〔2025〕第88号',
    issuer: '呼伦贝尔仲裁委员会',
    respondent: { type: 'organisation', name: R.freezeExpiring },
    amountFen: 12_000_000,
    cause: '买卖合同纠纷',
    requests: '被执行人退还收割机购机款十二万元',
    agricultural: true,
  })
  await wang.accept(freeze.id, 361)
  await wang.assign(freeze.id, 360, second.id)
  await wang.node(freeze.id, 359, notice)
  await wang.node(freeze.id, 358, (on) => ({
    kind: 'online-search',
    on,
    results: [{ category: 'deposit', institution: '额尔古纳农村商业银行', found: true, description: '基本存款账户余额十二万余元', amountFen: 12_000_000 }],
  }))
  await wang.node(freeze.id, 357, (on) => ({
    kind: 'control',
    measure: 'freeze',
    asset: 'deposit',
    description: '被执行人在额尔古纳农村商业银行的存款',
    rulingNumber: '执行裁定书之一',
    effectiveOn: on,
    amountFen: 12_000_000,
  }))
}

/** 终本, its checklist complete, and the first six-monthly 网络查控 re-check (终本规定第九条). */
async function terminated({ c, day, first, zhao }: Ctx) {
  day(310)
  const ended = await applyOutside(c, addDays(day(310), -20), {
    documentKind: 'notarial-deed',
    documentNumber: '（2025）额证经字第41号',
    issuer: '额尔古纳市公证处',
    respondent: { type: 'person', name: R.terminated },
    amountFen: 5_400_000,
    cause: '买卖合同纠纷',
    requests: '被执行人支付购买基础母羊的价款五万四千元',
    agricultural: true,
  })
  await zhao.accept(ended.id, 309)
  await zhao.assign(ended.id, 308, first.id)
  await zhao.node(ended.id, 307, notice)
  await zhao.node(ended.id, 290, (on) => ({
    kind: 'asset-report',
    outcome: 'defaulted',
    checkedOn: on,
    sanctionedOn: on,
    note: '被执行人逾期未报告财产，已决定罚款',
  }))
  await zhao.node(ended.id, 289, (on) => ({ kind: 'consumption-restriction', on, documentNumber: '限制消费令之一' }))
  await zhao.node(ended.id, 289, (on) => ({ kind: 'credit-listing', on, listed: true, reason: '违反报告财产令，拒不履行生效法律文书确定的义务' }))
  await zhao.node(ended.id, 288, (on) => ({
    kind: 'online-search',
    on,
    results: [{ category: 'deposit', institution: '全国法院网络执行查控系统', found: false, description: '存款、车辆、不动产、证券均未查到' }],
  }))
  await zhao.node(ended.id, 210, (on) => ({
    kind: 'investigation',
    on,
    propertyOutcome: 'none-found',
    debtorMissing: false,
    obstruction: false,
    note: '到住所地和放牧点实地查看，羊群已经卖掉，未发现其他财产',
  }))
  await zhao.node(ended.id, 205, (on) => ({ kind: 'interview', on, opinion: '同意终结本次执行程序，发现财产后申请恢复执行' }))
  day(200)
  await c.call('s-judge-zhao', 'POST', `/court/enforcement/cases/${ended.id}/close`, {
    mode: 'terminated-for-now',
    on: day(200),
    reason: '经网络查控、实地调查，被执行人暂无可供执行的财产',
  })
  day(18)
  await c.optional('s-judge-zhao', 'POST', `/court/enforcement/cases/${ended.id}/rechecks`, {
    number: 1,
    on: day(18),
    found: false,
    description: '网络查控复查：存款、车辆、不动产、证券均未查到新的财产',
  })
}

/** The journey's 终本: docketed over three months ago, the notice and asset report done, nothing else yet. */
async function terminationCandidate({ c, day, first, zhao }: Ctx) {
  day(130)
  const candidate = await applyOutside(c, addDays(day(130), -15), {
    documentKind: 'notarial-deed',
    documentNumber: '（2026）额证经字第12号',
    issuer: '额尔古纳市公证处',
    respondent: { type: 'person', name: R.terminationCandidate },
    amountFen: 3_000_000,
    cause: '民间借贷纠纷',
    requests: '被执行人归还借款三万元',
    agricultural: false,
  })
  await zhao.accept(candidate.id, 128)
  await zhao.assign(candidate.id, 127, first.id)
  await zhao.node(candidate.id, 126, notice)
  await zhao.node(candidate.id, 110, (on) => ({ kind: 'asset-report', outcome: 'reported', checkedOn: on, note: '被执行人报告名下没有存款和车辆，经核实属实' }))
}

/** 执行完毕: hay paid for in full. */
async function performed({ c, day, second, wang }: Ctx) {
  day(90)
  const done = await applyOutside(c, addDays(day(90), -10), {
    documentKind: 'arbitral-award',
    documentNumber: '呼仲字〔2026〕第31号',
    issuer: '呼伦贝尔仲裁委员会',
    respondent: { type: 'person', name: R.performed },
    amountFen: 1_800_000,
    cause: '买卖合同纠纷',
    requests: '被执行人支付干草款一万八千元',
    agricultural: true,
  })
  await wang.accept(done.id, 89)
  await wang.assign(done.id, 88, second.id)
  await wang.node(done.id, 87, notice)
  const doneIn = await wang.node(done.id, 40, (on) => ({ kind: 'money-received', on, amountFen: 1_800_000, payer: R.performed, note: '被执行人主动交纳' }))
  await wang.node(done.id, 35, (on) => ({ kind: 'money-paid', receiptId: doneIn.ledger.receipts[0].id, on, amountFen: 1_800_000, payee: '张桂兰', note: '' }))
  day(34)
  await c.call('s-judge-wang', 'POST', `/court/enforcement/cases/${done.id}/close`, { mode: 'performed', on: day(34), reason: '被执行人已全部履行' })
}

/** Money received, not yet paid out (the payout period runs). */
async function moneyHeld({ c, day, second, wang }: Ctx) {
  day(30)
  const held = await applyOutside(c, addDays(day(30), -10), {
    documentKind: 'arbitral-award',
    documentNumber: '呼仲字〔2026〕第52号',
    issuer: '呼伦贝尔仲裁委员会',
    respondent: { type: 'person', name: R.moneyHeld },
    amountFen: 4_000_000,
    cause: '买卖合同纠纷',
    requests: '被执行人支付玉米款四万元',
    agricultural: true,
  })
  await wang.accept(held.id, 29)
  await wang.assign(held.id, 28, second.id)
  await wang.node(held.id, 27, notice)
  await wang.node(held.id, 12, (on) => ({ kind: 'money-received', on, amountFen: 2_000_000, payer: R.moneyHeld, note: '被执行人交纳第一期' }))
}

/** 牲畜买卖: the notice served, one lead waiting past its 7 days, a newer one within them, and a complaint. */
async function leadsVerifying({ c, day, first, zhao }: Ctx) {
  day(14)
  const leads = await applyOutside(c, addDays(day(14), -20), {
    documentKind: 'notarial-deed',
    documentNumber: '（2026）额证经字第30号',
    issuer: '额尔古纳市公证处',
    respondent: { type: 'person', name: R.leadsVerifying },
    amountFen: 3_600_000,
    cause: '买卖合同纠纷',
    requests: '被执行人支付购买肉牛的价款三万六千元',
    agricultural: true,
    leads: [{ kind: 'livestock', description: '肉牛约20头，被执行人自己放养', location: '拉布大林嘎查北边的草场' }],
  })
  await zhao.accept(leads.id, 13)
  await zhao.assign(leads.id, 12, first.id)
  await zhao.node(leads.id, 11, notice)
  day(3)
  await c.call(APPLICANT, 'POST', `/enforcement/cases/${leads.id}/leads`, {
    kind: 'bank-account',
    description: '被执行人在农村信用社开的卖牛收款账户',
    location: '额尔古纳市农村信用社拉布大林分社',
    photoFileIds: [],
    urgent: false,
  })
  day(2)
  await c.optional(APPLICANT, 'POST', `/enforcement/cases/${leads.id}/complaints`, {
    body: '我交的牛群线索已经十多天了，还没有人去核查，请法院尽快处理。',
    fileIds: [],
  })
}

/** Docketed, no team yet: a grassland contract. */
async function acceptedNoTeam({ c, day, wang }: Ctx) {
  day(6)
  const noTeam = await applyOutside(c, addDays(day(6), -25), {
    documentKind: 'arbitral-award',
    documentNumber: '额农仲字〔2026〕第7号',
    issuer: '额尔古纳市农村土地承包仲裁委员会',
    respondent: { type: 'person', name: R.acceptedNoTeam },
    amountFen: 2_600_000,
    cause: '土地承包经营权纠纷',
    requests: '被执行人返还草原承包经营权并支付承包费二万六千元',
    agricultural: true,
  })
  await wang.accept(noTeam.id, 5)
}

/** Waiting in the 立案 queue: a herder's wages. */
async function queued({ c, day }: Ctx) {
  day(2)
  await applyOutside(c, addDays(day(2), -20), {
    documentKind: 'arbitral-award',
    documentNumber: '额劳人仲案字〔2026〕第19号',
    issuer: '额尔古纳市劳动人事争议仲裁委员会',
    respondent: { type: 'person', name: R.queued },
    amountFen: 4_800_000,
    cause: '追索劳动报酬纠纷',
    requests: '被执行人支付放牧工资四万八千元',
    agricultural: true,
  })
  day(0)
}

/** Every demo case, oldest first, so the 执 numbers follow the days they were docketed on. */
export async function seedCases(c: Call, day: (n: number) => string) {
  // The teams are older than every case.
  day(400)
  const team = (name: string, judgeId: string, assistantId: string, clerkId: string, bailiffId: string) =>
    c.call<{ id: string }>('s-admin-sun', 'POST', '/court/enforcement/teams', { name, judgeId, assistantId, clerkId, bailiffId })
  const first = await team(DEMO_ENFORCEMENT.teams.first, 's-judge-zhao', 's-assistant-he', 's-clerk-liu', 's-bailiff-bai')
  const second = await team(DEMO_ENFORCEMENT.teams.second, 's-judge-wang', 's-clerk-wu', 's-clerk-wu', 's-bailiff-bai')

  await servedJudgment(c, day)

  const ctx: Ctx = { c, day, first, second, zhao: court(c, day, 's-judge-zhao'), wang: court(c, day, 's-judge-wang') }
  for (const step of [freezeExpiring, terminated, terminationCandidate, performed, moneyHeld, leadsVerifying, acceptedNoTeam, queued]) await step(ctx)
  day(0)
}
