import { act, render, waitFor } from '@testing-library/react'
import type { FilingView } from '../../../../src/api/filings'
import Review from '../../../../src/subpackages/judge/pages/review/index'
import { clearSession, setSession } from '../../../../src/stores/session'
import { click, fakeServer, type SentRequest, text, type } from '../../fakeServer'
import { routerParams } from '../../stubs/taro'
import { filingData, filingView } from '../filing/fixtures'

let view: FilingView
let sent: SentRequest[]
const submitted = () =>
  filingView({
    status: 'submitted',
    filingNumber: 'LA20261125ABCDEF',
    agricultural: true,
    review: { due: '2026-12-02', daysLeft: 7, overdue: false, provisional: false },
    fee: { minFen: 98_125, maxFen: 98_125, lines: [], prepay: { required: true, article: '《诉讼费用交纳办法》第二十条第一款' } },
    data: filingData({
      parties: [
        ...filingData().parties,
        {
          side: 'defendant',
          type: 'organisation',
          name: '额尔古纳市丰收农机合作社',
          creditCode: '93150784MA0N1234X5',
          representative: '刘长河',
          mobile: '',
          address: '三河回族乡',
        },
      ],
      agent: {
        kind: 'lawyer',
        name: '李春生',
        idNumber: '150721198507060037',
        mobile: '13614709876',
        licenceNo: '11507202010123456',
        powerOfAttorneyFileIds: ['poa'],
      },
      claims: [{ text: '判令被告支付小麦货款', amountFen: 8_650_000 }],
      facts: '2025年9月我卖给被告小麦20吨。',
      agricultural: true,
      farm: { region: 'ergun', activities: ['wheat-harvest'] },
      evidence: [{ name: '收条', proves: '被告收到小麦20吨', fileIds: ['file-photo', 'file-pdf'] }],
      feeRelief: { type: 'defer', reason: '家里遭了雹灾', fileIds: [] },
    }),
    files: [
      { id: 'file-photo', name: '收条.jpg', mime: 'image/jpeg', size: 1000, sha256: 'x' },
      { id: 'file-pdf', name: '买卖合同.pdf', mime: 'application/pdf', size: 1000, sha256: 'y' },
    ],
  })

beforeEach(() => {
  routerParams.id = 'f-1'
  setSession({ token: 't', user: { id: 's-judge-wang', role: 'judge', displayName: '王立新', courtId: 'c-ergun', realNameStatus: 'verified' } })
  view = submitted()
  sent = fakeServer((req) => {
    if (req.method === 'GET' && req.path === '/filings/f-1') return { body: view }
    if (req.path === '/court/staff')
      return {
        body: [
          { id: 's-judge-li', role: 'judge', displayName: '李法官' },
          { id: 's-judge-wang', role: 'judge', displayName: '王立新' },
          { id: 's-clerk-zhao', role: 'clerk', displayName: '赵书记员' },
        ],
      }
    if (req.path === '/review/filings/f-1/accept') return { body: (view = { ...view, status: 'accepted', caseNumber: '（2026）内0784民初12号' }) }
    if (req.path === '/review/filings/f-1/request-correction') return { body: (view = { ...view, status: 'correction-requested' }) }
    if (req.path === '/review/filings/f-1/decline')
      return { status: 400, body: { error: { code: 'INVALID_INPUT', message: '请写明不予受理的理由和依据', field: 'reason' } } }
    return undefined
  })
})
afterAll(() => {
  delete routerParams.id
  clearSession()
})

const open = async () => {
  render(<Review />)
  await waitFor(() => expect(document.getElementById('review-status')).not.toBeNull())
}
// Photo previews ask for short-lived file links; the decisions are the other posts.
const posts = () => sent.filter((r) => r.method === 'POST' && !r.path.endsWith('/link')).map((r) => ({ path: r.path, body: r.body }))
const linkRequests = () => sent.filter((r) => r.method === 'POST' && r.path.endsWith('/link')).map((r) => r.path)

