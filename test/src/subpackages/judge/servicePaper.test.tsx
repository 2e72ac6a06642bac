import { act, render, waitFor } from '@testing-library/react'
import type { CaseStatus, ServiceDocument } from '../../../../src/api/service'
import PaperService from '../../../../src/subpackages/judge/pages/service/paper/index'
import { todayInShanghai } from '../../../../src/utils/today'
import { click, fakeServer, type SentRequest, text, type } from '../../fakeServer'
import { routerParams, taroMock } from '../../stubs/taro'

const today = todayInShanghai()
const unread = {
  id: 'd-1',
  kind: 'response-notice',
  title: '应诉通知书',
  method: 'electronic-unconfirmed',
  recipient: { idx: 1, name: '王建国', side: 'defendant' },
  issuedAt: `${today}T09:00:00+08:00`,
  paperService: null,
  state: 'unread',
} as unknown as ServiceDocument
const status = (documents: ServiceDocument[]): CaseStatus => ({
  caseId: 'f-1',
  caseNumber: '（2026）内0784民初12号',
  procedure: 'simple',
  parties: [
    { idx: 0, side: 'plaintiff', name: '张桂兰', address: null, hasAccount: true, postalAddress: '团结村' },
    { idx: 1, side: 'defendant', name: '王建国', address: null, hasAccount: false, postalAddress: '三河回族乡' },
  ],
  documents,
  sms: [],
  rooms: [],
})

let data: CaseStatus
let sent: SentRequest[]
let paperReply: { status?: number; body: unknown }
beforeEach(() => {
  routerParams.id = 'f-1'
  routerParams.party = '1'
  taroMock.showToast.mockClear()
  data = status([])
  paperReply = { status: 201, body: { id: 'd-new' } }
  sent = fakeServer((req) => {
    if (req.method === 'GET' && req.path === '/service/cases/f-1') return { body: data }
    if (req.method === 'POST' && req.path === '/service/cases/f-1/documents') return { status: 201, body: { documents: [{ id: 'd-new' }] } }
    if (req.method === 'POST' && /^\/service\/documents\/[^/]+\/paper-service$/.test(req.path)) return paperReply
    return undefined
  })
})
afterAll(() => {
  delete routerParams.id
  delete routerParams.party
})

const open = async () => {
  render(<PaperService />)
  await waitFor(() => expect(document.getElementById('mode-postal')).not.toBeNull())
}
const posts = () => sent.filter((r) => r.method === 'POST').map((r) => ({ path: r.path, body: r.body }))
const errorUnder = (field: string) => document.querySelector(`#field-${field}`)?.parentElement?.querySelector('.field__error')?.textContent

describe('记录其他送达方式', () => {
  it('says whom it is for, offers the three ways as radio choices, and asks for the way first', async () => {
    await open()
    expect(text()).toContain('（2026）内0784民初12号，被告：王建国')
    expect(document.getElementById('mode-direct')?.textContent).toContain('直接送达')
    expect(document.getElementById('mode-left')?.textContent).toContain('留置送达')
    // Nothing issued to him yet: the form starts from a printed document.
    expect(document.getElementById('doc-new')?.className).toBe('choice choice--on')
    await act(async () => click('paper-submit'))
    expect(document.getElementById('error-mode')?.textContent).toBe('请选择送达方式')
    expect(posts()).toEqual([])
  })

  it('checks the EMS number on the phone, then issues the printed document and records the postal service on it', async () => {
    await open()
    click('mode-postal')
    type('field-happenedOn', today)
    type('field-emsNumber', 'EE123456789CN')
    type('field-servedOn', today)
    await act(async () => click('paper-submit'))
    expect(errorUnder('emsNumber')).toBe('邮件号不对：EMS 邮件号是13位，例如 EE123456785CN，请对照详情单重新填写')
    expect(posts()).toEqual([])

    type('field-emsNumber', 'ee 123456785 cn')
    await act(async () => click('paper-submit'))
    expect(posts()).toEqual([
      { path: '/service/cases/f-1/documents', body: { kind: 'response-notice', recipients: [1], method: 'paper' } },
      { path: '/service/documents/d-new/paper-service', body: { mode: 'postal', happenedOn: today, emsNumber: 'ee 123456785 cn', servedOn: today } },
    ])
    expect(taroMock.showToast).toHaveBeenCalledWith({ title: '已登记', icon: 'success' })
  })

  it('records on a document already issued, shows the server’s refusal at its field, and never issues a second copy', async () => {
    data = status([unread])
    paperReply = {
      status: 400,
      body: { error: { code: 'SERVICE_PAPER_WITNESS_REQUIRED', message: '留置送达请填写见证人姓名，或上传留置过程的照片、录像', field: 'witnesses' } },
    }
    await open()
    expect(document.getElementById('doc-d-1')?.className).toBe('choice choice--on')
    click('mode-left')
    type('field-happenedOn', today)
    type('field-witnesses', '李村长、赵会计')
    await act(async () => click('paper-submit'))
    expect(errorUnder('witnesses')).toBe('留置送达请填写见证人姓名，或上传留置过程的照片、录像')
    expect(posts()).toEqual([{ path: '/service/documents/d-1/paper-service', body: { mode: 'left', happenedOn: today, witnesses: ['李村长', '赵会计'] } }])
  })

  it('refuses a day in the future before anything is sent', async () => {
    await open()
    click('mode-direct')
    type('field-happenedOn', '2099-01-01')
    await act(async () => click('paper-submit'))
    expect(errorUnder('happenedOn')).toBe('送达日期不能晚于今天，请填写实际送达的日子')
    expect(document.getElementById('error-file')?.textContent).toBe('直接送达请上传受送达人签名的送达回证照片')
    expect(posts()).toEqual([])
  })
})
