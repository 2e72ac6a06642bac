import { act, render, waitFor } from '@testing-library/react'
import type { CaseStatus } from '../../../../src/api/service'
import IssueDocument from '../../../../src/subpackages/judge/pages/service/issue/index'
import { click, fakeServer, type SentRequest, text, type } from '../../fakeServer'
import { routerParams, taroMock } from '../../stubs/taro'

const address = (steps: Array<'filing' | 'notices' | 'summons' | 'judgment'>) => ({
  app: true,
  sms: true,
  mobile: '13904701234',
  postalAddress: '额尔古纳市拉布大林街道团结村',
  consentElectronic: true,
  consentSteps: steps,
  source: 'party' as const,
  confirmedAt: '2026-11-26T10:00:00+08:00',
  version: 1,
})
const status: CaseStatus = {
  caseId: 'f-1',
  caseNumber: '（2026）内0784民初12号',
  procedure: 'simple',
  parties: [
    { idx: 0, side: 'plaintiff', name: '张桂兰', address: address(['filing', 'notices', 'summons', 'judgment']), hasAccount: true, postalAddress: '团结村' },
    { idx: 1, side: 'defendant', name: '王建国', address: address(['notices']), hasAccount: true, postalAddress: '三河回族乡' },
    { idx: 2, side: 'third-party', name: '李二牛', address: null, hasAccount: false, postalAddress: '' },
  ],
  documents: [],
  sms: [],
  rooms: [
    { id: 'r-1', name: '第一法庭', kind: 'courtroom', address: null },
    { id: 'p-labudalin', name: '拉布大林巡回审判点', kind: 'circuit-point', address: '拉布大林街道司法所' },
  ],
}

let sent: SentRequest[]
let issueReply: { status?: number; body: unknown }
beforeEach(() => {
  routerParams.id = 'f-1'
  taroMock.showToast.mockClear()
  issueReply = { body: { documents: [{ id: 'd-1' }] } }
  sent = fakeServer((req) => {
    if (req.method === 'GET' && req.path === '/service/cases/f-1') return { body: status }
    if (req.method === 'POST' && req.path === '/service/cases/f-1/documents') return issueReply
    return undefined
  })
})
afterAll(() => delete routerParams.id)

const open = async () => {
  render(<IssueDocument />)
  await waitFor(() => expect(document.getElementById('rcpt-1')).not.toBeNull())
}
const posts = () => sent.filter((r) => r.method === 'POST').map((r) => r.body)

describe('发送文书 page', () => {
  it('names each party by side and says whether the chosen document can go electronically', async () => {
    await open()
    expect(text()).toContain('（2026）内0784民初12号')
    expect(document.getElementById('rcpt-0')?.textContent).toBe('原告：张桂兰可以电子送达')
    expect(document.getElementById('rcpt-1')?.textContent).toBe('被告：王建国可以电子送达')
    expect(document.getElementById('rcpt-2')?.textContent).toBe('第三人：李二牛还没有填写送达地址确认书，不能电子送达')
    // The defendants are chosen to start with.
    expect(document.getElementById('rcpt-1')?.className).toBe('pick pick--on')
    // The others are told how they can still be served, and where that is recorded.
    expect(document.getElementById('paper-hint')?.textContent).toBe(
      '李二牛不能电子送达，所以没有替您勾选：可以打印后直接送达或邮寄送达，送达后回到案件页，点该当事人的「记录其他送达方式」登记送达日期和凭证。',
    )
    expect(document.getElementById('rcpt-0')?.className).toBe('pick')
    click('kind-summons')
    expect(document.getElementById('rcpt-1')?.textContent).toBe('被告：王建国没有同意以电子方式接收传票，不能电子送达')
    // Only parties the document can reach electronically stay ticked.
    expect(document.getElementById('rcpt-1')?.className).toBe('pick')
    expect(document.getElementById('paper-hint')?.textContent).toMatch(/^王建国、李二牛不能电子送达/)
  })

  it('sends a 传票 with the hearing date, time and room to the chosen parties', async () => {
    await open()
    click('kind-summons')
    expect(text()).toContain('至少在开庭三日前送达（《民事诉讼法》第一百三十九条）')
    type('field-hearingDate', '2026-12-16')
    click('room-p-labudalin')
    click('rcpt-0')
    await act(async () => click('issue-submit'))
    expect(posts()).toEqual([{ kind: 'summons', recipients: [0], method: 'electronic', hearing: { date: '2026-12-16', time: '09:00', roomId: 'p-labudalin' } }])
    expect(taroMock.showToast).toHaveBeenCalledWith({ title: '已发出1份', icon: 'success' })
  })

  it('shows the server’s problem under the hearing date, and keeps the form', async () => {
    issueReply = { status: 400, body: { error: { code: 'SERVICE_HEARING_TOO_SOON', message: '传票至少要在开庭三日前送达', field: 'hearing.date' } } }
    await open()
    click('kind-summons')
    click('rcpt-0')
    type('field-hearingDate', '2026-11-27')
    await act(async () => click('issue-submit'))
    expect(document.querySelector('#field-hearingDate')?.parentElement?.querySelector('.field__error')?.textContent).toBe('传票至少要在开庭三日前送达')
    expect(document.getElementById('issue-error')).toBeNull()
  })

  it('records a 公告送达 with its date and medium, and cannot send to nobody', async () => {
    await open()
    click('rcpt-1')
    expect((document.getElementById('issue-submit') as HTMLButtonElement).disabled).toBe(true)
    click('rcpt-2')
    click('method-public')
    expect(document.getElementById('issue-submit')?.textContent).toBe('登记公告送达')
    type('field-publishedOn', '2026-11-25')
    await act(async () => click('issue-submit'))
    expect(posts()).toEqual([
      { kind: 'response-notice', recipients: [2], method: 'public-notice', publicNotice: { publishedOn: '2026-11-25', medium: '人民法院公告网' } },
    ])
  })

  it('offers no account service when every party without an address also has no account', async () => {
    await open()
    expect(document.getElementById('method-unconfirmed')).toBeNull()
  })
})

describe('发送文书 to a party who has confirmed no address', () => {
  beforeEach(() => {
    const unconfirmed: CaseStatus = { ...status, parties: [status.parties[0], { ...status.parties[1], address: null }] }
    sent = fakeServer((req) => {
      if (req.method === 'GET' && req.path === '/service/cases/f-1') return { body: unconfirmed }
      if (req.method === 'POST' && req.path === '/service/cases/f-1/documents') return issueReply
      return undefined
    })
  })

  it('sends to the account as unconfirmed service, and public notice switches it off', async () => {
    await open()
    expect(document.getElementById('method-unconfirmed')?.textContent).toBe('发到对方的移动微法院账号（对方没有确认送达地址：对方阅读或签收后才算送达）')
    // Not ticked to begin with: he confirmed no address, so electronic service would be refused.
    expect(document.getElementById('rcpt-1')?.className).toBe('pick')
    click('rcpt-1')
    click('method-unconfirmed')
    // The consent chip is no longer the question: this service needs none, only the party's own account.
    expect(document.getElementById('rcpt-1')?.textContent).toBe('被告：王建国')
    await act(async () => click('issue-submit'))
    expect(posts()).toEqual([{ kind: 'response-notice', recipients: [1], method: 'electronic-unconfirmed' }])
    click('method-public')
    expect(document.getElementById('method-unconfirmed')?.className).toBe('pick')
    expect(text()).toContain('受送达人在境外的，经过六十日（第二百八十三条）')
  })
})
