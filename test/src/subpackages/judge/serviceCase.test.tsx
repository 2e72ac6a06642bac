import { render, waitFor } from '@testing-library/react'
import type { CaseStatus, ServiceDocument } from '../../../../src/api/service'
import ServiceCase from '../../../../src/subpackages/judge/pages/service/case/index'
import { fakeServer, text } from '../../fakeServer'
import { routerParams } from '../../stubs/taro'

const doc = (id: string, over: Partial<ServiceDocument>): ServiceDocument => ({
  id,
  caseId: 'f-1',
  caseNumber: '（2026）内0784民初12号',
  kind: 'complaint-copy',
  kindName: '起诉状副本',
  title: '民事起诉状（副本）',
  method: 'electronic',
  recipient: { idx: 1, name: '王建国', side: 'defendant' },
  issuedAt: '2026-11-25T09:00:00+08:00',
  deliveredAt: '2026-11-25T09:00:00+08:00',
  deliveredChannel: 'app',
  openedAt: null,
  signedAt: null,
  paperService: null,
  publicNotice: null,
  servedOn: { servedOn: '2026-11-25', deemed: false, provisional: false, article: '', presumed: false },
  deadline: null,
  finalJudgment: false,
  receipt: null,
  abroad: false,
  state: 'unread',
  flagged: false,
  daysUnread: 0,
  contentSha256: 'x',
  content: null,
  hearing: null,
  file: null,
  canSign: false,
  ...over,
})
const status = (documents: ServiceDocument[]): CaseStatus => ({
  caseId: 'f-1',
  caseNumber: '（2026）内0784民初12号',
  procedure: 'small-claims',
  parties: [
    { idx: 0, side: 'plaintiff', name: '张桂兰', address: null, hasAccount: false, postalAddress: '团结村' },
    { idx: 1, side: 'defendant', name: '王建国', address: null, hasAccount: true, postalAddress: '三河回族乡' },
  ],
  documents,
  sms: [],
  rooms: [],
})

let data: CaseStatus
beforeEach(() => {
  routerParams.id = 'f-1'
  fakeServer((req) => (req.method === 'GET' && req.path === '/service/cases/f-1' ? { body: data } : undefined))
})
afterAll(() => delete routerParams.id)

const open = async () => {
  render(<ServiceCase />)
  await waitFor(() => expect(text()).toContain('已发出的文书'))
}