describe('立案审查 page', () => {
  it('shows the filing as filed: status, deadline, parties by side, agent, claims, fee relief and evidence', async () => {
    await open()
    expect(document.getElementById('review-status')?.textContent).toBe('状态：已提交，法院审查中')
    expect(text()).toContain('审查期限：12月2日（星期三）（剩7天）')
    expect(text()).toContain('涉农案件：额尔古纳，小麦收割')
    expect(text()).toContain('被告：额尔古纳市丰收农机合作社，信用代码 93150784MA0N1234X5，法定代表人 刘长河，无手机号，三河回族乡')
    expect(document.getElementById('review-agent')?.textContent).toBe('委托代理人：李春生（律师，执业证号 11507202010123456），13614709876，授权委托书1份')
    expect(text()).toContain('1. 判令被告支付小麦货款（8.65万元）')
    expect(text()).toContain('诉讼费：981.25元；申请缓交：家里遭了雹灾')
    expect(text()).toContain('证据（1份）')
    expect(document.querySelectorAll('#evidence-list img.preview')).toHaveLength(1)
    expect(document.getElementById('open-file-pdf')?.textContent).toBe('买卖合同.pdf')
  })

  it('names the 涉农 region and activities in Chinese; the head card shows no Latin-letter code but the filing number', async () => {
    view = { ...submitted(), data: { ...submitted().data, farm: { region: 'ergun', activities: ['wheat-harvest', 'haymaking', 'no-such-work'] } } }
    await open()
    const head = document.getElementById('review-status')?.parentElement?.textContent ?? ''
    expect(head).toContain('涉农案件：额尔古纳，小麦收割、打草、其他农事')
    expect(head).toContain('申请编号：LA20261125ABCDEF')
    expect(head.replace('LA20261125ABCDEF', '')).not.toMatch(/[A-Za-z]/)
    expect(text()).not.toMatch(/ergun|harvest|haymaking/)
  })

  it('registers the case with the procedure and judge chosen (the signed-in judge first), and shows the case number', async () => {
    await open()
    click('mode-accept')
    await waitFor(() => expect(document.getElementById('judge-s-judge-wang')?.className).toBe('choice choice--on'))
    expect(document.getElementById('judge-s-clerk-zhao')).toBeNull()
    click('accept-procedure-ordinary')
    await act(async () => click('confirm-accept'))
    expect(posts()).toEqual([{ path: '/review/filings/f-1/accept', body: { procedure: 'ordinary', judgeId: 's-judge-wang' } }])
    expect(linkRequests()).toContain('/files/file-photo/link')
    expect(document.getElementById('review-banner')?.textContent).toBe('已登记立案')
    expect(document.getElementById('review-case-number')?.textContent).toBe('案号：（2026）内0784民初12号')
    expect(document.getElementById('mode-accept')).toBeNull()
    expect(document.getElementById('party-messages')?.textContent).toBe('当事人留言')
  })

  it('starts from the procedure fixed on submission and says why', async () => {
    view = {
      ...submitted(),
      smallClaims: {
        procedure: 'small-claims',
        mandatory: true,
        article: '《民事诉讼法》第一百六十五条第一款',
        reason: '要求的金额2万元，不超过本省（区、市）上年度就业人员年平均工资的一半（54,428元），依法适用小额诉讼程序，一审终审。',
        fixedProcedure: 'small-claims',
        averageWage: { year: 2025, wageFen: 10_885_600, provinceName: '内蒙古自治区', previousYear: true, confirmed: true, source: '统计局' },
      },
    }
    await open()
    click('mode-accept')
    expect(document.getElementById('small-claims-reason')?.textContent).toContain('依法适用小额诉讼程序，一审终审')
    expect(document.getElementById('accept-procedure-small-claims')?.className).toBe('choice choice--on')
  })

  it('asks for every correction at once, leaving out empty items', async () => {
    await open()
    click('mode-correct')
    expect(text()).toContain('请一次性列出全部需要补正的内容（《人民法院在线诉讼规则》第九条）。')
    type('correction-0', '被告住址请写到村、门牌号')
    click('add-correction')
    click('add-correction')
    type('correction-1', '请补充收条原件的照片')
    await act(async () => click('confirm-correct'))
    expect(posts()).toEqual([
      {
        path: '/review/filings/f-1/request-correction',
        body: {
          items: [
            { field: 'parties', message: '被告住址请写到村、门牌号' },
            { field: 'evidence', message: '请补充收条原件的照片' },
          ],
        },
      },
    ])
    expect(document.getElementById('review-banner')?.textContent).toBe('已通知当事人补正')
    expect(document.getElementById('review-status')?.textContent).toBe('状态：需要补正材料')
  })

  it('keeps the decline form open with the court’s message when the reason is missing', async () => {
    await open()
    click('mode-decline')
    await act(async () => click('confirm-decline'))
    expect(document.getElementById('review-banner')?.textContent).toBe('请写明不予受理的理由和依据')
    expect(document.getElementById('decline-reason')).not.toBeNull()
  })

  it('offers no decision to a court that only received a cross-region filing, but lets it forward', async () => {
    view = { ...submitted(), crossRegion: true, courtId: 'c-ergun', targetCourtId: 'c-hailar' }
    await open()
    expect(text()).toContain('跨域立案（尚未转交）')
    expect(document.getElementById('mode-accept')).toBeNull()
    expect(document.getElementById('forward')?.textContent).toBe('转交管辖法院')
  })
})
