import { render, waitFor } from '@testing-library/react'
import type { FilingView } from '../../../../src/api/filings'
import Detail from '../../../../src/subpackages/filing/pages/detail/index'
import { fakeServer, text } from '../../fakeServer'
import { routerParams } from '../../stubs/taro'
import { filingView } from './fixtures'

const at = (hhmm: string) => `2026-11-25T${hhmm}:00+08:00`
const event = (action: string, hhmm: string, actorName = '张桂兰') => ({ action, at: at(hhmm), actorName, detail: {} })

let view: FilingView
beforeEach(() => {
  routerParams.id = 'f-1'
  view = filingView({
    status: 'accepted',
    caseNumber: '（2026）内0784民初12号',
    procedure: 'simple',
    judgeName: '王立新',
    history: [
      event('filing.submitted', '09:00'),
      event('filing.accepted', '09:30', '王立新'),
      event('service.address-confirmed', '10:00'),
      event('service.issued', '10:30', '赵书记员'),
      event('service.signed', '11:00'),
      event('hearing.requested', '11:30', '王立新'),
      event('hearing.answered', '12:00'),
      event('hearing.scheduled', '12:30', '王立新'),
      event('filing.archived', '13:00', '系统'),
    ],
  })
  fakeServer((req) => (req.method === 'GET' && req.path === '/filings/f-1' ? { body: view } : undefined))
})
afterAll(() => {
  delete routerParams.id
})

const open = async () => {
  render(<Detail />)
  await waitFor(() => expect(document.getElementById('filing-status')).not.toBeNull())
}
const historyLines = () => Array.from(document.querySelectorAll('.timeline__item'), (n) => n.textContent ?? '')

describe('the case history as its party reads it', () => {
  it('names every event in Chinese, with its time and who did it', async () => {
    await open()
    expect(historyLines()).toEqual([
      '2026-11-25 09:00 提交立案申请（张桂兰）',
      '2026-11-25 09:30 法院登记立案（王立新）',
      '2026-11-25 10:00 确认送达地址（张桂兰）',
      '2026-11-25 10:30 法院送达文书（赵书记员）',
      '2026-11-25 11:00 签收送达文书（张桂兰）',
      '2026-11-25 11:30 法院请当事人选择开庭时间（王立新）',
      '2026-11-25 12:00 当事人选择开庭时间（张桂兰）',
      '2026-11-25 12:30 法院安排开庭（王立新）',
      '2026-11-25 13:00 案件动态（系统）',
    ])
  })

  it('shows no Latin-letter code anywhere on the page (case number, dates and times allowed)', async () => {
    await open()
    expect(text()).toContain('（2026）内0784民初12号')
    expect(text()).not.toMatch(/[A-Za-z]/)
  })
})