describe('电子送达 page of one case, for the clerk', () => {
  it('says when service to an address the party has not confirmed counts: not yet, presumed on reading, or on signing', async () => {
    data = status([
      doc('d-1', { method: 'electronic-unconfirmed', servedOn: null }),
      doc('d-2', {
        method: 'electronic-unconfirmed',
        openedAt: '2026-11-27T10:00:00+08:00',
        servedOn: { servedOn: '2026-11-27', deemed: false, provisional: false, article: '', presumed: true },
      }),
      doc('d-3', {
        method: 'electronic-unconfirmed',
        signedAt: '2026-11-28T10:00:00+08:00',
        servedOn: { servedOn: '2026-11-28', deemed: false, provisional: false, article: '', presumed: false },
      }),
      doc('d-4', {}),
    ])
    await open()
    expect(document.getElementById('served-d-1')?.textContent).toBe(
      '发到了对方的移动微法院账号，但对方没有确认过这个送达地址：对方打开阅读或签收后才算送达，现在还没有送达。',
    )
    expect(document.getElementById('served-d-2')?.textContent).toBe('系统显示对方已阅读，推定2026-11-27送达（对方能证明没有看到的除外）。')
    expect(document.getElementById('served-d-3')?.textContent).toBe('对方已签收，2026-11-28送达。')
    expect(document.getElementById('served-d-4')).toBeNull()
  })

  it('tells the clerk a party without an address can still be reached in the app, or on paper', async () => {
    data = status([])
    await open()
    expect(document.getElementById('party-1')?.textContent).toContain('未确认送达地址：可发到对方的移动微法院账号，对方阅读或签收后才算送达；也可纸质送达')
    expect(document.getElementById('party-0')?.textContent).toContain('未确认送达地址：请纸质送达或电话联系')
  })

  it('shows a party abroad’s 60-day public notice and 30-day period, and no appeal period in small claims', async () => {
    data = status([
      doc('d-5', {
        method: 'public-notice',
        deliveredAt: null,
        abroad: true,
        publicNotice: { publishedOn: '2026-11-02', medium: '人民法院公告网' },
        servedOn: { servedOn: '2027-01-04', deemed: true, provisional: true, article: '', presumed: false },
        deadline: { rule: 'defence-abroad', name: '答辩期（境外当事人）', days: 30, due: '2027-02-03', provisional: true, article: '' },
      }),
      doc('d-6', { kind: 'judgment', kindName: '判决书', title: '判决书', finalJudgment: true }),
    ])
    await open()
    expect(document.getElementById('served-d-5')?.textContent).toBe('受送达人在境外，公告期六十日：2027-01-04视为送达。')
    expect(document.getElementById('sdoc-d-5')?.textContent).toContain('答辩期（境外当事人）至 2027-02-03（受送达人在境外）')
    expect(document.getElementById('final-d-6')?.textContent).toBe('小额诉讼一审终审，没有上诉期')
    expect(text()).not.toMatch(/electronic|unconfirmed|abroad/)
  })

  it('shows a service on paper in words, under the document and under the party, and each document’s SMS', async () => {
    data = {
      ...status([
        doc('d-7', {
          method: 'paper',
          deliveredAt: null,
          deliveredChannel: null,
          state: 'served-on-paper',
          title: '应诉通知书',
          paperService: {
            mode: 'postal',
            modeName: '邮寄送达',
            happenedOn: '2026-11-30',
            servedOn: '2026-12-03',
            emsNumber: 'EE123456785CN',
            witnesses: [],
            receiptFile: null,
            recordFile: null,
            recordedAt: '2026-12-04T09:00:00+08:00',
          },
        }),
        doc('d-8', { method: 'paper', deliveredAt: null, deliveredChannel: null, state: 'undelivered', flagged: true }),
        doc('d-9', {}),
        doc('d-10', {}),
        doc('d-11', {}),
      ]),
      sms: [
        { documentId: 'd-9', state: 'sent', sentAt: '2026-12-02T10:05:00+08:00', attempts: 1 },
        { documentId: 'd-10', state: 'retrying', sentAt: null, attempts: 2 },
        { documentId: 'd-11', state: 'pending', sentAt: null, attempts: 0 },
      ],
    }
    await open()
    expect(document.getElementById('delivered-d-7')?.textContent).toBe('送达：邮寄送达，EMS EE123456785CN，12月3日签收')
    expect(document.getElementById('party-paper-1-d-7')?.textContent).toBe('应诉通知书：邮寄送达，EMS EE123456785CN，12月3日签收')
    // On paper there is nothing to read or sign in the app; one still to be served says how to record it.
    expect(document.getElementById('opened-d-7')).toBeNull()
    expect(document.getElementById('paper-todo-d-8')?.textContent).toBe('打印后直接送达或邮寄，送达后点该当事人的「记录其他送达方式」登记')
    expect(text()).not.toContain('没有送达成功，请改用纸质送达')
    expect(document.getElementById('sms-d-9')?.textContent).toBe('短信已发送 12月2日 10:05')
    expect(document.getElementById('sms-d-10')?.textContent).toBe('短信发送失败，将自动重试')
    expect(document.getElementById('sms-d-11')?.textContent).toBe('短信待发送')
    expect(document.getElementById('sms-d-7')).toBeNull()
    expect(document.getElementById('paper-btn-1')?.textContent).toBe('记录其他送达方式')
  })
})
