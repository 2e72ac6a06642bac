import { renderHook, waitFor } from '@testing-library/react'
import { averageWageFor, type AverageWageEntry } from '@domain/smallClaims/averageWageFor'
import type { FilingData, FilingParty } from '@domain/filing/types'
import {
  procedureFollowing,
  provinceOfCourtCode,
  smallClaimsView,
  type SmallClaimsView,
  type WageState,
} from '../../../../src/subpackages/filing/pages/form/procedure'
import { resetCourtCodes, useAverageWage } from '../../../../src/subpackages/filing/pages/form/useAverageWage'
import { click, fakeServer, text, type Reply, type SentRequest } from '../../fakeServer'
import { taroMock } from '../../stubs/taro'
import { filingData, INNER_MONGOLIA, renderStep, WithAmounts } from './fixtures'

const defendant = (over: Partial<FilingParty> = {}): FilingParty =>
  ({ side: 'defendant', type: 'person', name: '王建国', idNumber: '', mobile: '', address: '', ...over }) as FilingParty
/** A lawsuit under a cause for a total in yuan. */
const suit = (cause: string, yuan: number, over: Partial<FilingData> = {}) =>
  filingData({ cause, claims: [{ text: '请求', amountFen: yuan * 100 }], parties: [...filingData().parties, defendant()], ...over })
const decided = (v: SmallClaimsView) => (v.state === 'decided' ? v : null)

describe('provinceOfCourtCode', () => {
  it.each([
    ['a basic court of 内蒙古', '内0784', '15'],
    ['an intermediate court of 内蒙古', '内07', '15'],
    ['a Beijing court', '京0105', '11'],
    ['贵 as printed beside 黔', '贵01', '52'],
    ['云 as printed beside 滇', '云0102', '53'],
    ['a 兵团 court: no one province', '兵0101', null],
    ['the Supreme Court', '最高法', null],
  ])('%s', (_label, code, province) => {
    expect(provinceOfCourtCode(code)).toBe(province)
  })
})

describe('smallClaimsView: what the form asks and says', () => {
  it.each([
    ['3万 loan: small claims by law, conditions asked, agreement not', suit('民间借贷纠纷', 30_000), 'small-claims', true, true, false],
    ['exactly half the wage (54,428元): still small claims', suit('民间借贷纠纷', 54_428), 'small-claims', true, true, false],
    ['10万 sale: only if both agree, so agreement is asked', suit('买卖合同纠纷', 100_000), 'simple-or-ordinary', false, true, true],
    ['10万 agreed: small claims', suit('买卖合同纠纷', 100_000, { smallClaims: { agreed: true } }), 'small-claims', false, true, true],
    [
      '10万 needing appraisal: not small claims, agreement no longer asked',
      suit('买卖合同纠纷', 100_000, { smallClaims: { agreed: true, appraisal: true } }),
      'simple-or-ordinary',
      true,
      true,
      false,
    ],
    ['30万: over twice the wage, nothing asked', suit('买卖合同纠纷', 300_000), 'simple-or-ordinary', true, false, false],
    ['divorce: a personal-relation case, nothing asked', suit('离婚纠纷', 30_000), 'simple-or-ordinary', true, false, false],
    [
      'a party abroad: 涉外, nothing asked',
      suit('民间借贷纠纷', 30_000, { parties: [...filingData().parties, defendant({ abroad: true })] }),
      'simple-or-ordinary',
      true,
      false,
      false,
    ],
    [
      'whereabouts unknown: not small claims',
      suit('民间借贷纠纷', 30_000, { smallClaims: { whereaboutsUnknown: true } }),
      'simple-or-ordinary',
      true,
      true,
      false,
    ],
  ])('%s', (_label, data, procedure, mandatory, askConditions, askAgreed) => {
    const v = decided(smallClaimsView(data, INNER_MONGOLIA))
    expect(v).toMatchObject({ decision: { procedure, mandatory }, askConditions, askAgreed })
  })

  it.each([
    ['not a lawsuit', filingData({ kind: 'enforcement', claims: [{ text: '执行', amountFen: 100 }] }), INNER_MONGOLIA, 'not-civil'],
    ['an amount still being typed wrongly', filingData({ claims: [{ text: '货款', amountFen: -1 }] }), INNER_MONGOLIA, 'waiting'],
    ['the court not known yet', suit('民间借贷纠纷', 30_000), { state: 'looking' } as WageState, 'waiting'],
    ['no figure for the province', suit('民间借贷纠纷', 30_000), { state: 'none' } as WageState, 'no-wage'],
  ])('%s', (_label, data, wage, state) => {
    expect(smallClaimsView(data, wage).state).toBe(state)
  })
})

describe('procedureFollowing', () => {
  const view = (data: FilingData) => smallClaimsView(data, INNER_MONGOLIA)
  it.each([
    ['small claims by law wins over a wish for ordinary', suit('民间借贷纠纷', 30_000, { procedure: 'ordinary' }), 'small-claims'],
    ['small claims by agreement', suit('买卖合同纠纷', 100_000, { smallClaims: { agreed: true } }), 'small-claims'],
    ['not small claims: simple unless chosen otherwise', suit('买卖合同纠纷', 100_000, { procedure: 'small-claims' }), 'simple'],
    ['not small claims: ordinary where chosen', suit('离婚纠纷', 300_000, { procedure: 'ordinary' }), 'ordinary'],
  ])('%s', (_label, data, want) => {
    expect(procedureFollowing(data, view(data))).toBe(want)
  })

  it('leaves the choice alone while nothing is decided, and drops small claims no figure backs', () => {
    const data = suit('民间借贷纠纷', 30_000, { procedure: 'small-claims' })
    expect(procedureFollowing(data, { state: 'waiting' })).toBe('small-claims')
    expect(procedureFollowing(data, { state: 'no-wage' })).toBe('simple')
    expect(procedureFollowing({ ...data, procedure: 'ordinary' }, { state: 'no-wage' })).toBe('ordinary')
    const enforcement = filingData({ kind: 'enforcement' })
    expect(procedureFollowing(enforcement, { state: 'not-civil' })).toBe('simple')
  })
})

describe('审理程序 card', () => {
  it('says in one sentence why a 3万 loan is small claims, and asks only what can change it', () => {
    renderStep(WithAmounts, { data: suit('民间借贷纠纷', 30_000) })
    expect(document.getElementById('procedure-reason')?.textContent).toBe(
      '要求的金额3万元，不超过本省（区、市）上年度就业人员年平均工资的一半（54,428元），依法适用小额诉讼程序，一审终审。',
    )
    expect(document.getElementById('procedure-small-claims')?.textContent).toBe('小额诉讼')
    expect(text()).toContain('判决一作出就生效，不能上诉')
    expect(document.getElementById('procedure-simple')).toBeNull()
    expect(document.getElementById('sc-agreed')).toBeNull()
    expect(document.getElementById('sc-appraisal')).not.toBeNull()
    expect(text()).toContain('依据：内蒙古自治区2023年城镇非私营单位就业人员年平均工资108,856元。')
  })

  it('turns to simple or ordinary procedure when an appraisal is needed, and back when unticked', () => {
    const { latest } = renderStep(WithAmounts, { data: suit('民间借贷纠纷', 30_000) })
    click('sc-appraisal')
    expect(latest().smallClaims).toEqual({ appraisal: true })
    expect(document.getElementById('procedure-reason')?.textContent).toBe('案件需要评估、鉴定，或者对诉前评估、鉴定结果有异议，不适用小额诉讼程序。')
    click('procedure-ordinary')
    expect(latest().procedure).toBe('ordinary')
    click('sc-appraisal')
    expect(latest().smallClaims).toEqual({ appraisal: undefined })
    expect(document.getElementById('procedure-small-claims')).not.toBeNull()
  })

  it('asks whether both agree for 10万, and says small claims once they do', () => {
    const { latest } = renderStep(WithAmounts, { data: suit('买卖合同纠纷', 100_000) })
    expect(document.getElementById('procedure-reason')?.textContent).toBe(
      '要求的金额10万元，超过本省（区、市）上年度就业人员年平均工资的一半（54,428元）、不超过年平均工资的2倍（217,712元），双方都同意的，可以适用小额诉讼程序。',
    )
    click('sc-agreed')
    expect(latest().smallClaims).toEqual({ agreed: true })
    expect(document.getElementById('procedure-reason')?.textContent).toContain('双方约定适用小额诉讼程序，一审终审。')
  })

  it.each([
    ['divorce', suit('离婚纠纷', 30_000), '离婚纠纷是人身关系案件，不适用小额诉讼程序。'],
    ['ownership', suit('所有权确认纠纷', 30_000), '所有权确认纠纷是财产确权案件，不适用小额诉讼程序。'],
    [
      'a defendant abroad',
      suit('民间借贷纠纷', 30_000, { parties: [...filingData().parties, defendant({ abroad: true })] }),
      '有当事人在境外（在中国境内没有住所），属于涉外案件，不适用小额诉讼程序。',
    ],
    [
      'nothing asked in money',
      filingData({ cause: '排除妨害纠纷', claims: [{ text: '拆除围栏' }] }),
      '没有要求对方给钱，不是金钱给付案件，不适用小额诉讼程序。',
    ],
  ])('says why %s is not small claims, and asks nothing more', (_label, data, reason) => {
    renderStep(WithAmounts, { data })
    expect(document.getElementById('procedure-reason')?.textContent).toBe(reason)
    expect(document.querySelectorAll('[id^=sc-]')).toHaveLength(0)
    expect(document.getElementById('procedure-simple')).not.toBeNull()
  })

  it('leaves small claims to the court when there is no figure for the province, and says when an older year stands in', () => {
    renderStep(WithAmounts, { data: suit('民间借贷纠纷', 30_000), extra: { wage: { state: 'none' } } })
    expect(document.getElementById('procedure-reason')?.textContent).toBe('是否适用小额诉讼，由法院立案时决定。')
    document.body.innerHTML = ''
    const older: WageState = { state: 'found', wage: averageWageFor({ province: '15', filedOn: '2026-03-01' })!, fromCourt: false }
    renderStep(WithAmounts, { data: suit('民间借贷纠纷', 30_000), extra: { wage: older } })
    expect(text()).toContain('（上一年的数字还没有公布，先按2023年的算）')
  })
})

describe('useAverageWage', () => {
  const courts = [{ id: 'c-ergun', code: '内0784', name: '额尔古纳市人民法院', region: 'ergun', phone: '12368', rooms: [] }]
  const courtWage: AverageWageEntry = {
    province: '15',
    provinceName: '内蒙古自治区',
    year: 2025,
    wageFen: 12_000_000,
    series: '就业人员年平均工资',
    source: '内蒙古自治区高级人民法院',
    confirmed: true,
  }
  let wagesReply: Reply
  let sent: SentRequest[]
  beforeEach(() => {
    resetCourtCodes()
    taroMock.storage.clear()
    wagesReply = { body: { wages: [courtWage] } }
    sent = fakeServer((req) => {
      if (req.path === '/courts') return { body: courts }
      if (req.path === '/average-wages') return wagesReply
      return undefined
    })
  })

  it("uses the court's own figure for its province when the server has one", async () => {
    const { result } = renderHook(() => useAverageWage('c-ergun', '2026-05-10'))
    await waitFor(() => expect(result.current).toMatchObject({ state: 'found', fromCourt: true, wage: { year: 2025, previousYear: true } }))
    expect(sent.map((r) => r.path)).toEqual(['/courts', '/average-wages'])
    const query = (taroMock.request.mock.calls as Array<[{ url: string }]>).map(([o]) => o.url).find((u) => u.includes('average-wages'))
    expect(query).toMatch(/\/api\/v1\/average-wages\?province=15$/)
  })

  it.each([
    ['the server has no such route (404)', { status: 404, body: { error: { code: 'NOT_FOUND', message: '找不到' } } }],
    ['the server has no figure for the year', { body: { wages: [] } }],
    ['the server sends a malformed figure', { body: { wages: [{ ...courtWage, wageFen: -5 }] } }],
    ['the reply is not a list', { body: { nothing: true } }],
  ] as Array<[string, Reply]>)('falls back to the shipped figure when %s', async (_label, reply) => {
    wagesReply = reply
    const { result } = renderHook(() => useAverageWage('c-ergun', '2024-05-10'))
    await waitFor(() => expect(sent.some((r) => r.path === '/average-wages')).toBe(true))
    await waitFor(() => expect(result.current).toMatchObject({ state: 'found', fromCourt: false, wage: { year: 2023, wageFen: 10_885_600 } }))
  })

  it('knows no figure for a court outside the shipped provinces, and keeps looking for an unknown court', async () => {
    fakeServer((req) => {
      if (req.path === '/courts') return { body: [{ ...courts[0], id: 'c-bj', code: '京0105' }] }
      return undefined
    })
    const beijing = renderHook(() => useAverageWage('c-bj', '2026-05-10'))
    await waitFor(() => expect(beijing.result.current).toEqual({ state: 'none' }))
    const unknown = renderHook(() => useAverageWage('c-nowhere', '2026-05-10'))
    await waitFor(() => expect(unknown.result.current).toEqual({ state: 'none' }))
  })

  it('remembers the court codes on the phone for a draft opened without signal', async () => {
    const first = renderHook(() => useAverageWage('c-ergun', '2024-05-10'))
    await waitFor(() => expect(first.result.current.state).toBe('found'))
    resetCourtCodes()
    fakeServer(() => 'offline')
    const offline = renderHook(() => useAverageWage('c-ergun', '2024-05-10'))
    // The app retries a dropped GET three times with backoff (6.4 s) before it gives up on the court list.
    await waitFor(() => expect(offline.result.current).toMatchObject({ state: 'found', fromCourt: false, wage: { year: 2023 } }), { timeout: 15_000 })
  })
})
